package dev.rapport.examples;

import dev.rapport.core.AgentId;
import dev.rapport.core.Channel;
import dev.rapport.core.CustomerId;
import dev.rapport.core.Priority;
import dev.rapport.core.TicketId;
import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.AgentReply;
import dev.rapport.core.ticket.CustomerMessage;
import dev.rapport.core.ticket.PriorityChanged;
import dev.rapport.core.ticket.StatusChanged;
import dev.rapport.core.ticket.TicketCreated;
import dev.rapport.core.ticket.TicketTimeline;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.sla.BreachSchedule;
import dev.rapport.sla.Measurement;
import dev.rapport.sla.SlaEngine;
import dev.rapport.sla.SlaMetric;
import dev.rapport.sla.SlaPolicy;
import dev.rapport.sla.SlaPolicySet;
import dev.rapport.sla.SlaReport;
import dev.rapport.sla.SlaTarget;
import dev.rapport.sla.TicketCondition;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An SLA report for one ticket: a Berlin support desk (weekdays 09:00 to 17:00, closed on New
 * Year's Day) promises urgent tickets a first answer within 1 business hour and a resolution within
 * 1 business day, and other tickets 4 hours and 3 days, with warnings at 50% and 90%. A ticket
 * arrives on Friday afternoon, is answered on Monday, is raised to urgent, waits for the customer
 * and comes back; the report on Tuesday morning shows every metric and cycle, and the ticket's next
 * deadline as a {@link BreachSchedule} would hold it.
 */
public final class SlaReportExample {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("EEE dd MMM HH:mm", Locale.ENGLISH);

  private SlaReportExample() {}

  /**
   * Prints the report.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    BusinessCalendar office =
        BusinessCalendar.builder(BERLIN)
            .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
            .closed(LocalDate.of(2027, 1, 1))
            .build();
    SlaPolicySet policies =
        SlaPolicySet.builder()
            .add(
                SlaPolicy.builder("urgent")
                    .when(TicketCondition.priorityIn(Priority.URGENT))
                    .target(target(SlaMetric.FIRST_RESPONSE, Duration.ofHours(1), office))
                    .target(target(SlaMetric.NEXT_RESPONSE, Duration.ofHours(1), office))
                    .target(target(SlaMetric.RESOLUTION, Duration.ofHours(8), office))
                    .build())
            .add(
                SlaPolicy.builder("standard")
                    .target(target(SlaMetric.FIRST_RESPONSE, Duration.ofHours(4), office))
                    .target(target(SlaMetric.NEXT_RESPONSE, Duration.ofHours(4), office))
                    .target(target(SlaMetric.RESOLUTION, Duration.ofHours(24), office))
                    .build())
            .build();

    AgentId ana = AgentId.of("ana");
    TicketTimeline timeline =
        TicketTimeline.of(
            List.of(
                new TicketCreated(
                    local("2027-01-08T15:30"),
                    TicketId.of("T-1042"),
                    CustomerId.of("C-7"),
                    Channel.EMAIL,
                    Priority.NORMAL),
                AgentReply.publicReply(local("2027-01-11T10:15"), ana),
                new CustomerMessage(local("2027-01-11T11:00")),
                new PriorityChanged(local("2027-01-11T11:05"), Priority.URGENT),
                AgentReply.publicReply(local("2027-01-11T11:40"), ana),
                new StatusChanged(local("2027-01-11T11:40"), TicketStatus.PENDING_CUSTOMER),
                new CustomerMessage(local("2027-01-11T16:30")),
                new StatusChanged(local("2027-01-11T16:30"), TicketStatus.OPEN)));
    Instant now = local("2027-01-12T09:45");

    SlaReport report = SlaEngine.of(policies).evaluate(timeline, now);

    out.println(
        "Ticket "
            + report.ticketId()
            + " at "
            + format(now)
            + ", policy "
            + report.policy().orElse("none"));
    out.println(
        String.format(
            "%-15s %5s %-8s %-9s %8s %9s  %-16s %-16s %s",
            "metric",
            "cycle",
            "policy",
            "state",
            "elapsed",
            "remaining",
            "due",
            "outcome",
            "warnings"));
    for (Measurement m : report.measurements()) {
      out.println(
          String.format(
              "%-15s %5d %-8s %-9s %8s %9s  %-16s %-16s %s",
              m.metric(),
              m.cycle(),
              m.policy(),
              m.state(),
              hours(m.elapsed()),
              hours(m.remaining()),
              m.dueAt().map(SlaReportExample::format).orElse("-"),
              m.achievedAt()
                  .or(m::breachedAt)
                  .or(m::stoppedAt)
                  .map(SlaReportExample::format)
                  .orElse("-"),
              m.warnings().stream()
                  .map(w -> Math.round(w.share() * 100) + "% " + format(w.at()))
                  .collect(Collectors.joining(", "))));
    }
    BreachSchedule schedule = BreachSchedule.create();
    schedule.update(report.ticketId(), report);
    out.println(
        "Next deadline: "
            + schedule
                .peek()
                .map(
                    due ->
                        due.deadline().metric()
                            + (due.deadline().isBreach()
                                ? " breach"
                                : " warning at " + Math.round(due.deadline().share() * 100) + "%")
                            + " on "
                            + format(due.deadline().at()))
                .orElse("none"));
  }

  private static SlaTarget target(SlaMetric metric, Duration duration, BusinessCalendar calendar) {
    return SlaTarget.builder(metric, duration).calendar(calendar).warnings(0.5, 0.9).build();
  }

  private static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(BERLIN).toInstant();
  }

  private static String format(Instant instant) {
    return LOCAL.format(instant.atZone(BERLIN));
  }

  /** Formats a duration as hours and minutes, such as {@code 2h05} or {@code -0h30}. */
  private static String hours(Duration duration) {
    long minutes = duration.toMinutes();
    return (minutes < 0 ? "-" : "")
        + Math.abs(minutes) / 60
        + "h"
        + String.format("%02d", Math.abs(minutes) % 60);
  }
}
