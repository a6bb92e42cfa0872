package dev.rapport.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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

  /** A breached, completed measurement with a warning: every component present. */
  private static Measurement breached(Duration elapsed, List<SlaWarning> warnings) {
    return new Measurement(
        SlaMetric.FIRST_RESPONSE,
        2,
        "urgent",
        TARGET,
        MeasurementState.BREACHED,
        START,
        STOP,
        elapsed,
        Duration.ofMinutes(5),
        DUE,
        Optional.empty(),
        DUE,
        warnings,
        Optional.empty());
  }

  @Test
  void accessorsReturnTheComponentsGiven() {
    List<SlaWarning> warnings = List.of(new SlaWarning(0.5, START.plusSeconds(1800)));
    Measurement m = breached(Duration.ofMinutes(70), warnings);

    assertThat(m.metric()).isEqualTo(SlaMetric.FIRST_RESPONSE);
    assertThat(m.cycle()).isEqualTo(2);
    assertThat(m.policy()).isEqualTo("urgent");
    assertThat(m.target()).isSameAs(TARGET);
    assertThat(m.state()).isEqualTo(MeasurementState.BREACHED);
    assertThat(m.startedAt()).isEqualTo(START);
    assertThat(m.stoppedAt()).isEqualTo(STOP);
    assertThat(m.elapsed()).isEqualTo(Duration.ofMinutes(70));
    assertThat(m.paused()).isEqualTo(Duration.ofMinutes(5));
    assertThat(m.dueAt()).isEqualTo(DUE);
    assertThat(m.achievedAt()).isEmpty();
    assertThat(m.breachedAt()).isEqualTo(DUE);
    assertThat(m.warnings()).isEqualTo(warnings);
    assertThat(m.nextWarning()).isEmpty();
    assertThat(m.remaining()).isEqualTo(Duration.ofMinutes(-10));
  }

  @Test
  void copiesTheWarningsIntoAnImmutableList() {
    List<SlaWarning> warnings = new ArrayList<>();
    warnings.add(new SlaWarning(0.5, START.plusSeconds(1800)));
    Measurement m = breached(Duration.ofMinutes(70), warnings);
    warnings.clear();

    assertThat(m.warnings()).hasSize(1);
    assertThatThrownBy(() -> m.warnings().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void isAValueOfAllItsComponents() {
    List<SlaWarning> warnings = List.of(new SlaWarning(0.5, START.plusSeconds(1800)));
    Measurement m = breached(Duration.ofMinutes(70), warnings);
    Measurement same = breached(Duration.ofMinutes(70), new ArrayList<>(warnings));

    assertThat(m).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(m).isNotEqualTo(breached(Duration.ofMinutes(71), warnings));
    assertThat(m).isNotEqualTo(breached(Duration.ofMinutes(70), List.of()));
    assertThat(m).isNotEqualTo(cancelled(SlaMetric.FIRST_RESPONSE, 1, STOP.get(), Duration.ZERO));
    assertThat(m).isNotEqualTo("a measurement");
    assertThat(m.toString())
        .isEqualTo(
            "Measurement[metric=FIRST_RESPONSE, cycle=2, policy=urgent, target="
                + TARGET
                + ", state=BREACHED, startedAt=2026-11-23T09:00:00Z,"
                + " stoppedAt=Optional[2026-11-23T09:10:00Z], elapsed=PT1H10M, paused=PT5M,"
                + " dueAt=Optional[2026-11-23T10:00:00Z], achievedAt=Optional.empty,"
                + " breachedAt=Optional[2026-11-23T10:00:00Z],"
                + " warnings=[SlaWarning[share=0.5, at=2026-11-23T09:30:00Z]],"
                + " nextWarning=Optional.empty]");
  }

  @Test
  void rejectsTimesBeyondALongOfNanoseconds() {
    Duration tooLong = Duration.ofNanos(Long.MAX_VALUE).plusNanos(1);
    assertThatThrownBy(() -> breached(tooLong, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("elapsed must be at most PT2562047H47M16.854775807S");
    assertThat(breached(Duration.ofNanos(Long.MAX_VALUE), List.of()).elapsed())
        .isEqualTo(Duration.ofNanos(Long.MAX_VALUE));
  }
}
