package dev.rapport.feedback.stats;

import java.util.Optional;

/**
 * Methods for a confidence interval of a binomial proportion (a satisfied share, an agree share),
 * each clipped to [0, 1]. Wilson is the recommended default; Wald is here for comparison with tools
 * that use it and is poor for small samples or shares near 0 or 1. Thread-safe (an enum).
 */
public enum ProportionMethod {
  /** p +- z sqrt(p(1-p)/n); degenerate (zero width) when p is 0 or 1. */
  WALD {
    @Override
    Interval compute(long successes, long trials, double z, double confidence) {
      double p = (double) successes / trials;
      double half = z * Math.sqrt(p * (1 - p) / trials);
      return new Interval(p - half, p + half, confidence);
    }
  },
  /** The Wilson score interval: good coverage at every sample size. */
  WILSON {
    @Override
    Interval compute(long successes, long trials, double z, double confidence) {
      double n = trials;
      double p = successes / n;
      double zz = z * z;
      double denominator = 1 + zz / n;
      double centre = (p + zz / (2 * n)) / denominator;
      double half = z * Math.sqrt(p * (1 - p) / n + zz / (4 * n * n)) / denominator;
      // Exact ends where the share is 0 or 1 (rounding would otherwise nudge them).
      double lower = successes == 0 ? 0.0 : centre - half;
      double upper = successes == trials ? 1.0 : centre + half;
      return new Interval(lower, upper, confidence);
    }
  },
  /** Agresti-Coull: Wald around (x + z^2/2) / (n + z^2); always contains the Wilson interval. */
  AGRESTI_COULL {
    @Override
    Interval compute(long successes, long trials, double z, double confidence) {
      double zz = z * z;
      double n = trials + zz;
      double p = (successes + zz / 2) / n;
      double half = z * Math.sqrt(p * (1 - p) / n);
      return new Interval(p - half, p + half, confidence);
    }
  },
  /**
   * Jeffreys: the equal-tailed interval of the Beta(x + 1/2, n - x + 1/2) posterior, with the lower
   * end 0 when x = 0 and the upper end 1 when x = n.
   */
  JEFFREYS {
    @Override
    Interval compute(long successes, long trials, double z, double confidence) {
      double alpha = 1 - confidence;
      double a = successes + 0.5;
      double b = trials - successes + 0.5;
      double lower = successes == 0 ? 0.0 : BetaDistribution.quantile(alpha / 2, a, b);
      double upper = successes == trials ? 1.0 : BetaDistribution.quantile(1 - alpha / 2, a, b);
      return new Interval(lower, upper, confidence);
    }
  };

  /**
   * Returns the interval for {@code successes} out of {@code trials} at {@code confidence}, or
   * empty when there are no trials (insufficient data).
   *
   * @throws IllegalArgumentException if a count is negative, successes exceed trials, or the
   *     confidence is not strictly between 0 and 1
   */
  public Optional<Interval> interval(long successes, long trials, double confidence) {
    checkCounts(successes, trials);
    double z = StandardNormal.criticalValue(confidence);
    if (trials == 0) {
      return Optional.empty();
    }
    return Optional.of(compute(successes, trials, z, confidence).clippedTo(0.0, 1.0));
  }

  abstract Interval compute(long successes, long trials, double z, double confidence);

  static void checkCounts(long successes, long trials) {
    if (trials < 0) {
      throw new IllegalArgumentException("trials must not be negative, but was " + trials);
    }
    if (successes < 0 || successes > trials) {
      throw new IllegalArgumentException(
          "successes must be from 0 to trials " + trials + ", but was " + successes);
    }
  }
}
