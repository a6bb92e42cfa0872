package dev.rapport.sla;

import java.time.Instant;
import java.util.Objects;

/**
 * An instant at which a running measurement will cross a warning threshold or breach, if its clock
 * keeps running: what a {@link BreachSchedule} orders tickets by. Immutable and thread-safe.
 *
 * @param at when the threshold will be reached
 * @param metric the metric of the measurement
 * @param cycle the measurement's cycle, from 1
 * @param share the share of the target used up at {@code at}: a warning's share in (0, 1), or
 *     exactly 1 for the breach
 */
public record SlaDeadline(Instant at, SlaMetric metric, int cycle, double share) {
  /** Checks every component. */
  public SlaDeadline {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(metric, "metric");
    if (cycle < 1) {
      throw new IllegalArgumentException("cycle must be at least 1, but was " + cycle);
    }
    if (!(share > 0 && share <= 1)) {
      throw new IllegalArgumentException("share must be in (0, 1], but was " + share);
    }
  }

  /** Returns whether this deadline is the breach (share 1) rather than a warning. */
  public boolean isBreach() {
    return share == 1.0;
  }
}
