package dev.rapport.core.ticket;

import dev.rapport.core.TicketStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * The ticket moved to another status. The timeline knows the status it moved from and checks the
 * move against {@link TicketStatus#canTransitionTo}. Two moves have events of their own: {@code
 * SOLVED -> OPEN} is a {@link Reopened} (a status change to it is rejected), and a merge, which
 * closes a ticket from any status, is a {@link Merged}. Immutable and thread-safe.
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
