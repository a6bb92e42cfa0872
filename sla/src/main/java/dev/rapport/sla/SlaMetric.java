package dev.rapport.sla;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.rapport.core.TicketStatus;
import java.util.Set;

/**
 * What an SLA target measures. Each metric defines when its clock starts (a <em>cycle</em>), what
 * stops it, and which statuses pause it by default; {@link SlaTarget} gives the duration, calendar
 * and pause statuses of a promise on it. Thread-safe (an enum).
 *
 * <p>For every metric the clock stands still while the ticket is in one of the target's pause
 * statuses, and while the calendar is closed. The clock of a response metric ({@link
 * #FIRST_RESPONSE}, {@link #NEXT_RESPONSE}, {@link #PERIODIC_UPDATE}) is also paused while the
 * ticket is {@code SOLVED}: no answer is owed on a solved ticket, and a {@code Reopened} resumes
 * it. When a ticket is {@code CLOSED} (after a solve, or by a merge) every open response cycle
 * ends, {@code CANCELLED} unless it had already breached.
 */
public enum SlaMetric {
  /** From the ticket's creation to the first public agent reply. One cycle. */
  FIRST_RESPONSE,
  /**
   * From a customer message that follows a public agent reply to the next public agent reply. Each
   * such message starts a new cycle (later messages before the reply belong to the same cycle), and
   * earlier cycles keep their outcome. Messages before the first public reply are {@link
   * #FIRST_RESPONSE}'s.
   */
  NEXT_RESPONSE,
  /**
   * From each public agent reply to the next one: every public reply ends the current cycle and
   * starts the next. Default pause statuses: none; pausing it in {@code PENDING_CUSTOMER} makes the
   * "pausable update" of some help desks.
   */
  PERIODIC_UPDATE,
  /**
   * Requester wait time: from the ticket's creation to {@code SOLVED}, paused by default while
   * {@code PENDING_CUSTOMER}. One cycle: the solve achieves it (or ends it late, if it breached),
   * and a {@code Reopened} resumes the same cycle with the time already used, so the outcome is the
   * one at the last solve.
   */
  RESOLUTION,
  /**
   * Agent work time: like {@link #RESOLUTION}, and paused by default while {@code PENDING_CUSTOMER}
   * or {@code ON_HOLD}.
   */
  AGENT_WORK_TIME;

  private static final ImmutableSet<TicketStatus> NONE = ImmutableSet.of();
  private static final ImmutableSet<TicketStatus> PENDING =
      Sets.immutableEnumSet(TicketStatus.PENDING_CUSTOMER);
  private static final ImmutableSet<TicketStatus> PENDING_OR_HOLD =
      Sets.immutableEnumSet(TicketStatus.PENDING_CUSTOMER, TicketStatus.ON_HOLD);

  /**
   * Returns the statuses that pause this metric's clock unless a target says otherwise: {@code
   * PENDING_CUSTOMER} for {@link #RESOLUTION}, {@code PENDING_CUSTOMER} and {@code ON_HOLD} for
   * {@link #AGENT_WORK_TIME}, none for the response metrics.
   */
  public Set<TicketStatus> defaultPauseStatuses() {
    switch (this) {
      case RESOLUTION:
        return PENDING;
      case AGENT_WORK_TIME:
        return PENDING_OR_HOLD;
      default:
        return NONE;
    }
  }

  /**
   * Returns whether this metric waits for an agent's reply ({@link #FIRST_RESPONSE}, {@link
   * #NEXT_RESPONSE}, {@link #PERIODIC_UPDATE}) rather than for a solve.
   */
  public boolean isResponse() {
    return this == FIRST_RESPONSE || this == NEXT_RESPONSE || this == PERIODIC_UPDATE;
  }
}
