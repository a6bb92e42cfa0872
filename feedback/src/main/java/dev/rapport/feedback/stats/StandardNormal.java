package dev.rapport.feedback.stats;

/**
 * The standard normal distribution: its cumulative distribution function, computed from the
 * complementary error function, and its quantile function, by Acklam's rational approximation
 * refined with one Halley step. Both are accurate to about 1e-15 relative error across the range a
 * confidence level or a p-value needs (the tests check them against reference values to 1e-12).
 *
 * <p>Thread-safe (stateless).
 */
public final class StandardNormal {
  private static final double SQRT2 = Math.sqrt(2.0);
  private static final double SQRT_PI = Math.sqrt(Math.PI);
  private static final double SQRT_2PI = Math.sqrt(2.0 * Math.PI);
  private static final double SERIES_LIMIT = 2.5;

  // Acklam's coefficients: central region (a, b) and tails (c, d).
  private static final double[] A = {
    -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
    1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00
  };
  private static final double[] B = {
    -5.447609879822406e+01,
    1.615858368580409e+02,
    -1.556989798598866e+02,
    6.680131188771972e+01,
    -1.328068155288572e+01
  };
  private static final double[] C = {
    -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
    -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00
  };
  private static final double[] D = {
    7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00
  };
  private static final double P_LOW = 0.02425;

  private StandardNormal() {}

  /** Returns P(Z &lt;= z). */
  public static double cdf(double z) {
    checkNotNaN(z, "z");
    return 0.5 * erfc(-z / SQRT2);
  }

  /** Returns P(Z &gt; z), accurate in the upper tail where {@code 1 - cdf(z)} would cancel. */
  public static double survival(double z) {
    checkNotNaN(z, "z");
    return 0.5 * erfc(z / SQRT2);
  }

  /** Returns the two-sided p-value of a z statistic, P(|Z| &gt;= |z|). */
  public static double twoSidedPValue(double z) {
    checkNotNaN(z, "z");
    return Math.min(1.0, erfc(Math.abs(z) / SQRT2));
  }

  /**
   * Returns the z with P(Z &lt;= z) = {@code p}.
   *
   * @throws IllegalArgumentException unless 0 &lt; p &lt; 1
   */
  public static double quantile(double p) {
    if (!(p > 0.0 && p < 1.0)) {
      throw new IllegalArgumentException("p must be between 0 and 1 exclusive, but was " + p);
    }
    // 1 - p is exact for p >= 0.5, so the upper half reuses the accurate lower tail.
    return p > 0.5 ? -lowerQuantile(1.0 - p) : lowerQuantile(p);
  }

  /**
   * Returns the two-sided critical value for {@code confidence}: 1.959964 for 0.95.
   *
   * @throws IllegalArgumentException unless 0 &lt; confidence &lt; 1
   */
  public static double criticalValue(double confidence) {
    Confidence.check(confidence);
    return -lowerQuantile((1.0 - confidence) / 2.0);
  }

  private static double lowerQuantile(double p) {
    double x;
    if (p < P_LOW) {
      double q = Math.sqrt(-2.0 * Math.log(p));
      x =
          (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
              / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0);
    } else {
      double q = p - 0.5;
      double r = q * q;
      x =
          (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5])
              * q
              / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0);
    }
    // One Halley step on the accurate CDF; x <= 0 here, so erfc's argument is positive.
    double e = 0.5 * erfc(-x / SQRT2) - p;
    double u = e * SQRT_2PI * Math.exp(x * x / 2.0);
    return x - u / (1.0 + x * u / 2.0);
  }

  /**
   * The complementary error function: a positive-term series for erf below 2.5, the Laplace
   * continued fraction (evaluated by Lentz's method) above.
   */
  static double erfc(double x) {
    if (x < 0) {
      return 2.0 - erfc(-x);
    }
    if (x < SERIES_LIMIT) {
      return 1.0 - erfSeries(x);
    }
    if (x > 27.3) {
      return 0.0;
    }
    return Math.exp(-x * x) / SQRT_PI / continuedFraction(x);
  }

  /**
   * erf(x) = 2/sqrt(pi) exp(-x^2) sum 2^n x^(2n+1) / (1 * 3 * ... * (2n+1)); all terms positive.
   */
  private static double erfSeries(double x) {
    double twoXx = 2.0 * x * x;
    double term = x;
    double sum = x;
    for (int n = 1; n < 500; n++) {
      term *= twoXx / (2 * n + 1);
      sum += term;
      if (term < sum * 1e-17) {
        break;
      }
    }
    return 2.0 / SQRT_PI * Math.exp(-x * x) * sum;
  }

  /** x + (1/2)/(x + 1/(x + (3/2)/(x + ...))), by the modified Lentz method. */
  private static double continuedFraction(double x) {
    double tiny = 1e-300;
    double f = x;
    double c = x;
    double d = 0.0;
    for (int k = 1; k < 5000; k++) {
      double a = k / 2.0;
      d = x + a * d;
      if (Math.abs(d) < tiny) {
        d = tiny;
      }
      c = x + a / c;
      if (Math.abs(c) < tiny) {
        c = tiny;
      }
      d = 1.0 / d;
      double delta = c * d;
      f *= delta;
      if (Math.abs(delta - 1.0) < 1e-16) {
        break;
      }
    }
    return f;
  }

  private static void checkNotNaN(double value, String name) {
    if (Double.isNaN(value)) {
      throw new IllegalArgumentException(name + " must be a number, but was NaN");
    }
  }
}
