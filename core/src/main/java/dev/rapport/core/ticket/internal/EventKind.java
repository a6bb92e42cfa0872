package dev.rapport.core.ticket.internal;

import dev.rapport.core.ticket.Acknowledged;
import dev.rapport.core.ticket.AgentReply;
import dev.rapport.core.ticket.Assigned;
import dev.rapport.core.ticket.CustomerMessage;
import dev.rapport.core.ticket.Merged;
import dev.rapport.core.ticket.PriorityChanged;
import dev.rapport.core.ticket.Reopened;
import dev.rapport.core.ticket.StatusChanged;
import dev.rapport.core.ticket.TagsChanged;
import dev.rapport.core.ticket.TicketCreated;
import dev.rapport.core.ticket.TicketEvent;
import java.util.Objects;

/**
 * What kind of {@link TicketEvent} an event is: one constant per implementation of the sealed
 * interface, with {@link AgentReply} split by visibility. {@link TimelineColumns#kinds} holds their
 * ordinals.
 */
public enum EventKind {
  /** A {@link TicketCreated}. */
  CREATED,
  /** A {@link CustomerMessage}. */
  CUSTOMER_MESSAGE,
  /** An {@link AgentReply} the customer sees. */
  PUBLIC_REPLY,
  /** An {@link AgentReply} the customer does not see. */
  INTERNAL_REPLY,
  /** A {@link StatusChanged}. */
  STATUS_CHANGED,
  /** A {@link PriorityChanged}. */
  PRIORITY_CHANGED,
  /** An {@link Assigned}. */
  ASSIGNED,
  /** A {@link TagsChanged}. */
  TAGS_CHANGED,
  /** A {@link Merged}. */
  MERGED,
  /** A {@link Reopened}. */
  REOPENED,
  /** An {@link Acknowledged}. */
  ACKNOWLEDGED;

  private static final EventKind[] VALUES = values();

  /** Returns the kind of {@code event}. */
  public static EventKind of(TicketEvent event) {
    Objects.requireNonNull(event, "event");
    if (event instanceof TicketCreated) {
      return CREATED;
    } else if (event instanceof CustomerMessage) {
      return CUSTOMER_MESSAGE;
    } else if (event instanceof AgentReply) {
      return ((AgentReply) event).isPublic() ? PUBLIC_REPLY : INTERNAL_REPLY;
    } else if (event instanceof StatusChanged) {
      return STATUS_CHANGED;
    } else if (event instanceof PriorityChanged) {
      return PRIORITY_CHANGED;
    } else if (event instanceof Assigned) {
      return ASSIGNED;
    } else if (event instanceof TagsChanged) {
      return TAGS_CHANGED;
    } else if (event instanceof Merged) {
      return MERGED;
    } else if (event instanceof Reopened) {
      return REOPENED;
    } else if (event instanceof Acknowledged) {
      return ACKNOWLEDGED;
    }
    // The interface is sealed; a new implementation must get a kind here.
    throw new AssertionError("no kind for " + event.getClass().getName());
  }

  /**
   * Returns the kind with {@code ordinal}, as {@link TimelineColumns#kinds} holds it.
   *
   * @throws ArrayIndexOutOfBoundsException if there is none
   */
  public static EventKind ofOrdinal(int ordinal) {
    return VALUES[ordinal];
  }
}
