package dev.rapport.examples.desk;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** Small distributions over a {@link RandomGenerator}. Stateless. */
final class Rand {
  private Rand() {}

  /** Returns whether an event of probability {@code p} happens. */
  static boolean chance(RandomGenerator random, double p) {
    return random.nextDouble() < p;
  }

  /** Returns an index drawn with the given weights (which need not sum to 1). */
  static int pick(RandomGenerator random, double... weights) {
    double total = 0;
    for (double weight : weights) {
      total += weight;
    }
    double x = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /**
   * Returns a Poisson draw of mean {@code mean}, in chunks so that large means do not underflow.
   */
  static int poisson(RandomGenerator random, double mean) {
    int count = 0;
    double left = mean;
    while (left > 0) {
      double chunk = Math.min(left, 30);
      left -= chunk;
      double limit = Math.exp(-chunk);
      double product = random.nextDouble();
      while (product > limit) {
        count++;
        product *= random.nextDouble();
      }
    }
    return count;
  }

  /** Returns a log-normal duration with the given median and spread (sigma of the log). */
  static Duration logNormal(RandomGenerator random, Duration median, double sigma) {
    double factor = Math.exp(sigma * random.nextGaussian());
    long seconds = Math.max(1, Math.round(median.toSeconds() * factor));
    return Duration.ofSeconds(seconds);
  }

  /** Returns a log-normal amount with the given median and spread, at least {@code min}. */
  static double logNormal(RandomGenerator random, double median, double sigma, double min) {
    return Math.max(min, median * Math.exp(sigma * random.nextGaussian()));
  }
}
