package dev.rapport.sla;

import dev.rapport.core.AgentId;
import dev.rapport.core.Channel;
import dev.rapport.core.CustomerId;
import dev.rapport.core.Priority;
import dev.rapport.core.TicketId;
import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.AgentReply;
import dev.rapport.core.ticket.CustomerMessage;
import dev.rapport.core.ticket.Merged;
import dev.rapport.core.ticket.PriorityChanged;
import dev.rapport.core.ticket.Reopened;
import dev.rapport.core.ticket.StatusChanged;
import dev.rapport.core.ticket.TagsChanged;
import dev.rapport.core.ticket.TicketCreated;
import dev.rapport.core.ticket.TicketEvent;
import dev.rapport.core.ticket.TicketTimeline;
import dev.rapport.core.time.BusinessCalendar;
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

/** Test fixtures: an office calendar in Berlin, local-time instants and ticket scripts. */
final class Tickets {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** Monday to Friday, 09:00 to 17:00 in Berlin. */
  static final BusinessCalendar OFFICE =
      BusinessCalendar.builder(BERLIN).weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();

  static final AgentId ANA = AgentId.of("ana");

  private Tickets() {}

  /** Returns the instant of a Berlin local date-time such as {@code 2026-11-20T16:30}. */
  static Instant local(String dateTime) {
    return ZonedDateTime.of(LocalDateTime.parse(dateTime), BERLIN).toInstant();
  }

  static Duration hours(long hours) {
    return Duration.ofHours(hours);
  }

  static Duration minutes(long minutes) {
    return Duration.ofMinutes(minutes);
  }

  /** Starts the script of a ticket created at a Berlin local time with {@code priority}. */
  static Script ticket(String created, Priority priority) {
    return new Script(
        new TicketCreated(
            local(created),
            TicketId.of("T-1"),
            CustomerId.of("C-1"),
            Channel.EMAIL,
            priority,
            Set.of(),
            Optional.empty()));
  }

  /** Returns a policy set with one catch-all policy, "default", holding {@code targets}. */
  static SlaPolicySet oneTarget(SlaTarget... targets) {
    SlaPolicy.Builder policy = SlaPolicy.builder("default");
    for (SlaTarget target : targets) {
      policy.target(target);
    }
    return SlaPolicySet.builder().add(policy.build()).build();
  }

  /** The events of one ticket, added in order with Berlin local times. */
  static final class Script {
    private final List<TicketEvent> events = new ArrayList<>();

    Script(TicketCreated created) {
      events.add(created);
    }

    Script reply(String at) {
      events.add(AgentReply.publicReply(local(at), ANA));
      return this;
    }

    Script note(String at) {
      events.add(AgentReply.internalNote(local(at), ANA));
      return this;
    }

    Script message(String at) {
      events.add(new CustomerMessage(local(at)));
      return this;
    }

    Script status(String at, TicketStatus to) {
      events.add(new StatusChanged(local(at), to));
      return this;
    }

    Script reopen(String at) {
      events.add(new Reopened(local(at)));
      return this;
    }

    Script priority(String at, Priority to) {
      events.add(new PriorityChanged(local(at), to));
      return this;
    }

    Script tag(String at, String tag) {
      events.add(TagsChanged.adding(local(at), tag));
      return this;
    }

    Script merge(String at) {
      events.add(new Merged(local(at), TicketId.of("T-2")));
      return this;
    }

    TicketTimeline timeline() {
      return TicketTimeline.of(events);
    }
  }
}
