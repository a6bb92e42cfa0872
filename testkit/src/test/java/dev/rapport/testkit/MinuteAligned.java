package dev.rapport.testkit;

import dev.rapport.core.ticket.Acknowledged;
import dev.rapport.core.ticket.AgentReply;
import dev.rapport.core.ticket.Assigned;
import dev.rapport.core.ticket.CustomerMessage;
import dev.rapport.core.ticket.Merged;
import dev.rapport.core.ticket.PriorityChanged;
import dev.rapport.core.ticket.Reopened;
import dev.rapport.core.ticket.StatusChanged;
import dev.rapport.core.ticket.TagsChanged;
import dev.rapport.core.ticket.TicketCreated;
import dev.rapport.core.ticket.TicketEvent;
import dev.rapport.core.ticket.TicketTimeline;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves a timeline's events in time, and to whole minutes (truncating) for references that step
 * minute by minute. Both keep the events in order, so the timeline stays valid.
 */
final class MinuteAligned {
  private MinuteAligned() {}

  static TicketTimeline of(TicketTimeline timeline) {
    return shifted(timeline, Duration.ZERO, true);
  }

  /** Moves every event by {@code shift}, then, if {@code minutes}, to its whole minute. */
  static TicketTimeline shifted(TicketTimeline timeline, Duration shift, boolean minutes) {
    List<TicketEvent> events = new ArrayList<>();
    for (TicketEvent event : timeline.events()) {
      Instant at = event.at().plus(shift);
      events.add(at(event, minutes ? at.truncatedTo(ChronoUnit.MINUTES) : at));
    }
    return TicketTimeline.of(events);
  }

  private static TicketEvent at(TicketEvent event, Instant at) {
    if (event instanceof TicketCreated) {
      TicketCreated c = (TicketCreated) event;
      return new TicketCreated(
          at, c.ticketId(), c.customerId(), c.channel(), c.priority(), c.tags(), c.segment());
    } else if (event instanceof CustomerMessage) {
      return new CustomerMessage(at);
    } else if (event instanceof AgentReply) {
      AgentReply r = (AgentReply) event;
      return new AgentReply(at, r.agentId(), r.visibility());
    } else if (event instanceof StatusChanged) {
      return new StatusChanged(at, ((StatusChanged) event).to());
    } else if (event instanceof PriorityChanged) {
      return new PriorityChanged(at, ((PriorityChanged) event).to());
    } else if (event instanceof Assigned) {
      Assigned a = (Assigned) event;
      return new Assigned(at, a.agentId(), a.teamId());
    } else if (event instanceof TagsChanged) {
      TagsChanged t = (TagsChanged) event;
      return new TagsChanged(at, t.added(), t.removed());
    } else if (event instanceof Merged) {
      return new Merged(at, ((Merged) event).into());
    } else if (event instanceof Reopened) {
      return new Reopened(at);
    } else {
      return new Acknowledged(at, ((Acknowledged) event).agentId());
    }
  }
}
