package dev.rapport.sla.escalation;

/**
 * The clock an escalation delay is measured on: the business hours of the policy's calendar, or
 * the wall clock. Thread-safe (an enum).
 *
 * <p>On a calendar open 24/7 (the default of {@link EscalationPolicy}) both clocks agree. On
 * business time a delay of zero waits for the calendar to open: {@code plus(t, ZERO)} is {@code t}
 * when open, else the next opening (see {@link dev.rapport.core.time.BusinessCalendar#plus}).
 */
public enum DelayClock {
  /** Business time: only the open hours of the policy's calendar count. */
  BUSINESS,
  /** Wall-clock time: every second counts. */
  WALL
}
