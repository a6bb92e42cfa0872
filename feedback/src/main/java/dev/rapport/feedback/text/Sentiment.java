package dev.rapport.feedback.text;

import java.util.Objects;

/**
 * The sentiment of a comment: a score from -1 (most negative) to 1 (most positive) and its label by
 * the scorer's thresholds. Immutable and thread-safe.
 *
 * @param score the normalised score, from -1 to 1
 * @param label positive, neutral or negative
 */
public record Sentiment(double score, Label label) {

  /** The label of a score. Thread-safe (an enum). */
  public enum Label {
    /** At or below the negative threshold. */
    NEGATIVE,
    /** Between the thresholds. */
    NEUTRAL,
    /** At or above the positive threshold. */
    POSITIVE
  }

  /** Validates the score's range. */
  public Sentiment {
    if (!(score >= -1 && score <= 1)) {
      throw new IllegalArgumentException("score must be from -1 to 1, but was " + score);
    }
    Objects.requireNonNull(label, "label");
  }
}
