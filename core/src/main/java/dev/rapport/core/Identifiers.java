package dev.rapport.core;

import java.util.Objects;

/** Validation shared by the identifier records. */
final class Identifiers {
  /** The longest identifier accepted, in UTF-16 code units. */
  static final int MAX_LENGTH = 256;

  private Identifiers() {}

  /**
   * Returns {@code value} if it is a valid identifier: not blank, at most {@value #MAX_LENGTH}
   * characters, no leading or trailing white space and no control characters.
   */
  static String check(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, but was \"" + value + "\"");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          name + " must be at most " + MAX_LENGTH + " characters, but was " + value.length());
    }
    if (Character.isWhitespace(value.charAt(0))
        || Character.isWhitespace(value.charAt(value.length() - 1))) {
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
}
