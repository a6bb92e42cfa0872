package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.rapport.core.ticket.TicketTimeline;
import dev.rapport.sla.Measurement;
import dev.rapport.sla.MeasurementState;
import dev.rapport.sla.SlaEngine;
import dev.rapport.sla.SlaReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of {@code SlaEngine} on generated policy sets (both reselection modes, sample
 * calendars) and generated timelines moved to whole minutes, at a random {@code now} up to three
 * days after the last event: it agrees with {@link MinuteSlaModel} on every measurement, and keeps
 * the invariants the issue names.
 */
class SlaEnginePropertyTest {
  private static final int EXAMPLES = 150;

  private static Gen<TicketTimeline> timelines() {
    return QtTimelineGens.timelines(12).map(MinuteAligned::of);
  }

  /**
   * Returns an instant {@code minutes} whole minutes after the creation, at most 3 days after the
   * end.
   */
  private static Instant nowAfter(TicketTimeline timeline, int permille) {
    long span =
        Duration.between(timeline.created().at(), timeline.lastEventAt()).toMinutes() + 3 * 24 * 60;
    return timeline.created().at().plus(Duration.ofMinutes(span * permille / 1000));
  }

  @Test
  void agreesWithTheMinuteSteppingModel() {
    qt().withExamples(EXAMPLES)
        .forAll(QtSlaGens.policySets(), timelines(), integers().between(0, 1000))
        .checkAssert(
            (policies, timeline, permille) -> {
              Instant now = nowAfter(timeline, permille);
              SlaReport report = SlaEngine.of(policies).evaluate(timeline, now);
              assertThat(report.measurements().stream().map(MinuteSlaModel.Expected::of).toList())
                  .as("%s\n%s\nat %s", policies, timeline.events(), now)
                  .isEqualTo(MinuteSlaModel.evaluate(policies, timeline, now));
            });
  }

  @Test
  void elapsedPlusRemainingIsTheTargetWhileRunningOrPaused() {
    qt().withExamples(EXAMPLES)
        .forAll(QtSlaGens.policySets(), QtTimelineGens.timelines(20), integers().between(0, 1000))
        .checkAssert(
            (policies, timeline, permille) -> {
              SlaReport report =
                  SlaEngine.of(policies).evaluate(timeline, nowAfter(timeline, permille));
              for (Measurement m : report.measurements()) {
                if (m.state().isPending()) {
                  assertThat(m.elapsed().plus(m.remaining())).isEqualTo(m.target().duration());
                  assertThat(m.remaining()).isPositive();
                }
                if (m.state() == MeasurementState.RUNNING) {
                  assertThat(
                          m.target()
                              .calendar()
                              .between(report.evaluatedAt(), m.dueAt().orElseThrow()))
                      .isEqualTo(m.remaining());
                }
              }
            });
  }

  @Test
  void elapsedNeverDecreasesAndOutcomesNeverChangeAsNowGrows() {
    qt().withExamples(EXAMPLES)
        .forAll(
            QtSlaGens.policySets(),
            QtTimelineGens.timelines(20),
            integers().between(0, 1000),
            integers().between(0, 1000))
        .checkAssert(
            (policies, timeline, a, b) -> {
              SlaEngine engine = SlaEngine.of(policies);
              Instant earlier = nowAfter(timeline, Math.min(a, b));
              Instant later = nowAfter(timeline, Math.max(a, b));
              List<Measurement> before = engine.evaluate(timeline, earlier).measurements();
              List<Measurement> after = engine.evaluate(timeline, later).measurements();
              for (Measurement m : before) {
                Measurement same = find(after, m);
                if (same == null) {
                  // Only a FROM_CREATION reselection replaces a measurement; not when it is final.
                  assertThat(m.state().isPending()).as("%s", m).isTrue();
                  continue;
                }
                if (sameClock(m, same)) {
                  assertThat(same.elapsed()).isGreaterThanOrEqualTo(m.elapsed());
                }
                if (m.state() == MeasurementState.BREACHED
                    || m.state() == MeasurementState.CANCELLED) {
                  assertThat(same.state()).isEqualTo(m.state());
                  assertThat(same.breachedAt()).isEqualTo(m.breachedAt());
                }
                if (m.stoppedAt().isPresent() && m.metric().isResponse()) {
                  assertThat(same).isEqualTo(m); // a finished response cycle never changes
                }
                assertThat(same.warnings().subList(0, m.warnings().size())).isEqualTo(m.warnings());
              }
            });
  }

  @Test
  void pausedTimeNeverCountsAsElapsed() {
    qt().withExamples(EXAMPLES)
        .forAll(QtSlaGens.policySets(), QtTimelineGens.timelines(20), integers().between(0, 1000))
        .checkAssert(
            (policies, timeline, permille) -> {
              Instant now = nowAfter(timeline, permille);
              for (Measurement m : SlaEngine.of(policies).evaluate(timeline, now).measurements()) {
                Instant end = m.stoppedAt().orElse(now);
                Duration open = m.target().calendar().between(m.startedAt(), end);
                assertThat(m.elapsed().plus(m.paused())).isLessThanOrEqualTo(open);
              }
            });
  }

  @Test
  void eventsAfterNowChangeNothing() {
    qt().withExamples(EXAMPLES)
        .forAll(QtSlaGens.policySets(), QtTimelineGens.timelines(20), integers().between(0, 1000))
        .checkAssert(
            (policies, timeline, permille) -> {
              Instant now = nowAfter(timeline, permille);
              TicketTimeline prefix =
                  TicketTimeline.of(
                      timeline.events().stream().filter(e -> !e.at().isAfter(now)).toList());
              SlaEngine engine = SlaEngine.of(policies);
              assertThat(engine.evaluate(timeline, now)).isEqualTo(engine.evaluate(prefix, now));
            });
  }

  private static Measurement find(List<Measurement> measurements, Measurement m) {
    for (Measurement candidate : measurements) {
      if (candidate.metric() == m.metric()
          && candidate.cycle() == m.cycle()
          && candidate.startedAt().equals(m.startedAt())
          && candidate.policy().equals(m.policy())) {
        return candidate;
      }
    }
    return null;
  }

  private static boolean sameClock(Measurement a, Measurement b) {
    return a.target().equals(b.target());
  }
}
