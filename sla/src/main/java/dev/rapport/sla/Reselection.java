package dev.rapport.sla;

/**
 * What happens to a running measurement when the ticket changes (its priority or tags) and the
 * {@link SlaPolicySet} then gives its metric another target. Set on {@link
 * SlaPolicySet.Builder#reselection}. Thread-safe (an enum).
 *
 * <p>In both modes: a measurement whose target does not change (the same {@link SlaTarget}, even
 * under another policy) runs on untouched; a measurement that has already breached keeps its target
 * and runs on, since an outcome once reached never changes; a measurement whose metric loses its
 * target (the new policy has none, or no policy matches) ends {@code CANCELLED} at the change. A
 * metric that gains a target while one of its cycles is open starts a measurement as the mode says.
 */
public enum Reselection {
  /**
   * The new target applies from the change: the old measurement ends {@code CANCELLED} at the
   * change, and a new measurement of the same cycle starts there with nothing elapsed. Raising a
   * ticket that waited 3 hours of an 8-hour target to a 1-hour target makes it due 1 hour after the
   * change. The default.
   */
  FROM_CHANGE,
  /**
   * The new target applies as if it had applied from the start of the cycle (the ticket's creation
   * for first response and resolution): the measurement is measured again from there on the new
   * target's calendar and pause statuses, and goes on as one measurement. A ticket that waited 3
   * hours and is raised to a 1-hour target is breached at once: a warning or breach whose instant
   * falls before the change is reported at the change, never in the past, so that evaluating later
   * never moves a breach into the past.
   *
   * <p>A cycle has one measurement: that of the target in effect. While no target applies it is the
   * last one, {@code CANCELLED}; when a target applies again, the cycle is measured again from its
   * start and that cancelled measurement is replaced. Elapsed and paused time may go down when the
   * new target's calendar or pause statuses count less; under {@link #FROM_CHANGE} they never do.
   */
  FROM_CREATION
}
