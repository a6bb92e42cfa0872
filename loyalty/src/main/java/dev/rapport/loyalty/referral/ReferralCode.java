package dev.rapport.loyalty.referral;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A referral code such as {@code K7QM4XWPR}: a random body followed by one check character, all
 * from an alphabet of 31 characters that leaves out the ones people misread ({@code 0} and {@code
 * O}, {@code 1}, {@code I} and {@code l}).
 *
 * <p><b>Alphabet.</b> {@value #ALPHABET}: the digits 2 to 9 and the capital letters without {@code
 * I}, {@code L} and {@code O}. Codes are case-insensitive: {@link #parse(CharSequence)} accepts
 * lower case and the canonical form ({@link #value()}, {@link #toString()}) is upper case.
 *
 * <p><b>Check character.</b> With the characters numbered by their place in the alphabet (0 to 30)
 * and weighted 1, 2, 3, ... from the right, check character included, the weighted sum of a valid
 * code is a multiple of 31. Because 31 is prime and the weights are distinct and below 31, every
 * single-character substitution and every transposition of two adjacent characters changes the sum
 * by a non-multiple of 31, so {@code parse} catches each of them; most other typos too (about 30 in
 * 31). Codes are at most {@value #MAX_LENGTH} characters long in total so the weights stay
 * distinct.
 *
 * <p><b>Generation.</b> {@link #random(RandomGenerator, int)} draws each body character uniformly
 * from the caller's random source. Each character carries log2(31), about 4.95 bits: the default
 * body of {@value #DEFAULT_BODY_LENGTH} characters gives about 39.6 bits (8.5 &times;
 * 10<sup>11</sup> codes). Pass a {@link java.security.SecureRandom} (or another cryptographically
 * strong source) so that codes cannot be predicted from earlier ones; a seeded {@code
 * java.util.Random} is for tests only. {@link #randomUnique(RandomGenerator, int, Predicate)} draws
 * again while the caller's store already holds the code.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the canonical code: upper case, without separators, check character last
 */
public record ReferralCode(String value) implements Comparable<ReferralCode> {
  /** The 31 characters codes are made of, in the order that numbers them for the check. */
  public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

  /** The characters that are never part of a code because people confuse them. */
  public static final String AMBIGUOUS = "0O1IL";

  /** The body length of {@link #random(RandomGenerator)}: 8 random characters, 9 in total. */
  public static final int DEFAULT_BODY_LENGTH = 8;

  /** The shortest body accepted: 6 characters, about 29.7 bits. */
  public static final int MIN_BODY_LENGTH = 6;

  /** The longest code accepted, check character included. */
  public static final int MAX_LENGTH = 30;

  /** How many times {@link #randomUnique} draws before it gives up. */
  public static final int MAX_ATTEMPTS = 32;

  private static final int RADIX = ALPHABET.length();
  private static final int[] DIGITS = new int[128];

  static {
    Arrays.fill(DIGITS, -1);
    for (int i = 0; i < RADIX; i++) {
      DIGITS[ALPHABET.charAt(i)] = i;
    }
  }

  /**
   * Validates a canonical code: upper case, alphabet characters only, a valid check character. Use
   * {@link #parse(CharSequence)} for input typed by people.
   *
   * @throws IllegalArgumentException if {@code value} is not a canonical code: an {@link
   *     InvalidReferralCodeException} if it is not a code at all, a plain one if it is a code in
   *     lower case or with separators
   */
  public ReferralCode {
    Objects.requireNonNull(value, "value");
    checkLength(value, value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (digit(c) < 0) {
        if (isSeparator(c) || digit(Character.toUpperCase(c)) >= 0) {
          throw new IllegalArgumentException(
              "value must be a canonical referral code (upper case, no separators), but was \""
                  + value
                  + "\"; use ReferralCode.parse for codes people type");
        }
        throw badCharacter(value, i, c);
      }
    }
    checkSum(value, value);
  }

  /**
   * Reads a code typed by a person: white space and hyphens are ignored wherever they are ({@code "
   * k7qm-4xwp r"}), and letters may be in either case.
   *
   * @throws InvalidReferralCodeException saying what is wrong: empty, too short or too long, a
   *     character outside the alphabet (naming the ambiguous ones), or a failed check (a typo)
   */
  public static ReferralCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String input = text.toString();
    StringBuilder canonical = new StringBuilder(input.length());
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (isSeparator(c)) {
        continue;
      }
      char upper = Character.toUpperCase(c);
      if (digit(upper) < 0) {
        throw badCharacter(input, i, c);
      }
      canonical.append(upper);
    }
    String value = canonical.toString();
    checkLength(input, value.length());
    checkSum(input, value);
    return new ReferralCode(value);
  }

  /**
   * Returns the code {@code text} stands for, or empty if it is not a valid code; for form
   * validation where the reason does not matter.
   */
  public static Optional<ReferralCode> tryParse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    try {
      return Optional.of(parse(text));
    } catch (InvalidReferralCodeException e) {
      return Optional.empty();
    }
  }

  /** Returns a new code with a body of {@value #DEFAULT_BODY_LENGTH} characters. */
  public static ReferralCode random(RandomGenerator random) {
    return random(random, DEFAULT_BODY_LENGTH);
  }

  /**
   * Returns a new code with a body of {@code bodyLength} characters drawn uniformly from {@code
   * random}, plus its check character.
   *
   * @throws IllegalArgumentException if {@code bodyLength} is below {@value #MIN_BODY_LENGTH} or
   *     above {@code MAX_LENGTH - 1}
   */
  public static ReferralCode random(RandomGenerator random, int bodyLength) {
    Objects.requireNonNull(random, "random");
    if (bodyLength < MIN_BODY_LENGTH || bodyLength > MAX_LENGTH - 1) {
      throw new IllegalArgumentException(
          "bodyLength must be between "
              + MIN_BODY_LENGTH
              + " and "
              + (MAX_LENGTH - 1)
              + ", but was "
              + bodyLength);
    }
    char[] chars = new char[bodyLength + 1];
    int sum = 0;
    for (int i = 0; i < bodyLength; i++) {
      int d = random.nextInt(RADIX);
      chars[i] = ALPHABET.charAt(d);
      sum += d * (bodyLength + 1 - i);
    }
    chars[bodyLength] = ALPHABET.charAt((RADIX - sum % RADIX) % RADIX);
    return new ReferralCode(new String(chars));
  }

  /**
   * Returns a new code that {@code taken} does not report as in use, drawing up to {@value
   * #MAX_ATTEMPTS} times. The caller still has to store the code under a unique constraint: two
   * concurrent callers can draw the same free code.
   *
   * @throws IllegalStateException if every draw was taken: the code space is too small for the
   *     number of codes in use, so use a longer body
   */
  public static ReferralCode randomUnique(
      RandomGenerator random, int bodyLength, Predicate<? super ReferralCode> taken) {
    Objects.requireNonNull(taken, "taken");
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      ReferralCode code = random(random, bodyLength);
      if (!taken.test(code)) {
        return code;
      }
    }
    throw new IllegalStateException(
        "a free referral code must be found within "
            + MAX_ATTEMPTS
            + " draws, but every draw of body length "
            + bodyLength
            + " was taken; use a longer body");
  }

  /** Returns the check character, the last one. */
  public char checkCharacter() {
    return value.charAt(value.length() - 1);
  }

  @Override
  public int compareTo(ReferralCode other) {
    return value.compareTo(other.value);
  }

  /** Returns the canonical code, as people should type it. */
  @Override
  public String toString() {
    return value;
  }

  private static boolean isSeparator(char c) {
    return c == '-' || Character.isWhitespace(c);
  }

  private static int digit(char c) {
    return c < DIGITS.length ? DIGITS[c] : -1;
  }

  private static void checkLength(String input, int length) {
    if (length == 0) {
      throw new InvalidReferralCodeException(
          InvalidReferralCodeException.Problem.EMPTY,
          input,
          -1,
          "referral code must not be empty, but was \"" + input + "\"");
    }
    if (length < MIN_BODY_LENGTH + 1 || length > MAX_LENGTH) {
      throw new InvalidReferralCodeException(
          InvalidReferralCodeException.Problem.WRONG_LENGTH,
          input,
          -1,
          "referral code must have "
              + (MIN_BODY_LENGTH + 1)
              + " to "
              + MAX_LENGTH
              + " characters, but had "
              + length
              + " in \""
              + input
              + "\"");
    }
  }

  private static InvalidReferralCodeException badCharacter(String input, int index, char c) {
    boolean ambiguous = AMBIGUOUS.indexOf(Character.toUpperCase(c)) >= 0;
    String shown = Character.isISOControl(c) ? String.format("U+%04X", (int) c) : "'" + c + "'";
    return new InvalidReferralCodeException(
        ambiguous
            ? InvalidReferralCodeException.Problem.AMBIGUOUS_CHARACTER
            : InvalidReferralCodeException.Problem.INVALID_CHARACTER,
        input,
        index,
        "referral code must use only the characters "
            + ALPHABET
            + " (either case), but had "
            + shown
            + " at index "
            + index
            + (ambiguous ? "; codes never contain 0, O, 1, I or L" : ""));
  }

  private static void checkSum(String input, String value) {
    int sum = 0;
    int length = value.length();
    for (int i = 0; i < length; i++) {
      sum += digit(value.charAt(i)) * (length - i);
    }
    if (sum % RADIX != 0) {
      throw new InvalidReferralCodeException(
          InvalidReferralCodeException.Problem.CHECK_FAILED,
          input,
          -1,
          "referral code must pass its check character, but \""
              + input
              + "\" does not: a character is mistyped or two are swapped");
    }
  }
}
