package dev.rapport.sla.escalation;

/**
 * What a level with a {@link TimeWindow} does when it falls due outside the window. Thread-safe
 * (an enum).
 */
public enum OutsideWindow {
  /**
   * The level is skipped: it does not fire in this pass, and the chain goes on from the instant it
   * was due. "Page the phone on-call only at night" skips the page during the day.
   */
  SKIP,
  /**
   * The level waits for the window: it fires at the first instant, at or after the step before it,
   * at which its trigger holds and the window is open, unless the chain stops first; the levels
   * after it wait for it. "Tell the manager, but in office hours" tells them at the next opening,
   * and not at all if by then the trigger no longer holds (the ticket left the status it was stuck
   * in, or a public reply ended the silence) until it holds again in office hours.
   */
  WAIT
}
