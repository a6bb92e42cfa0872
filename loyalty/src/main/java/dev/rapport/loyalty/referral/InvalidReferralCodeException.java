package dev.rapport.loyalty.referral;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Thrown when text is not a valid {@link ReferralCode}. Carries what was wrong ({@link #problem()})
 * so that a form can say it in its own words, the text as given, and where relevant the index of
 * the offending character. Immutable, so safe to share between threads.
 */
public final class InvalidReferralCodeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** What was wrong with the text. */
  public enum Problem {
    /** No characters other than white space and separators. */
    EMPTY,
    /** Too few or too many characters. */
    WRONG_LENGTH,
    /** One of 0, O, 1, I or L, which codes never contain. */
    AMBIGUOUS_CHARACTER,
    /** Another character outside the alphabet. */
    INVALID_CHARACTER,
    /** All characters valid, but the check character does not match: a typo. */
    CHECK_FAILED
  }

  private final Problem problem;
  private final String input;
  private final int index;

  InvalidReferralCodeException(Problem problem, String input, int index, String message) {
    super(message);
    this.problem = Objects.requireNonNull(problem, "problem");
    this.input = Objects.requireNonNull(input, "input");
    this.index = index;
  }

  /** Returns what was wrong. */
  public Problem problem() {
    return problem;
  }

  /** Returns the text as it was given. */
  public String input() {
    return input;
  }

  /** Returns the index in {@link #input()} of the offending character, for character problems. */
  public OptionalInt index() {
    return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
  }
}
