package dev.rapport.sla.escalation;

/** Why an escalation step was skipped rather than fired. Thread-safe (an enum). */
public enum SkipReason {
  /** The level's ticket condition did not hold at the step's instant. */
  CONDITION_NOT_MET,
  /** The step fell due outside the level's time window, and the level skips there. */
  OUTSIDE_WINDOW
}
