package dev.rapport.examples;

import dev.rapport.core.AgentId;
import dev.rapport.core.Channel;
import dev.rapport.core.CustomerId;
import dev.rapport.core.Priority;
import dev.rapport.core.TeamId;
import dev.rapport.core.TicketId;
import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.Acknowledged;
import dev.rapport.core.ticket.AgentReply;
import dev.rapport.core.ticket.Assigned;
import dev.rapport.core.ticket.CustomerMessage;
import dev.rapport.core.ticket.PriorityChanged;
import dev.rapport.core.ticket.StatusChanged;
import dev.rapport.core.ticket.TagsChanged;
import dev.rapport.core.ticket.TicketCreated;
import dev.rapport.core.ticket.TicketEvent;
import dev.rapport.core.ticket.TicketTimeline;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.sla.SlaEngine;
import dev.rapport.sla.SlaMetric;
import dev.rapport.sla.SlaPolicy;
import dev.rapport.sla.SlaPolicySet;
import dev.rapport.sla.SlaTarget;
import dev.rapport.sla.escalation.DelayClock;
import dev.rapport.sla.escalation.EscalationAction;
import dev.rapport.sla.escalation.EscalationEngine;
import dev.rapport.sla.escalation.EscalationLevel;
import dev.rapport.sla.escalation.EscalationPolicy;
import dev.rapport.sla.escalation.EscalationResult;
import dev.rapport.sla.escalation.EscalationState;
import dev.rapport.sla.escalation.EscalationStep;
import dev.rapport.sla.escalation.EscalationTrigger;
import dev.rapport.sla.escalation.NotifyTarget;
import dev.rapport.sla.escalation.OutsideWindow;
import dev.rapport.sla.escalation.Repeat;
import dev.rapport.sla.escalation.Restart;
import dev.rapport.sla.escalation.StopCondition;
import dev.rapport.sla.escalation.TimeWindow;
import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An escalation chain over a simulated Monday at a Berlin support desk open 09:00 to 17:00. A
 * ticket arrives before opening with a first-response promise of two business hours. At 75% its
 * team hears of it; at the breach the team's manager does, the ticket is raised to HIGH and tagged;
 * half an hour later, and every hour after (three times more at most), the on-call agent is paged
 * until someone acknowledges. A second policy watches for silence: two business hours without a
 * public reply notify the assignee, and each new customer message after a reply starts it again.
 *
 * <p>The loop wakes up only when something happens: at the ticket's next event or at the {@link
 * EscalationResult#nextDueAt()} the engine names, and applies each step's actions as events on the
 * ticket's timeline. At the end it evaluates once more with the state of a caller that crashed
 * before saving it: the same step comes back with the same key, for the notifier to drop.
 */
public final class EscalationExample {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final TicketId TICKET = TicketId.of("T-1001");
  private static final AgentId ANA = AgentId.of("ana");
  private static final TeamId SUPPORT = TeamId.of("support");

  private final PrintStream out;
  private final SlaEngine sla;
  private final EscalationEngine escalation;
  private TicketTimeline timeline;
  private EscalationState state = EscalationState.initial(TICKET);

  private EscalationExample(PrintStream out, BusinessCalendar office) {
    this.out = out;
    this.sla =
        SlaEngine.of(
            SlaPolicySet.builder()
                .add(
                    SlaPolicy.builder("standard")
                        .target(
                            SlaTarget.builder(SlaMetric.FIRST_RESPONSE, Duration.ofHours(2))
                                .calendar(office)
                                .warnings(0.75)
                                .build())
                        .build())
                .build());
    this.escalation = EscalationEngine.of(firstResponse(office), silence(office));
  }

  /**
   * Runs the simulated day.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    BusinessCalendar office =
        BusinessCalendar.builder(BERLIN).weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();
    new EscalationExample(out, office).day();
  }

  /** 75% of first response, the breach, then the on-call every hour until acknowledged. */
  static EscalationPolicy firstResponse(BusinessCalendar office) {
    return EscalationPolicy.builder("first-response")
        .calendar(office)
        .level(
            EscalationLevel.builder(
                    EscalationTrigger.slaShareConsumed(SlaMetric.FIRST_RESPONSE, 0.75))
                .notifying(NotifyTarget.assignee(), NotifyTarget.team(SUPPORT))
                .build())
        .level(
            EscalationLevel.builder(EscalationTrigger.slaBreached(SlaMetric.FIRST_RESPONSE))
                .notifying(NotifyTarget.managerOfAssigneeTeam())
                .actions(
                    EscalationAction.raisePriority(Priority.HIGH),
                    EscalationAction.addTag("escalated"))
                .build())
        .level(
            EscalationLevel.builder(EscalationTrigger.afterPrevious(Duration.ofMinutes(30)))
                .clock(DelayClock.WALL)
                .notifying(NotifyTarget.onCall("support-duty"))
                .build())
        // Each repetition begins 30 minutes after the page before, and level 3 pages 30 minutes
        // into it: every hour.
        .repeat(Repeat.of(3, Duration.ofMinutes(30)).startingAt(3).withClock(DelayClock.WALL))
        .stopOn(StopCondition.ACKNOWLEDGED, StopCondition.PUBLIC_REPLY, StopCondition.SOLVED)
        .build();
  }

  /** Two business hours without a public reply, in office hours, each time the customer writes. */
  static EscalationPolicy silence(BusinessCalendar office) {
    TimeWindow officeHours =
        TimeWindow.of(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(9, 0),
            LocalTime.of(17, 0));
    return EscalationPolicy.builder("silence")
        .calendar(office)
        .level(
            EscalationLevel.builder(EscalationTrigger.noPublicReplyFor(Duration.ofHours(2)))
                .notifying(NotifyTarget.assignee())
                .window(officeHours, OutsideWindow.WAIT)
                .build())
        .stopOn(StopCondition.PUBLIC_REPLY, StopCondition.SOLVED)
        .restartOn(Restart.NEXT_RESPONSE_CYCLE)
        .build();
  }

  private void day() {
    Deque<TicketEvent> script = new ArrayDeque<>(script());
    Instant endOfDay = at("18:00");
    out.println("Monday 11 January 2027 at a Berlin support desk open 09:00-17:00");
    timeline = TicketTimeline.of(List.of(script.removeFirst()));
    print(timeline.created().at(), "ticket " + TICKET + " arrives by email, NORMAL priority");
    Instant now = timeline.created().at();
    EscalationResult saved = null;
    EscalationState beforeLast = state;
    while (true) {
      EscalationResult result = escalation.due(timeline, sla.evaluate(timeline, now), state, now);
      if (!result.steps().isEmpty()) {
        beforeLast = state;
        saved = result;
      }
      for (EscalationStep step : result.steps()) {
        fire(step, now);
      }
      for (EscalationStep step : result.skipped()) {
        print(
            step.dueAt(),
            "skipped " + step.id().key() + ": " + step.reason().skipped().orElseThrow());
      }
      state = result.state();
      Instant next = next(script, result.nextDueAt());
      if (next == null || next.isAfter(endOfDay)) {
        out.println(
            "At the end of the day: "
                + state.fired().size()
                + " steps fired, "
                + result.nextDueAt().map(t -> "next due " + local(t)).orElse("nothing more due"));
        break;
      }
      now = next;
      while (!script.isEmpty() && !script.peekFirst().at().isAfter(now)) {
        TicketEvent event = script.removeFirst();
        timeline = timeline.append(event);
        print(event.at(), describe(event));
      }
    }
    if (saved != null) {
      // A caller that crashed after the last notification and before saving its state.
      EscalationResult retry =
          escalation.due(timeline, sla.evaluate(timeline, endOfDay), beforeLast, endOfDay);
      out.println(
          "Retry after a crash with the state saved before "
              + local(saved.steps().get(0).dueAt())
              + ": "
              + retry.steps().stream().map(s -> s.id().key()).toList()
              + " again, same keys, for the notifier to drop");
    }
  }

  /** Returns the next instant to look at: the next event or the next due step. */
  private static Instant next(Deque<TicketEvent> script, Optional<Instant> due) {
    Instant event = script.isEmpty() ? null : script.peekFirst().at();
    if (due.isEmpty()) {
      return event;
    }
    return event == null || due.get().isBefore(event) ? due.get() : event;
  }

  private void fire(EscalationStep step, Instant now) {
    String assignee = step.ticket().agentId().map(AgentId::value).orElse("nobody");
    String team = step.ticket().teamId().map(TeamId::value).orElse("no team");
    print(
        step.dueAt(),
        step.id().key()
            + " notifies "
            + step.targets()
            + " (assignee "
            + assignee
            + ", team "
            + team
            + ")"
            + (step.actions().isEmpty() ? "" : ", does " + step.actions())
            + "\n       because "
            + step.reason().trigger()
            + ": "
            + step.reason().measured()
            + " since "
            + local(step.reason().since()));
    for (EscalationAction action : step.actions()) {
      Optional<TicketEvent> event = action.toEvent(timeline.currentState(), now);
      if (event.isPresent()) {
        timeline = timeline.append(event.get());
        print(now, "applied: " + describe(event.get()));
      }
    }
  }

  private static List<TicketEvent> script() {
    return List.of(
        new TicketCreated(
            at("08:30"), TICKET, CustomerId.of("C-77"), Channel.EMAIL, Priority.NORMAL),
        Assigned.toTeam(at("08:31"), SUPPORT),
        new StatusChanged(at("09:05"), TicketStatus.OPEN),
        new Acknowledged(at("12:40"), ANA),
        Assigned.to(at("12:40"), ANA, SUPPORT),
        AgentReply.publicReply(at("13:05"), ANA),
        new CustomerMessage(at("14:00")));
  }

  private static String describe(TicketEvent event) {
    if (event instanceof Acknowledged ack) {
      return ack.agentId() + " acknowledges the ticket";
    }
    if (event instanceof Assigned assigned) {
      return "assigned to "
          + assigned.agentId().map(a -> a + " in ").orElse("")
          + assigned.teamId().orElseThrow();
    }
    if (event instanceof AgentReply reply) {
      return reply.agentId() + " replies to the customer";
    }
    if (event instanceof CustomerMessage) {
      return "the customer writes again";
    }
    if (event instanceof StatusChanged status) {
      return "status " + status.to();
    }
    if (event instanceof PriorityChanged priority) {
      return "priority " + priority.to();
    }
    if (event instanceof TagsChanged tags) {
      return "tagged " + tags.added();
    }
    return event.toString();
  }

  private void print(Instant at, String text) {
    out.println(local(at) + "  " + text);
  }

  private static String local(Instant instant) {
    return TIME.format(instant.atZone(BERLIN));
  }

  private static Instant at(String time) {
    return ZonedDateTime.of(LocalDateTime.parse("2027-01-11T" + time), BERLIN).toInstant();
  }
}
