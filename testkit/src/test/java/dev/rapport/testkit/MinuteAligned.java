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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves a timeline's events to whole minutes (truncating), for references that step minute by
 * minute. Truncation keeps the events in order, so the timeline stays valid.
 */
final class MinuteAligned {
  private MinuteAligned() {}

  static TicketTimeline of(TicketTimeline timeline) {
    List<TicketEvent> events = new ArrayList<>();
    for (TicketEvent event : timeline.events()) {
      events.add(at(event, event.at().truncatedTo(ChronoUnit.MINUTES)));
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
