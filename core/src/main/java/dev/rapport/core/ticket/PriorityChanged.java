package dev.rapport.core.ticket;

import dev.rapport.core.Priority;
import java.time.Instant;
import java.util.Objects;

/**
 * The ticket's priority changed (up or down). SLA policies that select by priority re-select from
 * this instant. Immutable and thread-safe.
 *
 * @param at when the priority changed
 * @param to the new priority, which the timeline requires to differ from the current one
 */
public record PriorityChanged(Instant at, Priority to) implements TicketEvent {
  /** Checks that every component is present. */
  public PriorityChanged {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(to, "to");
  }
}
