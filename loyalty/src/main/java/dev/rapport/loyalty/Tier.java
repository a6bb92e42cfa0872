package dev.rapport.loyalty;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A tier of a {@link TierPolicy}: a name, the qualifying value that reaches it (points earned, or
 * money spent in the program's currency), and the multiplier it applies to earned points. Immutable
 * and thread-safe.
 *
 * @param name the tier's name: not blank, at most 100 characters, no white space at either end, no
 *     control characters
 * @param threshold the qualifying value that reaches the tier, zero or more; kept without trailing
 *     zeros
 * @param multiplier the multiplier of earned points, greater than zero; kept without trailing zeros
 */
public record Tier(String name, BigDecimal threshold, BigDecimal multiplier) {
  /** Validates the parts. */
  public Tier {
    Checks.key(name, "name", 100);
    Objects.requireNonNull(threshold, "threshold");
    if (threshold.signum() < 0) {
      throw new IllegalArgumentException(
          "threshold must not be negative, but was " + threshold.toPlainString());
    }
    BigDecimal stripped = threshold.stripTrailingZeros();
    threshold = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    multiplier = MultiplierRule.checkMultiplier(multiplier, "multiplier");
  }

  /** Returns the tier reached at {@code threshold}, multiplying points by {@code multiplier}. */
  public static Tier of(String name, long threshold, String multiplier) {
    return new Tier(name, BigDecimal.valueOf(threshold), new BigDecimal(multiplier));
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
