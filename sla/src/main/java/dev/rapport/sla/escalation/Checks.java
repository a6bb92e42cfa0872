package dev.rapport.sla.escalation;

import java.time.Duration;
import java.util.Collection;
import java.util.Objects;

/** Argument checks shared by the escalation value types. */
final class Checks {
  /** The longest delay accepted: 3,650 days, as for an SLA target. */
  static final Duration MAX_DELAY = Duration.ofDays(3650);

  /** The longest name (policy, on-call role, tag) accepted, in UTF-16 code units. */
  static final int MAX_LENGTH = 100;

  private Checks() {}

  /** Returns {@code delay} if it is in {@code [0, MAX_DELAY]}. */
  static Duration delay(Duration delay, String what) {
    Objects.requireNonNull(delay, what);
    if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
      throw new IllegalArgumentException(
          what + " must be in [PT0S, " + MAX_DELAY + "], but was " + delay);
    }
    return delay;
  }

  /** Returns {@code delay} if it is in {@code (0, MAX_DELAY]}. */
  static Duration positiveDelay(Duration delay, String what) {
    delay(delay, what);
    if (delay.isZero()) {
      throw new IllegalArgumentException(what + " must be positive, but was " + delay);
    }
    return delay;
  }

  /**
   * Returns {@code value} if it is a valid name: 1 to {@value #MAX_LENGTH} characters, no control
   * characters, no white space at either end.
   */
  static String name(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          what + " must have 1 to " + MAX_LENGTH + " characters, but had " + value.length());
    }
    if (value.isBlank()
        || Character.isWhitespace(value.charAt(0))
        || Character.isWhitespace(value.charAt(value.length() - 1))) {
      throw new IllegalArgumentException(
          what + " must not be blank or start or end with white space, but was \"" + value + "\"");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(
            what + " must not contain control characters, but had one at index " + i);
      }
    }
    return value;
  }

  /** Returns {@code tag} if a ticket could carry it: a name without white space. */
  static String tag(String tag) {
    name(tag, "tag");
    for (int i = 0; i < tag.length(); i++) {
      if (Character.isWhitespace(tag.charAt(i))) {
        throw new IllegalArgumentException(
            "tag must not contain white space, but was \"" + tag + "\"");
      }
    }
    return tag;
  }

  /** Throws a {@link NullPointerException} naming {@code what} if {@code values} holds a null. */
  static <C extends Collection<?>> C noNulls(C values, String what) {
    Objects.requireNonNull(values, what);
    for (Object value : values) {
      if (value == null) {
        throw new NullPointerException(what + " must not contain null, but was " + values);
      }
    }
    return values;
  }
}
