package dev.rapport.core.ticket;

import dev.rapport.core.AgentId;
import java.time.Instant;
import java.util.Objects;

/**
 * An agent wrote on the ticket: a public reply to the customer or an internal note. It does not
 * change the ticket's status (a reply that also asks the customer something is followed by a {@link
 * StatusChanged} to {@code PENDING_CUSTOMER}). Immutable and thread-safe.
 *
 * @param at when the reply was sent
 * @param agentId who wrote it
 * @param visibility whether the customer sees it
 */
public record AgentReply(Instant at, AgentId agentId, Visibility visibility)
    implements TicketEvent {
  /** Checks that every component is present. */
  public AgentReply {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(visibility, "visibility");
  }

  /** Returns a reply the customer sees. */
  public static AgentReply publicReply(Instant at, AgentId agentId) {
    return new AgentReply(at, agentId, Visibility.PUBLIC);
  }

  /** Returns a note only the service desk sees. */
  public static AgentReply internalNote(Instant at, AgentId agentId) {
    return new AgentReply(at, agentId, Visibility.INTERNAL);
  }

  /** Returns whether the customer sees this reply. */
  public boolean isPublic() {
    return visibility == Visibility.PUBLIC;
  }
}
