package dev.rapport.loyalty;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How members qualify for tiers: on points earned or on money spent, within a window (calendar
 * year, rolling 12 months, lifetime), with tiers from a base tier at threshold 0 upwards. Made by
 * {@link #builder(Basis, Window)}; the {@link TierEngine} applies it.
 *
 * <ul>
 *   <li>An upgrade takes effect at once, at the entry that reaches the threshold.
 *   <li>A downgrade happens only at a review: at each review instant (the start of each local
 *       month, quarter or year) the window that ends there is checked, and if it qualifies for less
 *       than the current tier, the member has the grace period to requalify; at its end they move
 *       to the better of what the reviewed window and the window at that moment qualify for.
 *   <li>Redemptions, expiry and manual adjustments never lower the qualifying value; clawbacks and
 *       cancellations do (points earned) as refunds do (money spent). A clawback below a threshold
 *       waits for the next review ({@link ClawbackDowngrade#AT_REVIEW}, the default) or downgrades
 *       at once ({@link ClawbackDowngrade#IMMEDIATE}).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class TierPolicy {
  /** What qualifies. */
  public enum Basis {
    /** Points earned by {@link EntryType#EARN} entries, less clawbacks. */
    POINTS_EARNED,
    /** Order amounts of earns, less refunds. */
    SPEND
  }

  /** Which activity counts at an instant. */
  public enum Window {
    /** The local calendar year so far; reviews must be yearly. */
    CALENDAR_YEAR,
    /** The 12 months up to the instant. */
    ROLLING_12_MONTHS,
    /** Everything up to the instant. */
    LIFETIME
  }

  /** How often reviews happen: at the start of each local month, quarter or year. */
  public enum Review {
    /** The first of each month. */
    MONTHLY,
    /** The first of January, April, July and October. */
    QUARTERLY,
    /** The first of January. */
    YEARLY
  }

  /** When a clawback that takes the qualifying value below the current tier downgrades. */
  public enum ClawbackDowngrade {
    /** At the next review, like any other shortfall. */
    AT_REVIEW,
    /** At once, to the tier the value then qualifies for. */
    IMMEDIATE
  }

  private final Basis basis;
  private final Window window;
  private final ImmutableList<Tier> tiers;
  private final Review review;
  private final Period grace;
  private final ClawbackDowngrade clawbackDowngrade;

  private TierPolicy(Builder builder) {
    this.basis = builder.basis;
    this.window = builder.window;
    this.tiers = ImmutableList.copyOf(builder.tiers);
    this.review = builder.review;
    this.grace = builder.grace;
    this.clawbackDowngrade = builder.clawbackDowngrade;
  }

  /**
   * Returns a builder with the defaults: yearly reviews, no grace period, clawbacks downgrade at
   * the review.
   */
  public static Builder builder(Basis basis, Window window) {
    return new Builder(basis, window);
  }

  /** Returns a builder that starts from {@code existing}'s settings and tiers. */
  public static Builder builder(TierPolicy existing) {
    Objects.requireNonNull(existing, "existing");
    Builder builder =
        new Builder(existing.basis, existing.window)
            .review(existing.review)
            .grace(existing.grace)
            .clawbackDowngrade(existing.clawbackDowngrade);
    existing.tiers.forEach(builder::tier);
    return builder;
  }

  /** Returns what qualifies. */
  public Basis basis() {
    return basis;
  }

  /** Returns the window. */
  public Window window() {
    return window;
  }

  /** Returns the tiers from the base tier (threshold 0) up, thresholds increasing. */
  public List<Tier> tiers() {
    return tiers;
  }

  /** Returns how often reviews happen. */
  public Review review() {
    return review;
  }

  /** Returns the grace period after a review before a downgrade. */
  public Period grace() {
    return grace;
  }

  /** Returns when a clawback below the tier downgrades. */
  public ClawbackDowngrade clawbackDowngrade() {
    return clawbackDowngrade;
  }

  /** Returns the index of the highest tier {@code value} reaches. */
  int tierIndexFor(BigDecimal value) {
    int index = 0;
    for (int i = 1; i < tiers.size(); i++) {
      if (value.compareTo(tiers.get(i).threshold()) >= 0) {
        index = i;
      }
    }
    return index;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TierPolicy)) {
      return false;
    }
    TierPolicy other = (TierPolicy) o;
    return basis == other.basis
        && window == other.window
        && tiers.equals(other.tiers)
        && review == other.review
        && grace.equals(other.grace)
        && clawbackDowngrade == other.clawbackDowngrade;
  }

  @Override
  public int hashCode() {
    return Objects.hash(basis, window, tiers, review, grace, clawbackDowngrade);
  }

  /** Returns the configuration, readably. */
  @Override
  public String toString() {
    List<String> described = new ArrayList<>();
    for (Tier tier : tiers) {
      described.add(
          tier.name()
              + " from "
              + tier.threshold().toPlainString()
              + " x"
              + tier.multiplier().toPlainString());
    }
    return "TierPolicy["
        + basis
        + ", "
        + window
        + ", tiers="
        + described
        + ", review="
        + review
        + ", grace="
        + grace
        + ", clawbackDowngrade="
        + clawbackDowngrade
        + "]";
  }

  /** Builds a {@link TierPolicy}. Not thread-safe. */
  public static final class Builder {
    private final Basis basis;
    private final Window window;
    private final List<Tier> tiers = new ArrayList<>();
    private Review review = Review.YEARLY;
    private Period grace = Period.ZERO;
    private ClawbackDowngrade clawbackDowngrade = ClawbackDowngrade.AT_REVIEW;

    private Builder(Basis basis, Window window) {
      this.basis = Objects.requireNonNull(basis, "basis");
      this.window = Objects.requireNonNull(window, "window");
    }

    /** Adds a tier; add them from the base tier (threshold 0) up. */
    public Builder tier(Tier tier) {
      tiers.add(Objects.requireNonNull(tier, "tier"));
      return this;
    }

    /** Adds a tier; same as {@code tier(Tier.of(name, threshold, multiplier))}. */
    public Builder tier(String name, long threshold, String multiplier) {
      return tier(Tier.of(name, threshold, multiplier));
    }

    /** Sets how often reviews happen; default yearly. */
    public Builder review(Review review) {
      this.review = Objects.requireNonNull(review, "review");
      return this;
    }

    /**
     * Sets the grace period after a review; default none.
     *
     * @throws IllegalArgumentException if {@code grace} is negative
     */
    public Builder grace(Period grace) {
      Objects.requireNonNull(grace, "grace");
      if (grace.isNegative()) {
        throw new IllegalArgumentException("grace must not be negative, but was " + grace);
      }
      this.grace = grace;
      return this;
    }

    /** Sets when a clawback below the tier downgrades; default at the review. */
    public Builder clawbackDowngrade(ClawbackDowngrade clawbackDowngrade) {
      this.clawbackDowngrade = Objects.requireNonNull(clawbackDowngrade, "clawbackDowngrade");
      return this;
    }

    /**
     * Returns the policy.
     *
     * @throws IllegalStateException if there is no tier, the first threshold is not 0, thresholds
     *     do not increase, names repeat, a points threshold is not whole, or a calendar-year window
     *     is not reviewed yearly
     */
    public TierPolicy build() {
      if (tiers.isEmpty()) {
        throw new IllegalStateException("tiers must not be empty, but were");
      }
      if (tiers.get(0).threshold().signum() != 0) {
        throw new IllegalStateException(
            "the first tier's threshold must be 0, but was "
                + tiers.get(0).threshold().toPlainString());
      }
      Set<String> names = new HashSet<>();
      for (int i = 0; i < tiers.size(); i++) {
        Tier tier = tiers.get(i);
        if (!names.add(tier.name())) {
          throw new IllegalStateException(
              "tier names must be unique, but \"" + tier.name() + "\" repeats");
        }
        if (i > 0 && tier.threshold().compareTo(tiers.get(i - 1).threshold()) <= 0) {
          throw new IllegalStateException(
              "tier thresholds must increase, but "
                  + tier.name()
                  + "'s "
                  + tier.threshold().toPlainString()
                  + " follows "
                  + tiers.get(i - 1).threshold().toPlainString());
        }
        if (basis == Basis.POINTS_EARNED && tier.threshold().scale() > 0) {
          throw new IllegalStateException(
              "a points threshold must be whole, but "
                  + tier.name()
                  + "'s was "
                  + tier.threshold().toPlainString());
        }
      }
      if (window == Window.CALENDAR_YEAR && review != Review.YEARLY) {
        throw new IllegalStateException(
            "review must be YEARLY for a CALENDAR_YEAR window, but was " + review);
      }
      return new TierPolicy(this);
    }
  }
}
