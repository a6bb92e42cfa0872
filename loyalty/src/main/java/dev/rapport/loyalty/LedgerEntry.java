package dev.rapport.loyalty;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One append-only record of a {@link PointsLedger}: the request it answers and everything the
 * ledger decided, so that replaying the entries rebuilds the ledger exactly, whatever the program
 * says by then.
 *
 * <p>The parts always agree: {@code points == sum(lotChanges) + openedLot.points - deficitChange}.
 * For a clawback or a cancellation the points taken back are {@code -points + waived}; for a
 * rollback the points given back are {@code points + waived}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sequence the entry's position in its ledger, from 0; the ledger's version after it is
 *     {@code sequence + 1}, and a lot is identified by the sequence of the entry that opened it
 * @param request the request this entry answers
 * @param points the change of the balance (the sum of all entries is the balance)
 * @param lotChanges the changes of existing lots' remainders, in the order they were made
 * @param openedLot the lot this entry opened (earns, manual credits, and rollbacks with a new
 *     expiry); the lot's id is this entry's sequence
 * @param deficitChange the change of the deficit (points owed): positive when a clawback or a debit
 *     goes below zero, negative when points pay it off
 * @param waived points that were due but not moved: for a clawback or cancellation, points that had
 *     already expired from the earn's lot or that the clamp-to-zero policy forgave; for a rollback,
 *     points not given back because the lot they came from had expired
 */
public record LedgerEntry(
    long sequence,
    LedgerRequest request,
    long points,
    List<LotChange> lotChanges,
    Optional<LotTerms> openedLot,
    long deficitChange,
    long waived) {

  /** Validates the parts, their sum, and the signs each kind of entry allows. */
  public LedgerEntry {
    Checks.nonNegative(sequence, "sequence");
    Objects.requireNonNull(request, "request");
    lotChanges = ImmutableList.copyOf(Objects.requireNonNull(lotChanges, "lotChanges"));
    Objects.requireNonNull(openedLot, "openedLot");
    Checks.nonNegative(waived, "waived");
    long sum = openedLot.map(LotTerms::points).orElse(0L);
    Set<Long> many = lotChanges.size() > 16 ? new HashSet<>() : null;
    for (int i = 0; i < lotChanges.size(); i++) {
      LotChange change = lotChanges.get(i);
      if (change.lot() >= sequence) {
        throw new IllegalArgumentException(
            "lotChanges must name lots opened before entry "
                + sequence
                + ", but named lot "
                + change.lot());
      }
      if (many != null ? !many.add(change.lot()) : repeats(lotChanges, i)) {
        throw new IllegalArgumentException(
            "lotChanges must name each lot once, but named lot " + change.lot() + " twice");
      }
      sum = Math.addExact(sum, change.points());
    }
    sum = Math.subtractExact(sum, deficitChange);
    if (sum != points) {
      throw new IllegalArgumentException(
          "points must be the lot changes and opened lot minus the deficit change, "
              + sum
              + ", but was "
              + points);
    }
    checkShape(request, points, lotChanges, openedLot.isPresent(), deficitChange, waived);
  }

  /** True if the lot of change {@code i} is named by an earlier one; for short lists. */
  private static boolean repeats(List<LotChange> changes, int i) {
    long lot = changes.get(i).lot();
    for (int j = 0; j < i; j++) {
      if (changes.get(j).lot() == lot) {
        return true;
      }
    }
    return false;
  }

  private static void checkShape(
      LedgerRequest request,
      long points,
      List<LotChange> lotChanges,
      boolean opens,
      long deficitChange,
      long waived) {
    EntryType type = request.type();
    boolean mayOpen =
        type == EntryType.EARN
            || type == EntryType.MANUAL_CREDIT
            || type == EntryType.REDEMPTION_ROLLBACK;
    if (opens && !mayOpen) {
      throw new IllegalArgumentException("openedLot must be empty for a " + type + " entry");
    }
    int changeSign = type == EntryType.REDEMPTION_ROLLBACK ? 1 : -1;
    for (LotChange change : lotChanges) {
      if (Long.signum(change.points()) != changeSign) {
        throw new IllegalArgumentException(
            "lotChanges of a "
                + type
                + " entry must be "
                + (changeSign > 0 ? "positive" : "negative")
                + ", but lot "
                + change.lot()
                + " changed by "
                + change.points());
      }
    }
    switch (type) {
      case EARN:
        expect(opens, "a " + type + " entry must open a lot");
        expect(lotChanges.isEmpty(), "lotChanges must be empty for an EARN entry");
        expect(
            points == ((LedgerRequest.Earn) request).points(), "points must equal the request's");
        break;
      case MANUAL_CREDIT:
        expect(opens, "a " + type + " entry must open a lot");
        expect(lotChanges.isEmpty(), "lotChanges must be empty for a MANUAL_CREDIT entry");
        expect(
            points == ((LedgerRequest.ManualCredit) request).points(),
            "points must equal the request's");
        break;
      case REDEEM:
        expect(
            points == -((LedgerRequest.Redeem) request).points(),
            "points must be minus the request's");
        break;
      case MANUAL_DEBIT:
        expect(
            points == -((LedgerRequest.ManualDebit) request).points(),
            "points must be minus the request's");
        break;
      case EXPIRE:
        expect(
            lotChanges.size() == 1
                && lotChanges.get(0).lot() == ((LedgerRequest.Expire) request).lot(),
            "an EXPIRE entry must change exactly the lot it names");
        break;
      case REDEMPTION_ROLLBACK:
        LedgerRequest.RedemptionRollback rollback = (LedgerRequest.RedemptionRollback) request;
        expect(
            rollback.points().isEmpty()
                || Math.addExact(points, waived) == rollback.points().getAsLong(),
            "points plus waived must equal the request's points");
        break;
      case PENDING_ACTIVATION:
        expect(points == 0 && lotChanges.isEmpty(), "a PENDING_ACTIVATION entry moves no points");
        break;
      case CLAWBACK:
      case PENDING_CANCELLATION:
        break;
      default:
        throw new AssertionError(type);
    }
    boolean paysDeficit = mayOpen;
    boolean makesDeficit =
        type == EntryType.CLAWBACK
            || type == EntryType.PENDING_CANCELLATION
            || type == EntryType.MANUAL_DEBIT;
    if ((deficitChange < 0 && !paysDeficit) || (deficitChange > 0 && !makesDeficit)) {
      throw new IllegalArgumentException(
          "deficitChange of a " + type + " entry must not be " + deficitChange);
    }
    boolean mayWaive =
        type == EntryType.CLAWBACK
            || type == EntryType.PENDING_CANCELLATION
            || type == EntryType.REDEMPTION_ROLLBACK;
    if (waived != 0 && !mayWaive) {
      throw new IllegalArgumentException(
          "waived must be 0 for a " + type + " entry, but was " + waived);
    }
  }

  private static void expect(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /** Returns the kind of entry. */
  public EntryType type() {
    return request.type();
  }

  /** Returns the request's origin. */
  public Origin origin() {
    return request.origin();
  }

  /** Returns the idempotency key. */
  public IdempotencyKey key() {
    return request.key();
  }

  /** Returns the instant the event occurred. */
  public Instant occurredAt() {
    return request.occurredAt();
  }
}
