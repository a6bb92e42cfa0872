package dev.rapport.loyalty;

import java.time.Instant;
import java.util.Objects;

/**
 * One change of a member's tier, in the history a {@link TierStatus} carries. Immutable and
 * thread-safe.
 *
 * @param at when the change took effect
 * @param from the tier before
 * @param to the tier after, different from {@code from}
 * @param reason why
 */
public record TierChange(Instant at, Tier from, Tier to, Reason reason) {
  /** Why a tier changed. */
  public enum Reason {
    /** The qualifying value reached a higher tier: upgrades take effect at once. */
    UPGRADE,
    /** A review (after its grace period) found the member qualified for a lower tier. */
    REVIEW,
    /**
     * A clawback took the qualifying value below the tier, under {@link
     * TierPolicy.ClawbackDowngrade#IMMEDIATE}.
     */
    CLAWBACK
  }

  /** Validates the parts. */
  public TierChange {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(reason, "reason");
    if (from.equals(to)) {
      throw new IllegalArgumentException("to must differ from from, but both were " + from);
    }
  }
}
