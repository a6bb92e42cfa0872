package dev.rapport.testkit;

import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.Assigned;
import dev.rapport.core.ticket.Merged;
import dev.rapport.core.ticket.PriorityChanged;
import dev.rapport.core.ticket.Reopened;
import dev.rapport.core.ticket.StatusChanged;
import dev.rapport.core.ticket.TagsChanged;
import dev.rapport.core.ticket.TicketCreated;
import dev.rapport.core.ticket.TicketEvent;
import dev.rapport.core.ticket.TicketState;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A deliberately simple reference for {@code TicketTimeline}'s state queries: replays the events
 * from the start on every query with {@link TicketState}'s withers, and trusts the events to be
 * valid.
 */
final class ReplayModel {
  private ReplayModel() {}

  /** Returns the state after every event at or before {@code instant}. */
  static TicketState stateAt(List<TicketEvent> events, Instant instant) {
    TicketState state = TicketState.initial((TicketCreated) events.get(0));
    for (TicketEvent event : events.subList(1, events.size())) {
      if (event.at().isAfter(instant)) {
        return state;
      }
      state = apply(state, event);
    }
    return state;
  }

  private static TicketState apply(TicketState state, TicketEvent event) {
    if (event instanceof StatusChanged) {
      return state.withStatus(((StatusChanged) event).to());
    }
    if (event instanceof Reopened) {
      return state.withStatus(TicketStatus.OPEN);
    }
    if (event instanceof Merged) {
      return state.withStatus(TicketStatus.CLOSED);
    }
    if (event instanceof PriorityChanged) {
      return state.withPriority(((PriorityChanged) event).to());
    }
    if (event instanceof Assigned) {
      Assigned assigned = (Assigned) event;
      return state.withAssignment(assigned.agentId(), assigned.teamId());
    }
    if (event instanceof TagsChanged) {
      Set<String> tags = new TreeSet<>(state.tags());
      tags.addAll(((TagsChanged) event).added());
      tags.removeAll(((TagsChanged) event).removed());
      return state.withTags(tags);
    }
    return state;
  }
}
