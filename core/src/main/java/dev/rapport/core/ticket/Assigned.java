package dev.rapport.core.ticket;

import dev.rapport.core.AgentId;
import dev.rapport.core.TeamId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The ticket was assigned. The event replaces the whole assignment: after it the ticket's agent is
 * {@code agentId} and its team is {@code teamId}, and an absent one means none (a ticket assigned
 * to a team's queue has a team and no agent). At least one is present; there is no event that
 * unassigns a ticket entirely. Immutable and thread-safe.
 *
 * @param at when the ticket was assigned
 * @param agentId the agent who has the ticket, if any
 * @param teamId the team that has the ticket, if any
 */
public record Assigned(Instant at, Optional<AgentId> agentId, Optional<TeamId> teamId)
    implements TicketEvent {

  /** Checks that every component is present and that an agent or a team (or both) is given. */
  public Assigned {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(teamId, "teamId");
    if (agentId.isEmpty() && teamId.isEmpty()) {
      throw new IllegalArgumentException(
          "an assignment must name an agent or a team, but had neither");
    }
  }

  /** Returns an assignment to {@code agentId} with no team. */
  public static Assigned toAgent(Instant at, AgentId agentId) {
    Objects.requireNonNull(agentId, "agentId");
    return new Assigned(at, Optional.of(agentId), Optional.empty());
  }

  /** Returns an assignment to {@code teamId}'s queue, with no agent. */
  public static Assigned toTeam(Instant at, TeamId teamId) {
    Objects.requireNonNull(teamId, "teamId");
    return new Assigned(at, Optional.empty(), Optional.of(teamId));
  }

  /** Returns an assignment to {@code agentId} within {@code teamId}. */
  public static Assigned to(Instant at, AgentId agentId, TeamId teamId) {
    Objects.requireNonNull(agentId, "agentId");
    Objects.requireNonNull(teamId, "teamId");
    return new Assigned(at, Optional.of(agentId), Optional.of(teamId));
  }
}
