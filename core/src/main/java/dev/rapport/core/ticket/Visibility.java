package dev.rapport.core.ticket;

/**
 * Who can see an {@link AgentReply}. Only a {@link #PUBLIC} reply answers the customer (and so ends
 * a response SLA); an {@link #INTERNAL} note is for colleagues. Thread-safe (an enum).
 */
public enum Visibility {
  /** Sent to the customer. */
  PUBLIC,
  /** Visible to the service desk only. */
  INTERNAL
}
