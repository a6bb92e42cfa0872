package dev.rapport.loyalty;

/**
 * The caller's key for one ledger write, such as {@code "order-1042/earn"}: writing the same key
 * again with the same request returns the original result and writes nothing, so a retried event
 * never credits twice. Derive it from the business event (order id, refund id, referral id), never
 * from a random number or the time of the attempt.
 *
 * <p>The value is not blank, at most 256 characters, has no white space at either end and no
 * control characters. Keys starting with {@code "expire:"} are written by {@link
 * PointsLedger#expire}. Immutable and thread-safe.
 *
 * @param value the key, compared exactly (case-sensitive)
 */
public record IdempotencyKey(String value) implements Comparable<IdempotencyKey> {
  /** The longest key accepted. */
  public static final int MAX_LENGTH = 256;

  /** Validates the value; see the type's description for the rules. */
  public IdempotencyKey {
    Checks.key(value, "idempotencyKey", MAX_LENGTH);
  }

  /** Returns the key with this value. */
  public static IdempotencyKey of(String value) {
    return new IdempotencyKey(value);
  }

  @Override
  public int compareTo(IdempotencyKey other) {
    return value.compareTo(other.value);
  }

  /** Returns the value itself. */
  @Override
  public String toString() {
    return value;
  }
}
