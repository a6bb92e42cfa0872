package dev.rapport.core.ticket;

import dev.rapport.core.AgentId;
import dev.rapport.core.Priority;
import dev.rapport.core.TeamId;
import dev.rapport.core.TicketStatus;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a ticket looks like at one instant: the state a {@link TicketTimeline} derives from its
 * events. SLA policies select tickets by it (together with the channel and segment of {@link
 * TicketCreated}, which never change). Immutable and thread-safe.
 *
 * @param status the status
 * @param priority the priority
 * @param tags the tags, an immutable sorted set (copied)
 * @param agentId the assigned agent, if any
 * @param teamId the assigned team, if any
 */
public record TicketState(
    TicketStatus status,
    Priority priority,
    Set<String> tags,
    Optional<AgentId> agentId,
    Optional<TeamId> teamId) {

  /** Validates every component and copies the tags. */
  public TicketState {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(priority, "priority");
    tags = Tags.copyOf(tags, "tags");
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(teamId, "teamId");
  }

  /** Returns the state of a ticket just created by {@code created}: NEW and unassigned. */
  public static TicketState initial(TicketCreated created) {
    Objects.requireNonNull(created, "created");
    return new TicketState(
        TicketStatus.NEW, created.priority(), created.tags(), Optional.empty(), Optional.empty());
  }

  /** Returns a copy of this state with {@code newStatus}. */
  public TicketState withStatus(TicketStatus newStatus) {
    return new TicketState(newStatus, priority, tags, agentId, teamId);
  }

  /** Returns a copy of this state with {@code newPriority}. */
  public TicketState withPriority(Priority newPriority) {
    return new TicketState(status, newPriority, tags, agentId, teamId);
  }

  /** Returns a copy of this state with {@code newTags}. */
  public TicketState withTags(Set<String> newTags) {
    return new TicketState(status, priority, newTags, agentId, teamId);
  }

  /** Returns a copy of this state assigned to {@code newAgentId} and {@code newTeamId}. */
  public TicketState withAssignment(Optional<AgentId> newAgentId, Optional<TeamId> newTeamId) {
    return new TicketState(status, priority, tags, newAgentId, newTeamId);
  }

  /** Returns whether the ticket has {@code tag}. */
  public boolean hasTag(String tag) {
    Objects.requireNonNull(tag, "tag");
    return tags.contains(tag);
  }
}
