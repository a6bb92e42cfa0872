package dev.rapport.sla;

import java.time.Instant;
import java.util.Objects;

/**
 * A warning threshold of a target that a measurement crossed (or, as {@link
 * Measurement#nextWarning()}, will cross if its clock keeps running). Immutable and thread-safe.
 *
 * @param share the threshold, a share of the target's duration in (0, 1)
 * @param at the instant the elapsed business time reached it
 */
public record SlaWarning(double share, Instant at) {
  /** Checks that the share is in (0, 1) and the instant present. */
  public SlaWarning {
    if (!(share > 0 && share < 1)) {
      throw new IllegalArgumentException("share must be in (0, 1), but was " + share);
    }
    Objects.requireNonNull(at, "at");
  }
}
