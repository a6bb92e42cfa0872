package dev.rapport.core;

import java.util.EnumSet;
import java.util.Set;

/**
 * The status of a ticket and the transitions allowed between statuses. Thread-safe (an enum).
 *
 * <pre>
 * NEW              -> OPEN, PENDING_CUSTOMER, ON_HOLD, SOLVED
 * OPEN             -> PENDING_CUSTOMER, ON_HOLD, SOLVED
 * PENDING_CUSTOMER -> OPEN, ON_HOLD, SOLVED
 * ON_HOLD          -> OPEN, PENDING_CUSTOMER, SOLVED
 * SOLVED           -> OPEN (a reopen), CLOSED
 * CLOSED           -> (none: a closed ticket is final; a follow-up is a new ticket)
 * </pre>
 */
public enum TicketStatus {
  /** Created, not yet looked at. */
  NEW,
  /** Being worked on by the service desk. */
  OPEN,
  /** Waiting for the customer; requester-wait SLA clocks pause. */
  PENDING_CUSTOMER,
  /** Waiting for a third party; agent-work SLA clocks pause. */
  ON_HOLD,
  /** Answered; the customer may still reopen it. */
  SOLVED,
  /** Final. */
  CLOSED;

  /** Returns whether a ticket in this status may move to {@code next}. */
  public boolean canTransitionTo(TicketStatus next) {
    return allowedNext().contains(next);
  }

  /** Returns the statuses this one may move to, as a new mutable set. */
  public Set<TicketStatus> allowedNext() {
    switch (this) {
      case NEW:
        return EnumSet.of(OPEN, PENDING_CUSTOMER, ON_HOLD, SOLVED);
      case OPEN:
        return EnumSet.of(PENDING_CUSTOMER, ON_HOLD, SOLVED);
      case PENDING_CUSTOMER:
        return EnumSet.of(OPEN, ON_HOLD, SOLVED);
      case ON_HOLD:
        return EnumSet.of(OPEN, PENDING_CUSTOMER, SOLVED);
      case SOLVED:
        return EnumSet.of(OPEN, CLOSED);
      case CLOSED:
        return EnumSet.noneOf(TicketStatus.class);
      default:
        throw new AssertionError(this);
    }
  }

  /** Returns whether the ticket is still in the service desk's hands (not SOLVED or CLOSED). */
  public boolean isActive() {
    return this != SOLVED && this != CLOSED;
  }
}
