package dev.rapport.loyalty;

import dev.rapport.core.CustomerId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The points of one member account: an append-only list of {@link LedgerEntry} records and the
 * lots, balances and idempotency keys derived from them.
 *
 * <p>A ledger is an immutable value. {@link #apply} and {@link #expire} return a {@link
 * LedgerResult} with a new ledger and the entries written; the ledger they were called on is
 * unchanged, so a caller can try a write, fail to store it, and drop it. New ledgers share their
 * history with the old one (persistent structures), so a write costs O(log n) in the number of
 * entries and O(k) in the number of open lots, never a copy of the history.
 *
 * <p>What a write does, under the {@link LoyaltyProgram} passed to it:
 *
 * <ul>
 *   <li>Every request has an idempotency key. The same key with an equal request returns the
 *       original entries and writes nothing; with a different request it throws {@link
 *       IdempotencyConflictException}.
 *   <li>An earn opens a lot with its own availability and expiry instants, computed from the local
 *       date in the program's zone and recorded in the entry. If the balance is negative, the earn
 *       pays the deficit off first.
 *   <li>A redemption takes from the lots available at its instant, soonest-expiring first, then
 *       oldest, never-expiring last; if they hold too few points it throws {@link
 *       InsufficientPointsException}.
 *   <li>A clawback takes back the share of the recorded earn that the refunds so far cover, never
 *       more than the earn: first from the earn's own lot, then (counting nothing twice) points
 *       that already expired from that lot, then from the other lots in redemption order (pending
 *       and unswept expired lots too); what is still due makes a deficit under {@link
 *       ClawbackPolicy#ALLOW_NEGATIVE}, or is forgiven under {@link ClawbackPolicy#CLAMP_TO_ZERO}.
 *       A pending cancellation does the same for all of a pending earn. So while there is a
 *       deficit, every lot is empty.
 *   <li>A rollback gives a redemption's points back, latest-taken first, to their lots (unless the
 *       lot expired meanwhile) or as a new lot, as the program says; a deficit is paid off first.
 *   <li>{@link #expire} writes one expire entry per lot past its expiry, for exactly its remainder;
 *       a second run writes nothing.
 * </ul>
 *
 * <p>Entries are applied in the order written; the instants they carry need not be in order (an
 * order placed yesterday may be credited today). Balances at an instant classify the lots the
 * ledger holds now as pending, available or expired at that instant.
 *
 * <p>Immutable and thread-safe.
 */
public final class PointsLedger {
  private static final LotState[] NO_LOTS = new LotState[0];
  // The keys and sources of expire entries depend only on the lot id; a sweep over a million
  // accounts shares them rather than making a million equal copies.
  private static final int SHARED_EXPIRY_ORIGINS = 4096;
  private static final AtomicReferenceArray<IdempotencyKey> EXPIRY_KEYS =
      new AtomicReferenceArray<>(SHARED_EXPIRY_ORIGINS);
  private static final AtomicReferenceArray<SourceRef> EXPIRY_SOURCES =
      new AtomicReferenceArray<>(SHARED_EXPIRY_ORIGINS);

  /** One entry and what the ledger keeps about it. Immutable. */
  private static final class Slot {
    final LedgerEntry entry;
    // the lot the entry opened, in its current state; null if it opened none
    final LotState lot;
    // for a redemption: points given back (or waived) by rollbacks so far
    final long rolledBack;

    Slot(LedgerEntry entry, LotState lot, long rolledBack) {
      this.entry = entry;
      this.lot = lot;
      this.rolledBack = rolledBack;
    }
  }

  private final CustomerId account;
  private final PersistentVector<Slot> slots;
  private final KeyIndex keys;
  // lots with a remainder that have not expired, in LotState.ORDER
  private final LotState[] open;
  private final long balance;
  private final long deficit;
  private final long earned;

  private PointsLedger(
      CustomerId account,
      PersistentVector<Slot> slots,
      KeyIndex keys,
      LotState[] open,
      long balance,
      long deficit,
      long earned) {
    this.account = account;
    this.slots = slots;
    this.keys = keys;
    this.open = open;
    this.balance = balance;
    this.deficit = deficit;
    this.earned = earned;
  }

  /** Returns the empty ledger of {@code account}. */
  public static PointsLedger empty(CustomerId account) {
    Objects.requireNonNull(account, "account");
    return new PointsLedger(account, PersistentVector.empty(), KeyIndex.empty(), NO_LOTS, 0, 0, 0);
  }

  /**
   * Returns the ledger of {@code account} with {@code entries}, replayed and checked in order.
   *
   * @throws IllegalArgumentException if an entry does not fit the ones before it: a sequence out of
   *     place, a reused key, a lot that does not exist or would go below zero, a clawback beyond
   *     its earn, a rollback beyond its redemption
   */
  public static PointsLedger of(CustomerId account, List<LedgerEntry> entries) {
    return empty(account).append(entries);
  }

  /**
   * Returns this ledger with {@code entries} appended: entries another writer stored, read back
   * from a {@code LedgerStore}. They are checked as {@link #of} checks them; their first sequence
   * must be this ledger's {@link #version()}.
   *
   * @throws IllegalArgumentException if an entry does not fit the ones before it
   */
  public PointsLedger append(List<LedgerEntry> entries) {
    Objects.requireNonNull(entries, "entries");
    PointsLedger ledger = this;
    for (LedgerEntry entry : entries) {
      ledger = ledger.next(Objects.requireNonNull(entry, "entries must not contain null"), true);
    }
    return ledger;
  }

  /** Returns the member account. */
  public CustomerId account() {
    return account;
  }

  /** Returns the number of entries: the version a store compares before appending. */
  public long version() {
    return slots.size();
  }

  /** Returns the entries in order, as an immutable list. */
  public List<LedgerEntry> entries() {
    return new Entries(slots);
  }

  /** Returns the entry written with {@code key}, if any. */
  public Optional<LedgerEntry> find(IdempotencyKey key) {
    Objects.requireNonNull(key, "key");
    int sequence = keys.get(key);
    return sequence < 0 ? Optional.empty() : Optional.of(slots.get(sequence).entry);
  }

  /** Returns the balance: the sum of all entries' points; negative while there is a deficit. */
  public long balance() {
    return balance;
  }

  /**
   * Returns the balance at {@code at}: the ledger's lots classified at that instant as available,
   * pending or expired, with the deficit and the lifetime earned.
   */
  public Balance balanceAt(Instant at) {
    Objects.requireNonNull(at, "at");
    long available = 0;
    long pending = 0;
    long expired = 0;
    List<Lot> lots = new ArrayList<>(open.length);
    for (LotState lot : open) {
      if (lot.isPastExpiry(at)) {
        expired += lot.remainder;
      } else if (lot.isPendingAt(at)) {
        pending += lot.remainder;
      } else {
        available += lot.remainder;
      }
      lots.add(view(lot));
    }
    return new Balance(at, available, pending, expired, deficit, earned, lots);
  }

  /** Returns the lots with a remainder, in redemption order. */
  public List<Lot> lots() {
    List<Lot> lots = new ArrayList<>(open.length);
    for (LotState lot : open) {
      lots.add(view(lot));
    }
    return List.copyOf(lots);
  }

  /**
   * Returns the lots whose remainder expires in {@code [from, to)}, soonest first: for reminders
   * such as "500 points expire next month".
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public List<Lot> expiringBetween(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from " + from + ", but was " + to);
    }
    List<Lot> lots = new ArrayList<>();
    for (LotState lot : open) {
      if (lot.expiresAt == null || !lot.expiresAt.isBefore(to)) {
        break;
      }
      if (!lot.expiresAt.isBefore(from)) {
        lots.add(view(lot));
      }
    }
    return List.copyOf(lots);
  }

  /**
   * Writes {@code request} under {@code program}'s rules and returns the new ledger with the entry
   * written; see the type's description for what each kind does.
   *
   * @throws IdempotencyConflictException if the key was used by a different request
   * @throws InsufficientPointsException if a redemption (or a debit that may not go negative) asks
   *     for more points than there are
   * @throws IllegalArgumentException if the request breaks the program's rules: a redemption below
   *     the minimum or above the maximum share of its order, money in another currency
   * @throws IllegalStateException if the request does not fit the ledger: a clawback or rollback of
   *     a key that is not an earn or a redemption, an activation of an earn that is not pending, a
   *     rollback of more than is left to give back, an expiry of a lot that has not expired
   */
  public LedgerResult apply(LoyaltyProgram program, LedgerRequest request) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(request, "request");
    return write(program, request);
  }

  /**
   * Writes one expire entry for every lot whose expiry is at or before {@code now} and that has a
   * remainder, for exactly that remainder. Each entry's instant is the lot's expiry and its key is
   * {@code "expire:<lot id>"}, so sweeps at different instants write the same entries, and a second
   * sweep writes nothing. Returns the entries written, soonest expiry first.
   */
  public LedgerResult expire(Instant now) {
    Objects.requireNonNull(now, "now");
    int due = 0;
    while (due < open.length && open[due].isPastExpiry(now)) {
      due++;
    }
    if (due == 0) {
      return new LedgerResult(this, List.of(), false);
    }
    PointsLedger ledger = this;
    List<LedgerEntry> written = new ArrayList<>(due);
    for (int i = 0; i < due; i++) {
      LotState lot = open[i];
      Origin origin =
          new Origin(
              expiryKey(lot.id),
              lot.expiresAt,
              expirySource(lot.id),
              "points expired",
              Actor.system());
      LedgerResult result = ledger.write(null, new LedgerRequest.Expire(origin, lot.id));
      written.addAll(result.written());
      ledger = result.ledger();
    }
    return new LedgerResult(ledger, written, false);
  }

  private static IdempotencyKey expiryKey(int lot) {
    if (lot >= SHARED_EXPIRY_ORIGINS) {
      return IdempotencyKey.of("expire:" + lot);
    }
    IdempotencyKey key = EXPIRY_KEYS.get(lot);
    if (key == null) {
      key = IdempotencyKey.of("expire:" + lot);
      EXPIRY_KEYS.set(lot, key);
    }
    return key;
  }

  private static SourceRef expirySource(int lot) {
    if (lot >= SHARED_EXPIRY_ORIGINS) {
      return new SourceRef(SourceRef.Type.EXPIRY, "lot-" + lot);
    }
    SourceRef source = EXPIRY_SOURCES.get(lot);
    if (source == null) {
      source = new SourceRef(SourceRef.Type.EXPIRY, "lot-" + lot);
      EXPIRY_SOURCES.set(lot, source);
    }
    return source;
  }

  // ---------------------------------------------------------------------------------------------
  // Planning: from a request to the entry that answers it. Nothing here changes state.

  private LedgerResult write(LoyaltyProgram program, LedgerRequest request) {
    int existing = keys.get(request.key());
    if (existing >= 0) {
      LedgerEntry original = slots.get(existing).entry;
      if (original.request().equals(request)) {
        return new LedgerResult(this, List.of(original), true);
      }
      throw new IdempotencyConflictException(original.request(), request);
    }
    LedgerEntry entry = plan(program, request);
    return new LedgerResult(next(entry, false), List.of(entry), false);
  }

  private LedgerEntry plan(LoyaltyProgram program, LedgerRequest request) {
    long sequence = slots.size();
    Instant at = request.occurredAt();
    switch (request.type()) {
      case EARN:
        LedgerRequest.Earn earn = (LedgerRequest.Earn) request;
        earn.orderAmount().ifPresent(amount -> program.requireCurrency(amount, "orderAmount"));
        return opening(
            sequence, request, earn.points(), program.availableAt(at), program.expiresAt(at));
      case MANUAL_CREDIT:
        return opening(
            sequence,
            request,
            ((LedgerRequest.ManualCredit) request).points(),
            at,
            program.expiresAt(at));
      case REDEEM:
        return redeem(sequence, program, (LedgerRequest.Redeem) request);
      case CLAWBACK:
        return clawback(sequence, program, (LedgerRequest.Clawback) request);
      case PENDING_CANCELLATION:
        return cancellation(sequence, program, (LedgerRequest.PendingCancellation) request);
      case PENDING_ACTIVATION:
        LedgerRequest.PendingActivation activation = (LedgerRequest.PendingActivation) request;
        requirePending(activation.earnKey(), at, "activate");
        return new LedgerEntry(sequence, request, 0, List.of(), Optional.empty(), 0, 0);
      case REDEMPTION_ROLLBACK:
        return rollback(sequence, program, (LedgerRequest.RedemptionRollback) request);
      case MANUAL_DEBIT:
        return debit(sequence, program, (LedgerRequest.ManualDebit) request);
      case EXPIRE:
        return expiry(sequence, (LedgerRequest.Expire) request);
      default:
        throw new AssertionError(request.type());
    }
  }

  private LedgerEntry opening(
      long sequence,
      LedgerRequest request,
      long points,
      Instant availableAt,
      Optional<Instant> expiresAt) {
    long paid = Math.min(deficit, points);
    LotTerms terms = new LotTerms(points - paid, availableAt, expiresAt);
    return new LedgerEntry(sequence, request, points, List.of(), Optional.of(terms), -paid, 0);
  }

  private LedgerEntry redeem(long sequence, LoyaltyProgram program, LedgerRequest.Redeem request) {
    long points = request.points();
    program.checkRedemption(points, request.orderAmount());
    Instant at = request.occurredAt();
    List<LotChange> changes = new ArrayList<>(2);
    long needed = points;
    long available = 0;
    for (LotState lot : open) {
      if (!lot.isAvailableAt(at)) {
        continue;
      }
      available += lot.remainder;
      if (needed > 0) {
        long take = Math.min(needed, lot.remainder);
        changes.add(new LotChange(lot.id, -take));
        needed -= take;
      } else {
        break;
      }
    }
    if (needed > 0) {
      throw new InsufficientPointsException(available, points);
    }
    return new LedgerEntry(sequence, request, -points, changes, Optional.empty(), 0, 0);
  }

  private LedgerEntry clawback(
      long sequence, LoyaltyProgram program, LedgerRequest.Clawback request) {
    Slot slot = requireEntry(request.earnKey(), EntryType.EARN, "earnKey");
    LedgerRequest.Earn earn = (LedgerRequest.Earn) slot.entry.request();
    LotState lot = slot.lot;
    long cumulativeDue;
    if (request.refunded().isEmpty()) {
      cumulativeDue = earn.points();
    } else {
      Money refunded = request.refunded().get();
      if (earn.orderAmount().isEmpty()) {
        throw new IllegalStateException(
            "refunded must be empty for earn \""
                + request.earnKey()
                + "\", which has no order amount, but was "
                + refunded);
      }
      Money order = earn.orderAmount().get();
      order.requireSameCurrency(refunded, "refunded");
      cumulativeDue = dueAfterRefunds(earn.points(), order, lot.refunded.add(refunded.amount()));
    }
    long due = Math.max(0, cumulativeDue - lot.due);
    return settle(sequence, request, lot, due, program.clawback());
  }

  /**
   * Returns the points due after refunds totalling {@code refunded} of an order earning {@code
   * points}: the exact share rounded to the nearest point (halves up), all of them once the refunds
   * cover the order.
   */
  static long dueAfterRefunds(long points, Money order, BigDecimal refunded) {
    if (refunded.compareTo(order.amount()) >= 0) {
      return points;
    }
    return BigDecimal.valueOf(points)
        .multiply(refunded)
        .divide(order.amount(), 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  private LedgerEntry cancellation(
      long sequence, LoyaltyProgram program, LedgerRequest.PendingCancellation request) {
    Slot slot = requirePending(request.earnKey(), request.occurredAt(), "cancel");
    long points = ((LedgerRequest.Earn) slot.entry.request()).points();
    return settle(sequence, request, slot.lot, points - slot.lot.due, program.clawback());
  }

  /**
   * Takes {@code due} points back for the earn of {@code own}: its remainder, then points that
   * already expired from it, then the other lots in order, then a deficit or a waiver.
   */
  private LedgerEntry settle(
      long sequence, LedgerRequest request, LotState own, long due, ClawbackPolicy policy) {
    List<LotChange> changes = new ArrayList<>(2);
    long left = due;
    long taken = 0;
    if (left > 0 && own.remainder > 0) {
      long take = Math.min(left, own.remainder);
      changes.add(new LotChange(own.id, -take));
      left -= take;
      taken += take;
    }
    long alreadyExpired = Math.min(left, own.expiredPoints);
    left -= alreadyExpired;
    for (LotState lot : open) {
      if (left == 0) {
        break;
      }
      if (lot.id != own.id) {
        long take = Math.min(left, lot.remainder);
        changes.add(new LotChange(lot.id, -take));
        left -= take;
        taken += take;
      }
    }
    long deficitAdded = policy == ClawbackPolicy.ALLOW_NEGATIVE ? left : 0;
    long forgiven = left - deficitAdded;
    return new LedgerEntry(
        sequence,
        request,
        -taken - deficitAdded,
        changes,
        Optional.empty(),
        deficitAdded,
        alreadyExpired + forgiven);
  }

  private LedgerEntry rollback(
      long sequence, LoyaltyProgram program, LedgerRequest.RedemptionRollback request) {
    Slot slot = requireEntry(request.redemptionKey(), EntryType.REDEEM, "redemptionKey");
    long redeemed = -slot.entry.points();
    long remaining = redeemed - slot.rolledBack;
    if (remaining == 0) {
      throw new IllegalStateException(
          "redemption \""
              + request.redemptionKey()
              + "\" must have points left to give back, but all "
              + redeemed
              + " were given back");
    }
    long points = request.points().orElse(remaining);
    if (points > remaining) {
      throw new IllegalStateException(
          "points must be at most the "
              + remaining
              + " not yet given back of redemption \""
              + request.redemptionKey()
              + "\", but was "
              + points);
    }
    Instant at = request.occurredAt();
    if (program.rollbackExpiry() == RollbackExpiry.NEW) {
      return opening(sequence, request, points, at, program.expiresAt(at));
    }
    // Give back latest-taken first, skipping what earlier rollbacks gave back.
    List<LotChange> taken = slot.entry.lotChanges();
    List<LotState> lots = new ArrayList<>();
    List<Long> amounts = new ArrayList<>();
    long skip = slot.rolledBack;
    long left = points;
    long waived = 0;
    for (int i = taken.size() - 1; i >= 0 && left > 0; i--) {
      long amount = -taken.get(i).points();
      long skipped = Math.min(skip, amount);
      skip -= skipped;
      long give = Math.min(left, amount - skipped);
      if (give == 0) {
        continue;
      }
      left -= give;
      LotState lot = lotState(taken.get(i).lot());
      if (lot.expired || lot.cancelled || lot.isPastExpiry(at)) {
        waived += give;
      } else {
        lots.add(lot);
        amounts.add(give);
      }
    }
    // A deficit is paid from the given-back points in redemption order.
    Integer[] order = new Integer[lots.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> LotState.ORDER.compare(lots.get(a), lots.get(b)));
    long unpaid = deficit;
    long[] kept = new long[lots.size()];
    for (int i : order) {
      long pay = Math.min(unpaid, amounts.get(i));
      unpaid -= pay;
      kept[i] = amounts.get(i) - pay;
    }
    List<LotChange> changes = new ArrayList<>(lots.size());
    for (int i = 0; i < kept.length; i++) {
      if (kept[i] > 0) {
        changes.add(new LotChange(lots.get(i).id, kept[i]));
      }
    }
    long paid = deficit - unpaid;
    return new LedgerEntry(
        sequence, request, points - waived, changes, Optional.empty(), -paid, waived);
  }

  private LedgerEntry debit(
      long sequence, LoyaltyProgram program, LedgerRequest.ManualDebit request) {
    long points = request.points();
    List<LotChange> changes = new ArrayList<>(2);
    long left = points;
    long total = 0;
    for (LotState lot : open) {
      total += lot.remainder;
      if (left > 0) {
        long take = Math.min(left, lot.remainder);
        changes.add(new LotChange(lot.id, -take));
        left -= take;
      }
    }
    if (left > 0 && program.clawback() != ClawbackPolicy.ALLOW_NEGATIVE) {
      throw new InsufficientPointsException(total, points);
    }
    return new LedgerEntry(sequence, request, -points, changes, Optional.empty(), left, 0);
  }

  private LedgerEntry expiry(long sequence, LedgerRequest.Expire request) {
    LotState lot = lotStateOrThrow(request.lot());
    if (lot.expired || lot.remainder == 0) {
      throw new IllegalStateException(
          "lot " + request.lot() + " must have a remainder to expire, but had none");
    }
    if (!lot.isPastExpiry(request.occurredAt())) {
      throw new IllegalStateException(
          "occurredAt must be at or after lot "
              + request.lot()
              + "'s expiry "
              + (lot.expiresAt == null ? "(never)" : lot.expiresAt.toString())
              + ", but was "
              + request.occurredAt());
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

  private Slot requireEntry(IdempotencyKey key, EntryType type, String name) {
    int sequence = keys.get(key);
    if (sequence < 0) {
      throw new IllegalStateException(
          name + " must name a " + type + " entry of the ledger, but \"" + key + "\" is unknown");
    }
    Slot slot = slots.get(sequence);
    if (slot.entry.type() != type) {
      throw new IllegalStateException(
          name
              + " must name a "
              + type
              + " entry, but \""
              + key
              + "\" is a "
              + slot.entry.type()
              + " entry");
    }
    return slot;
  }

  private Slot requirePending(IdempotencyKey earnKey, Instant at, String action) {
    Slot slot = requireEntry(earnKey, EntryType.EARN, "earnKey");
    LotState lot = slot.lot;
    if (lot.cancelled || lot.expired || !lot.isPendingAt(at)) {
      throw new IllegalStateException(
          "earn \""
              + earnKey
              + "\" must be pending at "
              + at
              + " to "
              + action
              + " it, but it "
              + (lot.cancelled
                  ? "was cancelled"
                  : lot.expired ? "expired" : "was available from " + lot.availableAt));
    }
    return slot;
  }

  // ---------------------------------------------------------------------------------------------
  // Replay: one entry, checked against the state, gives the next ledger. apply() and append() both
  // come here, so a replayed history is exactly the ledger that wrote it.

  /**
   * Returns the ledger after {@code entry}; {@code checkKey} is false when the caller has just
   * looked the key up and found it absent.
   */
  private PointsLedger next(LedgerEntry entry, boolean checkKey) {
    int size = slots.size();
    if (entry.sequence() != size) {
      throw new IllegalArgumentException(
          "sequence must be the ledger's version " + size + ", but was " + entry.sequence());
    }
    if (size == Integer.MAX_VALUE) {
      throw new IllegalStateException("a ledger must hold fewer than 2^31 - 1 entries");
    }
    int reused = checkKey ? keys.get(entry.key()) : -1;
    if (reused >= 0) {
      throw new IllegalArgumentException(
          "key must not repeat, but \"" + entry.key() + "\" was used by entry " + reused);
    }
    LedgerRequest request = entry.request();
    long newDeficit = Math.addExact(deficit, entry.deficitChange());
    if (newDeficit < 0) {
      throw new IllegalArgumentException(
          "deficitChange must not pay off more than the deficit "
              + deficit
              + ", but was "
              + entry.deficitChange());
    }
    PersistentVector<Slot> newSlots = slots;
    LotState[] newOpen = open;
    for (LotChange change : entry.lotChanges()) {
      Slot slot = lotSlot(newSlots, change.lot(), size);
      LotState lot = slot.lot;
      long remainder = Math.addExact(lot.remainder, change.points());
      if (remainder < 0) {
        throw new IllegalArgumentException(
            "lot "
                + lot.id
                + " must not go below zero, but entry "
                + size
                + " takes "
                + -change.points()
                + " of its "
                + lot.remainder);
      }
      if (change.points() > 0 && (lot.expired || lot.cancelled)) {
        throw new IllegalArgumentException(
            "lot "
                + lot.id
                + " must be open to take points back, but it "
                + (lot.expired ? "expired" : "was cancelled"));
      }
      LotState changed = lot.withRemainder(remainder);
      if (entry.type() == EntryType.EXPIRE) {
        if (remainder != 0 || lot.expired || !lot.isPastExpiry(entry.occurredAt())) {
          throw new IllegalArgumentException(
              "an EXPIRE entry must take all of a lot past its expiry, but entry "
                  + size
                  + " takes "
                  + -change.points()
                  + " of lot "
                  + lot.id);
        }
        changed = lot.expire();
      }
      newSlots = newSlots.set(lot.id, new Slot(slot.entry, changed, slot.rolledBack));
      newOpen = replace(newOpen, lot, changed);
    }
    long newEarned = earned;
    switch (entry.type()) {
      case EARN:
        newEarned = Math.addExact(newEarned, entry.points());
        break;
      case CLAWBACK:
      case PENDING_CANCELLATION:
        IdempotencyKey earnKey =
            request instanceof LedgerRequest.Clawback
                ? ((LedgerRequest.Clawback) request).earnKey()
                : ((LedgerRequest.PendingCancellation) request).earnKey();
        long due = Math.addExact(-entry.points(), entry.waived());
        newSlots = recordClawback(newSlots, entry, earnKey, due);
        newEarned = Math.subtractExact(newEarned, due);
        break;
      case PENDING_ACTIVATION:
        Slot earnSlot =
            replayedEntry(
                newSlots, ((LedgerRequest.PendingActivation) request).earnKey(), EntryType.EARN);
        LotState lot = earnSlot.lot;
        LotState activated = lot.activate(entry.occurredAt());
        newSlots = newSlots.set(lot.id, new Slot(earnSlot.entry, activated, earnSlot.rolledBack));
        newOpen = replace(newOpen, lot, activated);
        break;
      case REDEMPTION_ROLLBACK:
        IdempotencyKey redemptionKey = ((LedgerRequest.RedemptionRollback) request).redemptionKey();
        Slot redemption = replayedEntry(newSlots, redemptionKey, EntryType.REDEEM);
        long rolledBack =
            Math.addExact(redemption.rolledBack, Math.addExact(entry.points(), entry.waived()));
        if (rolledBack > -redemption.entry.points()) {
          throw new IllegalArgumentException(
              "rollbacks must give back at most the "
                  + -redemption.entry.points()
                  + " points of redemption \""
                  + redemptionKey
                  + "\", but gave back "
                  + rolledBack);
        }
        int index = keys.get(redemptionKey);
        newSlots = newSlots.set(index, new Slot(redemption.entry, redemption.lot, rolledBack));
        break;
      default:
        break;
    }
    LotState opened = null;
    if (entry.openedLot().isPresent()) {
      opened = new LotState(size, entry.occurredAt(), entry.openedLot().get());
      if (opened.isOpen()) {
        newOpen = insert(newOpen, opened);
      }
    }
    return new PointsLedger(
        account,
        newSlots.append(new Slot(entry, opened, 0)),
        keys.with(entry.key(), size),
        newOpen,
        Math.addExact(balance, entry.points()),
        newDeficit,
        newEarned);
  }

  private PersistentVector<Slot> recordClawback(
      PersistentVector<Slot> newSlots, LedgerEntry entry, IdempotencyKey earnKey, long due) {
    Slot slot = replayedEntry(newSlots, earnKey, EntryType.EARN);
    LedgerRequest.Earn earn = (LedgerRequest.Earn) slot.entry.request();
    LotState lot = slot.lot;
    if (Math.addExact(lot.due, due) > earn.points()) {
      throw new IllegalArgumentException(
          "clawbacks must take back at most the "
              + earn.points()
              + " points of earn \""
              + earnKey
              + "\", but took "
              + Math.addExact(lot.due, due));
    }
    boolean cancel = entry.type() == EntryType.PENDING_CANCELLATION;
    if (cancel && lot.due + due != earn.points()) {
      throw new IllegalArgumentException(
          "a PENDING_CANCELLATION must take back all of earn \""
              + earnKey
              + "\", but took "
              + due
              + " of the "
              + (earn.points() - lot.due)
              + " left");
    }
    BigDecimal refunded =
        entry.request() instanceof LedgerRequest.Clawback
            ? ((LedgerRequest.Clawback) entry.request())
                .refunded()
                .map(Money::amount)
                .orElse(BigDecimal.ZERO)
            : BigDecimal.ZERO;
    long expiredCounted = Math.min(lot.expiredPoints, entry.waived());
    LotState changed = lot.clawedBack(due, expiredCounted, refunded, cancel);
    return newSlots.set(lot.id, new Slot(slot.entry, changed, slot.rolledBack));
  }

  private Slot replayedEntry(PersistentVector<Slot> newSlots, IdempotencyKey key, EntryType type) {
    int sequence = keys.get(key);
    if (sequence < 0 || newSlots.get(sequence).entry.type() != type) {
      throw new IllegalArgumentException(
          "an entry must name a " + type + " entry of the ledger, but named \"" + key + "\"");
    }
    return newSlots.get(sequence);
  }

  private static Slot lotSlot(PersistentVector<Slot> slots, long lot, int size) {
    Slot slot = lot < size ? slots.get((int) lot) : null;
    if (slot == null || slot.lot == null) {
      throw new IllegalArgumentException(
          "lotChanges must name lots of the ledger, but named " + lot);
    }
    return slot;
  }

  private LotState lotState(long lot) {
    return slots.get((int) lot).lot;
  }

  private LotState lotStateOrThrow(long lot) {
    if (lot >= slots.size() || slots.get((int) lot).lot == null) {
      throw new IllegalStateException("lot must be a lot of the ledger, but was " + lot);
    }
    return lotState(lot);
  }

  private Lot view(LotState lot) {
    return lot.view(slots.get(lot.id).entry.key());
  }

  /** Returns {@code open} with {@code old} replaced by {@code changed}, or dropped if closed. */
  private static LotState[] replace(LotState[] open, LotState old, LotState changed) {
    int index = Arrays.binarySearch(open, old, LotState.ORDER);
    if (index < 0) {
      return changed.isOpen() ? insert(open, changed) : open;
    }
    if (changed.isOpen()) {
      LotState[] copy = open.clone();
      copy[index] = changed;
      return copy;
    }
    LotState[] copy = new LotState[open.length - 1];
    System.arraycopy(open, 0, copy, 0, index);
    System.arraycopy(open, index + 1, copy, index, open.length - index - 1);
    return copy;
  }

  private static LotState[] insert(LotState[] open, LotState lot) {
    int index = -Arrays.binarySearch(open, lot, LotState.ORDER) - 1;
    LotState[] copy = new LotState[open.length + 1];
    System.arraycopy(open, 0, copy, 0, index);
    copy[index] = lot;
    System.arraycopy(open, index, copy, index + 1, open.length - index);
    return copy;
  }

  /** The entries of a ledger as an immutable list view. */
  private static final class Entries extends AbstractList<LedgerEntry> implements RandomAccess {
    private final PersistentVector<Slot> slots;

    Entries(PersistentVector<Slot> slots) {
      this.slots = slots;
    }

    @Override
    public LedgerEntry get(int index) {
      return slots.get(index).entry;
    }

    @Override
    public int size() {
      return slots.size();
    }
  }

  /** Two ledgers are equal if they are of the same account and have equal entries. */
  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof PointsLedger)) {
      return false;
    }
    PointsLedger other = (PointsLedger) o;
    return account.equals(other.account) && entries().equals(other.entries());
  }

  @Override
  public int hashCode() {
    return account.hashCode() * 31 + slots.size();
  }

  /** Returns {@code "PointsLedger[C-1, version 12, balance 340]"}. */
  @Override
  public String toString() {
    return "PointsLedger[" + account + ", version " + version() + ", balance " + balance + "]";
  }
}
