package dev.rapport.core.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * One era (a run of consecutive local weeks) of a {@link CompiledCalendar}, compiled into primitive
 * arrays.
 *
 * <p>Each local week, Monday 00:00 to Monday 00:00, is a window of instants {@code [T(w), T(w +
 * 1))}. A <em>plain</em> week has no zone transition and no closed or overridden date near it, so
 * its open intervals are the weekly template shifted by {@code T(w)}; every other week (a
 * daylight-saving change, a holiday, an override, and the era's first and last week) is
 * <em>irregular</em>: its exact open intervals, the union of the concrete intervals of the dates
 * around it clipped to its window, are stored. Between two irregular weeks lies a run of plain
 * weeks at one offset, skipped by arithmetic. Each irregular window carries the cumulative open
 * seconds at its start, counted from the start of the era, so that the business seconds before an
 * instant, and the instant of a business second, are a bucket lookup, a short binary search and a
 * few multiplications.
 *
 * <p>Immutable (all fields final), so safely shared between threads even when published by a data
 * race.
 */
final class CalendarEra {
  static final int DAY = LocalTimeRange.SECONDS_PER_DAY;
  static final long WEEK = 7L * DAY;

  /** Days before a Monday whose ranges can reach into its week. */
  private static final int DAYS_BEFORE = 4;

  /** Days from a Monday to past the last date whose ranges can reach into its week. */
  private static final int DAYS_AFTER = 8;

  private final CompiledCalendar.Template template;

  // Irregular windows i = 0 .. n-1 in time order; the run of plain weeks after window i ends at
  // wStart[i + 1].
  private final int n;
  private final long[] wStart;
  private final long[] wEnd;
  private final long[] wCum;
  private final long[] wCumEnd;
  // Window i's open intervals are ivFirst[i] .. ivFirst[i + 1] - 1, relative to wStart[i] and to
  // wCum[i].
  private final int[] ivFirst;
  private final int[] ivStart;
  private final int[] ivEnd;
  private final int[] ivCum;

  /** The era's open seconds. */
  final long total;

  // Bucket indexes: the window for an instant or a cumulative count is in [idx[b], idx[b + 1]];
  // buckets are powers of two wide, so a bucket is a shift away.
  private final long timeBase;
  private final int timeShift;
  private final int[] timeIndex;
  private final int cumShift;
  private final int[] cumIndex;

  /** Compiles weeks {@code firstWeek} to {@code lastWeek}, both irregular. */
  CalendarEra(
      CompiledCalendar.Template template,
      ZoneTimeline timeline,
      CompiledCalendar.Schedule schedule,
      long firstWeek,
      long lastWeek) {
    this.template = template;
    int weeks = (int) (lastWeek - firstWeek + 1);
    BitSet irregular = new BitSet(weeks);
    irregular.set(0);
    irregular.set(weeks - 1);
    // Week w is irregular if a transition lies in [monday(w) - 4 days, monday(w) + 10 days].
    for (long x :
        timeline.transitionsWithin(
            localMonday(firstWeek) - 10L * DAY, localMonday(lastWeek) + 4L * DAY)) {
      long day = Math.floorDiv(x, DAY);
      for (long w = weekOf(day - 11); w <= weekOf(day + 5); w++) {
        long monday = localMonday(w);
        if (x >= monday - 4L * DAY && x <= monday + 10L * DAY) {
          mark(irregular, w - firstWeek, weeks);
        }
      }
    }
    // Week w is irregular if a closed or overridden date lies in [monday(w) - 3, monday(w) + 7].
    for (long date :
        schedule.specialDaysWithin(mondayEpochDay(firstWeek) - 3, mondayEpochDay(lastWeek) + 7)) {
      for (long w = weekOf(date - 7); w <= weekOf(date + 3); w++) {
        long monday = mondayEpochDay(w);
        if (date >= monday - 3 && date <= monday + 7) {
          mark(irregular, w - firstWeek, weeks);
        }
      }
    }

    this.n = irregular.cardinality();
    this.wStart = new long[n];
    this.wEnd = new long[n];
    this.wCum = new long[n];
    this.wCumEnd = new long[n];
    this.ivFirst = new int[n + 1];
    int[] starts = new int[8 * n];
    int[] ends = new int[8 * n];
    int[] cums = new int[8 * n];
    int count = 0;
    long cum = 0;
    int previous = -1;
    int i = 0;
    List<long[]> raw = new ArrayList<>();
    for (int k = irregular.nextSetBit(0); k >= 0; k = irregular.nextSetBit(k + 1), i++) {
      long week = firstWeek + k;
      long start = timeline.toEpochSecond(localMonday(week));
      long end = timeline.toEpochSecond(localMonday(week + 1));
      if (i > 0) {
        long plainWeeks = k - previous - 1;
        if (start - wEnd[i - 1] != plainWeeks * WEEK) {
          throw new IllegalStateException(
              "plain weeks must keep one offset, but weeks "
                  + (firstWeek + previous + 1)
                  + " to "
                  + (week - 1)
                  + " do not");
        }
        cum += plainWeeks * template.weeklyTotal;
      }
      wStart[i] = start;
      wEnd[i] = end;
      wCum[i] = cum;
      ivFirst[i] = count;
      raw.clear();
      long monday = mondayEpochDay(week);
      for (long date = monday - DAYS_BEFORE; date < monday + DAYS_AFTER; date++) {
        for (int[] range : schedule.rangesOn(date)) {
          long s = timeline.toEpochSecond(date * DAY + range[0]);
          long e = timeline.toEpochSecond(date * DAY + range[1]);
          if (s < e) {
            raw.add(new long[] {s, e});
          }
        }
      }
      long open = 0;
      for (long[] interval : merge(raw)) {
        long s = Math.max(interval[0], start);
        long e = Math.min(interval[1], end);
        if (s >= e) {
          continue;
        }
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, 2 * count);
          ends = Arrays.copyOf(ends, 2 * count);
          cums = Arrays.copyOf(cums, 2 * count);
        }
        starts[count] = (int) (s - start);
        ends[count] = (int) (e - start);
        cums[count] = (int) open;
        open += e - s;
        count++;
      }
      cum += open;
      wCumEnd[i] = cum;
      previous = k;
    }
    ivFirst[n] = count;
    this.ivStart = Arrays.copyOf(starts, count);
    this.ivEnd = Arrays.copyOf(ends, count);
    this.ivCum = Arrays.copyOf(cums, count);
    this.total = cum;

    // A few days a bucket, at most one window start in most.
    int buckets = Math.max(1024, 4 * n);
    this.timeBase = wStart[0];
    this.timeShift = shiftFor(wEnd[n - 1] - timeBase, buckets);
    this.timeIndex = new int[(int) ((wEnd[n - 1] - timeBase) >>> timeShift) + 2];
    this.cumShift = shiftFor(total, buckets);
    this.cumIndex = new int[(int) (total >>> cumShift) + 2];
    int ti = 0;
    for (int b = 0; b < timeIndex.length; b++) {
      while (ti + 1 < n && wStart[ti + 1] <= timeBase + ((long) b << timeShift)) {
        ti++;
      }
      timeIndex[b] = ti;
    }
    int ci = 0;
    for (int b = 0; b < cumIndex.length; b++) {
      while (ci + 1 < n && wCum[ci + 1] <= (long) b << cumShift) {
        ci++;
      }
      cumIndex[b] = ci;
    }
  }

  /** Returns the smallest shift whose buckets cut {@code span} into at most {@code buckets}. */
  private static int shiftFor(long span, int buckets) {
    int shift = 0;
    while ((span >>> shift) >= buckets) {
      shift++;
    }
    return shift;
  }

  private static void mark(BitSet bits, long index, int weeks) {
    if (index >= 0 && index < weeks) {
      bits.set((int) index);
    }
  }

  /** The week (Monday to Sunday) of an epoch day; week 0 starts on Monday 1969-12-29. */
  static long weekOf(long epochDay) {
    return Math.floorDiv(epochDay + 3, 7);
  }

  static long mondayEpochDay(long week) {
    return 7 * week - 3;
  }

  static long localMonday(long week) {
    return mondayEpochDay(week) * DAY;
  }

  /** Sorts intervals {start, end} and joins those that overlap or touch. */
  static List<long[]> merge(List<long[]> intervals) {
    intervals.sort(Comparator.comparingLong(interval -> interval[0]));
    List<long[]> out = new ArrayList<>();
    for (long[] interval : intervals) {
      long[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && interval[0] <= last[1]) {
        last[1] = Math.max(last[1], interval[1]);
      } else {
        out.add(new long[] {interval[0], interval[1]});
      }
    }
    return out;
  }

  /** The first instant of the era. */
  long start() {
    return wStart[0];
  }

  /** The first instant after the era. */
  long end() {
    return wEnd[n - 1];
  }

  // ---------------------------------------------------------------- hot path

  /** Returns the window whose start is the last at or before {@code second}. */
  private int windowAt(long second) {
    int b = (int) ((second - timeBase) >>> timeShift);
    return lastAtOrBefore(wStart, timeIndex[b], timeIndex[b + 1], second);
  }

  /** Returns the last window whose cumulative count at its start is at most {@code v}. */
  private int windowWithCum(long v) {
    int b = (int) (v >>> cumShift);
    return lastAtOrBefore(wCum, cumIndex[b], cumIndex[b + 1], v);
  }

  /**
   * Returns the last index in {@code [from, to]} whose value is at most {@code key}, given that
   * {@code sorted[from]} is: a search in a bucket.
   */
  private static int lastAtOrBefore(long[] sorted, int from, int to, long key) {
    // Branch-free, as below; sorted[from] <= key, so the answer is in [from, to].
    int base = from;
    for (int n = to - from + 1; n > 1; ) {
      int half = n >>> 1;
      base = sorted[base + half] <= key ? base + half : base;
      n -= half;
    }
    return base;
  }

  /**
   * Returns the last index in {@code [from, to)} whose value is at most {@code key}, or from - 1.
   */
  static int lastAtOrBefore(int[] sorted, int from, int to, long key) {
    if (from >= to) {
      return from - 1;
    }
    // Branch-free: the loop runs a number of times that depends only on to - from, and each step
    // is a conditional move, so a search costs no mispredicted branches whatever the key (with
    // instants of many tickets, the branches of a classic binary search are coin flips).
    int base = from;
    for (int n = to - from; n > 1; ) {
      int half = n >>> 1;
      base = sorted[base + half] <= key ? base + half : base;
      n -= half;
    }
    return sorted[base] <= key ? base : base - 1;
  }

  /**
   * Returns {@code C << 1 | open}: {@code C} the open seconds from the era's start to {@code
   * second}, and whether the second {@code [second, second + 1)} is open. {@code second} is in the
   * era.
   */
  long cumAndOpen(long second) {
    int i = windowAt(second);
    if (second < wEnd[i]) {
      int from = ivFirst[i];
      int rel = (int) (second - wStart[i]);
      int j = lastAtOrBefore(ivStart, from, ivFirst[i + 1], rel);
      if (j < from) {
        return wCum[i] << 1;
      }
      return encode(wCum[i] + ivCum[j], rel - ivStart[j], ivEnd[j] - ivStart[j]);
    }
    long offset = second - wEnd[i];
    long k = offset / WEEK;
    int rel = (int) (offset - k * WEEK);
    long base = wCumEnd[i] + k * template.weeklyTotal;
    int j = template.intervalAt(rel);
    if (j < 0) {
      return base << 1;
    }
    return encode(
        base + template.cum[j], rel - template.start[j], template.end[j] - template.start[j]);
  }

  /**
   * Encodes {@code C << 1 | open} for a second {@code inside} an interval starting at {@code cum}.
   */
  private static long encode(long cum, int inside, int length) {
    return inside < length ? ((cum + inside) << 1) | 1 : (cum + length) << 1;
  }

  /**
   * Returns the epoch second that starts the era's business second {@code v}, {@code 0 <= v <
   * total}: the latest instant with {@code v} open seconds before it in the era.
   */
  long positionOf(long v) {
    int i = windowWithCum(v);
    if (v < wCumEnd[i]) {
      long rel = v - wCum[i];
      int j = lastAtOrBefore(ivCum, ivFirst[i], ivFirst[i + 1], rel);
      return wStart[i] + ivStart[j] + (rel - ivCum[j]);
    }
    int rel = (int) (v - wCumEnd[i]);
    int k = template.weeks(rel);
    int r = rel - k * template.weeklyTotal;
    int j = template.intervalWithOpenTime(r);
    return wEnd[i] + k * WEEK + template.start[j] + (r - template.cum[j]);
  }

  /**
   * Returns the end of the open interval containing the open second {@code second}, or {@link
   * #end()} if it runs to the end of the era.
   */
  long closeAfter(long second) {
    long s = second;
    while (true) {
      int i = windowAt(s);
      if (s < wEnd[i]) {
        int j = lastAtOrBefore(ivStart, ivFirst[i], ivFirst[i + 1], s - wStart[i]);
        long end = wStart[i] + ivEnd[j];
        if (end < wEnd[i] || i == n - 1) {
          return end;
        }
        s = end;
      } else {
        long offset = s - wEnd[i];
        long k = offset / WEEK;
        long weekStart = wEnd[i] + k * WEEK;
        int j = template.intervalAt((int) (offset - k * WEEK));
        if (template.end[j] < WEEK) {
          return weekStart + template.end[j];
        }
        long runWeeks = (wStart[i + 1] - wEnd[i]) / WEEK;
        if (!template.full && k + 1 < runWeeks) {
          // The week ends open, the next one opens at its start (or not) and closes later.
          return weekStart + WEEK + (template.start[0] == 0 ? template.end[0] : 0);
        }
        s = wStart[i + 1];
      }
      if ((cumAndOpen(s) & 1) == 0) {
        return s;
      }
    }
  }
}
