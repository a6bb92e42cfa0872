package dev.rapport.feedback.stats;

/**
 * The Beta distribution's regularized incomplete beta function, by the continued fraction of
 * Numerical Recipes (modified Lentz), and its inverse by bisection polished with Newton steps.
 * Thread-safe (stateless).
 */
final class BetaDistribution {
  private static final double[] LANCZOS = {
    0.99999999999980993,
    676.5203681218851,
    -1259.1392167224028,
    771.32342877765313,
    -176.61502916214059,
    12.507343278686905,
    -0.13857109526572012,
    9.9843695780195716e-6,
    1.5056327351493116e-7
  };
  private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
  private static final double EPSILON = 1e-16;
  private static final double TINY = 1e-300;

  private BetaDistribution() {}

  /** ln Gamma(x) for x &gt; 0, by the Lanczos approximation (g = 7, 9 terms). */
  static double logGamma(double x) {
    if (x < 0.5) {
      // Reflection: Gamma(x) Gamma(1 - x) = pi / sin(pi x).
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1.0 - x);
    }
    double z = x - 1.0;
    double sum = LANCZOS[0];
    for (int i = 1; i < LANCZOS.length; i++) {
      sum += LANCZOS[i] / (z + i);
    }
    double t = z + 7.5;
    return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
  }

  /** I_x(a, b), the regularized incomplete beta function, for a, b &gt; 0 and 0 &lt;= x &lt;= 1. */
  static double regularized(double x, double a, double b) {
    if (x <= 0.0) {
      return 0.0;
    }
    if (x >= 1.0) {
      return 1.0;
    }
    double front =
        Math.exp(
            logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
    if (x < (a + 1.0) / (a + b + 2.0)) {
      return front * continuedFraction(x, a, b) / a;
    }
    return 1.0 - front * continuedFraction(1.0 - x, b, a) / b;
  }

  /** The x with I_x(a, b) = p, for 0 &lt;= p &lt;= 1. */
  static double quantile(double p, double a, double b) {
    if (p <= 0.0) {
      return 0.0;
    }
    if (p >= 1.0) {
      return 1.0;
    }
    double lo = 0.0;
    double hi = 1.0;
    double x = 0.5;
    for (int i = 0; i < 400; i++) {
      x = 0.5 * (lo + hi);
      if (x == lo || x == hi) {
        break;
      }
      if (regularized(x, a, b) < p) {
        lo = x;
      } else {
        hi = x;
      }
      if (hi - lo < 1e-9 * Math.max(x, 1e-300)) {
        break;
      }
    }
    // Newton steps from the bracket's midpoint, kept inside the bracket.
    double logBeta = logGamma(a) + logGamma(b) - logGamma(a + b);
    for (int i = 0; i < 3; i++) {
      double density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logBeta);
      if (!(density > 0) || Double.isInfinite(density)) {
        break;
      }
      double next = x - (regularized(x, a, b) - p) / density;
      if (!(next > lo && next < hi)) {
        break;
      }
      x = next;
    }
    return x;
  }

  private static double continuedFraction(double x, double a, double b) {
    double qab = a + b;
    double qap = a + 1.0;
    double qam = a - 1.0;
    double c = 1.0;
    double d = 1.0 - qab * x / qap;
    if (Math.abs(d) < TINY) {
      d = TINY;
    }
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m <= 10_000; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
      d = 1.0 + aa * d;
      if (Math.abs(d) < TINY) {
        d = TINY;
      }
      c = 1.0 + aa / c;
      if (Math.abs(c) < TINY) {
        c = TINY;
      }
      d = 1.0 / d;
      h *= d * c;
      aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
      d = 1.0 + aa * d;
      if (Math.abs(d) < TINY) {
        d = TINY;
      }
      c = 1.0 + aa / c;
      if (Math.abs(c) < TINY) {
        c = TINY;
      }
      d = 1.0 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1.0) < EPSILON) {
        break;
      }
    }
    return h;
  }
}
