package dev.rapport.loyalty;

import java.util.Objects;

/** Argument checks shared by the loyalty records, with Rapport's message format. */
final class Checks {
  private Checks() {}

  /**
   * Returns {@code value} if it is a valid key-like text: not blank, at most {@code maxLength}
   * characters, no white space at either end and no control characters.
   */
  static String key(String value, String name, int maxLength) {
    text(value, name, maxLength);
    if (Character.isWhitespace(value.charAt(0))
        || Character.isWhitespace(value.charAt(value.length() - 1))) {
      throw new IllegalArgumentException(
          name + " must not start or end with white space, but was \"" + value + "\"");
    }
    return value;
  }

  /** Returns {@code value} if it is a non-blank text of at most {@code maxLength} characters. */
  static String text(String value, String name, int maxLength) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, but was \"" + value + "\"");
    }
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(
          name + " must be at most " + maxLength + " characters, but was " + value.length());
    }
    noControl(value, name);
    return value;
  }

  private static void noControl(String value, String name) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(
            name + " must not contain control characters, but had one at index " + i);
      }
    }
  }

  /** Returns {@code value} if it is greater than zero. */
  static long positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, but was " + value);
    }
    return value;
  }

  /** Returns {@code value} if it is zero or more. */
  static long nonNegative(long value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative, but was " + value);
    }
    return value;
  }
}
