package dev.rapport.sla.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RepeatTest {

  @Test
  void ofRepeatsFromLevelOneOnBusinessTime() {
    Repeat repeat = Repeat.of(2, Duration.ofMinutes(15));
    assertThat(repeat).isEqualTo(new Repeat(2, 1, Duration.ofMinutes(15), DelayClock.BUSINESS));
    assertThat(repeat.startingAt(3).withClock(DelayClock.WALL))
        .isEqualTo(new Repeat(2, 3, Duration.ofMinutes(15), DelayClock.WALL));
    assertThat(repeat).hasToString("2 times from level 1, PT15M (BUSINESS) apart");
  }

  @Test
  void invalidRepeatsAreRejected() {
    assertThatThrownBy(() -> Repeat.of(0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("times must be in [1, 1000], but was 0");
    assertThatThrownBy(() -> Repeat.of(1001, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("times must be in [1, 1000], but was 1001");
    assertThatThrownBy(() -> Repeat.of(1, Duration.ZERO).startingAt(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fromLevel must be at least 1, but was 0");
    assertThatThrownBy(() -> Repeat.of(1, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("delay must be in [PT0S, PT87600H], but was PT-1S");
    assertThatThrownBy(() -> Repeat.of(1, Duration.ZERO).withClock(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("clock");
  }
}
