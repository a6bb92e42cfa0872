package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.rapport.core.ticket.TicketTimeline;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.core.time.LocalTimeRange;
import dev.rapport.sla.Measurement;
import dev.rapport.sla.MeasurementState;
import dev.rapport.sla.Reselection;
import dev.rapport.sla.SlaEngine;
import dev.rapport.sla.SlaPolicySet;
import dev.rapport.sla.SlaReport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of {@code SlaEngine} on generated policy sets (both reselection modes, generated and
 * sample calendars) and generated timelines, at a random {@code now} up to three days after the
 * last event: on whole minutes it agrees with {@link MinuteSlaModel} on every measurement, and it
 * keeps the invariants the issue names.
 */
class SlaEnginePropertyTest {
  private static final int EXAMPLES = 150;
  // The minute-stepping model is slow: fewer examples keep the module's tests well under a minute.
  private static final int MODEL_EXAMPLES = 100;
  private static final Instant FIRST =
      LocalDate.of(CalendarGenerators.FIRST_YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
  private static final Instant TIMELINES_FROM = Instant.parse("2020-01-01T00:00:00Z");

  /**
   * Calendars from {@link CalendarGenerators} (hard zones, holidays, overrides, overnight ranges)
   * that have a weekly schedule of at least 8 hours (so that targets of days are reached within
   * weeks), and, if {@code minutes}, whose every boundary is a whole minute; else one of {@link
   * SlaGenerators#sampleCalendarList()}.
   */
  private static Function<RandomGenerator, BusinessCalendar> calendars(boolean minutes) {
    Function<RandomGenerator, BusinessCalendar> generated = CalendarGenerators.calendars();
    Function<RandomGenerator, BusinessCalendar> samples = SlaGenerators.sampleCalendars();
    return random -> {
      if (random.nextBoolean()) {
        // Few attempts: while shrinking, the generator may fail every time, and slowly.
        for (int attempt = 0; attempt < 3; attempt++) {
          BusinessCalendar calendar;
          try {
            calendar = generated.apply(random);
          } catch (IllegalStateException e) {
            break; // the generator found no valid calendar (likely while shrinking)
          }
          if (weeklyHours(calendar) >= 8 && (!minutes || wholeMinutes(calendar))) {
            return calendar;
          }
        }
      }
      return samples.apply(random);
    };
  }

  private static long weeklyHours(BusinessCalendar calendar) {
    return calendar.weeklySchedule().values().stream()
        .flatMap(List::stream)
        .map(LocalTimeRange::nominalDuration)
        .reduce(Duration.ZERO, Duration::plus)
        .toHours();
  }

  private static boolean wholeMinutes(BusinessCalendar calendar) {
    return Stream.concat(
            calendar.weeklySchedule().values().stream(), calendar.overrides().values().stream())
        .flatMap(List::stream)
        .allMatch(range -> range.start().getSecond() == 0 && range.end().getSecond() == 0);
  }

  private static Gen<SlaPolicySet> policySets(boolean minutes) {
    return QtSlaGens.policySets(calendars(minutes));
  }

  /**
   * Timelines of up to {@code maxEvents} events moved from the generator's 2020s into the years of
   * the generated calendars' holidays and overrides, and to whole minutes if {@code minutes}.
   */
  private static Gen<TicketTimeline> timelines(int maxEvents, boolean minutes) {
    long years = Duration.ofDays(9 * 365).toSeconds();
    return QtTimelineGens.timelines(maxEvents)
        .map(
            timeline -> {
              long offset = Duration.between(TIMELINES_FROM, timeline.created().at()).toSeconds();
              Duration shift =
                  Duration.between(timeline.created().at(), FIRST.plusSeconds(offset % years));
              return MinuteSlaModel.shifted(timeline, shift, minutes);
            });
  }

  /** Returns an instant up to three days after the last event, in whole minutes. */
  private static Instant nowAfter(TicketTimeline timeline, int permille) {
    long span =
        Duration.between(timeline.created().at(), timeline.lastEventAt()).toMinutes() + 3 * 24 * 60;
    return timeline.created().at().plus(Duration.ofMinutes(span * permille / 1000));
  }

  @Test
  void agreesWithTheMinuteSteppingModel() {
    qt().withExamples(MODEL_EXAMPLES)
        .forAll(policySets(true), timelines(12, true), integers().between(0, 1000))
        .checkAssert(
            (policies, timeline, permille) -> {
              assertAgreesWithTheModel(policies, timeline, nowAfter(timeline, permille));
            });
  }

  @Test
  void agreesWithTheModelWhenPriorityChangesMoveTicketsBetweenPolicies() {
    qt().withExamples(MODEL_EXAMPLES)
        .forAll(
            QtSlaGens.priorityLadders(calendars(true)),
            timelines(12, true),
            integers().between(0, 1000))
        .checkAssert(
            (policies, timeline, permille) -> {
              assertAgreesWithTheModel(policies, timeline, nowAfter(timeline, permille));
            });
  }

  /**
   * Evaluated more than 31 days after the creation, the engine asks the calendar gap by gap rather
   * than through its open intervals: the answers must not change.
   */
  @Test
  void agreesWithTheModelOnTicketsEvaluatedMonthsLater() {
    qt().withExamples(10)
        .forAll(policySets(true), timelines(8, true), integers().between(32 * 24, 45 * 24))
        .checkAssert(
            (policies, timeline, hours) -> {
              assertAgreesWithTheModel(
                  policies, timeline, timeline.lastEventAt().plus(Duration.ofHours(hours)));
            });
  }

  @Test
  void elapsedPlusRemainingIsTheTargetWhileRunningOrPaused() {
    qt().withExamples(EXAMPLES)
        .forAll(policySets(false), timelines(20, false), integers().between(0, 1000))
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
    elapsedNeverDecreasesAsNowGrows(Reselection.FROM_CHANGE);
  }

  /**
   * Under {@link Reselection#FROM_CREATION} a cycle keeps one measurement, that of the target in
   * effect, measured from the cycle's start; a measurement cancelled when its target was lost is
   * replaced when a target applies again, so only breaches are final. On one target, elapsed time
   * still never decreases.
   */
  @Test
  void elapsedNeverDecreasesAsNowGrowsUnderReselectionFromCreation() {
    elapsedNeverDecreasesAsNowGrows(Reselection.FROM_CREATION);
  }

  private void elapsedNeverDecreasesAsNowGrows(Reselection reselection) {
    boolean fromChange = reselection == Reselection.FROM_CHANGE;
    qt().withExamples(EXAMPLES)
        .forAll(
            policySets(false)
                .map(set -> SlaPolicySet.builder(set).reselection(reselection).build()),
            timelines(20, false),
            integers().between(0, 1000),
            integers().between(0, 1000))
        .checkAssert(
            (policies, timeline, a, b) -> {
              SlaEngine engine = SlaEngine.of(policies);
              Instant earlier = nowAfter(timeline, Math.min(a, b));
              Instant later = nowAfter(timeline, Math.max(a, b));
              List<Measurement> before = engine.evaluate(timeline, earlier).measurements();
              List<Measurement> after = engine.evaluate(timeline, later).measurements();
              if (!fromChange) {
                assertThat(after.stream().map(m -> m.metric() + "/" + m.cycle()))
                    .as("one measurement per cycle")
                    .doesNotHaveDuplicates();
              }
              for (Measurement m : before) {
                Measurement same = find(after, m);
                if (same == null) {
                  // Only a FROM_CREATION reselection replaces a measurement, and never a breach.
                  assertThat(m.state() == MeasurementState.BREACHED).as("%s", m).isFalse();
                  assertThat(fromChange && !m.state().isPending()).as("%s", m).isFalse();
                  continue;
                }
                if (sameClock(m, same)) {
                  assertThat(same.elapsed()).isGreaterThanOrEqualTo(m.elapsed());
                }
                if (m.state() == MeasurementState.BREACHED) {
                  assertThat(same.state()).isEqualTo(m.state());
                  assertThat(same.breachedAt()).isEqualTo(m.breachedAt());
                }
                if (fromChange) {
                  if (m.state() == MeasurementState.CANCELLED) {
                    assertThat(same.state()).isEqualTo(m.state());
                  }
                  if (m.stoppedAt().isPresent() && m.metric().isResponse()) {
                    assertThat(same).isEqualTo(m); // a finished response cycle never changes
                  }
                  assertThat(same.warnings().subList(0, m.warnings().size()))
                      .isEqualTo(m.warnings());
                }
              }
            });
  }

  @Test
  void pausedTimeNeverCountsAsElapsed() {
    qt().withExamples(EXAMPLES)
        .forAll(policySets(false), timelines(20, false), integers().between(0, 1000))
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

  /**
   * Evaluating at the end equals evaluating incrementally: as the timeline grows event by event,
   * the report of each prefix at its last event equals the report of the whole timeline at that
   * instant (events after {@code now} change nothing).
   */
  @Test
  void evaluatingTheWholeTimelineEqualsEvaluatingItAsItGrows() {
    qt().withExamples(EXAMPLES)
        .forAll(policySets(false), timelines(20, false))
        .checkAssert(
            (policies, timeline) -> {
              SlaEngine engine = SlaEngine.of(policies);
              TicketTimeline grown = TicketTimeline.of(timeline.created());
              for (int i = 1; i <= timeline.size(); i++) {
                if (i > 1) {
                  grown = grown.append(timeline.events().get(i - 1));
                }
                Instant at = grown.lastEventAt();
                if (i < timeline.size() && timeline.events().get(i).at().equals(at)) {
                  continue; // the next event shares the instant: the prefix is not yet complete
                }
                assertThat(engine.evaluate(grown, at)).isEqualTo(engine.evaluate(timeline, at));
              }
            });
  }

  private static void assertAgreesWithTheModel(
      SlaPolicySet policies, TicketTimeline timeline, Instant now) {
    SlaReport report = SlaEngine.of(policies).evaluate(timeline, now);
    assertThat(report.measurements().stream().map(MinuteSlaModel.Expected::of).toList())
        .as("%s\n%s\nat %s", policies, timeline.events(), now)
        .isEqualTo(MinuteSlaModel.evaluate(policies, timeline, now));
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
