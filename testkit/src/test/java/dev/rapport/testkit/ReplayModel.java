package dev.rapport.testkit;

import dev.rapport.core.AgentId;
import dev.rapport.core.Priority;
import dev.rapport.core.TeamId;
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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A deliberately simple reference for {@code TicketTimeline}'s state queries: replays the events
 * from the start on every query, with plain mutable variables, and trusts the events to be valid.
 */
final class ReplayModel {
  private ReplayModel() {}

  /** Returns the state after every event at or before {@code instant}. */
  static TicketState stateAt(List<TicketEvent> events, Instant instant) {
    TicketCreated created = (TicketCreated) events.get(0);
    TicketStatus status = TicketStatus.NEW;
    Priority priority = created.priority();
    Set<String> tags = new HashSet<>(created.tags());
    AgentId agent = null;
    TeamId team = null;
    for (TicketEvent event : events) {
      if (event.at().isAfter(instant)) {
        break;
      }
      if (event instanceof StatusChanged) {
        status = ((StatusChanged) event).to();
      } else if (event instanceof Reopened) {
        status = TicketStatus.OPEN;
      } else if (event instanceof Merged) {
        status = TicketStatus.CLOSED;
      } else if (event instanceof PriorityChanged) {
        priority = ((PriorityChanged) event).to();
      } else if (event instanceof TagsChanged) {
        tags.addAll(((TagsChanged) event).added());
        tags.removeAll(((TagsChanged) event).removed());
      } else if (event instanceof Assigned) {
        agent = ((Assigned) event).agentId().orElse(null);
        team = ((Assigned) event).teamId().orElse(null);
      }
    }
    return new TicketState(
        status, priority, tags, Optional.ofNullable(agent), Optional.ofNullable(team));
  }
}
