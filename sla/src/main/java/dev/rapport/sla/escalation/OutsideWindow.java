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
   * The level waits for the window to open and fires then, unless the chain stops first; the
   * levels after it wait for it. "Tell the manager, but in office hours" tells them at the next
   * opening.
   */
  WAIT
}
