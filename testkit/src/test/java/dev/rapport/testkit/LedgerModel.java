package dev.rapport.testkit;

import dev.rapport.loyalty.Actor;
import dev.rapport.loyalty.ClawbackPolicy;
import dev.rapport.loyalty.EntryType;
import dev.rapport.loyalty.IdempotencyKey;
import dev.rapport.loyalty.LedgerEntry;
import dev.rapport.loyalty.LedgerRequest;
import dev.rapport.loyalty.LotChange;
import dev.rapport.loyalty.LotTerms;
import dev.rapport.loyalty.LoyaltyProgram;
import dev.rapport.loyalty.Money;
import dev.rapport.loyalty.Origin;
import dev.rapport.loyalty.PointsRate;
import dev.rapport.loyalty.RollbackExpiry;
import dev.rapport.loyalty.SourceRef;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A deliberately simple model of a points ledger: plain lists scanned and sorted afresh on every
 * call, mutable lots, no indexes, no persistence. It states each rule of the issue directly, so
 * that the real ledger (persistent structures, sorted arrays, key index) can be compared with it
 * entry by entry.
 */
final class LedgerModel {
  enum Outcome {
    WRITTEN,
    DUPLICATE,
    CONFLICT,
    INSUFFICIENT,
    ILLEGAL_STATE,
    ILLEGAL_ARGUMENT
  }

  /** What a request did: the outcome, the entries, and for INSUFFICIENT the points available. */
  record Result(Outcome outcome, List<LedgerEntry> entries, long available) {}

  static final class ModelLot {
    final int id;
    final Instant openedAt;
    final Instant expiresAt;
    Instant availableAt;
    long remainder;
    boolean expired;
    boolean cancelled;
    long expiredPoints;
    long due;
    BigDecimal refunded = BigDecimal.ZERO;

    ModelLot(int id, Instant openedAt, LotTerms terms) {
      this.id = id;
      this.openedAt = openedAt;
      this.expiresAt = terms.expiresAt().orElse(null);
      this.availableAt = terms.availableAt();
      this.remainder = terms.points();
    }

    boolean pastExpiry(Instant at) {
      return expiresAt != null && !at.isBefore(expiresAt);
    }

    boolean availableAt(Instant at) {
      return !at.isBefore(availableAt) && !pastExpiry(at);
    }
  }

  private static final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final Outcome outcome;
    final long available;

    Rejected(Outcome outcome, long available) {
      super(outcome.name(), null, false, false);
      this.outcome = outcome;
      this.available = available;
    }
  }

  private static final Comparator<ModelLot> ORDER =
      Comparator.comparing(
              (ModelLot lot) -> lot.expiresAt, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(lot -> lot.openedAt)
          .thenComparingInt(lot -> lot.id);

  final List<LedgerEntry> entries = new ArrayList<>();
  final List<ModelLot> lots = new ArrayList<>();

  long balance() {
    long sum = 0;
    for (LedgerEntry entry : entries) {
      sum += entry.points();
    }
    return sum;
  }

  long deficit() {
    long sum = 0;
    for (LedgerEntry entry : entries) {
      sum += entry.deficitChange();
    }
    return sum;
  }

  long earned() {
    long sum = 0;
    for (LedgerEntry entry : entries) {
      if (entry.type() == EntryType.EARN) {
        sum += entry.points();
      } else if (entry.type() == EntryType.CLAWBACK
          || entry.type() == EntryType.PENDING_CANCELLATION) {
        sum -= -entry.points() + entry.waived();
      }
    }
    return sum;
  }

  /** The lots with a remainder that have not expired, in redemption order. */
  List<ModelLot> openLots() {
    List<ModelLot> open = new ArrayList<>();
    for (ModelLot lot : lots) {
      if (lot.remainder > 0 && !lot.expired) {
        open.add(lot);
      }
    }
    open.sort(ORDER);
    return open;
  }

  Result apply(LoyaltyProgram program, LedgerRequest request) {
    for (LedgerEntry entry : entries) {
      if (entry.key().equals(request.key())) {
        return entry.request().equals(request)
            ? new Result(Outcome.DUPLICATE, List.of(entry), 0)
            : new Result(Outcome.CONFLICT, List.of(), 0);
      }
    }
    try {
      LedgerEntry entry = plan(program, request);
      commit(entry);
      return new Result(Outcome.WRITTEN, List.of(entry), 0);
    } catch (Rejected rejected) {
      return new Result(rejected.outcome, List.of(), rejected.available);
    }
  }

  List<LedgerEntry> expire(Instant now) {
    List<LedgerEntry> written = new ArrayList<>();
    for (ModelLot lot : openLots()) {
      if (lot.pastExpiry(now)) {
        Origin origin =
            new Origin(
                IdempotencyKey.of("expire:" + lot.id),
                lot.expiresAt,
                new SourceRef(SourceRef.Type.EXPIRY, "lot-" + lot.id),
                "points expired",
                Actor.system());
        LedgerEntry entry = plan(null, new LedgerRequest.Expire(origin, lot.id));
        commit(entry);
        written.add(entry);
      }
    }
    return written;
  }

  private LedgerEntry plan(LoyaltyProgram program, LedgerRequest request) {
    int sequence = entries.size();
    Instant at = request.occurredAt();
    if (request instanceof LedgerRequest.Earn) {
      LedgerRequest.Earn earn = (LedgerRequest.Earn) request;
      if (earn.orderAmount().isPresent()
          && !earn.orderAmount().get().currency().equals(program.currency())) {
        throw new Rejected(Outcome.ILLEGAL_ARGUMENT, 0);
      }
      Instant availableAt =
          program.pendingDays() == 0
              ? at
              : LocalDate.ofInstant(at, program.zone())
                  .plusDays(program.pendingDays() + 1)
                  .atStartOfDay(program.zone())
                  .toInstant();
      return open(sequence, request, earn.points(), availableAt, program);
    }
    if (request instanceof LedgerRequest.ManualCredit) {
      return open(sequence, request, ((LedgerRequest.ManualCredit) request).points(), at, program);
    }
    if (request instanceof LedgerRequest.Redeem) {
      return redeem(sequence, program, (LedgerRequest.Redeem) request);
    }
    if (request instanceof LedgerRequest.Clawback) {
      LedgerRequest.Clawback clawback = (LedgerRequest.Clawback) request;
      LedgerEntry earnEntry = find(clawback.earnKey(), EntryType.EARN);
      LedgerRequest.Earn earn = (LedgerRequest.Earn) earnEntry.request();
      ModelLot lot = lot(earnEntry.sequence());
      long cumulative;
      if (clawback.refunded().isEmpty()) {
        cumulative = earn.points();
      } else {
        if (earn.orderAmount().isEmpty()) {
          throw new Rejected(Outcome.ILLEGAL_STATE, 0);
        }
        Money order = earn.orderAmount().get();
        Money refund = clawback.refunded().get();
        if (!order.currency().equals(refund.currency())) {
          throw new Rejected(Outcome.ILLEGAL_ARGUMENT, 0);
        }
        BigDecimal refunded = lot.refunded.add(refund.amount());
        cumulative =
            refunded.compareTo(order.amount()) >= 0
                ? earn.points()
                : BigDecimal.valueOf(earn.points())
                    .multiply(refunded)
                    .divide(order.amount(), 0, RoundingMode.HALF_UP)
                    .longValue();
      }
      return settle(sequence, request, lot, Math.max(0, cumulative - lot.due), program);
    }
    if (request instanceof LedgerRequest.PendingCancellation) {
      LedgerEntry earnEntry = pending(((LedgerRequest.PendingCancellation) request).earnKey(), at);
      ModelLot lot = lot(earnEntry.sequence());
      long points = ((LedgerRequest.Earn) earnEntry.request()).points();
      return settle(sequence, request, lot, points - lot.due, program);
    }
    if (request instanceof LedgerRequest.PendingActivation) {
      pending(((LedgerRequest.PendingActivation) request).earnKey(), at);
      return new LedgerEntry(sequence, request, 0, List.of(), Optional.empty(), 0, 0);
    }
    if (request instanceof LedgerRequest.RedemptionRollback) {
      return rollback(sequence, program, (LedgerRequest.RedemptionRollback) request);
    }
    if (request instanceof LedgerRequest.ManualDebit) {
      long points = ((LedgerRequest.ManualDebit) request).points();
      List<LotChange> changes = new ArrayList<>();
      long left = points;
      long total = 0;
      for (ModelLot lot : openLots()) {
        total += lot.remainder;
        long take = Math.min(left, lot.remainder);
        if (take > 0) {
          changes.add(new LotChange(lot.id, -take));
          left -= take;
        }
      }
      if (left > 0 && program.clawback() == ClawbackPolicy.CLAMP_TO_ZERO) {
        throw new Rejected(Outcome.INSUFFICIENT, total);
      }
      return new LedgerEntry(sequence, request, -points, changes, Optional.empty(), left, 0);
    }
    LedgerRequest.Expire expire = (LedgerRequest.Expire) request;
    ModelLot lot = null;
    for (ModelLot candidate : lots) {
      if (candidate.id == expire.lot()) {
        lot = candidate;
      }
    }
    if (lot == null || lot.expired || lot.remainder == 0 || !lot.pastExpiry(at)) {
      throw new Rejected(Outcome.ILLEGAL_STATE, 0);
    }
    return new LedgerEntry(
        sequence,
        request,
        -lot.remainder,
        List.of(new LotChange(lot.id, -lot.remainder)),
        Optional.empty(),
        0,
        0);
  }

  private LedgerEntry open(
      int sequence,
      LedgerRequest request,
      long points,
      Instant availableAt,
      LoyaltyProgram program) {
    long paid = Math.min(deficit(), points);
    Optional<Instant> expiresAt = program.expiry().expiryOf(request.occurredAt(), program.zone());
    return new LedgerEntry(
        sequence,
        request,
        points,
        List.of(),
        Optional.of(new LotTerms(points - paid, availableAt, expiresAt)),
        -paid,
        0);
  }

  private LedgerEntry redeem(int sequence, LoyaltyProgram program, LedgerRequest.Redeem request) {
    long points = request.points();
    if (points < program.minimumRedemption()) {
      throw new Rejected(Outcome.ILLEGAL_ARGUMENT, 0);
    }
    if (request.orderAmount().isPresent()) {
      Money order = request.orderAmount().get();
      if (!order.currency().equals(program.currency())) {
        throw new Rejected(Outcome.ILLEGAL_ARGUMENT, 0);
      }
      if (program.redemptionValue().isPresent()) {
        PointsRate rate = program.redemptionValue().get();
        // points * per / ratePoints <= share * order, multiplied out
        BigDecimal value = BigDecimal.valueOf(points).multiply(rate.per().amount());
        BigDecimal limit =
            program.maximumRedemptionShare().multiply(order.amount()).multiply(rate.points());
        if (value.compareTo(limit) > 0) {
          throw new Rejected(Outcome.ILLEGAL_ARGUMENT, 0);
        }
      }
    }
    long available = 0;
    for (ModelLot lot : openLots()) {
      if (lot.availableAt(request.occurredAt())) {
        available += lot.remainder;
      }
    }
    if (available < points) {
      throw new Rejected(Outcome.INSUFFICIENT, available);
    }
    List<LotChange> changes = new ArrayList<>();
    long left = points;
    for (ModelLot lot : openLots()) {
      if (left > 0 && lot.availableAt(request.occurredAt())) {
        long take = Math.min(left, lot.remainder);
        changes.add(new LotChange(lot.id, -take));
        left -= take;
      }
    }
    return new LedgerEntry(sequence, request, -points, changes, Optional.empty(), 0, 0);
  }

  private LedgerEntry settle(
      int sequence, LedgerRequest request, ModelLot own, long due, LoyaltyProgram program) {
    List<LotChange> changes = new ArrayList<>();
    long left = due;
    long taken = 0;
    if (own.remainder > 0 && left > 0) {
      long take = Math.min(left, own.remainder);
      changes.add(new LotChange(own.id, -take));
      left -= take;
      taken += take;
    }
    long alreadyExpired = Math.min(left, own.expiredPoints);
    left -= alreadyExpired;
    for (ModelLot lot : openLots()) {
      if (lot != own && left > 0) {
        long take = Math.min(left, lot.remainder);
        changes.add(new LotChange(lot.id, -take));
        left -= take;
        taken += take;
      }
    }
    long deficit = program.clawback() == ClawbackPolicy.ALLOW_NEGATIVE ? left : 0;
    return new LedgerEntry(
        sequence,
        request,
        -taken - deficit,
        changes,
        Optional.empty(),
        deficit,
        alreadyExpired + left - deficit);
  }

  private LedgerEntry rollback(
      int sequence, LoyaltyProgram program, LedgerRequest.RedemptionRollback request) {
    LedgerEntry redemption = find(request.redemptionKey(), EntryType.REDEEM);
    long given = 0;
    for (LedgerEntry entry : entries) {
      if (entry.request() instanceof LedgerRequest.RedemptionRollback
          && ((LedgerRequest.RedemptionRollback) entry.request())
              .redemptionKey()
              .equals(request.redemptionKey())) {
        given += entry.points() + entry.waived();
      }
    }
    long remaining = -redemption.points() - given;
    long points = request.points().orElse(remaining);
    if (remaining == 0 || points > remaining) {
      throw new Rejected(Outcome.ILLEGAL_STATE, 0);
    }
    Instant at = request.occurredAt();
    if (program.rollbackExpiry() == RollbackExpiry.NEW) {
      return open(sequence, request, points, at, program);
    }
    // Expand the redemption into single points, latest-taken first, and skip those given back.
    List<Integer> pointLots = new ArrayList<>();
    List<LotChange> taken = redemption.lotChanges();
    for (int i = taken.size() - 1; i >= 0; i--) {
      for (long p = 0; p < -taken.get(i).points(); p++) {
        pointLots.add((int) taken.get(i).lot());
      }
    }
    List<Integer> giving = pointLots.subList((int) given, (int) (given + points));
    List<ModelLot> restored = new ArrayList<>();
    List<long[]> amounts = new ArrayList<>();
    long waived = 0;
    for (int lotId : giving) {
      ModelLot lot = lot(lotId);
      if (lot.expired || lot.cancelled || lot.pastExpiry(at)) {
        waived++;
      } else if (!restored.isEmpty() && restored.get(restored.size() - 1) == lot) {
        amounts.get(amounts.size() - 1)[0]++;
      } else {
        restored.add(lot);
        amounts.add(new long[] {1});
      }
    }
    List<ModelLot> byOrder = new ArrayList<>(restored);
    byOrder.sort(ORDER);
    long unpaid = deficit();
    for (ModelLot lot : byOrder) {
      long[] amount = amounts.get(restored.indexOf(lot));
      long pay = Math.min(unpaid, amount[0]);
      unpaid -= pay;
      amount[0] -= pay;
    }
    List<LotChange> changes = new ArrayList<>();
    for (int i = 0; i < restored.size(); i++) {
      if (amounts.get(i)[0] > 0) {
        changes.add(new LotChange(restored.get(i).id, amounts.get(i)[0]));
      }
    }
    return new LedgerEntry(
        sequence,
        request,
        points - waived,
        changes,
        Optional.empty(),
        -(deficit() - unpaid),
        waived);
  }

  private LedgerEntry find(IdempotencyKey key, EntryType type) {
    for (LedgerEntry entry : entries) {
      if (entry.key().equals(key)) {
        if (entry.type() != type) {
          throw new Rejected(Outcome.ILLEGAL_STATE, 0);
        }
        return entry;
      }
    }
    throw new Rejected(Outcome.ILLEGAL_STATE, 0);
  }

  private LedgerEntry pending(IdempotencyKey earnKey, Instant at) {
    LedgerEntry earn = find(earnKey, EntryType.EARN);
    ModelLot lot = lot(earn.sequence());
    if (lot.cancelled || lot.expired || !at.isBefore(lot.availableAt)) {
      throw new Rejected(Outcome.ILLEGAL_STATE, 0);
    }
    return earn;
  }

  ModelLot lot(long id) {
    for (ModelLot lot : lots) {
      if (lot.id == id) {
        return lot;
      }
    }
    throw new AssertionError("no lot " + id);
  }

  private void commit(LedgerEntry entry) {
    for (LotChange change : entry.lotChanges()) {
      ModelLot lot = lot(change.lot());
      if (entry.type() == EntryType.EXPIRE) {
        lot.expired = true;
        lot.expiredPoints += lot.remainder;
      }
      lot.remainder += change.points();
    }
    LedgerRequest request = entry.request();
    if (request instanceof LedgerRequest.Clawback
        || request instanceof LedgerRequest.PendingCancellation) {
      boolean cancel = request instanceof LedgerRequest.PendingCancellation;
      IdempotencyKey earnKey =
          cancel
              ? ((LedgerRequest.PendingCancellation) request).earnKey()
              : ((LedgerRequest.Clawback) request).earnKey();
      ModelLot lot = lot(find(earnKey, EntryType.EARN).sequence());
      lot.due += -entry.points() + entry.waived();
      lot.expiredPoints -= Math.min(lot.expiredPoints, entry.waived());
      lot.cancelled |= cancel;
      if (!cancel) {
        ((LedgerRequest.Clawback) request)
            .refunded()
            .ifPresent(money -> lot.refunded = lot.refunded.add(money.amount()));
      }
    }
    if (request instanceof LedgerRequest.PendingActivation) {
      lot(find(((LedgerRequest.PendingActivation) request).earnKey(), EntryType.EARN).sequence())
              .availableAt =
          entry.occurredAt();
    }
    entry
        .openedLot()
        .ifPresent(
            terms -> lots.add(new ModelLot((int) entry.sequence(), entry.occurredAt(), terms)));
    entries.add(entry);
  }
}
