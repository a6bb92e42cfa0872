package dev.rapport.loyalty.referral;

import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;

/** Argument checks shared by the referral records and builders. Stateless, thread-safe. */
final class Checks {
  /** The longest identifier or signal accepted, in UTF-16 code units. */
  static final int MAX_TEXT = 256;

  private Checks() {}

  /**
   * Returns {@code value} if it is a usable identifier or signal: not blank, at most {@value
   * #MAX_TEXT} characters, no white space at either end, no control characters.
   */
  static String text(String value, String name) {
    return text(value, name, MAX_TEXT);
  }

  /**
   * Returns {@code value} if it is usable text, as {@link #text(String, String)}, up to {@code
   * max}.
   */
  static String text(String value, String name, int max) {
    Objects.requireNonNull(value, name);
    String problem = null;
    if (value.isBlank()) {
      problem = "not be blank";
    } else if (value.length() > max) {
      problem = "be at most " + max + " characters";
    } else if (!value.equals(value.strip())) {
      problem = "not start or end with white space";
    } else if (value.chars().anyMatch(Character::isISOControl)) {
      problem = "not contain control characters";
    }
    if (problem != null) {
      throw new IllegalArgumentException(
          name + " must " + problem + ", but was \"" + shorten(value) + "\"");
    }
    return value;
  }

  /** Returns an immutable copy of {@code values}, each checked with {@link #text}. */
  static ImmutableSet<String> texts(Collection<String> values, String name) {
    Objects.requireNonNull(values, name);
    for (String value : values) {
      text(value, name + " element");
    }
    return ImmutableSet.copyOf(values);
  }

  /** Returns {@code value} if it is positive. */
  static Duration positive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, but was " + value);
    }
    return value;
  }

  /** Returns {@code value} if it is zero or positive. */
  static Duration notNegative(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, but was " + value);
    }
    return value;
  }

  private static String shorten(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "...";
  }
}
