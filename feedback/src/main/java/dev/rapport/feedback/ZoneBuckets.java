package dev.rapport.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The calendar bucket of an epoch second in a zone, in one array read: a flat table of the bucket
 * of every UTC hour in a window that grows to cover the hours seen (up to {@value #MAX_HOURS}
 * hours, about 60 years), with the rare hours in which the local date or the offset changes marked
 * "split" (zones with half-hour offsets have one such hour a day). Split hours and instants outside
 * the window go through {@link ZoneRules}. Not thread-safe: each cube accumulator has its own.
 */
final class ZoneBuckets {
  static final int MAX_HOURS = 1 << 19;
  private static final int SPLIT = Integer.MIN_VALUE;
  private static final int MIN_HOURS = 1 << 12;

  private final ZoneId zone;
  private final ZoneRules rules;
  private final Granularity granularity;
  private int[] window = new int[0];
  private long windowStart;

  ZoneBuckets(ZoneId zone, Granularity granularity) {
    this.zone = zone;
    this.rules = zone.getRules();
    this.granularity = granularity;
  }

  ZoneId zone() {
    return zone;
  }

  Granularity granularity() {
    return granularity;
  }

  /** Returns the bucket index (see {@link Granularity#indexOf}) of {@code epochSecond}. */
  int bucketOf(long epochSecond) {
    long hour = epochSecond >= 0 ? epochSecond / 3600 : Math.floorDiv(epochSecond, 3600);
    long i = hour - windowStart;
    if (i >= 0 && i < window.length) {
      int bucket = window[(int) i];
      if (bucket != SPLIT) {
        return bucket;
      }
      return exact(epochSecond);
    }
    return outside(hour, epochSecond);
  }

  /** Writes the buckets of {@code epochSeconds[from, to)} to {@code out[0, to - from)}. */
  void bucketsOf(long[] epochSeconds, int from, int to, int[] out) {
    for (int k = from; k < to; k++) {
      long t = epochSeconds[k];
      int[] w = window;
      long i = (t >= 0 ? t / 3600 : Math.floorDiv(t, 3600)) - windowStart;
      int bucket = i >= 0 && i < w.length ? w[(int) i] : SPLIT;
      out[k - from] = bucket != SPLIT ? bucket : bucketOf(t);
    }
  }

  /** Grows the window to cover {@code hour} if it stays within the cap; else computes directly. */
  private int outside(long hour, long epochSecond) {
    long low = window.length == 0 ? hour : Math.min(windowStart, hour);
    long high = window.length == 0 ? hour + 1 : Math.max(windowStart + window.length, hour + 1);
    if (high - low > MAX_HOURS) {
      return exact(epochSecond);
    }
    long length = Math.min(MAX_HOURS, Math.max(MIN_HOURS, 2 * (high - low)));
    long start = hour < windowStart || window.length == 0 ? high - length : low;
    if (window.length == 0) {
      start = hour - length / 2;
    }
    int[] grown = new int[(int) length];
    int oldLength = window.length;
    if (oldLength == 0) {
      fill(grown, 0, (int) length, start);
    } else {
      int before = (int) (windowStart - start);
      fill(grown, 0, before, start);
      System.arraycopy(window, 0, grown, before, oldLength);
      fill(grown, before + oldLength, (int) length, start);
    }
    window = grown;
    windowStart = start;
    return bucketOf(epochSecond);
  }

  /**
   * Sets {@code target[k]} for k in {@code [from, to)} to the bucket of UTC hour {@code firstHour +
   * k}, or SPLIT if the local date or the offset changes inside it, walking the zone's transitions
   * rather than asking the rules for every hour.
   */
  private void fill(int[] target, int from, int to, long firstHour) {
    if (from >= to) {
      return;
    }
    Instant first = Instant.ofEpochSecond((firstHour + from) * 3600);
    int offset = rules.getOffset(first).getTotalSeconds();
    ZoneOffsetTransition next = rules.nextTransition(first);
    long nextAt = next == null ? Long.MAX_VALUE : next.toEpochSecond();
    long day = Long.MIN_VALUE;
    int bucket = 0;
    for (int k = from; k < to; k++) {
      long start = (firstHour + k) * 3600;
      long last = start + 3599;
      while (nextAt <= start) {
        offset = next.getOffsetAfter().getTotalSeconds();
        next = rules.nextTransition(next.getInstant());
        nextAt = next == null ? Long.MAX_VALUE : next.toEpochSecond();
      }
      long startDay = Math.floorDiv(start + offset, 86400);
      if (nextAt <= last || startDay != Math.floorDiv(last + offset, 86400)) {
        target[k] = SPLIT;
        continue;
      }
      if (startDay != day) {
        day = startDay;
        bucket = granularity.indexOf(LocalDate.ofEpochDay(day));
      }
      target[k] = bucket;
    }
  }

  /** The bucket computed from the zone rules, for split hours and instants outside the window. */
  int exact(long epochSecond) {
    int offset = rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    return granularity.indexOf(LocalDate.ofEpochDay(Math.floorDiv(epochSecond + offset, 86400)));
  }
}
