package dev.rapport.core.ticket;

import java.time.Instant;
import java.util.Objects;

/**
 * A {@code SOLVED} ticket was reopened and is {@code OPEN} again: the only way back from {@code
 * SOLVED}. A resolution SLA resumes from here. Immutable and thread-safe.
 *
 * @param at when the ticket was reopened
 */
public record Reopened(Instant at) implements TicketEvent {
  /** Checks that {@code at} is present. */
  public Reopened {
    Objects.requireNonNull(at, "at");
  }
}
