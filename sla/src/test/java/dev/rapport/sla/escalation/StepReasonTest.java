package dev.rapport.sla.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StepReasonTest {
  private static final Instant SINCE = Instant.parse("2027-01-04T08:00:00Z");
  private static final Instant HELD = Instant.parse("2027-01-04T10:00:00Z");
  private static final EscalationTrigger OPEN_2H =
      EscalationTrigger.sinceStatus(TicketStatus.OPEN, Duration.ofHours(2));

  static StepReason reason(Optional<Instant> waited, Optional<SkipReason> skipped) {
    return new StepReason(
        OPEN_2H,
        DelayClock.BUSINESS,
        SINCE,
        HELD,
        Duration.ofHours(2),
        Duration.ofHours(2),
        SINCE,
        waited,
        skipped);
  }

  @Test
  void describeSaysWhatWasMeasuredAgainstWhat() {
    assertThat(reason(Optional.empty(), Optional.empty()).describe())
        .isEqualTo(
            "sinceStatus(OPEN, PT2H): PT2H of BUSINESS time since 2027-01-04T08:00:00Z (threshold"
                + " PT2H, held from 2027-01-04T10:00:00Z); the chain was ready at"
                + " 2027-01-04T08:00:00Z");
    assertThat(reason(Optional.of(HELD), Optional.of(SkipReason.CONDITION_NOT_MET)).describe())
        .endsWith(
            "; due at 2027-01-04T10:00:00Z, outside the window; skipped: CONDITION_NOT_MET");
  }

  @Test
  void measuredBelowTheThresholdIsRejected() {
    assertThatThrownBy(
            () ->
                new StepReason(
                    OPEN_2H,
                    DelayClock.WALL,
                    SINCE,
                    HELD,
                    Duration.ofHours(2),
                    Duration.ofHours(1),
                    SINCE,
                    Optional.empty(),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("measured must be at least threshold PT2H, but was PT1H");
    assertThatThrownBy(
            () ->
                new StepReason(
                    OPEN_2H,
                    DelayClock.WALL,
                    SINCE,
                    HELD,
                    Duration.ofHours(-2),
                    Duration.ofHours(1),
                    SINCE,
                    Optional.empty(),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold must not be negative, but was PT-2H");
    assertThatThrownBy(
            () ->
                new StepReason(
                    OPEN_2H,
                    DelayClock.WALL,
                    null,
                    HELD,
                    Duration.ZERO,
                    Duration.ZERO,
                    SINCE,
                    Optional.empty(),
                    Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("since");
  }
}
