package dev.rapport.sla.escalation;

/**
 * What begins a new cycle of an escalation chain. The first cycle begins when the ticket is
 * created; each event named here begins the next one, which runs the chain again from its first
 * level with new {@link StepId}s (the cycle number counts up from 1). A new cycle also ends the
 * cycle before it, stopped or not: no step of the old cycle falls at or after the new cycle's
 * start. A policy restarts on none, one or both. Thread-safe (an enum).
 */
public enum Restart {
  /**
   * A customer message that follows a public agent reply: the start of a new {@code
   * NEXT_RESPONSE} cycle of the SLA engine (later messages before the next public reply belong to
   * the same cycle).
   */
  NEXT_RESPONSE_CYCLE,
  /** A {@link dev.rapport.core.ticket.Reopened} event: the ticket was solved and is open again. */
  REOPENED
}
