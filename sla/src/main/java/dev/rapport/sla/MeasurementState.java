package dev.rapport.sla;

/**
 * Where one measurement of an SLA target stands. Thread-safe (an enum).
 *
 * <p>{@link #ACHIEVED}, {@link #BREACHED} and {@link #CANCELLED} are outcomes. A resolution or
 * agent work time measurement achieved by a solve runs again if the ticket is reopened (see {@link
 * SlaMetric#RESOLUTION}).
 */
public enum MeasurementState {
  /** The clock is running: the calendar counts business time towards the target. */
  RUNNING,
  /** The clock is paused by the ticket's status; the target has not been reached. */
  PAUSED,
  /** The metric completed (a reply, a solve) within the target. */
  ACHIEVED,
  /**
   * The target was reached before the metric completed. Final: a breached measurement stays
   * breached whether or not it has completed since; {@link Measurement#stoppedAt()} tells which.
   */
  BREACHED,
  /**
   * The measurement ended without an outcome: the ticket was closed or merged before the metric
   * completed, or a change of policy took the target away or replaced it (see {@link Reselection}).
   */
  CANCELLED;

  /** Returns whether this state is {@link #RUNNING} or {@link #PAUSED}: no outcome yet. */
  public boolean isPending() {
    return this == RUNNING || this == PAUSED;
  }
}
