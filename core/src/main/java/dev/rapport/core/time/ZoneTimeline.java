package dev.rapport.core.time;

import java.time.Instant;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;

/**
 * A zone's offset transitions within a span of epoch seconds, as primitive arrays: maps local epoch
 * seconds to instants exactly as {@link java.time.ZonedDateTime#of} does (a local time in a gap
 * moves forward by the gap, an ambiguous one takes the earlier offset) and finds transitions in a
 * span, both by binary search. Immutable and thread-safe.
 */
final class ZoneTimeline {
  /** Transition instants, ascending. */
  private final long[] instants;

  /**
   * For each transition, the first local epoch second that takes the offset after it: the end of
   * the gap, or the end of the overlap (ambiguous local times take the earlier offset).
   */
  private final long[] localThresholds;

  /** The offset after each transition, in seconds. */
  private final int[] offsetsAfter;

  /** The offset before the first transition. */
  private final int firstOffset;

  ZoneTimeline(ZoneRules rules, long fromEpochSecond, long toEpochSecond) {
    this.firstOffset = rules.getOffset(Instant.ofEpochSecond(fromEpochSecond)).getTotalSeconds();
    long[] xs = new long[16];
    long[] thresholds = new long[16];
    int[] after = new int[16];
    int n = 0;
    ZoneOffsetTransition transition = rules.nextTransition(Instant.ofEpochSecond(fromEpochSecond));
    while (transition != null && transition.toEpochSecond() <= toEpochSecond) {
      if (n == xs.length) {
        xs = Arrays.copyOf(xs, 2 * n);
        thresholds = Arrays.copyOf(thresholds, 2 * n);
        after = Arrays.copyOf(after, 2 * n);
      }
      int before = transition.getOffsetBefore().getTotalSeconds();
      int offsetAfter = transition.getOffsetAfter().getTotalSeconds();
      xs[n] = transition.toEpochSecond();
      thresholds[n] = transition.toEpochSecond() + Math.max(before, offsetAfter);
      after[n] = offsetAfter;
      n++;
      transition = rules.nextTransition(transition.getInstant());
    }
    this.instants = Arrays.copyOf(xs, n);
    this.localThresholds = Arrays.copyOf(thresholds, n);
    this.offsetsAfter = Arrays.copyOf(after, n);
  }

  /** Returns the instant (epoch second) of a local date-time given as local epoch seconds. */
  long toEpochSecond(long localEpochSecond) {
    int i = lastAtOrBefore(localThresholds, localEpochSecond);
    return localEpochSecond - (i < 0 ? firstOffset : offsetsAfter[i]);
  }

  /** Returns the transition instants in {@code [from, to]}, ascending. */
  long[] transitionsWithin(long fromEpochSecond, long toEpochSecond) {
    int lo = lastAtOrBefore(instants, fromEpochSecond - 1) + 1;
    int hi = lastAtOrBefore(instants, toEpochSecond) + 1;
    return Arrays.copyOfRange(instants, lo, hi);
  }

  /** Returns the index of the last element {@code <= key}, or -1. */
  static int lastAtOrBefore(long[] sorted, long key) {
    int lo = 0;
    int hi = sorted.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= key) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return hi;
  }
}
