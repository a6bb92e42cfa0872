package dev.rapport.core.ticket;

import dev.rapport.core.TicketStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * The ticket moved to another status. The timeline knows the status it moved from and checks the
 * move against {@link TicketStatus#canTransitionTo}; {@code SOLVED -> OPEN} is the one allowed
 * move that must be recorded as {@link Reopened} instead, and moves to {@code CLOSED} of a merged
 * ticket are recorded as {@link Merged}. Immutable and thread-safe.
 *
 * @param at when the status changed
 * @param to the new status
 */
public record StatusChanged(Instant at, TicketStatus to) implements TicketEvent {
  /** Checks that every component is present. */
  public StatusChanged {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(to, "to");
  }
}
