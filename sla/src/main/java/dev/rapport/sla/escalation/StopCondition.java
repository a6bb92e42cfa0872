package dev.rapport.sla.escalation;

/**
 * What stops an escalation chain for the rest of its cycle: no step of the cycle falls at or after
 * the stop (an event at a step's due instant stops it, as a reply exactly at an SLA's due instant
 * is in time). A stopped chain starts again only with a new cycle (see {@link Restart}). A ticket
 * that is {@code CLOSED} (closed after a solve, or merged) stops every chain, whatever the policy
 * says. Thread-safe (an enum).
 */
public enum StopCondition {
  /** An {@link dev.rapport.core.ticket.Acknowledged} event after the start of the cycle. */
  ACKNOWLEDGED,
  /** A public {@link dev.rapport.core.ticket.AgentReply} after the start of the cycle. */
  PUBLIC_REPLY,
  /**
   * The ticket is {@code SOLVED}: solved after the start of the cycle, or still solved when the
   * cycle starts (a customer message on a solved ticket).
   */
  SOLVED
}
