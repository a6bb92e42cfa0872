package dev.rapport.sla.escalation;

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
import dev.rapport.core.ticket.Reopened;
import dev.rapport.core.ticket.StatusChanged;
import dev.rapport.core.ticket.TagsChanged;
import dev.rapport.core.ticket.TicketCreated;
import dev.rapport.core.ticket.TicketEvent;
import dev.rapport.core.ticket.TicketTimeline;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.sla.SlaEngine;
import dev.rapport.sla.SlaPolicy;
import dev.rapport.sla.SlaPolicySet;
import dev.rapport.sla.SlaTarget;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Test fixtures: Berlin local times, an office calendar, ticket scripts and an evaluation loop. */
final class Fixtures {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** Monday to Friday, 09:00 to 17:00 in Berlin. */
  static final BusinessCalendar OFFICE =
      BusinessCalendar.builder(BERLIN).weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();

  static final TicketId TICKET = TicketId.of("T-1");
  static final AgentId ANA = AgentId.of("ana");
  static final TeamId SUPPORT = TeamId.of("support");
  static final NotifyTarget TEAM = NotifyTarget.team(SUPPORT);

  private Fixtures() {}

  /** Returns the instant of a Berlin local date-time such as {@code 2027-01-08T16:30}. */
  static Instant local(String dateTime) {
    return ZonedDateTime.of(LocalDateTime.parse(dateTime), BERLIN).toInstant();
  }

  static Duration minutes(long minutes) {
    return Duration.ofMinutes(minutes);
  }

  static Duration hours(long hours) {
    return Duration.ofHours(hours);
  }

  /** A level on {@code trigger} that notifies the support team, on wall-clock time. */
  static EscalationLevel wallLevel(EscalationTrigger trigger) {
    return EscalationLevel.builder(trigger).clock(DelayClock.WALL).notifying(TEAM).build();
  }

  /** A level on {@code trigger} that notifies the support team, on business time. */
  static EscalationLevel level(EscalationTrigger trigger) {
    return EscalationLevel.builder(trigger).notifying(TEAM).build();
  }

  /** Returns a policy set with one catch-all policy holding {@code targets}. */
  static SlaPolicySet sla(SlaTarget... targets) {
    SlaPolicy.Builder policy = SlaPolicy.builder("default");
    for (SlaTarget target : targets) {
      policy.target(target);
    }
    return SlaPolicySet.builder().add(policy.build()).build();
  }

  /** Starts the script of a ticket created at a Berlin local time. */
  static Script ticket(String created) {
    return ticket(local(created));
  }

  /** Starts the script of a ticket created at {@code created}, NORMAL priority, by email. */
  static Script ticket(Instant created) {
    return new Script(
        new TicketCreated(
            created,
            TICKET,
            CustomerId.of("C-1"),
            Channel.EMAIL,
            Priority.NORMAL,
            Set.of(),
            Optional.empty()));
  }

  /** The events of one ticket, added in order. */
  static final class Script {
    private final List<TicketEvent> events = new ArrayList<>();

    Script(TicketCreated created) {
      events.add(created);
    }

    Instant created() {
      return events.get(0).at();
    }

    Script at(TicketEvent event) {
      events.add(event);
      return this;
    }

    Script reply(Instant at) {
      return at(AgentReply.publicReply(at, ANA));
    }

    Script note(Instant at) {
      return at(AgentReply.internalNote(at, ANA));
    }

    Script message(Instant at) {
      return at(new CustomerMessage(at));
    }

    Script status(Instant at, TicketStatus to) {
      return at(new StatusChanged(at, to));
    }

    Script reopen(Instant at) {
      return at(new Reopened(at));
    }

    Script ack(Instant at) {
      return at(new Acknowledged(at, ANA));
    }

    Script priority(Instant at, Priority to) {
      return at(new PriorityChanged(at, to));
    }

    Script tag(Instant at, String tag) {
      return at(TagsChanged.adding(at, tag));
    }

    Script assign(Instant at, TeamId team) {
      return at(Assigned.to(at, ANA, team));
    }

    TicketTimeline timeline() {
      return TicketTimeline.of(events);
    }
  }

  /** Runs an engine on one ticket, carrying the state from one evaluation to the next. */
  static final class Run {
    private final EscalationEngine engine;
    private final SlaEngine sla;
    private final TicketTimeline timeline;
    EscalationState state;
    final List<EscalationStep> fired = new ArrayList<>();
    final List<EscalationStep> skipped = new ArrayList<>();
    EscalationResult last;

    Run(EscalationEngine engine, SlaPolicySet slaPolicies, TicketTimeline timeline) {
      this.engine = engine;
      this.sla = SlaEngine.of(slaPolicies);
      this.timeline = timeline;
      this.state = EscalationState.initial(timeline.ticketId());
    }

    Run(EscalationPolicy policy, TicketTimeline timeline) {
      this(EscalationEngine.of(policy), sla(SlaTarget.of(
          dev.rapport.sla.SlaMetric.FIRST_RESPONSE, Duration.ofDays(30), SlaTarget.DEFAULT_CALENDAR)),
          timeline);
    }

    /** Evaluates at {@code now}, keeps the steps and the new state. */
    EscalationResult at(Instant now) {
      last = engine.due(timeline, sla.evaluate(timeline, now), state, now);
      fired.addAll(last.steps());
      skipped.addAll(last.skipped());
      state = last.state();
      return last;
    }

    /** Evaluates at every {@code step} from {@code from} to {@code to}, inclusive. */
    Run every(Duration step, Instant from, Instant to) {
      for (Instant now = from; !now.isAfter(to); now = now.plus(step)) {
        at(now);
      }
      return this;
    }

    /** Returns the fired steps as "L{level}r{repetition}@{minutes after origin}". */
    List<String> firedSince(Instant origin) {
      List<String> out = new ArrayList<>();
      for (EscalationStep step : fired) {
        out.add(
            "L"
                + step.id().level()
                + "r"
                + step.id().repetition()
                + "@"
                + Duration.between(origin, step.dueAt()).toMinutes());
      }
      return out;
    }
  }
}
