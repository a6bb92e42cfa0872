package dev.rapport.loyalty;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The deliberately simple reference the loyalty benchmarks measure {@link PointsLedger} against:
 * one mutable account with an entry list, a key map and a lot list that each redemption sorts
 * afresh, as a first implementation would. It earns, redeems and expires only. Not thread-safe.
 */
public final class ListLedger {
  private static final Comparator<Lot> ORDER =
      Comparator.comparing(
              (Lot lot) -> lot.expiresAt, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(lot -> lot.openedAt);

  /** One lot. */
  static final class Lot {
    final Instant openedAt;
    final Instant expiresAt;
    long remainder;

    Lot(Instant openedAt, Instant expiresAt, long remainder) {
      this.openedAt = openedAt;
      this.expiresAt = expiresAt;
      this.remainder = remainder;
    }
  }

  /** One entry: its key, and the points it moved. */
  record Entry(String key, String type, long points) {}

  private final List<Entry> entries = new ArrayList<>();
  private final Map<String, Integer> keys = new HashMap<>();
  private final List<Lot> lots = new ArrayList<>();
  private final ExpiryPolicy expiry;
  private final ZoneId zone;

  /** Creates an empty account whose earns expire under {@code expiry} in {@code zone}. */
  public ListLedger(ExpiryPolicy expiry, ZoneId zone) {
    this.expiry = expiry;
    this.zone = zone;
  }

  /** Returns a copy with its own lists and lots. */
  public ListLedger copy() {
    ListLedger copy = new ListLedger(expiry, zone);
    copy.entries.addAll(entries);
    copy.keys.putAll(keys);
    for (Lot lot : lots) {
      copy.lots.add(new Lot(lot.openedAt, lot.expiresAt, lot.remainder));
    }
    return copy;
  }

  /** Earns {@code points}; false if the key was used. */
  public boolean earn(String key, Instant at, long points) {
    if (keys.containsKey(key)) {
      return false;
    }
    Optional<Instant> expiresAt = expiry.expiryOf(at, zone);
    lots.add(new Lot(at, expiresAt.orElse(null), points));
    keys.put(key, entries.size());
    entries.add(new Entry(key, "earn", points));
    return true;
  }

  /** Redeems {@code points} from the lots available at {@code at}, soonest expiry first. */
  public boolean redeem(String key, Instant at, long points) {
    if (keys.containsKey(key)) {
      return false;
    }
    lots.sort(ORDER);
    long available = 0;
    for (Lot lot : lots) {
      if (lot.expiresAt == null || at.isBefore(lot.expiresAt)) {
        available += lot.remainder;
      }
    }
    if (available < points) {
      throw new IllegalStateException("insufficient points: " + available + " < " + points);
    }
    long left = points;
    for (Lot lot : lots) {
      if (left > 0 && (lot.expiresAt == null || at.isBefore(lot.expiresAt))) {
        long take = Math.min(left, lot.remainder);
        lot.remainder -= take;
        left -= take;
      }
    }
    lots.removeIf(lot -> lot.remainder == 0);
    keys.put(key, entries.size());
    entries.add(new Entry(key, "redeem", -points));
    return true;
  }

  /** Expires every lot past its expiry at {@code now}; returns the number of entries written. */
  public int expire(Instant now) {
    int written = 0;
    for (Lot lot : new ArrayList<>(lots)) {
      if (lot.expiresAt != null && !now.isBefore(lot.expiresAt) && lot.remainder > 0) {
        String key = "expire:" + lot.openedAt + ":" + written;
        keys.put(key, entries.size());
        entries.add(new Entry(key, "expire", -lot.remainder));
        lot.remainder = 0;
        written++;
      }
    }
    lots.removeIf(lot -> lot.remainder == 0);
    return written;
  }

  /** Returns the sum of the entries. */
  public long balance() {
    long sum = 0;
    for (Entry entry : entries) {
      sum += entry.points();
    }
    return sum;
  }
}
