package dev.rapport.feedback;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableLongArray;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Star ratings (1 to 5) as a count per star, with the mean, the distribution and Bayesian averages
 * for ranking small segments fairly: a product with one 5-star rating should not outrank one with a
 * thousand ratings averaging 4.8. No ratings give empty results. Immutable and thread-safe.
 */
public final class RatingSummary implements ScoreSummary<RatingSummary> {
  private static final RatingSummary EMPTY =
      new RatingSummary(Histogram.empty(SurveyScale.stars()));

  private final Histogram histogram;

  private RatingSummary(Histogram histogram) {
    this.histogram = histogram;
  }

  /** Returns the summary of no ratings. */
  public static RatingSummary empty() {
    return EMPTY;
  }

  /** Returns the summary with these counts of 1, 2, 3, 4 and 5 stars. */
  public static RatingSummary of(long... counts) {
    return new RatingSummary(Histogram.of(SurveyScale.stars(), counts));
  }

  @Override
  public long count() {
    return histogram.total();
  }

  /** Returns the number of ratings of {@code stars}. */
  public long count(int stars) {
    return histogram.countOf(stars);
  }

  /** Returns the counts of 1 to 5 stars. */
  public ImmutableLongArray counts() {
    return histogram.counts();
  }

  @Override
  public RatingSummary add(SurveyResponse response) {
    return new RatingSummary(histogram.add(response));
  }

  /** Returns this summary with one more rating of {@code stars}. */
  public RatingSummary add(int stars) {
    return new RatingSummary(histogram.add(stars));
  }

  @Override
  public RatingSummary merge(RatingSummary other) {
    return new RatingSummary(histogram.merge(Objects.requireNonNull(other, "other").histogram));
  }

  /** Returns the mean rating. */
  public OptionalDouble mean() {
    return histogram.mean();
  }

  /** Returns the percentage of each star count, 1 first, whole numbers summing to 100. */
  public Optional<ImmutableList<Integer>> displayPercentages() {
    return histogram.percentages();
  }

  /**
   * Returns the Bayesian average {@code (sum + weight * priorMean) / (n + weight)}: the mean as if
   * {@code weight} extra ratings of {@code priorMean} (typically the global mean) had been given.
   * Empty only with no ratings and weight 0.
   */
  public OptionalDouble bayesianAverage(double priorMean, double weight) {
    if (!(priorMean >= 1 && priorMean <= 5)) {
      throw new IllegalArgumentException("priorMean must be from 1 to 5, but was " + priorMean);
    }
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException(
          "weight must be finite and not negative, but was " + weight);
    }
    double size = count() + weight;
    if (size == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((sum() + weight * priorMean) / size);
  }

  /**
   * Returns the posterior mean under a Dirichlet prior: the mean after adding {@code
   * pseudoCounts[k]} ratings of k + 1 stars (five values, none negative, not all 0).
   */
  public double dirichletAverage(double... pseudoCounts) {
    if (pseudoCounts.length != 5) {
      throw new IllegalArgumentException(
          "pseudoCounts must have 5 values, but had " + pseudoCounts.length);
    }
    double weight = 0;
    double sum = sum();
    for (int k = 0; k < 5; k++) {
      double c = pseudoCounts[k];
      if (!(c >= 0) || Double.isInfinite(c)) {
        throw new IllegalArgumentException(
            "pseudoCounts must be finite and not negative, but was "
                + Arrays.toString(pseudoCounts));
      }
      weight += c;
      sum += c * (k + 1);
    }
    if (weight == 0) {
      throw new IllegalArgumentException(
          "pseudoCounts must not all be 0, but was " + Arrays.toString(pseudoCounts));
    }
    return sum / (count() + weight);
  }

  private double sum() {
    double sum = 0;
    for (int stars = 1; stars <= 5; stars++) {
      sum += (double) histogram.countOf(stars) * stars;
    }
    return sum;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RatingSummary && ((RatingSummary) o).histogram.equals(histogram);
  }

  @Override
  public int hashCode() {
    return histogram.hashCode();
  }

  @Override
  public String toString() {
    return "RatingSummary[" + histogram + "]";
  }
}
