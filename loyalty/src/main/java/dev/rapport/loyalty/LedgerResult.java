package dev.rapport.loyalty;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * What a write to a {@link PointsLedger} returns: the new ledger and the entries that answer the
 * request. For a retry (same key, equal request) the ledger is unchanged, {@link #duplicate()} is
 * true and the entries are the ones written the first time. Immutable and thread-safe.
 *
 * @param ledger the ledger after the write
 * @param entries the entries that answer the request (one per request; any number for {@link
 *     PointsLedger#expire})
 * @param duplicate true if the request had been written before and nothing was written now
 */
public record LedgerResult(PointsLedger ledger, List<LedgerEntry> entries, boolean duplicate) {
  /** Validates the parts. */
  public LedgerResult {
    Objects.requireNonNull(ledger, "ledger");
    entries = ImmutableList.copyOf(Objects.requireNonNull(entries, "entries"));
  }

  /** Returns the entries written now: none for a duplicate; these are what a store must append. */
  public List<LedgerEntry> written() {
    return duplicate ? List.of() : entries;
  }

  /**
   * Returns the single entry that answers a request.
   *
   * @throws IllegalStateException if there is not exactly one (an expiry sweep)
   */
  public LedgerEntry entry() {
    if (entries.size() != 1) {
      throw new IllegalStateException(
          "entries must hold exactly one entry, but held " + entries.size());
    }
    return entries.get(0);
  }
}
