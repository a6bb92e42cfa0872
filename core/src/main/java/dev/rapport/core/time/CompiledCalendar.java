package dev.rapport.core.time;

import static dev.rapport.core.time.CalendarEra.DAY;
import static dev.rapport.core.time.CalendarEra.WEEK;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fast engine behind {@link BusinessCalendar}: the weekly template compiled once, and the
 * supported range cut into eras of {@value #ERA_WEEKS} local weeks, each compiled into a {@link
 * CalendarEra} the first time a query reaches it. An era is a few kilobytes and compiles in tens of
 * microseconds, so a calendar costs little until it is used across many years.
 *
 * <p>Interval boundaries are whole seconds (offsets and {@link LocalTimeRange}s are), so the
 * nanoseconds of an instant are either all open or all closed: the hot path works on epoch seconds
 * in primitive longs and adds the nanoseconds at the end. Cumulative counts are relative to the
 * era; an operation that crosses eras adds up whole eras' totals, at most {@code eraCount} of them.
 *
 * <p>Thread-safe: the eras are compiled lazily into a plain array, a benign data race, because a
 * {@code CalendarEra} is immutable with final fields only (as {@code String} caches its hash); two
 * threads may compile the same era, and both get equal results.
 */
final class CompiledCalendar {
  /** Local weeks per era, about ten years. */
  static final int ERA_WEEKS = 512;

  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final int CHUNK_SHIFT = 24;

  /** The compiled weeks: three weeks beyond the supported dates on either side. */
  private static final long FIRST_WEEK =
      CalendarEra.weekOf(BusinessCalendar.FIRST_DATE.toEpochDay() - 21);

  private static final long LAST_WEEK =
      CalendarEra.weekOf(BusinessCalendar.LAST_DATE.toEpochDay() + 21);

  /** More business seconds than the supported range holds. */
  private static final long MAX_SECONDS = 500L * 366 * DAY;

  /**
   * The zone timelines of the compiled range, shared by all calendars: a few hundred zones at most,
   * each a few kilobytes, keyed by their rules (which compare by content).
   */
  private static final ConcurrentHashMap<ZoneRules, ZoneTimeline> TIMELINES =
      new ConcurrentHashMap<>();

  private final Template template;
  private final ZoneTimeline timeline;
  private final Schedule schedule;
  private final int eraCount;

  /** Era k covers {@code [eraStart[k], eraStart[k + 1])}. */
  private final long[] eraStart;

  private final CalendarEra[] eras;

  /** For each chunk of 2^24 seconds (194 days) from the first era's start, its first era. */
  private final int[] eraByChunk;

  /** With a full weekly template, the calendar is open without end from this second on. */
  private final long openForeverFrom;

  CompiledCalendar(
      ZoneId zone,
      Map<DayOfWeek, List<LocalTimeRange>> weekly,
      Set<LocalDate> closed,
      Map<LocalDate, List<LocalTimeRange>> overrides) {
    this.timeline = TIMELINES.computeIfAbsent(zone.getRules(), CompiledCalendar::timeline);
    this.schedule = new Schedule(weekly, closed, overrides);
    this.template = new Template(schedule);
    this.eraCount = (int) ((LAST_WEEK - FIRST_WEEK + ERA_WEEKS) / ERA_WEEKS);
    this.eraStart = new long[eraCount + 1];
    for (int k = 0; k < eraCount; k++) {
      eraStart[k] = timeline.toEpochSecond(CalendarEra.localMonday(FIRST_WEEK + k * ERA_WEEKS));
    }
    eraStart[eraCount] = timeline.toEpochSecond(CalendarEra.localMonday(LAST_WEEK + 1));
    this.eras = new CalendarEra[eraCount];
    this.eraByChunk = new int[(int) ((eraStart[eraCount] - eraStart[0]) >>> CHUNK_SHIFT) + 1];
    for (int c = 0, k = 0; c < eraByChunk.length; c++) {
      while (eraStart[k + 1] <= eraStart[0] + ((long) c << CHUNK_SHIFT) && k + 1 < eraCount) {
        k++;
      }
      eraByChunk[c] = k;
    }
    long[] special = schedule.specialDays;
    this.openForeverFrom =
        special.length == 0
            ? Long.MIN_VALUE
            : timeline.toEpochSecond((special[special.length - 1] + 11) * DAY);
  }

  private static ZoneTimeline timeline(ZoneRules rules) {
    return new ZoneTimeline(
        rules,
        CalendarEra.localMonday(FIRST_WEEK) - 2 * WEEK,
        CalendarEra.localMonday(LAST_WEEK + 1) + 2 * WEEK);
  }

  /** The weekly template: merged intervals in seconds after Monday 00:00, within a week. */
  static final class Template {
    private static final int HOUR = 3600;

    final int[] start;
    final int[] end;
    final int[] cum;
    final int weeklyTotal;
    final boolean full;

    /**
     * {@code weeklyTotal}'s reciprocal for exact division of numbers below 2^31 by a multiply and a
     * shift (Granlund and Montgomery): {@code n / weeklyTotal == (n * reciprocal) >>> shift}.
     */
    private final long reciprocal;

    private final int shift;

    /** For each hour of the week, the last interval starting at or before it, or -1. */
    private final int[] byHour;

    /** For each hour of open time, the last interval with at most that much open time before it. */
    private final int[] byOpenHour;

    Template(Schedule schedule) {
      List<long[]> intervals = new ArrayList<>();
      for (int day = 0; day < 7; day++) {
        long dayStart = (long) day * DAY;
        for (int[] range : schedule.weekly[day]) {
          long s = dayStart + range[0];
          long e = dayStart + range[1];
          if (e <= WEEK) {
            intervals.add(new long[] {s, e});
          } else {
            // Sunday's overnight range runs into Monday: the week wraps.
            intervals.add(new long[] {s, WEEK});
            intervals.add(new long[] {0, e - WEEK});
          }
        }
      }
      List<long[]> merged = CalendarEra.merge(intervals);
      int m = merged.size();
      this.start = new int[m];
      this.end = new int[m];
      this.cum = new int[m];
      int total = 0;
      for (int j = 0; j < m; j++) {
        start[j] = (int) merged.get(j)[0];
        end[j] = (int) merged.get(j)[1];
        cum[j] = total;
        total += end[j] - start[j];
      }
      this.weeklyTotal = total;
      this.full = total == WEEK;
      this.shift = shiftFor(Math.max(total, 1));
      this.reciprocal = reciprocalFor(Math.max(total, 1), shift);
      this.byHour = new int[(int) (WEEK / HOUR)];
      for (int h = 0; h < byHour.length; h++) {
        byHour[h] = CalendarEra.lastAtOrBefore(start, 0, m, (long) h * HOUR);
      }
      this.byOpenHour = new int[total / HOUR + 1];
      for (int h = 0; h < byOpenHour.length; h++) {
        byOpenHour[h] = CalendarEra.lastAtOrBefore(cum, 0, m, (long) h * HOUR);
      }
    }

    /** Returns {@code open / weeklyTotal} for {@code 0 <= open < 2^31}, without a division. */
    int weeks(int open) {
      return divide(open, reciprocal, shift);
    }

    /** Returns {@code 31 + ceil(log2(divisor))}, for a divisor {@code >= 1}. */
    static int shiftFor(int divisor) {
      return 31 + (divisor == 1 ? 0 : 32 - Integer.numberOfLeadingZeros(divisor - 1));
    }

    /** Returns {@code ceil(2^shift / divisor)}, below 2^32, so that {@code n * m < 2^63}. */
    static long reciprocalFor(int divisor, int shift) {
      return ((1L << shift) + divisor - 1) / divisor;
    }

    /** Returns {@code n / divisor} for {@code 0 <= n < 2^31} from the divisor's reciprocal. */
    static int divide(int n, long reciprocal, int shift) {
      return (int) ((n * reciprocal) >>> shift);
    }

    /** Returns the last interval starting at or before {@code second} of the week, or -1. */
    int intervalAt(int second) {
      int j = byHour[second / HOUR];
      while (j + 1 < start.length && start[j + 1] <= second) {
        j++;
      }
      return j;
    }

    /** Returns the interval holding open second {@code open} of the week, {@code < weeklyTotal}. */
    int intervalWithOpenTime(int open) {
      int j = byOpenHour[open / HOUR];
      while (j + 1 < cum.length && cum[j + 1] <= open) {
        j++;
      }
      return j;
    }
  }

  /** The schedule as primitive ranges {startSecond, endSecond} per weekday and per epoch day. */
  static final class Schedule {
    private static final int[][] NONE = new int[0][];

    final int[][][] weekly = new int[7][][];
    private final Map<Long, int[][]> overrides = new HashMap<>();
    private final Set<Long> closed = new HashSet<>();

    /** The closed and overridden epoch days, ascending. */
    final long[] specialDays;

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
      Set<Long> days = new HashSet<>(this.closed);
      days.addAll(this.overrides.keySet());
      this.specialDays = days.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static int[][] ranges(List<LocalTimeRange> ranges) {
      int[][] out = new int[ranges.size()][];
      for (int i = 0; i < out.length; i++) {
        out[i] = new int[] {ranges.get(i).startSecond(), ranges.get(i).endSecond()};
      }
      return out;
    }

    /** Returns the ranges that start on an epoch day. */
    int[][] rangesOn(long epochDay) {
      int[][] override = overrides.get(epochDay);
      if (override != null) {
        return override;
      }
      if (closed.contains(epochDay)) {
        return NONE;
      }
      // Epoch day 0 is a Thursday.
      return weekly[Math.floorMod(epochDay + 3, 7)];
    }

    /** Returns the closed and overridden epoch days in {@code [from, to]}. */
    long[] specialDaysWithin(long from, long to) {
      int lo = ZoneTimeline.lastAtOrBefore(specialDays, from - 1) + 1;
      int hi = ZoneTimeline.lastAtOrBefore(specialDays, to) + 1;
      return Arrays.copyOfRange(specialDays, lo, hi);
    }
  }

  // ---------------------------------------------------------------- eras

  private CalendarEra era(int k) {
    CalendarEra era = eras[k];
    if (era == null) {
      long first = FIRST_WEEK + (long) k * ERA_WEEKS;
      long last = Math.min(first + ERA_WEEKS - 1, LAST_WEEK);
      era = new CalendarEra(template, timeline, schedule, first, last);
      eras[k] = era;
    }
    return era;
  }

  /**
   * Returns the era of an epoch second within the compiled range: a chunk holds at most one era
   * boundary, since eras are years long.
   */
  private int eraOf(long second) {
    int k = eraByChunk[(int) ((second - eraStart[0]) >>> CHUNK_SHIFT)];
    return second < eraStart[k + 1] ? k : k + 1;
  }

  /**
   * Returns the epoch second that starts business second {@code q}, counted from the start of era
   * {@code k}, or {@link Long#MAX_VALUE} if the compiled range has less open time.
   */
  private long positionOrMax(int k, long q) {
    int era = k;
    long rest = q;
    while (true) {
      CalendarEra e = era(era);
      if (rest < e.total) {
        return e.positionOf(rest);
      }
      rest -= e.total;
      era++;
      if (era == eraCount) {
        return Long.MAX_VALUE;
      }
    }
  }

  /** As {@link #positionOrMax}, throwing when the open time runs out after {@code t + d}. */
  private long position(int k, long q, Instant t, Duration d) {
    long position = positionOrMax(k, q);
    if (position == Long.MAX_VALUE) {
      throw noOpenTimeAfter(t, d);
    }
    return position;
  }

  /**
   * Returns the end of the open interval containing the open second {@code second}, or {@link
   * Long#MAX_VALUE} if it does not close within the compiled range.
   */
  private long closeAfter(long second) {
    long s = second;
    int k = eraOf(s);
    while (true) {
      if (template.full && s >= openForeverFrom) {
        return Long.MAX_VALUE;
      }
      long close = era(k).closeAfter(s);
      if (close < eraStart[k + 1]) {
        return close;
      }
      k++;
      if (k == eraCount) {
        return Long.MAX_VALUE;
      }
      s = close;
      if ((era(k).cumAndOpen(s) & 1) == 0) {
        return s;
      }
    }
  }

  // ---------------------------------------------------------------- operations

  boolean isOpen(Instant t) {
    long s = t.getEpochSecond();
    return (era(eraOf(s)).cumAndOpen(s) & 1) != 0;
  }

  Instant nextOpen(Instant t) {
    long s = t.getEpochSecond();
    int k = eraOf(s);
    long co = era(k).cumAndOpen(s);
    if ((co & 1) != 0) {
      return t;
    }
    return Instant.ofEpochSecond(position(k, co >>> 1, t, Duration.ZERO));
  }

  Instant nextClose(Instant t) {
    long close = closeAfter(nextOpen(t).getEpochSecond());
    if (close == Long.MAX_VALUE) {
      if (template.full) {
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
    if (d.getSeconds() > MAX_SECONDS) {
      throw noOpenTimeAfter(t, d);
    }
    long s = t.getEpochSecond();
    int k = eraOf(s);
    long co = era(k).cumAndOpen(s);
    long vs = (co >>> 1) + d.getSeconds();
    long vn = ((co & 1) != 0 ? t.getNano() : 0) + (long) d.getNano();
    if (vn >= NANOS_PER_SECOND) {
      vn -= NANOS_PER_SECOND;
      vs++;
    }
    if (vn == 0) {
      // The earliest instant: the end of business second vs - 1.
      return Instant.ofEpochSecond(position(k, vs - 1, t, d) + 1);
    }
    return Instant.ofEpochSecond(position(k, vs, t, d), vn);
  }

  Instant minus(Instant t, Duration d) {
    if (d.isZero()) {
      return t;
    }
    long s = t.getEpochSecond();
    int k = eraOf(s);
    long co = era(k).cumAndOpen(s);
    long vs = (co >>> 1) - Math.min(d.getSeconds(), MAX_SECONDS);
    long vn = ((co & 1) != 0 ? t.getNano() : 0) - (long) d.getNano();
    if (vn < 0) {
      vn += NANOS_PER_SECOND;
      vs--;
    }
    while (vs < 0) {
      k--;
      if (k < 0) {
        if (template.weeklyTotal == 0) {
          throw new IllegalStateException(
              "calendar must be open for " + d + " before " + t + ", but is open for less");
        }
        throw new ArithmeticException("minus(" + t + ", " + d + ") is before the supported range");
      }
      vs += era(k).total;
    }
    return Instant.ofEpochSecond(era(k).positionOf(vs), vn);
  }

  Duration between(Instant a, Instant b) {
    long sa = a.getEpochSecond();
    long sb = b.getEpochSecond();
    int ka = eraOf(sa);
    int kb = eraOf(sb);
    long ca = era(ka).cumAndOpen(sa);
    long cb = era(kb).cumAndOpen(sb);
    long seconds = (cb >>> 1) - (ca >>> 1);
    for (int k = ka; k < kb; k++) {
      seconds += era(k).total;
    }
    long nanos = ((cb & 1) != 0 ? b.getNano() : 0) - ((ca & 1) != 0 ? a.getNano() : 0);
    return Duration.ofSeconds(seconds, nanos);
  }

  /**
   * Writes into {@code out[i]} the business coordinate of each of the instants {@code
   * (epochSeconds[i], nanos[i])} for {@code i < count}, which are within the supported range: the
   * open nanoseconds from the start of the era holding the first instant, which this returns. Each
   * instant's era is found from the previous one's, so a run of instants costs one lookup each.
   *
   * @throws IllegalArgumentException if an instant is before the one before it
   */
  int coordinates(long[] epochSeconds, int[] nanos, int count, long[] out) {
    int base = eraOf(epochSeconds[0]);
    int k = base;
    long before = 0; // the open seconds of eras base to k - 1
    for (int i = 0; i < count; i++) {
      long s = epochSeconds[i];
      if (i > 0
          && (s < epochSeconds[i - 1] || (s == epochSeconds[i - 1] && nanos[i] < nanos[i - 1]))) {
        throw new IllegalArgumentException(
            "instants must be in order, but instants["
                + i
                + "] was "
                + Instant.ofEpochSecond(s, nanos[i])
                + ", before "
                + Instant.ofEpochSecond(epochSeconds[i - 1], nanos[i - 1]));
      }
      while (s >= eraStart[k + 1]) {
        before += era(k).total;
        k++;
      }
      long co = era(k).cumAndOpen(s);
      out[i] =
          Math.addExact(
              Math.multiplyExact(before + (co >>> 1), NANOS_PER_SECOND),
              (co & 1) != 0 ? nanos[i] : 0);
    }
    return base;
  }

  /**
   * Returns {@link #plus(Instant, Duration) plus(t, ofNanos(nanos))} for a positive {@code nanos},
   * given the coordinate of {@code t} from the start of era {@code base} (see {@link
   * #coordinates}).
   */
  Instant plus(int base, Instant t, long coordinate, long nanos) {
    long target = Math.addExact(coordinate, nanos);
    long vs = target / NANOS_PER_SECOND;
    long vn = target % NANOS_PER_SECOND;
    if (vn == 0) {
      // The earliest instant: the end of business second vs - 1.
      return Instant.ofEpochSecond(positionOrThrow(base, vs - 1, t, nanos) + 1);
    }
    return Instant.ofEpochSecond(positionOrThrow(base, vs, t, nanos), vn);
  }

  private long positionOrThrow(int k, long q, Instant t, long nanos) {
    long position = positionOrMax(k, q);
    if (position == Long.MAX_VALUE) {
      throw noOpenTimeAfter(t, Duration.ofNanos(nanos));
    }
    return position;
  }

  List<TimeInterval> openIntervals(Instant from, Instant to) {
    List<TimeInterval> out = new ArrayList<>();
    Instant cursor = from;
    while (cursor.isBefore(to)) {
      long s = cursor.getEpochSecond();
      int k = eraOf(s);
      long co = era(k).cumAndOpen(s);
      Instant start = cursor;
      if ((co & 1) == 0) {
        long opening = positionOrMax(k, co >>> 1);
        if (opening == Long.MAX_VALUE) {
          break;
        }
        start = Instant.ofEpochSecond(opening);
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
    if (template.weeklyTotal == 0) {
      return new IllegalStateException(
          d.isZero()
              ? "calendar never opens after " + t
              : "calendar must be open for " + d + " after " + t + ", but is open for less");
    }
    return new ArithmeticException(
        "the result for " + t + " and " + d + " is after the supported range");
  }
}
