package dev.rapport.sla;

import static dev.rapport.sla.Tickets.BERLIN;
import static dev.rapport.sla.Tickets.OFFICE;
import static dev.rapport.sla.Tickets.hours;
import static dev.rapport.sla.Tickets.local;
import static dev.rapport.sla.Tickets.minutes;
import static dev.rapport.sla.Tickets.oneTarget;
import static dev.rapport.sla.Tickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.Priority;
import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.TicketTimeline;
import dev.rapport.core.time.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SlaEngineTest {
  private static final SlaTarget FIRST_1H =
      SlaTarget.of(SlaMetric.FIRST_RESPONSE, hours(1), OFFICE);
  private static final SlaTarget FIRST_2H =
      SlaTarget.of(SlaMetric.FIRST_RESPONSE, hours(2), OFFICE);
  private static final SlaTarget NEXT_1H = SlaTarget.of(SlaMetric.NEXT_RESPONSE, hours(1), OFFICE);
  private static final SlaTarget PERIODIC_2H =
      SlaTarget.of(SlaMetric.PERIODIC_UPDATE, hours(2), OFFICE);

  private static SlaTarget resolution(Duration duration) {
    return SlaTarget.of(SlaMetric.RESOLUTION, duration, OFFICE);
  }

  /**
   * One expectation about one measurement: the {@code index}-th measurement of {@code metric} in
   * the report of {@code timeline} at {@code now} under {@code policies}. Instants are Berlin local
   * times; {@code outcome} is the achieved or breached instant, or null.
   */
  static Arguments expect(
      String scenario,
      SlaPolicySet policies,
      TicketTimeline timeline,
      String now,
      SlaMetric metric,
      int index,
      MeasurementState state,
      String due,
      String outcome,
      Duration elapsed,
      Duration paused) {
    return Arguments.of(
        scenario, policies, timeline, now, metric, index, state, due, outcome, elapsed, paused);
  }

  static Stream<Arguments> scenarios() {
    SlaPolicySet first1h = oneTarget(FIRST_1H);
    return Stream.of(
        expect(
            "created Friday 16:30, 1h first response on Mon-Fri 9-17: due Monday 09:30",
            first1h,
            ticket("2026-11-20T16:30", Priority.NORMAL).timeline(),
            "2026-11-20T18:00",
            SlaMetric.FIRST_RESPONSE,
            0,
            MeasurementState.RUNNING,
            "2026-11-23T09:30",
            null,
            minutes(30),
            Duration.ZERO),
        expect(
            "created Wednesday 07:00, 2h target: due Wednesday 11:00",
            oneTarget(FIRST_2H),
            ticket("2026-11-25T07:00", Priority.NORMAL).timeline(),
            "2026-11-25T08:00",
            SlaMetric.FIRST_RESPONSE,
            0,
            MeasurementState.RUNNING,
            "2026-11-25T11:00",
            null,
            Duration.ZERO,
            Duration.ZERO),
        expect(
            "2h resolution created Monday 10:00, pending 10:30 to 14:00: due 15:30",
            oneTarget(resolution(hours(2))),
            ticket("2026-11-23T10:00", Priority.NORMAL)
                .status("2026-11-23T10:30", TicketStatus.PENDING_CUSTOMER)
                .status("2026-11-23T14:00", TicketStatus.OPEN)
                .timeline(),
            "2026-11-23T14:00",
            SlaMetric.RESOLUTION,
            0,
            MeasurementState.RUNNING,
            "2026-11-23T15:30",
            null,
            minutes(30),
            minutes(210)),
        expect(
            "8h resolution created Friday 09:00, pending Friday 16:00 to Monday 10:00: due Monday"
                + " 11:00, and the weekend is not paused time",
            oneTarget(resolution(hours(8))),
            ticket("2026-11-20T09:00", Priority.NORMAL)
                .status("2026-11-20T16:00", TicketStatus.PENDING_CUSTOMER)
                .status("2026-11-23T10:00", TicketStatus.OPEN)
                .timeline(),
            "2026-11-23T10:00",
            SlaMetric.RESOLUTION,
            0,
            MeasurementState.RUNNING,
            "2026-11-23T11:00",
            null,
            hours(7),
            hours(2)),
        expect(
            "while pending the resolution is paused and has no due instant",
            oneTarget(resolution(hours(8))),
            ticket("2026-11-20T09:00", Priority.NORMAL)
                .status("2026-11-20T16:00", TicketStatus.PENDING_CUSTOMER)
                .timeline(),
            "2026-11-23T12:00",
            SlaMetric.RESOLUTION,
            0,
            MeasurementState.PAUSED,
            null,
            null,
            hours(7),
            hours(4)),
        expect(
            "a reply exactly at the due instant is in time",
            first1h,
            ticket("2026-11-23T09:00", Priority.NORMAL).reply("2026-11-23T10:00").timeline(),
            "2026-11-23T12:00",
            SlaMetric.FIRST_RESPONSE,
            0,
            MeasurementState.ACHIEVED,
            "2026-11-23T10:00",
            "2026-11-23T10:00",
            hours(1),
            Duration.ZERO),
        expect(
            "due at closing time Monday 17:00, answered at 18:00 with no business time between:"
                + " breached at 17:00",
            first1h,
            ticket("2026-11-23T16:00", Priority.NORMAL).reply("2026-11-23T18:00").timeline(),
            "2026-11-23T18:00",
            SlaMetric.FIRST_RESPONSE,
            0,
            MeasurementState.BREACHED,
            "2026-11-23T17:00",
            "2026-11-23T17:00",
            hours(1),
            Duration.ZERO),
        expect(
            "an internal note is not a first response",
            first1h,
            ticket("2026-11-23T09:00", Priority.NORMAL).note("2026-11-23T09:10").timeline(),
            "2026-11-23T09:30",
            SlaMetric.FIRST_RESPONSE,
            0,
            MeasurementState.RUNNING,
            "2026-11-23T10:00",
            null,
            minutes(30),
            Duration.ZERO),
        expect(
            "events after now are ignored",
            first1h,
            ticket("2026-11-23T09:00", Priority.NORMAL).reply("2026-11-23T09:30").timeline(),
            "2026-11-23T09:15",
            SlaMetric.FIRST_RESPONSE,
            0,
            MeasurementState.RUNNING,
            "2026-11-23T10:00",
            null,
            minutes(15),
            Duration.ZERO),
        expect(
            "events at now count",
            first1h,
            ticket("2026-11-23T09:00", Priority.NORMAL).reply("2026-11-23T09:30").timeline(),
            "2026-11-23T09:30",
            SlaMetric.FIRST_RESPONSE,
            0,
            MeasurementState.ACHIEVED,
            "2026-11-23T10:00",
            "2026-11-23T09:30",
            minutes(30),
            Duration.ZERO),
        expect(
            "a pause that starts exactly at the due instant does not prevent the breach",
            oneTarget(resolution(hours(1))),
            ticket("2026-11-23T09:00", Priority.NORMAL)
                .status("2026-11-23T10:00", TicketStatus.PENDING_CUSTOMER)
                .timeline(),
            "2026-11-23T11:00",
            SlaMetric.RESOLUTION,
            0,
            MeasurementState.BREACHED,
            "2026-11-23T10:00",
            "2026-11-23T10:00",
            hours(1),
            hours(1)),
        expect(
            "a merged ticket's first response is cancelled",
            first1h,
            ticket("2026-11-23T09:00", Priority.NORMAL).merge("2026-11-23T09:30").timeline(),
            "2026-11-23T12:00",
            SlaMetric.FIRST_RESPONSE,
            0,
            MeasurementState.CANCELLED,
            null,
            null,
            minutes(30),
            Duration.ZERO),
        expect(
            "a ticket solved without a reply pauses its first response",
            first1h,
            ticket("2026-11-23T09:00", Priority.NORMAL)
                .status("2026-11-23T09:20", TicketStatus.SOLVED)
                .timeline(),
            "2026-11-23T12:00",
            SlaMetric.FIRST_RESPONSE,
            0,
            MeasurementState.PAUSED,
            null,
            null,
            minutes(20),
            minutes(160)),
        expect(
            "... and closing it cancels the first response",
            first1h,
            ticket("2026-11-23T09:00", Priority.NORMAL)
                .status("2026-11-23T09:20", TicketStatus.SOLVED)
                .status("2026-11-23T11:00", TicketStatus.CLOSED)
                .timeline(),
            "2026-11-23T12:00",
            SlaMetric.FIRST_RESPONSE,
            0,
            MeasurementState.CANCELLED,
            null,
            null,
            minutes(20),
            minutes(100)),
        expect(
            "a DST weekend: created Friday 16:30 CET, due Monday 09:30 CEST",
            first1h,
            ticket("2026-03-27T16:30", Priority.NORMAL).timeline(),
            "2026-03-29T12:00",
            SlaMetric.FIRST_RESPONSE,
            0,
            MeasurementState.RUNNING,
            "2026-03-30T09:30",
            null,
            minutes(30),
            Duration.ZERO),
        expect(
            "the 25-hour day of the autumn change counts 25 hours on a 24/7 calendar",
            oneTarget(
                SlaTarget.of(SlaMetric.RESOLUTION, hours(24), BusinessCalendar.always(BERLIN))),
            ticket("2026-10-24T12:00", Priority.NORMAL).timeline(),
            "2026-10-25T10:00",
            SlaMetric.RESOLUTION,
            0,
            MeasurementState.RUNNING,
            "2026-10-25T11:00",
            null,
            hours(23),
            Duration.ZERO));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void measuresTheScenarioExactly(
      String scenario,
      SlaPolicySet policies,
      TicketTimeline timeline,
      String now,
      SlaMetric metric,
      int index,
      MeasurementState state,
      String due,
      String outcome,
      Duration elapsed,
      Duration paused) {
    Measurement measurement =
        SlaEngine.of(policies).evaluate(timeline, local(now)).measurements(metric).get(index);

    assertThat(measurement.state()).isEqualTo(state);
    assertThat(measurement.dueAt()).isEqualTo(Optional.ofNullable(due).map(Tickets::local));
    Optional<Instant> expectedOutcome = Optional.ofNullable(outcome).map(Tickets::local);
    assertThat(
            state == MeasurementState.BREACHED
                ? measurement.breachedAt()
                : measurement.achievedAt())
        .isEqualTo(expectedOutcome);
    assertThat(measurement.elapsed()).isEqualTo(elapsed);
    assertThat(measurement.paused()).isEqualTo(paused);
  }

  @Test
  void dueInstantsAreExactInUtcToo() {
    SlaEngine engine = SlaEngine.of(oneTarget(FIRST_1H));
    assertThat(
            engine
                .evaluate(
                    ticket("2026-11-20T16:30", Priority.NORMAL).timeline(),
                    local("2026-11-20T16:30"))
                .latest(SlaMetric.FIRST_RESPONSE)
                .orElseThrow()
                .dueAt())
        .contains(Instant.parse("2026-11-23T08:30:00Z"));
    assertThat(
            engine
                .evaluate(
                    ticket("2026-03-27T16:30", Priority.NORMAL).timeline(),
                    local("2026-03-27T16:30"))
                .latest(SlaMetric.FIRST_RESPONSE)
                .orElseThrow()
                .dueAt())
        .contains(Instant.parse("2026-03-30T07:30:00Z"));
  }

  @Test
  void nextResponseCyclesKeepTheirOwnOutcomes() {
    TicketTimeline timeline =
        ticket("2026-11-23T09:00", Priority.NORMAL)
            .message("2026-11-23T09:05") // before any reply: first response's, no cycle
            .reply("2026-11-23T09:10")
            .message("2026-11-23T10:00") // cycle 1
            .message("2026-11-23T10:30") // same cycle
            .reply("2026-11-23T11:30") // late: due 11:00
            .message("2026-11-23T12:00") // cycle 2
            .reply("2026-11-23T12:20") // in time
            .message("2026-11-23T16:30") // cycle 3, runs over the night
            .timeline();

    List<Measurement> cycles =
        SlaEngine.of(oneTarget(NEXT_1H))
            .evaluate(timeline, local("2026-11-24T09:10"))
            .measurements(SlaMetric.NEXT_RESPONSE);

    assertThat(cycles).extracting(Measurement::cycle).containsExactly(1, 2, 3);
    assertThat(cycles.get(0).state()).isEqualTo(MeasurementState.BREACHED);
    assertThat(cycles.get(0).startedAt()).isEqualTo(local("2026-11-23T10:00"));
    assertThat(cycles.get(0).breachedAt()).contains(local("2026-11-23T11:00"));
    assertThat(cycles.get(0).stoppedAt()).contains(local("2026-11-23T11:30"));
    assertThat(cycles.get(0).elapsed()).isEqualTo(minutes(90));
    assertThat(cycles.get(0).remaining()).isEqualTo(minutes(-30));
    assertThat(cycles.get(1).state()).isEqualTo(MeasurementState.ACHIEVED);
    assertThat(cycles.get(1).achievedAt()).contains(local("2026-11-23T12:20"));
    assertThat(cycles.get(1).dueAt()).contains(local("2026-11-23T13:00"));
    assertThat(cycles.get(2).state()).isEqualTo(MeasurementState.RUNNING);
    assertThat(cycles.get(2).elapsed()).isEqualTo(minutes(40));
    assertThat(cycles.get(2).dueAt()).contains(local("2026-11-24T09:30"));
  }

  @Test
  void periodicUpdateRunsFromEachPublicReplyToTheNext() {
    TicketTimeline timeline =
        ticket("2026-11-23T09:00", Priority.NORMAL)
            .reply("2026-11-23T09:30")
            .reply("2026-11-23T11:00")
            .timeline();

    List<Measurement> cycles =
        SlaEngine.of(oneTarget(PERIODIC_2H))
            .evaluate(timeline, local("2026-11-23T14:00"))
            .measurements(SlaMetric.PERIODIC_UPDATE);

    assertThat(cycles).hasSize(2);
    assertThat(cycles.get(0).startedAt()).isEqualTo(local("2026-11-23T09:30"));
    assertThat(cycles.get(0).state()).isEqualTo(MeasurementState.ACHIEVED);
    assertThat(cycles.get(0).elapsed()).isEqualTo(minutes(90));
    assertThat(cycles.get(1).state()).isEqualTo(MeasurementState.BREACHED);
    assertThat(cycles.get(1).breachedAt()).contains(local("2026-11-23T13:00"));
    assertThat(cycles.get(1).isOpen()).isTrue();
  }

  @Test
  void aReopenedTicketResumesItsResolutionClock() {
    SlaEngine engine = SlaEngine.of(oneTarget(resolution(hours(4))));
    TicketTimeline timeline =
        ticket("2026-11-23T09:00", Priority.NORMAL)
            .status("2026-11-23T10:00", TicketStatus.SOLVED)
            .message("2026-11-23T11:00")
            .reopen("2026-11-23T11:00")
            .status("2026-11-23T13:00", TicketStatus.SOLVED)
            .timeline();

    Measurement solved = engine.evaluate(timeline, local("2026-11-23T10:30")).measurements().get(0);
    assertThat(solved.state()).isEqualTo(MeasurementState.ACHIEVED);
    assertThat(solved.achievedAt()).contains(local("2026-11-23T10:00"));
    assertThat(solved.elapsed()).isEqualTo(hours(1));
    assertThat(solved.dueAt()).contains(local("2026-11-23T13:00"));

    Measurement reopened =
        engine.evaluate(timeline, local("2026-11-23T12:00")).measurements().get(0);
    assertThat(reopened.state()).isEqualTo(MeasurementState.RUNNING);
    assertThat(reopened.elapsed()).isEqualTo(hours(2));
    assertThat(reopened.paused()).isEqualTo(Duration.ZERO); // solved time is neither
    assertThat(reopened.dueAt()).contains(local("2026-11-23T14:00"));
    assertThat(reopened.stoppedAt()).isEmpty();

    Measurement solvedAgain =
        engine.evaluate(timeline, local("2026-11-23T15:00")).measurements().get(0);
    assertThat(solvedAgain.state()).isEqualTo(MeasurementState.ACHIEVED);
    assertThat(solvedAgain.achievedAt()).contains(local("2026-11-23T13:00"));
    assertThat(solvedAgain.elapsed()).isEqualTo(hours(3));
    assertThat(solvedAgain.cycle()).isEqualTo(1);
  }

  @Test
  void agentWorkTimeAlsoPausesOnHold() {
    SlaPolicySet policies =
        oneTarget(resolution(hours(8)), SlaTarget.of(SlaMetric.AGENT_WORK_TIME, hours(8), OFFICE));
    TicketTimeline timeline =
        ticket("2026-11-23T09:00", Priority.NORMAL)
            .status("2026-11-23T10:00", TicketStatus.ON_HOLD)
            .status("2026-11-23T12:00", TicketStatus.OPEN)
            .timeline();

    SlaReport report = SlaEngine.of(policies).evaluate(timeline, local("2026-11-23T13:00"));

    Measurement resolution = report.latest(SlaMetric.RESOLUTION).orElseThrow();
    Measurement work = report.latest(SlaMetric.AGENT_WORK_TIME).orElseThrow();
    assertThat(resolution.elapsed()).isEqualTo(hours(4));
    assertThat(resolution.paused()).isEqualTo(Duration.ZERO);
    assertThat(work.elapsed()).isEqualTo(hours(2));
    assertThat(work.paused()).isEqualTo(hours(2));
    assertThat(work.dueAt()).contains(local("2026-11-24T11:00")); // 4h on Monday, 2h on Tuesday
  }

  @Test
  void warningsAreCrossedAtTheirSharesOfTheTarget() {
    SlaTarget target =
        SlaTarget.builder(SlaMetric.FIRST_RESPONSE, hours(2))
            .calendar(OFFICE)
            .warnings(0.5, 0.9)
            .build();
    SlaEngine engine = SlaEngine.of(oneTarget(target));
    TicketTimeline timeline = ticket("2026-11-23T09:00", Priority.NORMAL).timeline();

    Measurement measurement =
        engine.evaluate(timeline, local("2026-11-23T10:40")).measurements().get(0);

    assertThat(measurement.warnings())
        .containsExactly(new SlaWarning(0.5, local("2026-11-23T10:00")));
    assertThat(measurement.nextWarning()).contains(new SlaWarning(0.9, local("2026-11-23T10:48")));
    assertThat(engine.evaluate(timeline, local("2026-11-23T10:40")).nextDeadline())
        .contains(new SlaDeadline(local("2026-11-23T10:48"), SlaMetric.FIRST_RESPONSE, 1, 0.9));
    assertThat(engine.evaluate(timeline, local("2026-11-23T10:50")).nextDeadline())
        .contains(new SlaDeadline(local("2026-11-23T11:00"), SlaMetric.FIRST_RESPONSE, 1, 1.0));
    Measurement late = engine.evaluate(timeline, local("2026-11-23T12:00")).measurements().get(0);
    assertThat(late.warnings())
        .extracting(SlaWarning::at)
        .containsExactly(local("2026-11-23T10:00"), local("2026-11-23T10:48"));
    assertThat(late.state()).isEqualTo(MeasurementState.BREACHED);
    assertThat(engine.evaluate(timeline, local("2026-11-23T12:00")).nextDeadline()).isEmpty();
  }

  /** Urgent tickets: 1 hour; everything else: 8 hours. */
  private static SlaPolicySet byPriority(Reselection reselection) {
    return SlaPolicySet.builder()
        .add(
            SlaPolicy.builder("urgent")
                .when(TicketCondition.priorityIn(Priority.URGENT))
                .target(SlaMetric.FIRST_RESPONSE, hours(1), OFFICE)
                .build())
        .add(
            SlaPolicy.builder("standard")
                .target(SlaMetric.FIRST_RESPONSE, hours(8), OFFICE)
                .build())
        .reselection(reselection)
        .build();
  }

  @Test
  void priorityRaisedMidwayFromTheChange() {
    TicketTimeline timeline =
        ticket("2026-11-23T09:00", Priority.NORMAL)
            .priority("2026-11-23T12:00", Priority.URGENT)
            .timeline();

    SlaReport report =
        SlaEngine.of(byPriority(Reselection.FROM_CHANGE))
            .evaluate(timeline, local("2026-11-23T12:30"));

    assertThat(report.policy()).contains("urgent");
    List<Measurement> measurements = report.measurements(SlaMetric.FIRST_RESPONSE);
    assertThat(measurements).hasSize(2);
    assertThat(measurements.get(0).policy()).isEqualTo("standard");
    assertThat(measurements.get(0).state()).isEqualTo(MeasurementState.CANCELLED);
    assertThat(measurements.get(0).stoppedAt()).contains(local("2026-11-23T12:00"));
    assertThat(measurements.get(0).elapsed()).isEqualTo(hours(3));
    assertThat(measurements.get(1).policy()).isEqualTo("urgent");
    assertThat(measurements.get(1).cycle()).isEqualTo(1);
    assertThat(measurements.get(1).state()).isEqualTo(MeasurementState.RUNNING);
    assertThat(measurements.get(1).startedAt()).isEqualTo(local("2026-11-23T12:00"));
    assertThat(measurements.get(1).elapsed()).isEqualTo(minutes(30));
    assertThat(measurements.get(1).dueAt()).contains(local("2026-11-23T13:00"));
  }

  @Test
  void priorityRaisedMidwayFromCreationBreachesAtTheChange() {
    TicketTimeline timeline =
        ticket("2026-11-23T09:00", Priority.NORMAL)
            .priority("2026-11-23T12:00", Priority.URGENT)
            .timeline();

    List<Measurement> measurements =
        SlaEngine.of(byPriority(Reselection.FROM_CREATION))
            .evaluate(timeline, local("2026-11-23T12:30"))
            .measurements(SlaMetric.FIRST_RESPONSE);

    assertThat(measurements).hasSize(1);
    Measurement measurement = measurements.get(0);
    assertThat(measurement.policy()).isEqualTo("urgent");
    assertThat(measurement.startedAt()).isEqualTo(local("2026-11-23T09:00"));
    assertThat(measurement.state()).isEqualTo(MeasurementState.BREACHED);
    assertThat(measurement.breachedAt()).contains(local("2026-11-23T12:00"));
    assertThat(measurement.elapsed()).isEqualTo(minutes(210));
  }

  @Test
  void priorityRaisedEarlyFromCreationKeepsTheTimeUsed() {
    TicketTimeline timeline =
        ticket("2026-11-23T09:00", Priority.NORMAL)
            .priority("2026-11-23T09:30", Priority.URGENT)
            .timeline();

    Measurement measurement =
        SlaEngine.of(byPriority(Reselection.FROM_CREATION))
            .evaluate(timeline, local("2026-11-23T09:40"))
            .latest(SlaMetric.FIRST_RESPONSE)
            .orElseThrow();

    assertThat(measurement.state()).isEqualTo(MeasurementState.RUNNING);
    assertThat(measurement.elapsed()).isEqualTo(minutes(40));
    assertThat(measurement.dueAt()).contains(local("2026-11-23T10:00"));
  }

  @Test
  void aBreachedMeasurementKeepsItsTargetWhenThePolicyChanges() {
    TicketTimeline timeline =
        ticket("2026-11-23T09:00", Priority.URGENT)
            .priority("2026-11-23T11:00", Priority.NORMAL)
            .timeline();

    for (Reselection reselection : Reselection.values()) {
      List<Measurement> measurements =
          SlaEngine.of(byPriority(reselection))
              .evaluate(timeline, local("2026-11-23T12:00"))
              .measurements(SlaMetric.FIRST_RESPONSE);
      assertThat(measurements).as("%s", reselection).hasSize(1);
      assertThat(measurements.get(0).policy()).isEqualTo("urgent");
      assertThat(measurements.get(0).breachedAt()).contains(local("2026-11-23T10:00"));
    }
  }

  @Test
  void losingTheTargetCancelsAndGainingOneStartsAMeasurement() {
    SlaPolicySet policies = noSlaForLow(Reselection.FROM_CHANGE);
    TicketTimeline timeline =
        ticket("2026-11-23T09:00", Priority.NORMAL)
            .priority("2026-11-23T10:00", Priority.LOW)
            .priority("2026-11-23T11:00", Priority.HIGH)
            .timeline();

    SlaReport report = SlaEngine.of(policies).evaluate(timeline, local("2026-11-23T12:00"));

    List<Measurement> measurements = report.measurements(SlaMetric.FIRST_RESPONSE);
    assertThat(measurements)
        .extracting(Measurement::state)
        .containsExactly(MeasurementState.CANCELLED, MeasurementState.RUNNING);
    assertThat(measurements.get(0).stoppedAt()).contains(local("2026-11-23T10:00"));
    assertThat(measurements.get(1).startedAt()).isEqualTo(local("2026-11-23T11:00"));
    assertThat(measurements.get(1).elapsed()).isEqualTo(hours(1));
  }

  @Test
  void fromCreationATargetThatComesBackMeasuresTheCycleAgainAsOneMeasurement() {
    SlaPolicySet policies = noSlaForLow(Reselection.FROM_CREATION);
    TicketTimeline timeline =
        ticket("2026-11-23T09:00", Priority.NORMAL)
            .priority("2026-11-23T10:00", Priority.LOW)
            .priority("2026-11-23T11:00", Priority.NORMAL)
            .timeline();
    SlaEngine engine = SlaEngine.of(policies);

    Measurement whileLow =
        engine.evaluate(timeline, local("2026-11-23T10:30")).measurements().get(0);
    assertThat(whileLow.state()).isEqualTo(MeasurementState.CANCELLED);
    assertThat(whileLow.elapsed()).isEqualTo(hours(1));

    List<Measurement> after =
        engine.evaluate(timeline, local("2026-11-23T12:00")).measurements(SlaMetric.FIRST_RESPONSE);
    assertThat(after).hasSize(1);
    assertThat(after.get(0).state()).isEqualTo(MeasurementState.RUNNING);
    assertThat(after.get(0).startedAt()).isEqualTo(local("2026-11-23T09:00"));
    assertThat(after.get(0).elapsed()).isEqualTo(hours(3));
  }

  /** Returns policies without targets for LOW tickets and an 8-hour first response for the rest. */
  private static SlaPolicySet noSlaForLow(Reselection reselection) {
    return SlaPolicySet.builder()
        .add(
            SlaPolicy.builder("no SLA for low")
                .when(TicketCondition.priorityIn(Priority.LOW))
                .build())
        .add(
            SlaPolicy.builder("standard")
                .target(SlaMetric.FIRST_RESPONSE, hours(8), OFFICE)
                .build())
        .reselection(reselection)
        .build();
  }

  @Test
  void aTicketNoPolicyMatchesHasAnEmptyReport() {
    SlaPolicySet policies =
        SlaPolicySet.builder()
            .add(
                SlaPolicy.builder("urgent only")
                    .when(TicketCondition.priorityIn(Priority.URGENT))
                    .target(FIRST_1H)
                    .build())
            .build();

    SlaReport report =
        SlaEngine.of(policies)
            .evaluate(
                ticket("2026-11-23T09:00", Priority.LOW).timeline(), local("2026-11-23T12:00"));

    assertThat(report.policy()).isEmpty();
    assertThat(report.measurements()).isEmpty();
    assertThat(report.nextDeadline()).isEmpty();
  }

  @Test
  void rejectsNowBeforeTheCreation() {
    TicketTimeline timeline = ticket("2026-11-23T09:00", Priority.LOW).timeline();
    SlaEngine engine = SlaEngine.of(oneTarget(FIRST_1H));
    assertThatThrownBy(() -> engine.evaluate(timeline, local("2026-11-23T08:59")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "now must not be before the ticket's creation at 2026-11-23T08:00:00Z, but was"
                + " 2026-11-23T07:59:00Z");
  }

  @Test
  void theSameInputsGiveAnEqualReport() {
    TicketTimeline timeline =
        ticket("2026-11-23T09:00", Priority.NORMAL)
            .reply("2026-11-23T09:30")
            .message("2026-11-23T10:00")
            .timeline();
    SlaEngine engine = SlaEngine.of(oneTarget(FIRST_1H, NEXT_1H, PERIODIC_2H));
    assertThat(engine.evaluate(timeline, local("2026-11-23T12:00")))
        .isEqualTo(engine.evaluate(timeline, local("2026-11-23T12:00")));
  }
}
