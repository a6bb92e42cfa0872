package dev.rapport.feedback;

import java.util.Objects;

/** Validation of identifiers, attribute names and comments. */
final class Texts {
  static final int MAX_IDENTIFIER = 256;
  static final int MAX_COMMENT = 10_000;

  private Texts() {}

  /** Checks an identifier: not blank, at most 256 characters, trimmed, no control characters. */
  static String checkIdentifier(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, but was \"" + value + "\"");
    }
    if (value.length() > MAX_IDENTIFIER) {
      throw new IllegalArgumentException(
          name + " must be at most " + MAX_IDENTIFIER + " characters, but was " + value.length());
    }
    if (!value.strip().equals(value)) {
      throw new IllegalArgumentException(
          name + " must not start or end with white space, but was \"" + value + "\"");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(
            name + " must not contain control characters, but had one at index " + i);
      }
    }
    return value;
  }

  /** Checks a free-text comment: not blank, at most 10,000 characters. */
  static String checkComment(String value) {
    Objects.requireNonNull(value, "comment");
    if (value.isBlank()) {
      throw new IllegalArgumentException("comment must not be blank, but was \"" + value + "\"");
    }
    if (value.length() > MAX_COMMENT) {
      throw new IllegalArgumentException(
          "comment must be at most " + MAX_COMMENT + " characters, but was " + value.length());
    }
    return value;
  }
}
