package dev.rapport.sla.escalation;

import static dev.rapport.sla.escalation.Fixtures.hours;
import static dev.rapport.sla.escalation.Fixtures.local;
import static dev.rapport.sla.escalation.Fixtures.minutes;
import static dev.rapport.sla.escalation.Fixtures.ticket;
import static dev.rapport.sla.escalation.Fixtures.wallLevel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.time.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** A level due outside its window is skipped, or waits for the window and holds the chain back. */
class OutsideWindowTest {
  private static final TimeWindow OFFICE_HOURS =
      TimeWindow.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0));

  private static EscalationPolicy policy(OutsideWindow outside) {
    return EscalationPolicy.builder("p")
        .calendar(BusinessCalendar.always(Fixtures.BERLIN))
        .level(
            EscalationLevel.builder(EscalationTrigger.sinceCreated(Duration.ZERO))
                .clock(DelayClock.WALL)
                .notifying(NotifyTarget.managerOfAssigneeTeam())
                .window(OFFICE_HOURS, outside)
                .build())
        .level(wallLevel(EscalationTrigger.afterPrevious(minutes(30))))
        .build();
  }

  @Test
  void skipGoesOnFromTheInstantTheLevelWasDue() {
    Instant saturday = local("2027-01-09T12:00");
    Fixtures.Run run = new Fixtures.Run(policy(OutsideWindow.SKIP), ticket(saturday).timeline());
    run.at(saturday.plus(hours(72)));

    assertThat(run.skipped).extracting(EscalationStep::dueAt).containsExactly(saturday);
    assertThat(run.fired).extracting(EscalationStep::dueAt).containsExactly(saturday.plus(minutes(30)));
  }

  @Test
  void waitFiresAtTheNextOpeningAndTheNextLevelCountsFromThere() {
    Instant saturday = local("2027-01-09T12:00");
    Fixtures.Run run = new Fixtures.Run(policy(OutsideWindow.WAIT), ticket(saturday).timeline());
    EscalationResult atSaturday = run.at(saturday);
    run.at(saturday.plus(hours(72)));

    assertThat(atSaturday.nextDueAt()).contains(local("2027-01-11T09:00"));
    assertThat(run.skipped).isEmpty();
    assertThat(run.fired)
        .extracting(EscalationStep::dueAt)
        .containsExactly(local("2027-01-11T09:00"), local("2027-01-11T09:30"));
    assertThat(run.fired.get(0).reason().waitedForWindow()).contains(saturday);
  }

  @Test
  void aStopWhileWaitingForTheWindowStopsTheLevel() {
    Instant saturday = local("2027-01-09T12:00");
    Fixtures.Run run =
        new Fixtures.Run(
            policy(OutsideWindow.WAIT), ticket(saturday).ack(local("2027-01-10T08:00")).timeline());
    EscalationResult result = run.at(saturday.plus(hours(72)));

    assertThat(run.fired).isEmpty();
    assertThat(result.nextDueAt()).isEmpty();
  }

  @Test
  void waitFiresOnlyWhereTheTriggerHoldsInsideTheWindow() {
    // "On hold for an hour, in office hours": on hold from Saturday noon, opened on Sunday and on
    // hold again on Monday at 11:00. It holds from Saturday 13:00 to Sunday 10:00 (outside the
    // window), not on Monday at 09:00 (the ticket is OPEN), and inside the window from Monday 12:00.
    EscalationPolicy policy =
        EscalationPolicy.builder("stuck")
            .calendar(BusinessCalendar.always(Fixtures.BERLIN))
            .level(
                EscalationLevel.builder(
                        EscalationTrigger.sinceStatus(dev.rapport.core.TicketStatus.ON_HOLD, hours(1)))
                    .clock(DelayClock.WALL)
                    .notifying(NotifyTarget.managerOfAssigneeTeam())
                    .window(OFFICE_HOURS, OutsideWindow.WAIT)
                    .build())
            .build();
    Instant saturday = local("2027-01-09T12:00");
    Fixtures.Run run =
        new Fixtures.Run(
            policy,
            ticket(saturday)
                .status(saturday, dev.rapport.core.TicketStatus.ON_HOLD)
                .status(local("2027-01-10T10:00"), dev.rapport.core.TicketStatus.OPEN)
                .status(local("2027-01-11T11:00"), dev.rapport.core.TicketStatus.ON_HOLD)
                .timeline());
    run.every(minutes(30), saturday, saturday.plus(hours(72)));

    assertThat(run.fired).extracting(EscalationStep::dueAt).containsExactly(local("2027-01-11T12:00"));
    assertThat(run.fired.get(0).reason().since()).isEqualTo(local("2027-01-11T11:00"));
    assertThat(run.fired.get(0).reason().waitedForWindow()).isEmpty();
  }

  @Test
  void insideTheWindowBothFireAtOnce() {
    Instant monday = local("2027-01-11T10:00");
    for (OutsideWindow outside : OutsideWindow.values()) {
      Fixtures.Run run = new Fixtures.Run(policy(outside), ticket(monday).timeline());
      run.at(monday);
      assertThat(run.fired).extracting(EscalationStep::dueAt).containsExactly(monday);
    }
  }
}
