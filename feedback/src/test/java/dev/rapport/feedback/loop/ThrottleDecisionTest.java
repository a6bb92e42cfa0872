package dev.rapport.feedback.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThrottleDecisionTest {

  @Test
  void quietUntilExactlyWhenThrottled() {
    assertThat(new ThrottleDecision(ThrottleDecision.Outcome.SEND, Optional.empty()).shouldSend())
        .isTrue();
    assertThatThrownBy(
            () -> new ThrottleDecision(ThrottleDecision.Outcome.THROTTLED, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "quietUntil must be present exactly when THROTTLED, but was Optional.empty for"
                + " THROTTLED");
    assertThatThrownBy(
            () ->
                new ThrottleDecision(
                    ThrottleDecision.Outcome.NOT_SAMPLED, Optional.of(Instant.EPOCH)))
        .hasMessageStartingWith("quietUntil must be present exactly when THROTTLED");
  }
}
