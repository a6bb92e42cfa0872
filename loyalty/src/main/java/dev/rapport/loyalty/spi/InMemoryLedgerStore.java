package dev.rapport.loyalty.spi;

import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.LedgerEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link LedgerStore} in memory, for tests, demos and single-process use: entries of each account
 * in a list, appended under the account's own lock. Nothing survives the process.
 *
 * <p>Thread-safe: accounts are independent; reads and appends of one account are serialised.
 */
public final class InMemoryLedgerStore implements LedgerStore {
  private final ConcurrentHashMap<CustomerId, List<LedgerEntry>> accounts =
      new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryLedgerStore() {}

  @Override
  public AccountEntries read(CustomerId account, long fromVersion) {
    Objects.requireNonNull(account, "account");
    if (fromVersion < 0) {
      throw new IllegalArgumentException(
          "fromVersion must not be negative, but was " + fromVersion);
    }
    List<LedgerEntry> entries = accounts.get(account);
    if (entries == null) {
      checkFrom(account, fromVersion, 0);
      return new AccountEntries(0, List.of());
    }
    synchronized (entries) {
      checkFrom(account, fromVersion, entries.size());
      return new AccountEntries(
          entries.size(), List.copyOf(entries.subList((int) fromVersion, entries.size())));
    }
  }

  private static void checkFrom(CustomerId account, long fromVersion, int version) {
    if (fromVersion > version) {
      throw new IllegalStateException(
          "fromVersion must be at most account "
              + account
              + "'s version "
              + version
              + ", but was "
              + fromVersion);
    }
  }

  @Override
  public boolean append(CustomerId account, long expectedVersion, List<LedgerEntry> entries) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(entries, "entries");
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).sequence() != expectedVersion + i) {
        throw new IllegalArgumentException(
            "entries must have sequences from expectedVersion "
                + expectedVersion
                + ", but entry "
                + i
                + " had "
                + entries.get(i).sequence());
      }
    }
    List<LedgerEntry> stored = accounts.computeIfAbsent(account, key -> new ArrayList<>());
    synchronized (stored) {
      if (stored.size() != expectedVersion) {
        return false;
      }
      stored.addAll(entries);
      return true;
    }
  }

  /** Returns the accounts that have entries, for sweeps over all members. */
  public Set<CustomerId> accounts() {
    return Set.copyOf(accounts.keySet());
  }

  @Override
  public String toString() {
    return "InMemoryLedgerStore[" + accounts.size() + " accounts]";
  }
}
