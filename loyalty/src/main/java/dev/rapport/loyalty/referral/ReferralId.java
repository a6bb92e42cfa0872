package dev.rapport.loyalty.referral;

/**
 * Identifies one referral: the caller's key for the use of a code by a referee, such as the id of
 * the sign-up that carried the code. It must be stable across retries of the same sign-up, since it
 * is what makes {@link CodeUsed} idempotent, and unique across all programs, since reward
 * idempotency keys derive from it.
 *
 * <p>The value is not blank, at most {@value #MAX_LENGTH} characters (so that the idempotency keys
 * derived from it fit the loyalty ledger's 256), has no white space at either end and no control
 * characters. Immutable and thread-safe.
 *
 * @param value the caller's key, compared exactly
 */
public record ReferralId(String value) implements Comparable<ReferralId> {
  /** The longest id accepted. */
  public static final int MAX_LENGTH = 200;

  /** Validates the value; see the type's description for the rules. */
  public ReferralId {
    Checks.text(value, "referralId", MAX_LENGTH);
  }

  /** Returns the id with this value. */
  public static ReferralId of(String value) {
    return new ReferralId(value);
  }

  @Override
  public int compareTo(ReferralId other) {
    return value.compareTo(other.value);
  }

  /** Returns the value itself. */
  @Override
  public String toString() {
    return value;
  }
}
