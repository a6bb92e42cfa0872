package dev.rapport.core.ticket;

import dev.rapport.core.TicketId;
import java.time.Instant;
import java.util.Objects;

/**
 * The ticket was merged into another one and is {@code CLOSED} from this instant, whatever its
 * status was; no event may follow. The timeline rejects a merge of a ticket into itself. Immutable
 * and thread-safe.
 *
 * @param at when the ticket was merged
 * @param into the ticket that carries on the conversation
 */
public record Merged(Instant at, TicketId into) implements TicketEvent {
  /** Checks that every component is present. */
  public Merged {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(into, "into");
  }
}
