package dev.rapport.core.ticket;

import java.util.Objects;

/**
 * Thrown when an event cannot join a {@link TicketTimeline}: out of time order, before the ticket's
 * creation, after the ticket was closed or merged, or a change the status machine forbids. The
 * message names the event and the reason, for example {@code "event 5
 * (StatusChanged[at=2026-11-23T10:00:00Z, to=OPEN]) rejected: SOLVED -> OPEN is not allowed; use
 * Reopened"}. Its state is immutable (as far as {@link Throwable} allows), so it is thread-safe.
 */
public final class InvalidTimelineEventException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int index;
  // Events are not Serializable (their Optional components are not), so a deserialised exception
  // keeps the message and reason but not the event.
  private final transient TicketEvent event;
  private final String reason;

  /**
   * Creates the exception for the event at {@code index} (0-based, the position it has or would
   * have had in the timeline's event list).
   */
  public InvalidTimelineEventException(int index, TicketEvent event, String reason) {
    super(
        "event "
            + index
            + " ("
            + Objects.requireNonNull(event, "event")
            + ") rejected: "
            + Objects.requireNonNull(reason, "reason"));
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative, but was " + index);
    }
    this.index = index;
    this.event = event;
    this.reason = reason;
  }

  /** Returns the 0-based position of the rejected event in the event list. */
  public int index() {
    return index;
  }

  /**
   * Returns the rejected event; {@code null} only if this exception was restored by Java
   * serialisation, which does not carry the event.
   */
  public TicketEvent event() {
    return event;
  }

  /** Returns why the event was rejected, without the event itself. */
  public String reason() {
    return reason;
  }
}
