package dev.rapport.loyalty;

/**
 * A kind of member event that can earn points: the constants name the common ones, and {@link #of}
 * makes any other ({@code "app_installed"}). Immutable and thread-safe.
 *
 * @param name the kind's name: not blank, at most 100 characters, no white space at either end, no
 *     control characters; compared exactly
 */
public record EventKind(String name) {
  /** A review written. */
  public static final EventKind REVIEW_WRITTEN = new EventKind("review_written");

  /** A survey completed. */
  public static final EventKind SURVEY_COMPLETED = new EventKind("survey_completed");

  /** The member's birthday. */
  public static final EventKind BIRTHDAY = new EventKind("birthday");

  /** The member signed up. */
  public static final EventKind SIGN_UP = new EventKind("sign_up");

  /** Validates the name. */
  public EventKind {
    Checks.key(name, "name", 100);
  }

  /** Returns the kind named {@code name}. */
  public static EventKind of(String name) {
    return new EventKind(name);
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
