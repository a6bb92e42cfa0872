package dev.rapport.loyalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * The state of one lot inside a {@link PointsLedger}: a value that the ledger replaces, never
 * changes. Immutable and thread-safe.
 */
final class LotState {
  /**
   * Redemption order: soonest expiry first (never-expiring last), then the oldest event, then the
   * lot opened first. None of these keys changes during a lot's life.
   */
  static final Comparator<LotState> ORDER = LotState::compare;

  final int id;
  final Instant openedAt;
  final long remainder;
  final Instant availableAt;
  // null: never expires
  final Instant expiresAt;
  // an EXPIRE entry was written for the lot
  final boolean expired;
  // a PENDING_CANCELLATION entry was written for the earn
  final boolean cancelled;
  // points the EXPIRE entry took that no clawback has counted yet
  final long expiredPoints;
  // points taken back from the earn so far: by lots, deficit and waiver
  final long due;
  // the refunds of the earn's order so far
  final BigDecimal refunded;

  private static int compare(LotState a, LotState b) {
    if (a.expiresAt != b.expiresAt) {
      if (a.expiresAt == null) {
        return 1;
      }
      if (b.expiresAt == null) {
        return -1;
      }
      int byExpiry = a.expiresAt.compareTo(b.expiresAt);
      if (byExpiry != 0) {
        return byExpiry;
      }
    }
    int byOpening = a.openedAt.compareTo(b.openedAt);
    return byOpening != 0 ? byOpening : Integer.compare(a.id, b.id);
  }

  LotState(int id, Instant openedAt, LotTerms terms) {
    this(
        id,
        openedAt,
        terms.points(),
        terms.availableAt(),
        terms.expiresAt().orElse(null),
        false,
        false,
        0,
        0,
        BigDecimal.ZERO);
  }

  private LotState(
      int id,
      Instant openedAt,
      long remainder,
      Instant availableAt,
      Instant expiresAt,
      boolean expired,
      boolean cancelled,
      long expiredPoints,
      long due,
      BigDecimal refunded) {
    this.id = id;
    this.openedAt = openedAt;
    this.remainder = remainder;
    this.availableAt = availableAt;
    this.expiresAt = expiresAt;
    this.expired = expired;
    this.cancelled = cancelled;
    this.expiredPoints = expiredPoints;
    this.due = due;
    this.refunded = refunded;
  }

  /** True if the lot can be redeemed from at {@code at}. */
  boolean isAvailableAt(Instant at) {
    return !at.isBefore(availableAt) && !isPastExpiry(at);
  }

  /** True if the lot is in its pending period at {@code at}. */
  boolean isPendingAt(Instant at) {
    return at.isBefore(availableAt);
  }

  /** True if {@code at} is at or after the lot's expiry. */
  boolean isPastExpiry(Instant at) {
    return expiresAt != null && !at.isBefore(expiresAt);
  }

  /** True if the lot belongs in the ledger's open lots. */
  boolean isOpen() {
    return remainder > 0 && !expired;
  }

  LotState withRemainder(long newRemainder) {
    return new LotState(
        id,
        openedAt,
        newRemainder,
        availableAt,
        expiresAt,
        expired,
        cancelled,
        expiredPoints,
        due,
        refunded);
  }

  LotState expire() {
    return new LotState(
        id,
        openedAt,
        0,
        availableAt,
        expiresAt,
        true,
        cancelled,
        expiredPoints + remainder,
        due,
        refunded);
  }

  LotState activate(Instant at) {
    return new LotState(
        id, openedAt, remainder, at, expiresAt, expired, cancelled, expiredPoints, due, refunded);
  }

  LotState clawedBack(long moreDue, long expiredCounted, BigDecimal moreRefunded, boolean cancel) {
    return new LotState(
        id,
        openedAt,
        remainder,
        availableAt,
        expiresAt,
        expired,
        cancelled || cancel,
        expiredPoints - expiredCounted,
        due + moreDue,
        refunded.add(moreRefunded));
  }

  Lot view(IdempotencyKey openedBy) {
    return new Lot(id, openedBy, openedAt, remainder, availableAt, Optional.ofNullable(expiresAt));
  }
}
