package dev.rapport.sla.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.TicketStatus;
import dev.rapport.sla.SlaMetric;
import java.time.Duration;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EscalationTriggerTest {
  private static final Duration TOO_LONG = Duration.ofDays(3651);

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of(
            (ThrowingCallable) () -> EscalationTrigger.sinceCreated(Duration.ofSeconds(-1)),
            "delay must be in [PT0S, PT87600H], but was PT-1S"),
        Arguments.of(
            (ThrowingCallable) () -> EscalationTrigger.afterPrevious(TOO_LONG),
            "delay must be in [PT0S, PT87600H], but was PT87624H"),
        Arguments.of(
            (ThrowingCallable) () -> EscalationTrigger.sinceStatus(TicketStatus.CLOSED, Duration.ZERO),
            "status must not be CLOSED (a closed ticket stops every chain), but was CLOSED"),
        Arguments.of(
            (ThrowingCallable) () -> EscalationTrigger.sinceStatus(TicketStatus.OPEN, Duration.ofMinutes(-5)),
            "delay must be in [PT0S, PT87600H], but was PT-5M"),
        Arguments.of(
            (ThrowingCallable) () -> EscalationTrigger.noPublicReplyFor(Duration.ZERO),
            "duration must be positive, but was PT0S"),
        Arguments.of(
            (ThrowingCallable) () -> EscalationTrigger.slaShareConsumed(SlaMetric.RESOLUTION, 1.0),
            "share must be in (0, 1) (use slaBreached for 1), but was 1.0"),
        Arguments.of(
            (ThrowingCallable) () -> EscalationTrigger.slaShareConsumed(SlaMetric.RESOLUTION, 0.0),
            "share must be in (0, 1) (use slaBreached for 1), but was 0.0"),
        Arguments.of(
            (ThrowingCallable) () -> EscalationTrigger.slaShareConsumed(SlaMetric.RESOLUTION, Double.NaN),
            "share must be in (0, 1) (use slaBreached for 1), but was NaN"));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void invalidTriggersAreRejected(ThrowingCallable make, String message) {
    assertThatThrownBy(make).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void missingComponentsAreRejected() {
    assertThatThrownBy(() -> EscalationTrigger.sinceCreated(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("delay");
    assertThatThrownBy(() -> EscalationTrigger.sinceStatus(null, Duration.ZERO))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("status");
    assertThatThrownBy(() -> EscalationTrigger.slaBreached(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("metric");
    assertThatThrownBy(() -> EscalationTrigger.slaShareConsumed(null, 0.5))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("metric");
  }

  static Stream<Arguments> printed() {
    return Stream.of(
        Arguments.of(EscalationTrigger.sinceCreated(Duration.ZERO), "sinceCreated(PT0S)"),
        Arguments.of(
            EscalationTrigger.sinceStatus(TicketStatus.OPEN, Duration.ofHours(2)),
            "sinceStatus(OPEN, PT2H)"),
        Arguments.of(
            EscalationTrigger.noPublicReplyFor(Duration.ofHours(4)), "noPublicReplyFor(PT4H)"),
        Arguments.of(
            EscalationTrigger.slaShareConsumed(SlaMetric.FIRST_RESPONSE, 0.75),
            "slaShareConsumed(FIRST_RESPONSE, 0.75)"),
        Arguments.of(EscalationTrigger.slaBreached(SlaMetric.NEXT_RESPONSE), "slaBreached(NEXT_RESPONSE)"),
        Arguments.of(EscalationTrigger.afterPrevious(Duration.ofMinutes(10)), "afterPrevious(PT10M)"));
  }

  @ParameterizedTest
  @MethodSource("printed")
  void triggersPrintAsTheirFactoryCalls(EscalationTrigger trigger, String text) {
    assertThat(trigger).hasToString(text);
  }

  @Test
  void factoriesMakeTheRecords() {
    assertThat(EscalationTrigger.sinceStatus(TicketStatus.SOLVED, Duration.ofDays(3)))
        .isEqualTo(new EscalationTrigger.SinceStatus(TicketStatus.SOLVED, Duration.ofDays(3)));
    assertThat(EscalationTrigger.afterPrevious(Duration.ofDays(3650)))
        .isEqualTo(new EscalationTrigger.AfterPrevious(Duration.ofDays(3650)));
  }
}
