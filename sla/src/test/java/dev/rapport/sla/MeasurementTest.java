package dev.rapport.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeasurementTest {
  private static final SlaTarget TARGET =
      SlaTarget.builder(SlaMetric.FIRST_RESPONSE, Duration.ofHours(1)).build();
  private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");
  private static final Optional<Instant> STOP = Optional.of(START.plusSeconds(600));
  private static final Optional<Instant> DUE = Optional.of(START.plusSeconds(3600));

  private static Measurement of(
      MeasurementState state,
      Optional<Instant> stoppedAt,
      Optional<Instant> dueAt,
      Optional<Instant> achievedAt,
      Optional<Instant> breachedAt) {
    return new Measurement(
        SlaMetric.FIRST_RESPONSE,
        1,
        "p",
        TARGET,
        state,
        START,
        stoppedAt,
        Duration.ofMinutes(10),
        Duration.ZERO,
        dueAt,
        achievedAt,
        breachedAt,
        List.of(),
        Optional.empty());
  }

  @Test
  void acceptsTheComponentsEachStateHas() {
    Optional<Instant> none = Optional.empty();
    assertThat(of(MeasurementState.RUNNING, none, DUE, none, none).isOpen()).isTrue();
    assertThat(of(MeasurementState.PAUSED, none, none, none, none).remaining())
        .isEqualTo(Duration.ofMinutes(50));
    assertThat(of(MeasurementState.ACHIEVED, STOP, DUE, STOP, none).isOpen()).isFalse();
    assertThat(of(MeasurementState.BREACHED, none, DUE, none, DUE).isOpen()).isTrue();
    assertThat(of(MeasurementState.BREACHED, STOP, DUE, none, DUE).isOpen()).isFalse();
    assertThat(of(MeasurementState.CANCELLED, STOP, none, none, none).isOpen()).isFalse();
  }

  @Test
  void rejectsComponentsThatContradictTheState() {
    Optional<Instant> none = Optional.empty();
    assertThatThrownBy(() -> of(MeasurementState.RUNNING, STOP, DUE, none, none))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("stoppedAt must match state RUNNING");
    assertThatThrownBy(() -> of(MeasurementState.PAUSED, none, DUE, none, none))
        .hasMessageStartingWith("dueAt must match state PAUSED");
    assertThatThrownBy(() -> of(MeasurementState.ACHIEVED, STOP, DUE, DUE, none))
        .hasMessageStartingWith("achievedAt must match state ACHIEVED");
    assertThatThrownBy(() -> of(MeasurementState.BREACHED, none, DUE, none, STOP))
        .hasMessageStartingWith("breachedAt must match state BREACHED");
    assertThatThrownBy(() -> of(MeasurementState.CANCELLED, none, none, none, none))
        .hasMessageStartingWith("stoppedAt must match state CANCELLED");
  }

  /** A cancelled measurement of {@link #TARGET} with the given metric, cycle, stop and elapsed. */
  private static Measurement cancelled(
      SlaMetric metric, int cycle, Instant stoppedAt, Duration elapsed) {
    return new Measurement(
        metric,
        cycle,
        "p",
        TARGET,
        MeasurementState.CANCELLED,
        START,
        Optional.of(stoppedAt),
        elapsed,
        Duration.ZERO,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty());
  }

  @Test
  void rejectsAnInconsistentTargetCycleAndTimes() {
    Instant stop = STOP.orElseThrow();
    assertThat(cancelled(SlaMetric.FIRST_RESPONSE, 1, stop, Duration.ZERO).state())
        .isEqualTo(MeasurementState.CANCELLED);
    assertThatThrownBy(() -> cancelled(SlaMetric.RESOLUTION, 1, stop, Duration.ZERO))
        .hasMessage("target must be a target for RESOLUTION, but was one for FIRST_RESPONSE");
    assertThatThrownBy(() -> cancelled(SlaMetric.FIRST_RESPONSE, 0, stop, Duration.ZERO))
        .hasMessage("cycle must be at least 1, but was 0");
    assertThatThrownBy(() -> cancelled(SlaMetric.FIRST_RESPONSE, 1, stop, Duration.ofSeconds(-1)))
        .hasMessage("elapsed must not be negative, but was PT-1S");
    assertThatThrownBy(
            () -> cancelled(SlaMetric.FIRST_RESPONSE, 1, START.minusSeconds(1), Duration.ZERO))
        .hasMessage(
            "stoppedAt must not be before startedAt 2026-11-23T09:00:00Z, but was"
                + " 2026-11-23T08:59:59Z");
  }
}
