package dev.rapport.loyalty.spi;

import com.google.common.collect.ImmutableList;
import dev.rapport.loyalty.LedgerEntry;
import java.util.List;
import java.util.Objects;

/**
 * What {@link LedgerStore#read} returns: the account's version and its entries from the version
 * asked for up to it. Immutable and thread-safe.
 *
 * @param version the number of entries the account has
 * @param entries the entries with sequences from the version asked for to {@code version - 1}, in
 *     order
 */
public record AccountEntries(long version, List<LedgerEntry> entries) {
  /** Validates the parts: the entries must be the last ones before {@code version}, in order. */
  public AccountEntries {
    if (version < 0) {
      throw new IllegalArgumentException("version must not be negative, but was " + version);
    }
    entries = ImmutableList.copyOf(Objects.requireNonNull(entries, "entries"));
    long first = version - entries.size();
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).sequence() != first + i) {
        throw new IllegalArgumentException(
            "entries must have sequences "
                + first
                + " to "
                + (version - 1)
                + ", but entry "
                + i
                + " had "
                + entries.get(i).sequence());
      }
    }
  }
}
