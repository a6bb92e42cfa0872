package dev.rapport.feedback.text;

import java.util.Objects;

/**
 * A frequent key phrase of a set of comments. Immutable and thread-safe.
 *
 * @param phrase the phrase, lower case, words separated by one space
 * @param documents the number of comments it appears in
 * @param score its RAKE score: the sum over its words of degree / frequency
 */
public record KeyPhrase(String phrase, long documents, double score) {
  /** Validates the components. */
  public KeyPhrase {
    Objects.requireNonNull(phrase, "phrase");
    if (phrase.isBlank()) {
      throw new IllegalArgumentException("phrase must not be blank, but was \"" + phrase + "\"");
    }
    if (documents < 1) {
      throw new IllegalArgumentException("documents must be positive, but was " + documents);
    }
    if (!(score > 0) || Double.isInfinite(score)) {
      throw new IllegalArgumentException("score must be positive and finite, but was " + score);
    }
  }
}
