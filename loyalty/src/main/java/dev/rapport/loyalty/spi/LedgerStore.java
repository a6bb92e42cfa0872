package dev.rapport.loyalty.spi;

import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.LedgerEntry;
import java.util.List;

/**
 * Storage of ledger entries per member account, with optimistic concurrency: an append states the
 * version (number of entries) it was computed from and succeeds only if the account is still at
 * that version. Entries are never changed or removed once appended. {@link
 * dev.rapport.loyalty.LoyaltyService} builds on this: it reads, computes with a {@link
 * dev.rapport.loyalty.PointsLedger}, appends, and on a version conflict reads again and retries, so
 * concurrent writers to one account serialise without locks.
 *
 * <p>A database implementation keeps one row per entry keyed by (account, sequence) with a unique
 * constraint, and appends in one transaction that fails if any of those keys exists; that is the
 * whole concurrency protocol. Implementations must be thread-safe.
 */
public interface LedgerStore {
  /**
   * Returns the account's version and its entries from sequence {@code fromVersion} on. An account
   * that has no entries has version 0.
   *
   * @throws IllegalArgumentException if {@code fromVersion} is negative
   * @throws IllegalStateException if {@code fromVersion} is beyond the account's version
   */
  AccountEntries read(CustomerId account, long fromVersion);

  /**
   * Appends {@code entries}, whose sequences must run from {@code expectedVersion}, if the account
   * is at {@code expectedVersion}; otherwise appends nothing.
   *
   * @return true if appended, false if the account's version was not {@code expectedVersion}
   * @throws IllegalArgumentException if the entries' sequences do not run from {@code
   *     expectedVersion}
   */
  boolean append(CustomerId account, long expectedVersion, List<LedgerEntry> entries);
}
