package dev.rapport.feedback.stats;

/**
 * The smallest sample that gives a desired margin of error (half-width of a normal-approximation
 * interval) at a confidence level: n = z^2 variance / margin^2, rounded up. Thread-safe
 * (stateless).
 */
public final class SampleSize {
  private SampleSize() {}

  /**
   * Returns the sample size for a proportion expected near {@code expected} (use 0.5 when unknown:
   * the worst case).
   *
   * @param margin the margin of error as a share, such as 0.03 for +-3 points
   */
  public static long forProportion(double margin, double confidence, double expected) {
    if (!(expected >= 0 && expected <= 1)) {
      throw new IllegalArgumentException("expected must be from 0 to 1, but was " + expected);
    }
    return forVariance(margin, confidence, expected * (1 - expected));
  }

  /**
   * Returns the sample size for a mean of observations with per-observation {@code variance}, in
   * the units of {@code margin} squared.
   */
  public static long forVariance(double margin, double confidence, double variance) {
    if (!(margin > 0) || Double.isInfinite(margin)) {
      throw new IllegalArgumentException("margin must be positive and finite, but was " + margin);
    }
    if (!(variance >= 0) || Double.isInfinite(variance)) {
      throw new IllegalArgumentException(
          "variance must be finite and not negative, but was " + variance);
    }
    double z = StandardNormal.criticalValue(confidence);
    double n = z * z * variance / (margin * margin);
    // Guard against 100.00000000001 turning into 101 through rounding of the inputs.
    return Math.max(1, (long) Math.ceil(n - 1e-9));
  }
}
