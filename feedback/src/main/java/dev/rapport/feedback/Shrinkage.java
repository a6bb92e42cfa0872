package dev.rapport.feedback;

import java.util.OptionalDouble;

/** Shrinkage of a share toward a global share with pseudo-counts. */
final class Shrinkage {
  private Shrinkage() {}

  /** Returns {@code (x + m * gx / gn) / (n + m)}; empty when n + m is 0. */
  static OptionalDouble share(long x, long n, long globalX, long globalN, double m) {
    if (!(m >= 0) || Double.isInfinite(m)) {
      throw new IllegalArgumentException(
          "pseudoResponses must be finite and not negative, but was " + m);
    }
    if (globalN == 0) {
      if (m > 0) {
        throw new IllegalArgumentException(
            "global must have answers to shrink toward, but was empty");
      }
      return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) x / n);
    }
    double size = n + m;
    return size == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((x + m * globalX / (double) globalN) / size);
  }
}
