package dev.rapport.loyalty;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An immutable map from idempotency key to entry sequence with cheap copies, for {@link
 * PointsLedger}: the newest keys sit in a short array; when it fills, it becomes a hash map level,
 * and levels of similar size merge, like a binary counter. A lookup checks the array and then at
 * most log2(n) levels; an insert costs O(log n) amortized, and a copy shares every level. The maps
 * are never changed once built. Immutable and thread-safe.
 */
final class KeyIndex {
  private static final int RECENT = 16;
  private static final KeyIndex EMPTY =
      new KeyIndex(new IdempotencyKey[0], new int[0], new Level[0]);

  /** One level: a map that is never changed after it is built. */
  private static final class Level {
    final Map<IdempotencyKey, Integer> map;

    Level(Map<IdempotencyKey, Integer> map) {
      this.map = map;
    }
  }

  private final IdempotencyKey[] recentKeys;
  private final int[] recentSequences;
  // Largest level first; each level is at least as large as the next.
  private final Level[] levels;

  private KeyIndex(IdempotencyKey[] recentKeys, int[] recentSequences, Level[] levels) {
    this.recentKeys = recentKeys;
    this.recentSequences = recentSequences;
    this.levels = levels;
  }

  static KeyIndex empty() {
    return EMPTY;
  }

  /** Returns the sequence of {@code key}, or -1 if it is absent. */
  int get(IdempotencyKey key) {
    for (int i = recentKeys.length - 1; i >= 0; i--) {
      if (recentKeys[i].equals(key)) {
        return recentSequences[i];
      }
    }
    for (int i = levels.length - 1; i >= 0; i--) {
      Integer sequence = levels[i].map.get(key);
      if (sequence != null) {
        return sequence;
      }
    }
    return -1;
  }

  /** Returns an index that also maps {@code key}, which must be absent, to {@code sequence}. */
  KeyIndex with(IdempotencyKey key, int sequence) {
    int n = recentKeys.length;
    IdempotencyKey[] keys = Arrays.copyOf(recentKeys, n + 1);
    int[] sequences = Arrays.copyOf(recentSequences, n + 1);
    keys[n] = key;
    sequences[n] = sequence;
    if (n + 1 < RECENT) {
      return new KeyIndex(keys, sequences, levels);
    }
    Map<IdempotencyKey, Integer> merged = new HashMap<>();
    for (int i = 0; i <= n; i++) {
      merged.put(keys[i], sequences[i]);
    }
    int kept = levels.length;
    while (kept > 0 && levels[kept - 1].map.size() <= merged.size()) {
      merged.putAll(levels[kept - 1].map);
      kept--;
    }
    Level[] newLevels = Arrays.copyOf(levels, kept + 1);
    newLevels[kept] = new Level(merged);
    return new KeyIndex(new IdempotencyKey[0], new int[0], newLevels);
  }
}
