package dev.rapport.sla;

/**
 * A dimension that {@link SlaCompliance#by} groups summaries along. Thread-safe (an enum).
 *
 * <p>Priority, team and agent are the ticket's at the measurement's outcome (its achieved, breached
 * or cancelled instant); the channel is the ticket's; policy and metric are the measurement's.
 */
public enum ComplianceDimension {
  /** The name of the policy whose target was measured. */
  POLICY,
  /** The metric measured. */
  METRIC,
  /** The ticket's priority at the outcome. */
  PRIORITY,
  /** The channel the ticket came through. */
  CHANNEL,
  /** The team the ticket was assigned to at the outcome (absent: none). */
  TEAM,
  /** The agent the ticket was assigned to at the outcome (absent: none). */
  AGENT
}
