package dev.rapport.core.ticket;

import dev.rapport.core.AgentId;
import java.time.Instant;
import java.util.Objects;

/**
 * An agent acknowledged the ticket: someone has it in hand. Escalation policies stop their chains
 * on it. It changes neither status nor assignment (record an {@link Assigned} as well if the agent
 * also took the ticket). Immutable and thread-safe.
 *
 * @param at when the ticket was acknowledged
 * @param agentId who acknowledged it
 */
public record Acknowledged(Instant at, AgentId agentId) implements TicketEvent {
  /** Checks that every component is present. */
  public Acknowledged {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(agentId, "agentId");
  }
}
