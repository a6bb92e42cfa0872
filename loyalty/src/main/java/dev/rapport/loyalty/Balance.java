package dev.rapport.loyalty;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A member's points at an instant, from everything the ledger has recorded: what can be redeemed,
 * what is still pending, what has expired but not been swept yet, what is owed, and what was
 * earned. {@link #total()} is the sum of all entries. Immutable and thread-safe.
 *
 * @param at the instant the lots are classified at
 * @param available points in lots available at that instant
 * @param pending points in lots still in their pending period
 * @param expired points in lots past their expiry that {@link PointsLedger#expire} has not written
 *     off yet (they cannot be redeemed)
 * @param deficit points owed, zero or more: the balance is negative by this much; when it is above
 *     zero every lot is empty
 * @param lifetimeEarned points earned by {@link EntryType#EARN} entries, less what clawbacks and
 *     cancellations took back for them; redemptions, expiry and manual adjustments never lower it
 * @param lots the lots with a remainder, in redemption order (soonest expiry, then oldest,
 *     never-expiring last)
 */
public record Balance(
    Instant at,
    long available,
    long pending,
    long expired,
    long deficit,
    long lifetimeEarned,
    List<Lot> lots) {
  /** Validates the parts. */
  public Balance {
    Objects.requireNonNull(at, "at");
    Checks.nonNegative(available, "available");
    Checks.nonNegative(pending, "pending");
    Checks.nonNegative(expired, "expired");
    Checks.nonNegative(deficit, "deficit");
    lots = ImmutableList.copyOf(Objects.requireNonNull(lots, "lots"));
  }

  /**
   * Returns the balance: {@code available + pending + expired - deficit}, negative with a deficit.
   */
  public long total() {
    return available + pending + expired - deficit;
  }
}
