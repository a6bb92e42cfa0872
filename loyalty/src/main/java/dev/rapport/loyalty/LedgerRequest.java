package dev.rapport.loyalty;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A write to a {@link PointsLedger}: what the caller asks for, with its {@link Origin}. Each
 * request writes one {@link LedgerEntry} that keeps the request, so that the same key with an equal
 * request is recognised as a retry ({@link PointsLedger#apply}). The static methods here create
 * each kind.
 *
 * <p>All kinds are immutable records and thread-safe.
 */
public sealed interface LedgerRequest {
  /** Returns the origin: key, instant, source, reason and actor. */
  Origin origin();

  /** Returns the kind of entry this request writes. */
  EntryType type();

  /** Returns the idempotency key. */
  default IdempotencyKey key() {
    return origin().key();
  }

  /** Returns the instant the event occurred. */
  default Instant occurredAt() {
    return origin().occurredAt();
  }

  /** Returns a request to earn {@code points} outside any order (an event, a referral reward). */
  static Earn earn(Origin origin, long points) {
    return new Earn(origin, points, Optional.empty(), List.of());
  }

  /**
   * Returns a request to earn {@code points} on an order of {@code orderAmount}; a later refund
   * takes back the share of the points that the refunded share of this amount earned.
   */
  static Earn earn(Origin origin, long points, Money orderAmount) {
    return new Earn(origin, points, Optional.of(orderAmount), List.of());
  }

  /** Returns a request to redeem {@code points}, not for a particular order. */
  static Redeem redeem(Origin origin, long points) {
    return new Redeem(origin, points, Optional.empty());
  }

  /**
   * Returns a request to redeem {@code points} towards an order of {@code orderAmount}; the
   * program's maximum share of an order applies.
   */
  static Redeem redeem(Origin origin, long points, Money orderAmount) {
    return new Redeem(origin, points, Optional.of(orderAmount));
  }

  /**
   * Returns a request to take back what the earn {@code earnKey} gave for a refund of {@code
   * refunded}.
   */
  static Clawback refund(Origin origin, IdempotencyKey earnKey, Money refunded) {
    return new Clawback(origin, earnKey, Optional.of(refunded));
  }

  /**
   * Returns a request to take back all that the earn {@code earnKey} gave and has not been taken
   * back.
   */
  static Clawback clawback(Origin origin, IdempotencyKey earnKey) {
    return new Clawback(origin, earnKey, Optional.empty());
  }

  /**
   * Returns a request to give back all the points of redemption {@code redemptionKey} not given
   * back yet.
   */
  static RedemptionRollback rollback(Origin origin, IdempotencyKey redemptionKey) {
    return new RedemptionRollback(origin, redemptionKey, OptionalLong.empty());
  }

  /** Returns a request to give back {@code points} of redemption {@code redemptionKey}. */
  static RedemptionRollback rollback(Origin origin, IdempotencyKey redemptionKey, long points) {
    return new RedemptionRollback(origin, redemptionKey, OptionalLong.of(points));
  }

  /** Returns a request to credit {@code points} by hand. */
  static ManualCredit credit(Origin origin, long points) {
    return new ManualCredit(origin, points);
  }

  /** Returns a request to debit {@code points} by hand. */
  static ManualDebit debit(Origin origin, long points) {
    return new ManualDebit(origin, points);
  }

  /** Returns a request to make the pending earn {@code earnKey} available now. */
  static PendingActivation activate(Origin origin, IdempotencyKey earnKey) {
    return new PendingActivation(origin, earnKey);
  }

  /** Returns a request to void the pending earn {@code earnKey}. */
  static PendingCancellation cancel(Origin origin, IdempotencyKey earnKey) {
    return new PendingCancellation(origin, earnKey);
  }

  /**
   * Earn points: opens a lot whose availability (after the program's pending period) and expiry are
   * computed from the local date of {@link Origin#occurredAt()} in the program's zone. A deficit
   * (negative balance) is paid off first.
   *
   * @param origin the origin
   * @param points the points earned, zero or more
   * @param orderAmount the order's amount, for proportional clawback on refunds; empty for earns
   *     outside an order, which can only be clawed back in full
   * @param explanation how the points were computed; empty, or lines that sum to {@code points}
   */
  record Earn(
      Origin origin, long points, Optional<Money> orderAmount, List<ExplanationLine> explanation)
      implements LedgerRequest {
    /** Validates the parts and that the explanation sums to the points. */
    public Earn {
      Objects.requireNonNull(origin, "origin");
      Checks.nonNegative(points, "points");
      Objects.requireNonNull(orderAmount, "orderAmount");
      explanation = ImmutableList.copyOf(Objects.requireNonNull(explanation, "explanation"));
      if (!explanation.isEmpty()) {
        long sum = 0;
        for (ExplanationLine line : explanation) {
          sum = Math.addExact(sum, line.points());
        }
        if (sum != points) {
          throw new IllegalArgumentException(
              "explanation must sum to the points " + points + ", but summed to " + sum);
        }
      }
    }

    @Override
    public EntryType type() {
      return EntryType.EARN;
    }
  }

  /**
   * Redeem points: consumes lots available at {@link Origin#occurredAt()}, soonest-expiring first,
   * then oldest, never-expiring last; fails with {@link InsufficientPointsException} rather than
   * make the balance negative.
   *
   * @param origin the origin
   * @param points the points to redeem, greater than zero
   * @param orderAmount the order the points pay towards, for the program's maximum share of an
   *     order; empty if the redemption is not for an order
   */
  record Redeem(Origin origin, long points, Optional<Money> orderAmount) implements LedgerRequest {
    /** Validates the parts. */
    public Redeem {
      Objects.requireNonNull(origin, "origin");
      Checks.positive(points, "points");
      Objects.requireNonNull(orderAmount, "orderAmount");
    }

    @Override
    public EntryType type() {
      return EntryType.REDEEM;
    }
  }

  /**
   * Take back what an earn gave for a refund, using the recorded earn, never today's rules. Refunds
   * are cumulative: after refunds totalling {@code R} of an order of {@code A} that earned {@code
   * P} points, {@code P * R / A} points rounded to the nearest (halves up) have been taken back in
   * all, and exactly {@code P} once {@code R >= A}. So the clawbacks of a refund split in any way
   * sum to what the whole refund takes, three refunds of a third of a 99-point order take 33 each,
   * and a fourth takes nothing.
   *
   * @param origin the origin
   * @param earnKey the key of the earn entry
   * @param refunded the amount refunded now, greater than zero, in the order's currency; empty
   *     takes back everything the earn gave that has not been taken back yet
   */
  record Clawback(Origin origin, IdempotencyKey earnKey, Optional<Money> refunded)
      implements LedgerRequest {
    /** Validates the parts. */
    public Clawback {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(earnKey, "earnKey");
      Objects.requireNonNull(refunded, "refunded");
      if (refunded.isPresent() && refunded.get().isZero()) {
        throw new IllegalArgumentException("refunded must be positive, but was " + refunded.get());
      }
    }

    @Override
    public EntryType type() {
      return EntryType.CLAWBACK;
    }
  }

  /**
   * Give back the points of a redemption whose order was cancelled: to the lots they came from with
   * their original expiry, or as a new lot with a new expiry, as the program says.
   *
   * @param origin the origin
   * @param redemptionKey the key of the redeem entry
   * @param points the points to give back, greater than zero; empty gives back all that has not
   *     been given back yet
   */
  record RedemptionRollback(Origin origin, IdempotencyKey redemptionKey, OptionalLong points)
      implements LedgerRequest {
    /** Validates the parts. */
    public RedemptionRollback {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(redemptionKey, "redemptionKey");
      Objects.requireNonNull(points, "points");
      if (points.isPresent()) {
        Checks.positive(points.getAsLong(), "points");
      }
    }

    @Override
    public EntryType type() {
      return EntryType.REDEMPTION_ROLLBACK;
    }
  }

  /**
   * Credit points by hand: opens a lot available at once, expiring as the program says.
   *
   * @param origin the origin
   * @param points the points, greater than zero
   */
  record ManualCredit(Origin origin, long points) implements LedgerRequest {
    /** Validates the parts. */
    public ManualCredit {
      Objects.requireNonNull(origin, "origin");
      Checks.positive(points, "points");
    }

    @Override
    public EntryType type() {
      return EntryType.MANUAL_CREDIT;
    }
  }

  /**
   * Debit points by hand: takes from the lots with a remainder in redemption order; beyond them it
   * makes a deficit if the program allows a negative balance, else fails with {@link
   * InsufficientPointsException}.
   *
   * @param origin the origin
   * @param points the points, greater than zero
   */
  record ManualDebit(Origin origin, long points) implements LedgerRequest {
    /** Validates the parts. */
    public ManualDebit {
      Objects.requireNonNull(origin, "origin");
      Checks.positive(points, "points");
    }

    @Override
    public EntryType type() {
      return EntryType.MANUAL_DEBIT;
    }
  }

  /**
   * Make a pending earn available at {@link Origin#occurredAt()}, before its pending period ends.
   *
   * @param origin the origin
   * @param earnKey the key of the earn entry, pending at that instant
   */
  record PendingActivation(Origin origin, IdempotencyKey earnKey) implements LedgerRequest {
    /** Validates the parts. */
    public PendingActivation {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(earnKey, "earnKey");
    }

    @Override
    public EntryType type() {
      return EntryType.PENDING_ACTIVATION;
    }
  }

  /**
   * Void a pending earn: takes back everything it gave, like a full {@link Clawback}.
   *
   * @param origin the origin
   * @param earnKey the key of the earn entry, pending at {@link Origin#occurredAt()}
   */
  record PendingCancellation(Origin origin, IdempotencyKey earnKey) implements LedgerRequest {
    /** Validates the parts. */
    public PendingCancellation {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(earnKey, "earnKey");
    }

    @Override
    public EntryType type() {
      return EntryType.PENDING_CANCELLATION;
    }
  }

  /**
   * Expire the remainder of one lot that has passed its expiry. {@link PointsLedger#expire} writes
   * these for every such lot; a caller rarely makes one.
   *
   * @param origin the origin; {@link Origin#occurredAt()} must not be before the lot's expiry
   * @param lot the lot's id (the sequence number of the entry that opened it)
   */
  record Expire(Origin origin, long lot) implements LedgerRequest {
    /** Validates the parts. */
    public Expire {
      Objects.requireNonNull(origin, "origin");
      Checks.nonNegative(lot, "lot");
    }

    @Override
    public EntryType type() {
      return EntryType.EXPIRE;
    }
  }
}
