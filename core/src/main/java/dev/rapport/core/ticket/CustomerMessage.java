package dev.rapport.core.ticket;

import java.time.Instant;
import java.util.Objects;

/**
 * The customer wrote to the service desk about this ticket. It does not change the ticket's status,
 * whatever the status is: a message on a {@code SOLVED} ticket is recorded as it is, and a caller
 * whose rules reopen the ticket on such a message records a {@link Reopened} event too. Immutable
 * and thread-safe.
 *
 * @param at when the message arrived
 */
public record CustomerMessage(Instant at) implements TicketEvent {
  /** Checks that {@code at} is present. */
  public CustomerMessage {
    Objects.requireNonNull(at, "at");
  }
}
