package dev.rapport.loyalty;

/**
 * A change of one lot's remainder by one ledger entry: negative when points are taken from it
 * (redeemed, expired, clawed back, debited), positive when a rollback gives them back. Immutable
 * and thread-safe.
 *
 * @param lot the lot's id, the sequence number of the entry that opened it
 * @param points the change, not zero
 */
public record LotChange(long lot, long points) {
  /** Validates the parts. */
  public LotChange {
    Checks.nonNegative(lot, "lot");
    if (points == 0) {
      throw new IllegalArgumentException("points must not be zero, but was 0");
    }
  }
}
