package dev.rapport.feedback.stats;

/** Validation of confidence levels, shared by the statistics. */
final class Confidence {
  private Confidence() {}

  /** Returns {@code confidence} if it is strictly between 0 and 1. */
  static double check(double confidence) {
    if (!(confidence > 0.0 && confidence < 1.0)) {
      throw new IllegalArgumentException(
          "confidence must be between 0 and 1 exclusive, but was " + confidence);
    }
    return confidence;
  }
}
