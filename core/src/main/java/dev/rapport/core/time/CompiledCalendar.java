package dev.rapport.core.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fast engine behind {@link BusinessCalendar}: the calendar compiled once into primitive
 * arrays.
 *
 * <p>Time is cut into local weeks, Monday 00:00 to Monday 00:00, each a window of instants {@code
 * [T(w), T(w + 1))}. A <em>plain</em> week has no zone transition and no closed or overridden date
 * near it, so its open intervals are the weekly template shifted by {@code T(w)}; every other week
 * (a daylight-saving change, a holiday, an override, and the two ends of the supported range) is
 * <em>irregular</em>, and its exact open intervals, the union of the concrete intervals of the dates
 * around it clipped to its window, are stored. Between two irregular weeks lies a run of plain
 * weeks at one offset, skipped by arithmetic. Each window carries the cumulative open seconds
 * {@code C} at its start, counted from the start of the first window, so that {@code C(t)}, the
 * business seconds before {@code t}, and its inverse are an index lookup, a short binary search and
 * a few multiplications whatever the distance.
 *
 * <p>Interval boundaries are whole seconds (offsets and {@link LocalTimeRange}s are), so an
 * instant's nanoseconds are either all open or all closed: the hot path works on epoch seconds in
 * primitive longs and adds the nanoseconds at the end.
 *
 * <p>Immutable and thread-safe.
 */
final class CompiledCalendar {
  private static final int DAY = LocalTimeRange.SECONDS_PER_DAY;
  private static final long WEEK = 7L * DAY;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  /** Days before a Monday whose dates or offset changes can reach into its week. */
  private static final int DAYS_BEFORE = 4;

  /** Days from a Monday up to the last date whose ranges can start in its week, plus one. */
  private static final int DAYS_AFTER = 8;

  private final boolean weeklyEmpty;
  private final boolean weeklyFull;

  // The weekly template: merged intervals in seconds after Monday 00:00, within [0, WEEK).
  private final int[] tplStart;
  private final int[] tplEnd;
  private final int[] tplCum;
  private final long weeklyTotal;

  // Irregular windows i = 0 .. n-1, in time order; the run of plain weeks after window i ends at
  // wStart[i + 1].
  private final int n;
  private final long[] wStart;
  private final long[] wEnd;
  private final long[] wCum;
  private final long[] wCumEnd;
  // Each window's open intervals ivFirst[i] .. ivFirst[i + 1] - 1, relative to its start and to
  // its cumulative count.
  private final int[] ivFirst;
  private final int[] ivStart;
  private final int[] ivEnd;
  private final int[] ivCum;
  private final long totalCum;

  /** With a full weekly template, the calendar is open without end from here on. */
  private final long openForeverFrom;

  // Bucket indexes: window i for an instant or a cumulative count lies in [idx[b], idx[b + 1]].
  private final long timeBase;
  private final long timeWidth;
  private final int[] timeIndex;
  private final long cumWidth;
  private final int[] cumIndex;

  CompiledCalendar(
      ZoneId zone,
      Map<DayOfWeek, List<LocalTimeRange>> weekly,
      Set<LocalDate> closed,
      Map<LocalDate, List<LocalTimeRange>> overrides) {
    long firstWeek = weekOf(BusinessCalendar.FIRST_DATE.toEpochDay() - 21);
    long lastWeek = weekOf(BusinessCalendar.LAST_DATE.toEpochDay() + 21);
    ZoneTimeline timeline =
        new ZoneTimeline(
            zone,
            localMonday(firstWeek) - 2 * WEEK,
            localMonday(lastWeek + 1) + 2 * WEEK);
    Schedule schedule = new Schedule(weekly, closed, overrides);

    // The template.
    List<long[]> template = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      long dayStart = (long) (day.getValue() - 1) * DAY;
      for (int[] range : schedule.weekly[day.getValue() - 1]) {
        long s = dayStart + range[0];
        long e = dayStart + range[1];
        if (e <= WEEK) {
          template.add(new long[] {s, e});
        } else {
          template.add(new long[] {s, WEEK});
          template.add(new long[] {0, e - WEEK});
        }
      }
    }
    List<long[]> merged = merge(template);
    int m = merged.size();
    this.tplStart = new int[m];
    this.tplEnd = new int[m];
    this.tplCum = new int[m];
    long total = 0;
    for (int j = 0; j < m; j++) {
      tplStart[j] = (int) merged.get(j)[0];
      tplEnd[j] = (int) merged.get(j)[1];
      tplCum[j] = (int) total;
      total += tplEnd[j] - tplStart[j];
    }
    this.weeklyTotal = total;
    this.weeklyEmpty = total == 0;
    this.weeklyFull = total == WEEK;

    // Which weeks are irregular.
    int weeks = (int) (lastWeek - firstWeek + 1);
    BitSet irregular = new BitSet(weeks);
    irregular.set(0);
    irregular.set(weeks - 1);
    for (long x : timeline.transitions()) {
      // Week w is irregular if x lies in [localMonday(w) - 3 days, localMonday(w) + 10 days].
      long day = Math.floorDiv(x, DAY);
      for (long w = weekOf(day - 11); w <= weekOf(day + 4); w++) {
        long monday = localMonday(w);
        if (x >= monday - 3L * DAY && x <= monday + 10L * DAY) {
          markWeek(irregular, w - firstWeek, weeks);
        }
      }
    }
    BitSet special = new BitSet(weeks);
    for (long date : schedule.specialDays()) {
      // Week w is irregular if the date lies in [monday(w) - 3, monday(w) + 7].
      for (long w = weekOf(date - 7); w <= weekOf(date + 3); w++) {
        long monday = mondayEpochDay(w);
        if (date >= monday - 3 && date <= monday + 7) {
          markWeek(irregular, w - firstWeek, weeks);
          markWeek(special, w - firstWeek, weeks);
        }
      }
    }

    // The irregular windows, their intervals and the cumulative counts.
    this.n = irregular.cardinality();
    this.wStart = new long[n];
    this.wEnd = new long[n];
    this.wCum = new long[n];
    this.wCumEnd = new long[n];
    this.ivFirst = new int[n + 1];
    int[] starts = new int[4 * n];
    int[] ends = new int[4 * n];
    int[] cums = new int[4 * n];
    int count = 0;
    long cum = 0;
    long lastSpecialEnd = Long.MIN_VALUE;
    long previousWeek = -1;
    int i = 0;
    for (int k = irregular.nextSetBit(0); k >= 0; k = irregular.nextSetBit(k + 1), i++) {
      long week = firstWeek + k;
      long start = timeline.toEpochSecond(localMonday(week));
      long end = timeline.toEpochSecond(localMonday(week + 1));
      if (i > 0) {
        long plainWeeks = k - previousWeek - 1;
        if (start - wEnd[i - 1] != plainWeeks * WEEK) {
          throw new IllegalStateException(
              "plain weeks must have one offset, but weeks "
                  + (previousWeek + firstWeek)
                  + " to "
                  + week
                  + " of "
                  + zone
                  + " do not");
        }
        cum += plainWeeks * weeklyTotal;
      }
      wStart[i] = start;
      wEnd[i] = end;
      wCum[i] = cum;
      ivFirst[i] = count;
      List<long[]> raw = new ArrayList<>();
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
      if (special.get(k)) {
        lastSpecialEnd = end;
      }
      previousWeek = k;
    }
    ivFirst[n] = count;
    this.ivStart = Arrays.copyOf(starts, count);
    this.ivEnd = Arrays.copyOf(ends, count);
    this.ivCum = Arrays.copyOf(cums, count);
    this.totalCum = cum;
    this.openForeverFrom = lastSpecialEnd == Long.MIN_VALUE ? wStart[0] : lastSpecialEnd;

    // Bucket indexes over instants and over cumulative counts, about two windows a bucket.
    int buckets = Math.max(16, n / 2);
    this.timeBase = wStart[0];
    this.timeWidth = ceilDiv(wEnd[n - 1] - timeBase, buckets);
    this.timeIndex = new int[buckets + 2];
    this.cumWidth = Math.max(1, ceilDiv(totalCum, buckets));
    this.cumIndex = new int[buckets + 2];
    int ti = 0;
    int ci = 0;
    for (int b = 0; b < buckets + 2; b++) {
      long instant = timeBase + b * timeWidth;
      while (ti + 1 < n && wStart[ti + 1] <= instant) {
        ti++;
      }
      timeIndex[b] = ti;
      long c = b * cumWidth;
      while (ci + 1 < n && wCum[ci + 1] <= c) {
        ci++;
      }
      cumIndex[b] = ci;
    }
  }

  private static void markWeek(BitSet bits, long index, int weeks) {
    if (index >= 0 && index < weeks) {
      bits.set((int) index);
    }
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }

  /** The week (Monday to Sunday) of an epoch day; week 0 starts on Monday 1969-12-29. */
  static long weekOf(long epochDay) {
    return Math.floorDiv(epochDay + 3, 7);
  }

  private static long mondayEpochDay(long week) {
    return 7 * week - 3;
  }

  private static long localMonday(long week) {
    return mondayEpochDay(week) * DAY;
  }

  /** Sorts intervals {start, end} and joins those that overlap or touch. */
  private static List<long[]> merge(List<long[]> intervals) {
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

  // ---------------------------------------------------------------- hot path

  /** Returns the window whose start is the last at or before {@code second}. */
  private int windowAt(long second) {
    int b = (int) ((second - timeBase) / timeWidth);
    int lo = timeIndex[b];
    int hi = timeIndex[b + 1];
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (wStart[mid] <= second) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** Returns the last window whose cumulative count at its start is at most {@code v}. */
  private int windowWithCum(long v) {
    int b = (int) (v / cumWidth);
    int lo = cumIndex[b];
    int hi = cumIndex[b + 1];
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (wCum[mid] <= v) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** Returns the last index in {@code [from, to)} whose value is at most {@code key}, or from - 1. */
  private static int lastAtOrBefore(int[] sorted, int from, int to, long key) {
    int lo = from;
    int hi = to - 1;
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

  /**
   * Returns {@code C(second) << 1 | open}: the business seconds before {@code second} and whether
   * the second {@code [second, second + 1)} is open.
   */
  private long cumAndOpen(long second) {
    int i = windowAt(second);
    int[] starts;
    int[] ends;
    int[] cums;
    int from;
    int to;
    long rel;
    long base;
    if (second < wEnd[i]) {
      starts = ivStart;
      ends = ivEnd;
      cums = ivCum;
      from = ivFirst[i];
      to = ivFirst[i + 1];
      rel = second - wStart[i];
      base = wCum[i];
    } else {
      long offset = second - wEnd[i];
      long k = offset / WEEK;
      starts = tplStart;
      ends = tplEnd;
      cums = tplCum;
      from = 0;
      to = starts.length;
      rel = offset - k * WEEK;
      base = wCumEnd[i] + k * weeklyTotal;
    }
    int j = lastAtOrBefore(starts, from, to, rel);
    if (j < from) {
      return base << 1;
    }
    long inside = rel - starts[j];
    long length = ends[j] - starts[j];
    return inside < length
        ? ((base + cums[j] + inside) << 1) | 1
        : (base + cums[j] + length) << 1;
  }

  /**
   * Returns the epoch second that starts business second {@code v} (the latest instant {@code x}
   * with {@code C(x) == v}); {@code 0 <= v < totalCum}.
   */
  private long positionOf(long v) {
    int i = windowWithCum(v);
    if (v < wCumEnd[i]) {
      long rel = v - wCum[i];
      int j = lastAtOrBefore(ivCum, ivFirst[i], ivFirst[i + 1], rel);
      return wStart[i] + ivStart[j] + (rel - ivCum[j]);
    }
    long rel = v - wCumEnd[i];
    long k = rel / weeklyTotal;
    long r = rel - k * weeklyTotal;
    int j = lastAtOrBefore(tplCum, 0, tplCum.length, r);
    return wEnd[i] + k * WEEK + tplStart[j] + (r - tplCum[j]);
  }

  private boolean openAt(long second) {
    return (cumAndOpen(second) & 1) != 0;
  }

  /**
   * Returns the end of the open interval containing the open second {@code second}, or {@link
   * Long#MAX_VALUE} if it never closes within the compiled range.
   */
  private long closeAfter(long second) {
    long s = second;
    while (true) {
      if (weeklyFull && s >= openForeverFrom) {
        return Long.MAX_VALUE;
      }
      int i = windowAt(s);
      if (s < wEnd[i]) {
        long rel = s - wStart[i];
        int j = lastAtOrBefore(ivStart, ivFirst[i], ivFirst[i + 1], rel);
        long end = wStart[i] + ivEnd[j];
        if (end < wEnd[i]) {
          return end;
        }
        if (i == n - 1) {
          return Long.MAX_VALUE;
        }
        s = end;
      } else {
        long offset = s - wEnd[i];
        long k = offset / WEEK;
        long weekStart = wEnd[i] + k * WEEK;
        int j = lastAtOrBefore(tplStart, 0, tplStart.length, offset - k * WEEK);
        if (tplEnd[j] < WEEK) {
          return weekStart + tplEnd[j];
        }
        long runWeeks = (wStart[i + 1] - wEnd[i]) / WEEK;
        if (!weeklyFull && k + 1 < runWeeks) {
          return weekStart + WEEK + (tplStart[0] == 0 ? tplEnd[0] : 0);
        }
        s = wStart[i + 1];
      }
      if (!openAt(s)) {
        return s;
      }
    }
  }

  // ---------------------------------------------------------------- operations

  boolean isOpen(Instant t) {
    return openAt(t.getEpochSecond());
  }

  Instant nextOpen(Instant t) {
    long co = cumAndOpen(t.getEpochSecond());
    if ((co & 1) != 0) {
      return t;
    }
    long v = co >>> 1;
    if (v >= totalCum) {
      throw noOpenTimeAfter(t, Duration.ZERO);
    }
    return Instant.ofEpochSecond(positionOf(v));
  }

  Instant nextClose(Instant t) {
    Instant open = nextOpen(t);
    long close = closeAfter(open.getEpochSecond());
    if (close == Long.MAX_VALUE) {
      if (weeklyFull) {
        throw new IllegalStateException("calendar never closes after " + t);
      }
      throw new ArithmeticException("nextClose from " + t + " is after the supported range");
    }
    return Instant.ofEpochSecond(close);
  }

  Instant plus(Instant t, Duration d) {
    if (d.isZero()) {
      return nextOpen(t);
    }
    long co = cumAndOpen(t.getEpochSecond());
    long cs = co >>> 1;
    if (d.getSeconds() > totalCum - cs) {
      throw noOpenTimeAfter(t, d);
    }
    long vs = cs + d.getSeconds();
    long vn = ((co & 1) != 0 ? t.getNano() : 0) + (long) d.getNano();
    if (vn >= NANOS_PER_SECOND) {
      vn -= NANOS_PER_SECOND;
      vs++;
    }
    if (vn == 0) {
      if (vs > totalCum) {
        throw noOpenTimeAfter(t, d);
      }
      return Instant.ofEpochSecond(positionOf(vs - 1) + 1);
    }
    if (vs >= totalCum) {
      throw noOpenTimeAfter(t, d);
    }
    return Instant.ofEpochSecond(positionOf(vs), vn);
  }

  Instant minus(Instant t, Duration d) {
    if (d.isZero()) {
      return t;
    }
    long co = cumAndOpen(t.getEpochSecond());
    long vs = (co >>> 1) - d.getSeconds();
    long vn = ((co & 1) != 0 ? t.getNano() : 0) - (long) d.getNano();
    if (vn < 0) {
      vn += NANOS_PER_SECOND;
      vs--;
    }
    if (vs < 0) {
      if (weeklyEmpty) {
        throw new IllegalStateException(
            "calendar must be open for " + d + " before " + t + ", but is open for less");
      }
      throw new ArithmeticException("minus(" + t + ", " + d + ") is before the supported range");
    }
    return Instant.ofEpochSecond(positionOf(vs), vn);
  }

  Duration between(Instant a, Instant b) {
    long ca = cumAndOpen(a.getEpochSecond());
    long cb = cumAndOpen(b.getEpochSecond());
    long nanos = ((cb & 1) != 0 ? b.getNano() : 0) - ((ca & 1) != 0 ? a.getNano() : 0);
    return Duration.ofSeconds((cb >>> 1) - (ca >>> 1), nanos);
  }

  List<TimeInterval> openIntervals(Instant from, Instant to) {
    List<TimeInterval> out = new ArrayList<>();
    Instant cursor = from;
    while (cursor.isBefore(to)) {
      long co = cumAndOpen(cursor.getEpochSecond());
      Instant start;
      if ((co & 1) != 0) {
        start = cursor;
      } else {
        long v = co >>> 1;
        if (v >= totalCum) {
          break;
        }
        start = Instant.ofEpochSecond(positionOf(v));
        if (!start.isBefore(to)) {
          break;
        }
      }
      long close = closeAfter(start.getEpochSecond());
      Instant end = close == Long.MAX_VALUE ? to : Instant.ofEpochSecond(close);
      out.add(new TimeInterval(start, end.isAfter(to) ? to : end));
      cursor = end;
    }
    return out;
  }

  private RuntimeException noOpenTimeAfter(Instant t, Duration d) {
    if (weeklyEmpty) {
      return new IllegalStateException(
          d.isZero()
              ? "calendar never opens after " + t
              : "calendar must be open for " + d + " after " + t + ", but is open for less");
    }
    return new ArithmeticException(
        "the result for " + t + " and " + d + " is after the supported range");
  }

  /** The schedule as primitive ranges {startSecond, endSecond} per weekday and per epoch day. */
  private static final class Schedule {
    private static final int[][] NONE = new int[0][];

    final int[][][] weekly = new int[7][][];
    final Map<Long, int[][]> overrides = new HashMap<>();
    final Set<Long> closed = new HashSet<>();

    Schedule(
        Map<DayOfWeek, List<LocalTimeRange>> weekly,
        Set<LocalDate> closed,
        Map<LocalDate, List<LocalTimeRange>> overrides) {
      for (DayOfWeek day : DayOfWeek.values()) {
        this.weekly[day.getValue() - 1] = ranges(weekly.getOrDefault(day, List.of()));
      }
      for (LocalDate date : closed) {
        this.closed.add(date.toEpochDay());
      }
      overrides.forEach((date, ranges) -> this.overrides.put(date.toEpochDay(), ranges(ranges)));
    }

    private static int[][] ranges(List<LocalTimeRange> ranges) {
      int[][] out = new int[ranges.size()][];
      for (int i = 0; i < out.length; i++) {
        out[i] = new int[] {ranges.get(i).startSecond(), ranges.get(i).endSecond()};
      }
      return out;
    }

    int[][] rangesOn(long epochDay) {
      int[][] override = overrides.get(epochDay);
      if (override != null) {
        return override;
      }
      if (closed.contains(epochDay)) {
        return NONE;
      }
      return weekly[Math.floorMod(epochDay + 3, 7)];
    }

    Set<Long> specialDays() {
      Set<Long> days = new HashSet<>(closed);
      days.addAll(overrides.keySet());
      return days;
    }
  }
}
