package dev.rapport.sla.escalation;

import static dev.rapport.sla.escalation.Fixtures.OFFICE;
import static dev.rapport.sla.escalation.Fixtures.hours;
import static dev.rapport.sla.escalation.Fixtures.local;
import static dev.rapport.sla.escalation.Fixtures.minutes;
import static dev.rapport.sla.escalation.Fixtures.ticket;
import static dev.rapport.sla.escalation.Fixtures.wallLevel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.TicketTimeline;
import dev.rapport.sla.SlaMetric;
import dev.rapport.sla.SlaPolicySet;
import dev.rapport.sla.SlaTarget;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The exact timelines of the escalation issue. */
class EscalationScenariosTest {
  private static final Instant T0 = local("2027-01-04T10:00"); // a Monday

  /** L1 notified at once, escalates after 10 minutes; L2 escalates after 15; repeated twice. */
  private static EscalationPolicy twoLevelsRepeatedTwice(EscalationTrigger start) {
    return EscalationPolicy.builder("chain")
        .level(wallLevel(start))
        .level(wallLevel(EscalationTrigger.afterPrevious(minutes(10))))
        .repeat(Repeat.of(2, minutes(15)).withClock(DelayClock.WALL))
        .build();
  }

  static Stream<Arguments> chainStarts() {
    return Stream.of(
        // The chain starts when the ticket is created ...
        Arguments.of(EscalationTrigger.sinceCreated(Duration.ZERO), Duration.ZERO),
        // ... after 20 minutes in NEW ...
        Arguments.of(EscalationTrigger.sinceStatus(TicketStatus.NEW, minutes(20)), minutes(20)),
        // ... or when the 30-minute first-response target is breached.
        Arguments.of(EscalationTrigger.slaBreached(SlaMetric.FIRST_RESPONSE), minutes(30)));
  }

  @ParameterizedTest
  @MethodSource("chainStarts")
  void twoLevelsRepeatedTwiceFireAt0_10_25_35_50_60ThenAreExhausted(
      EscalationTrigger start, Duration triggerOffset) {
    TicketTimeline timeline = ticket(T0).timeline();
    SlaPolicySet sla =
        Fixtures.sla(SlaTarget.of(SlaMetric.FIRST_RESPONSE, minutes(30), SlaTarget.DEFAULT_CALENDAR));
    EscalationEngine engine = EscalationEngine.of(twoLevelsRepeatedTwice(start));
    Instant trigger = T0.plus(triggerOffset);

    Fixtures.Run everyMinute =
        new Fixtures.Run(engine, sla, timeline).every(minutes(1), T0, T0.plus(hours(3)));
    Fixtures.Run once = new Fixtures.Run(engine, sla, timeline);
    once.at(T0.plus(hours(3)));

    List<String> expected = List.of("L1r0@0", "L2r0@10", "L1r1@25", "L2r1@35", "L1r2@50", "L2r2@60");
    assertThat(everyMinute.firedSince(trigger)).isEqualTo(expected);
    assertThat(once.firedSince(trigger)).isEqualTo(expected);
    assertThat(everyMinute.last.nextDueAt()).isEmpty();
    assertThat(once.last.nextDueAt()).isEmpty();
  }

  @Test
  void nextDueAtNamesEachStepOfTheChainInTurn() {
    Fixtures.Run run =
        new Fixtures.Run(
            twoLevelsRepeatedTwice(EscalationTrigger.sinceCreated(Duration.ZERO)),
            ticket(T0).timeline());
    List<Integer> offsets = List.of(0, 10, 25, 35, 50, 60);
    for (int i = 0; i < offsets.size(); i++) {
      Instant due = T0.plus(minutes(offsets.get(i)));
      EscalationResult result = run.at(due);
      assertThat(result.steps()).hasSize(1);
      assertThat(result.steps().get(0).dueAt()).isEqualTo(due);
      if (i + 1 < offsets.size()) {
        assertThat(result.nextDueAt()).contains(T0.plus(minutes(offsets.get(i + 1))));
        // Nothing is due between two steps.
        assertThat(run.at(due.plus(minutes(1))).steps()).isEmpty();
      } else {
        assertThat(result.nextDueAt()).isEmpty();
      }
    }
  }

  @Test
  void anAcknowledgementAfterL2StopsTheChain() {
    TicketTimeline timeline = ticket(T0).ack(T0.plus(minutes(12))).timeline();
    Fixtures.Run run =
        new Fixtures.Run(twoLevelsRepeatedTwice(EscalationTrigger.sinceCreated(Duration.ZERO)), timeline)
            .every(minutes(1), T0, T0.plus(hours(2)));

    assertThat(run.firedSince(T0)).containsExactly("L1r0@0", "L2r0@10");
    assertThat(run.last.nextDueAt()).isEmpty();
  }

  @Test
  void anAcknowledgementExactlyAtADueInstantStopsThatStep() {
    TicketTimeline timeline = ticket(T0).ack(T0.plus(minutes(25))).timeline();
    Fixtures.Run run =
        new Fixtures.Run(twoLevelsRepeatedTwice(EscalationTrigger.sinceCreated(Duration.ZERO)), timeline)
            .every(minutes(1), T0, T0.plus(hours(2)));

    assertThat(run.firedSince(T0)).containsExactly("L1r0@0", "L2r0@10");
  }

  @Test
  void aBusinessTimeDelaySpansTheWeekend() {
    // Friday 16:00 in Berlin, two business hours on Monday to Friday 09:00-17:00: Monday 10:00.
    Instant friday = local("2027-01-08T16:00");
    EscalationPolicy business =
        EscalationPolicy.builder("business")
            .calendar(OFFICE)
            .level(Fixtures.level(EscalationTrigger.sinceCreated(hours(2))))
            .build();
    EscalationPolicy wall =
        EscalationPolicy.builder("wall")
            .calendar(OFFICE)
            .level(wallLevel(EscalationTrigger.sinceCreated(hours(2))))
            .build();
    TicketTimeline timeline = ticket(friday).timeline();

    Fixtures.Run run = new Fixtures.Run(EscalationEngine.of(business, wall), Fixtures.sla(), timeline);
    EscalationResult friday5pm = run.at(local("2027-01-08T17:00"));
    run.every(minutes(30), local("2027-01-08T17:30"), local("2027-01-11T12:00"));

    assertThat(friday5pm.nextDueAt()).contains(local("2027-01-08T18:00"));
    assertThat(run.fired)
        .extracting(step -> step.id().policy() + "@" + step.dueAt())
        .containsExactly("wall@" + local("2027-01-08T18:00"), "business@" + local("2027-01-11T10:00"));
    EscalationStep monday = run.fired.get(1);
    assertThat(monday.reason().measured()).isEqualTo(hours(2));
    assertThat(monday.reason().since()).isEqualTo(friday);
    assertThat(Duration.between(friday, monday.dueAt())).isEqualTo(hours(66));
  }

  static Stream<Arguments> warnings() {
    // With 75% among the target's warnings the instant is the report's; without, the engine
    // replays the ticket's statuses.
    return Stream.of(Arguments.of(new double[] {0.5, 0.75}), Arguments.of(new double[] {0.5}));
  }

  @ParameterizedTest
  @MethodSource("warnings")
  void seventyFivePercentOfAnSlaThatPausesAndResumes(double[] warnings) {
    // Resolution within 4 hours, paused while pending the customer. Created 09:00, pending from
    // 10:00 to 13:00: 3 hours are used at 15:00 (1 before the pause, 2 after it).
    SlaPolicySet sla =
        Fixtures.sla(
            SlaTarget.builder(SlaMetric.RESOLUTION, hours(4))
                .calendar(OFFICE)
                .warnings(warnings)
                .build());
    Instant created = local("2027-01-04T09:00");
    TicketTimeline timeline =
        ticket(created)
            .status(local("2027-01-04T09:30"), TicketStatus.OPEN)
            .status(local("2027-01-04T10:00"), TicketStatus.PENDING_CUSTOMER)
            .status(local("2027-01-04T13:00"), TicketStatus.OPEN)
            .timeline();
    EscalationPolicy policy =
        EscalationPolicy.builder("resolution")
            .calendar(OFFICE)
            .level(Fixtures.level(EscalationTrigger.slaShareConsumed(SlaMetric.RESOLUTION, 0.75)))
            .build();
    EscalationEngine engine = EscalationEngine.of(policy);

    Fixtures.Run run = new Fixtures.Run(engine, sla, timeline);
    // While paused nothing is projected: the pause may last for ever.
    assertThat(run.at(local("2027-01-04T11:00")).nextDueAt()).isEmpty();
    // Running again, the crossing is projected from the report.
    assertThat(run.at(local("2027-01-04T14:00")).nextDueAt()).contains(local("2027-01-04T15:00"));
    assertThat(run.at(local("2027-01-04T14:59")).steps()).isEmpty();
    EscalationResult at15 = run.at(local("2027-01-04T15:00"));

    assertThat(at15.steps()).hasSize(1);
    EscalationStep step = at15.steps().get(0);
    assertThat(step.dueAt()).isEqualTo(local("2027-01-04T15:00"));
    assertThat(step.reason().triggeredAt()).isEqualTo(local("2027-01-04T15:00"));
    assertThat(step.reason().threshold()).isEqualTo(hours(3));
    assertThat(step.reason().since()).isEqualTo(created);

    Fixtures.Run once = new Fixtures.Run(engine, sla, timeline);
    once.at(local("2027-01-05T12:00"));
    assertThat(once.fired).extracting(EscalationStep::dueAt).containsExactly(local("2027-01-04T15:00"));
  }

  @Test
  void aTimeOfWeekWindowInBerlinAcrossTheSpringDaylightSavingChange() {
    // Nights, 22:00 to 06:00 Berlin time, every day. 20:30 UTC is 21:30 in winter (CET, outside)
    // and 22:30 in summer (CEST, inside); Berlin moves its clocks on 2027-03-28.
    TimeWindow nights =
        TimeWindow.of(EnumSet.allOf(DayOfWeek.class), LocalTime.of(22, 0), LocalTime.of(6, 0));
    EscalationPolicy skip = nightPolicy("skip", nights, OutsideWindow.SKIP);
    EscalationPolicy waits = nightPolicy("wait", nights, OutsideWindow.WAIT);
    EscalationEngine engine = EscalationEngine.of(skip, waits);

    Instant saturday = Instant.parse("2027-03-27T20:30:00Z"); // 21:30 CET
    Fixtures.Run before = new Fixtures.Run(engine, Fixtures.sla(), ticket(saturday).timeline());
    before.every(minutes(15), saturday, saturday.plus(hours(12)));
    assertThat(before.skipped)
        .extracting(s -> s.id().policy() + "@" + s.dueAt() + " " + s.reason().skipped().orElseThrow())
        .containsExactly("skip@2027-03-27T20:30:00Z OUTSIDE_WINDOW");
    assertThat(before.fired)
        .extracting(s -> s.id().policy() + "@" + s.dueAt())
        .containsExactly("wait@2027-03-27T21:00:00Z"); // 22:00 CET
    assertThat(before.fired.get(0).reason().waitedForWindow()).contains(saturday);

    Instant sunday = Instant.parse("2027-03-28T20:30:00Z"); // 22:30 CEST
    Fixtures.Run after = new Fixtures.Run(engine, Fixtures.sla(), ticket(sunday).timeline());
    after.every(minutes(15), sunday, sunday.plus(hours(12)));
    assertThat(after.skipped).isEmpty();
    assertThat(after.fired)
        .extracting(s -> s.id().policy() + "@" + s.dueAt())
        .containsExactly("skip@2027-03-28T20:30:00Z", "wait@2027-03-28T20:30:00Z");

    // During the short night itself the window closes at 06:00 CEST, 04:00 UTC.
    assertThat(nights.contains(Instant.parse("2027-03-28T03:59:59Z"), Fixtures.BERLIN)).isTrue();
    assertThat(nights.contains(Instant.parse("2027-03-28T04:00:00Z"), Fixtures.BERLIN)).isFalse();
  }

  private static EscalationPolicy nightPolicy(String name, TimeWindow window, OutsideWindow outside) {
    return EscalationPolicy.builder(name)
        .calendar(dev.rapport.core.time.BusinessCalendar.always(Fixtures.BERLIN))
        .level(
            EscalationLevel.builder(EscalationTrigger.sinceCreated(Duration.ZERO))
                .notifying(NotifyTarget.onCall("phone"))
                .window(window, outside)
                .build())
        .build();
  }
}
