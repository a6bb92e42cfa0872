package dev.rapport.feedback.stats;

/**
 * A two-sided confidence interval {@code [lower, upper]} (both ends included) at a confidence
 * level, in the units of the estimate it is for (a share from 0 to 1, or NPS points). Immutable and
 * thread-safe.
 *
 * @param lower the lower end, finite
 * @param upper the upper end, finite and not below {@code lower}
 * @param confidence the confidence level, strictly between 0 and 1 (0.95 for 95%)
 */
public record Interval(double lower, double upper, double confidence) {

  /** Validates the ends and the confidence level. */
  public Interval {
    if (!Double.isFinite(lower)) {
      throw new IllegalArgumentException("lower must be finite, but was " + lower);
    }
    if (!Double.isFinite(upper) || upper < lower) {
      throw new IllegalArgumentException(
          "upper must be finite and at least lower " + lower + ", but was " + upper);
    }
    Confidence.check(confidence);
  }

  /** Returns whether {@code value} lies in the interval, ends included. */
  public boolean contains(double value) {
    return value >= lower && value <= upper;
  }

  /** Returns {@code upper - lower}. */
  public double width() {
    return upper - lower;
  }

  /** Returns this interval with both ends multiplied by {@code factor}, which must be positive. */
  public Interval scaled(double factor) {
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("factor must be positive and finite, but was " + factor);
    }
    return new Interval(lower * factor, upper * factor, confidence);
  }

  /**
   * Returns this interval with its ends moved inside {@code [min, max]}, the range the estimate can
   * take (a share cannot exceed 1, an NPS cannot exceed 100).
   */
  public Interval clippedTo(double min, double max) {
    if (!(min <= max)) {
      throw new IllegalArgumentException("max must be at least min " + min + ", but was " + max);
    }
    return new Interval(
        Math.min(max, Math.max(min, lower)), Math.max(min, Math.min(max, upper)), confidence);
  }

  /** Returns {@code [lower, upper] @ 95%}, with up to four decimals. */
  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT, "[%.4f, %.4f] @ %s%%", lower, upper, percent(confidence));
  }

  private static String percent(double confidence) {
    return java.math.BigDecimal.valueOf(confidence * 100).stripTrailingZeros().toPlainString();
  }
}
