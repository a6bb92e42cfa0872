package dev.rapport.feedback.stats;

import java.util.Objects;
import java.util.Optional;

/**
 * The change from a first estimate to a second (second minus first), with a two-sided z test of "no
 * change": the difference, its standard error, the z statistic, the p-value and the interval of the
 * difference. All in the units of the estimates compared (NPS points for NPS, a share from 0 to 1
 * for proportions). Immutable and thread-safe.
 *
 * @param difference second minus first
 * @param standardError the standard error used for the interval (unpooled)
 * @param z the test statistic; infinite when the standard error is zero and the difference is not
 * @param pValue the two-sided p-value of the test
 * @param interval the confidence interval of the difference
 */
public record Comparison(
    double difference, double standardError, double z, double pValue, Interval interval) {

  /** Validates the components. */
  public Comparison {
    if (!Double.isFinite(difference)) {
      throw new IllegalArgumentException("difference must be finite, but was " + difference);
    }
    if (!(standardError >= 0) || Double.isInfinite(standardError)) {
      throw new IllegalArgumentException(
          "standardError must be finite and not negative, but was " + standardError);
    }
    if (Double.isNaN(z)) {
      throw new IllegalArgumentException("z must be a number, but was NaN");
    }
    if (!(pValue >= 0 && pValue <= 1)) {
      throw new IllegalArgumentException("pValue must be from 0 to 1, but was " + pValue);
    }
    Objects.requireNonNull(interval, "interval");
  }

  /** The direction of a change, or none when it is not significant. Thread-safe (an enum). */
  public enum Change {
    /** The second estimate is significantly higher. */
    INCREASE,
    /** The second estimate is significantly lower. */
    DECREASE,
    /** The difference is within what chance explains at the confidence level. */
    NOT_SIGNIFICANT
  }

  /**
   * Returns whether the change is significant: its p-value is below 1 - confidence (0.05 for a 95%
   * interval).
   */
  public boolean isSignificant() {
    return pValue < 1 - interval.confidence();
  }

  /** Returns the direction of a significant change, or {@link Change#NOT_SIGNIFICANT}. */
  public Change change() {
    if (!isSignificant()) {
      return Change.NOT_SIGNIFICANT;
    }
    return difference > 0 ? Change.INCREASE : Change.DECREASE;
  }

  /**
   * Compares two independent estimates with their standard errors: a z test with standard error
   * sqrt(se1^2 + se2^2), used for the difference of two NPS values.
   */
  public static Comparison ofEstimates(
      double first, double firstError, double second, double secondError, double confidence) {
    checkFinite(first, "first");
    checkFinite(second, "second");
    checkError(firstError, "firstError");
    checkError(secondError, "secondError");
    double z0 = StandardNormal.criticalValue(confidence);
    double difference = second - first;
    double se = Math.sqrt(firstError * firstError + secondError * secondError);
    double z = statistic(difference, se);
    return new Comparison(
        difference,
        se,
        z,
        StandardNormal.twoSidedPValue(z),
        new Interval(difference - z0 * se, difference + z0 * se, confidence));
  }

  /**
   * Compares two proportions, {@code x1 / n1} then {@code x2 / n2}, with the pooled two-proportion
   * z test; the interval of the difference uses the unpooled (Wald) standard error. Empty when
   * either sample is empty (insufficient data).
   */
  public static Optional<Comparison> ofProportions(
      long x1, long n1, long x2, long n2, double confidence) {
    ProportionMethod.checkCounts(x1, n1);
    ProportionMethod.checkCounts(x2, n2);
    double z0 = StandardNormal.criticalValue(confidence);
    if (n1 == 0 || n2 == 0) {
      return Optional.empty();
    }
    double p1 = (double) x1 / n1;
    double p2 = (double) x2 / n2;
    double pooled = (double) (x1 + x2) / (n1 + n2);
    double pooledError = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
    double difference = p2 - p1;
    double z = statistic(difference, pooledError);
    double se = Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
    return Optional.of(
        new Comparison(
            difference,
            se,
            z,
            StandardNormal.twoSidedPValue(z),
            new Interval(difference - z0 * se, difference + z0 * se, confidence)));
  }

  private static double statistic(double difference, double se) {
    if (se == 0) {
      return difference == 0 ? 0.0 : Math.copySign(Double.POSITIVE_INFINITY, difference);
    }
    return difference / se;
  }

  private static void checkFinite(double value, String name) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite, but was " + value);
    }
  }

  private static void checkError(double value, String name) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          name + " must be finite and not negative, but was " + value);
    }
  }
}
