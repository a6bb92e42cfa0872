package dev.rapport.core.time;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Maps;
import dev.rapport.core.time.internal.BusinessCoordinates;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Business hours in a time zone: a weekly schedule, closed dates (holidays) and date overrides
 * (special hours), and the arithmetic of business time on them. SLA targets such as "answer within
 * 4 business hours" are computed with it.
 *
 * <pre>{@code
 * BusinessCalendar calendar =
 *     BusinessCalendar.builder(ZoneId.of("America/New_York"))
 *         .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
 *         .closed(LocalDate.of(2027, 7, 5))                                   // a holiday
 *         .override(LocalDate.of(2027, 12, 24), LocalTime.of(9, 0), LocalTime.of(13, 0))
 *         .build();
 * Instant friday4pm = Instant.parse("2027-01-08T21:00:00Z");       // 16:00 in New York
 * calendar.plus(friday4pm, Duration.ofHours(1));   // Fri 17:00, exactly at closing time
 * calendar.plus(friday4pm, Duration.ofHours(2));   // Mon 10:00 (2027-01-11T15:00:00Z)
 * calendar.between(friday4pm, Instant.parse("2027-01-11T15:00:00Z"));  // PT2H
 * }</pre>
 *
 * <h2>Semantics</h2>
 *
 * <ul>
 *   <li><b>Open intervals.</b> Each date's {@link LocalTimeRange}s become concrete half-open
 *       intervals {@code [start, end)} of instants; a range whose end is at or before its start
 *       ends on the next day ({@code 22:00-02:00}), an end of {@code 00:00} is the end of the day,
 *       {@code 00:00-00:00} is the whole day. A range belongs to the date on which it starts: a
 *       closed date or an override on a date replaces the ranges that <em>start</em> on it, and an
 *       overnight range of the day before still runs into it. The calendar is open on the union of
 *       all these intervals; intervals that touch join into one.
 *   <li><b>Daylight saving.</b> Local times become instants as {@link
 *       java.time.ZonedDateTime#of(java.time.LocalDateTime, ZoneId)} makes them: a local time in a
 *       gap moves forward by the length of the gap (02:30 on a spring-forward night in New York is
 *       03:30 EDT), and an ambiguous local time takes the earlier offset. A range whose end then
 *       falls at or before its start is empty that day.
 *   <li><b>Business time is elapsed real time</b> inside open intervals: a day open 00:00-00:00
 *       counts 25 hours on a fall-back day and 23 on a spring-forward day; 09:00-17:00 counts 8
 *       hours whatever the day.
 *   <li><b>{@link #plus(Instant, Duration) plus}</b> returns the earliest instant at which the
 *       given business time has elapsed, so it may land exactly on a closing time: on 09:00-17:00
 *       Monday to Friday, Friday 16:00 plus 1 hour is Friday 17:00, not Monday 09:00. {@code
 *       plus(t, ZERO)} is {@code t} if open, else the next opening. For every {@code t} (open or
 *       closed) and {@code d >= 0}, {@code between(t, plus(t, d)).equals(d)}.
 *   <li><b>{@link #minus(Instant, Duration) minus}</b> returns the latest {@code s} with {@code
 *       between(s, t).equals(d)}: on the same calendar, Monday 10:00 minus 1 hour is Monday 09:00
 *       (not Friday 17:00), and Saturday noon minus 1 hour is Friday 16:00.
 *   <li><b>{@link #between(Instant, Instant) between}</b> is the business time elapsed in {@code
 *       [a, b)}; {@code b} before {@code a} is an error, never a negative duration.
 *   <li>Instants keep their nanoseconds: only the calendar's own interval boundaries are whole
 *       seconds.
 * </ul>
 *
 * <h2>Range and errors</h2>
 *
 * Instants from {@link #EARLIEST} to {@link #LATEST} (years 1900 to 2299) are supported; closed and
 * overridden dates must lie in those years. An instant argument outside the range is an {@link
 * IllegalArgumentException} naming it; a result that would leave the range is an {@link
 * ArithmeticException}. A calendar whose weekly schedule is empty opens only on its override dates:
 * once they are past, {@code nextOpen}, {@code nextClose} and {@code plus} throw {@link
 * IllegalStateException}, and a calendar open 24/7 from some point on makes {@code nextClose} throw
 * {@code IllegalStateException("calendar never closes ...")}. No operation loops without end.
 *
 * <h2>Cost</h2>
 *
 * The weekly schedule is compiled once into sorted intervals with prefix sums; weeks without a
 * holiday, an override or an offset change are skipped by arithmetic, and the others are stored
 * exactly, ten years at a time, the first time a query reaches them. Every operation but {@code
 * openIntervals} then costs a few array lookups and allocates only its result, however long the
 * duration: adding 10,000 business hours costs about what adding one hour does.
 *
 * <p>Immutable and thread-safe; {@code equals} compares the configuration (zone, weekly schedule,
 * closed dates, overrides).
 */
public final class BusinessCalendar {
  /** The earliest supported instant, {@code 1900-01-01T00:00:00Z}. */
  public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

  /** The latest supported instant, {@code 2300-01-01T00:00:00Z}. */
  public static final Instant LATEST = Instant.parse("2300-01-01T00:00:00Z");

  static {
    BusinessCoordinates.register(new CoordinateAccess());
  }

  static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
  static final LocalDate LAST_DATE = LocalDate.of(2299, 12, 31);

  private static final LocalTimeRange WHOLE_DAY =
      new LocalTimeRange(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

  private final ZoneId zone;
  private final ImmutableMap<DayOfWeek, List<LocalTimeRange>> weekly;
  private final ImmutableSortedSet<LocalDate> closed;
  private final ImmutableSortedMap<LocalDate, List<LocalTimeRange>> overrides;
  private final CompiledCalendar engine;

  private BusinessCalendar(
      ZoneId zone,
      ImmutableMap<DayOfWeek, List<LocalTimeRange>> weekly,
      ImmutableSortedSet<LocalDate> closed,
      ImmutableSortedMap<LocalDate, List<LocalTimeRange>> overrides) {
    this.zone = zone;
    this.weekly = weekly;
    this.closed = closed;
    this.overrides = overrides;
    this.engine = new CompiledCalendar(zone, weekly, closed, overrides);
  }

  /** Returns a builder of a calendar in {@code zone}, with nothing open yet. */
  public static Builder builder(ZoneId zone) {
    return new Builder(zone);
  }

  /** Returns a builder holding {@code calendar}'s configuration, to derive a variant. */
  public static Builder builder(BusinessCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    Builder builder = new Builder(calendar.zone);
    calendar.weekly.forEach((day, ranges) -> builder.weekly.get(day).addAll(ranges));
    builder.closed.addAll(calendar.closed);
    calendar.overrides.forEach(
        (date, ranges) -> builder.overrides.put(date, new ArrayList<>(ranges)));
    return builder;
  }

  /** Returns a calendar open all the time (24/7) in {@code zone}. */
  public static BusinessCalendar always(ZoneId zone) {
    return builder(zone)
        .open(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
        .build();
  }

  /** Returns the calendar's time zone. */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the weekly schedule: for each day with opening hours, its ranges sorted by start
   * (touching ranges of one day are joined where the result is a valid range). Immutable.
   */
  public Map<DayOfWeek, List<LocalTimeRange>> weeklySchedule() {
    return weekly;
  }

  /** Returns the closed dates (holidays), sorted. Immutable. */
  public Set<LocalDate> closedDates() {
    return closed;
  }

  /** Returns the override dates with their own ranges, sorted by date. Immutable. */
  public Map<LocalDate, List<LocalTimeRange>> overrides() {
    return overrides;
  }

  /**
   * Returns whether the calendar is open at {@code t}.
   *
   * @throws IllegalArgumentException if {@code t} is outside the supported range
   */
  public boolean isOpen(Instant t) {
    checkInstant(t, "t");
    return engine.isOpen(t);
  }

  /**
   * Returns {@code t} if the calendar is open then, else the next instant it opens.
   *
   * @throws IllegalStateException if the calendar never opens at or after {@code t}
   * @throws ArithmeticException if the next opening is after {@link #LATEST}
   */
  public Instant nextOpen(Instant t) {
    checkInstant(t, "t");
    return checkResult(engine.nextOpen(t), "nextOpen", t);
  }

  /**
   * Returns the end of the open interval containing {@code t}, or, if the calendar is closed at
   * {@code t}, the end of the next open interval.
   *
   * @throws IllegalStateException if the calendar never opens at or after {@code t}, or never
   *     closes after it (open 24/7 from some point on)
   * @throws ArithmeticException if that end is after {@link #LATEST}
   */
  public Instant nextClose(Instant t) {
    checkInstant(t, "t");
    return checkResult(engine.nextClose(t), "nextClose", t);
  }

  /**
   * Returns the earliest instant at which {@code d} of business time has elapsed since {@code t}:
   * {@code between(t, plus(t, d)).equals(d)}. {@code plus(t, ZERO)} is {@link #nextOpen(Instant)}.
   *
   * @throws IllegalArgumentException if {@code d} is negative or {@code t} outside the range
   * @throws IllegalStateException if the calendar is never open for {@code d} after {@code t}
   * @throws ArithmeticException if the result is after {@link #LATEST}
   */
  public Instant plus(Instant t, Duration d) {
    checkInstant(t, "t");
    checkDuration(d);
    return checkResult(engine.plus(t, d), "plus", t);
  }

  /**
   * Returns the latest instant {@code s} with {@code between(s, t).equals(d)}; {@code t} itself
   * when {@code d} is zero.
   *
   * @throws IllegalArgumentException if {@code d} is negative or {@code t} outside the range
   * @throws IllegalStateException if the calendar is never open for {@code d} before {@code t}
   * @throws ArithmeticException if the result is before {@link #EARLIEST}
   */
  public Instant minus(Instant t, Duration d) {
    checkInstant(t, "t");
    checkDuration(d);
    return checkResult(engine.minus(t, d), "minus", t);
  }

  /**
   * Returns the business time elapsed from {@code a} to {@code b}: the total length of the open
   * intervals within {@code [a, b)}.
   *
   * @throws IllegalArgumentException if {@code b} is before {@code a}, or either is outside the
   *     supported range
   */
  public Duration between(Instant a, Instant b) {
    checkInstant(a, "a");
    checkInstant(b, "b");
    if (b.isBefore(a)) {
      throw new IllegalArgumentException("b must not be before a " + a + ", but was " + b);
    }
    return engine.between(a, b);
  }

  /**
   * Returns the open intervals within {@code [from, to)}, clipped to it, in order; touching
   * intervals are joined, so consecutive intervals are separated by closed time.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}, or either is outside the
   *     supported range
   */
  public List<TimeInterval> openIntervals(Instant from, Instant to) {
    checkInstant(from, "from");
    checkInstant(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from " + from + ", but was " + to);
    }
    if (to.equals(from)) {
      return List.of();
    }
    return List.copyOf(engine.openIntervals(from, to));
  }

  /** {@link BusinessCoordinates}' operations, checked here and computed by the compiled form. */
  private static final class CoordinateAccess implements BusinessCoordinates.Access {
    @Override
    public int coordinates(
        BusinessCalendar calendar, long[] epochSeconds, int[] nanos, int count, long[] out) {
      Objects.requireNonNull(calendar, "calendar");
      Objects.requireNonNull(epochSeconds, "epochSeconds");
      Objects.requireNonNull(nanos, "nanos");
      Objects.requireNonNull(out, "out");
      int most = Math.min(Math.min(epochSeconds.length, nanos.length), out.length);
      if (count < 1 || count > most) {
        throw new IllegalArgumentException("count must be in [1, " + most + "], but was " + count);
      }
      for (int i = 0; i < count; i++) {
        if (nanos[i] < 0 || nanos[i] >= 1_000_000_000) {
          throw new IllegalArgumentException(
              "nanos[" + i + "] must be in [0, 999999999], but was " + nanos[i]);
        }
      }
      // The instants must be in order (the engine checks), so all lie between these two.
      checkInstant(epochSeconds[0], nanos[0], "instants[0]");
      checkInstant(epochSeconds[count - 1], nanos[count - 1], "instants[" + (count - 1) + "]");
      return calendar.engine.coordinates(epochSeconds, nanos, count, out);
    }

    @Override
    public Instant plus(
        BusinessCalendar calendar, int base, Instant t, long coordinate, long nanos) {
      Objects.requireNonNull(calendar, "calendar");
      checkInstant(t, "t");
      if (nanos <= 0) {
        throw new IllegalArgumentException("nanos must be positive, but was " + nanos);
      }
      return checkResult(calendar.engine.plus(base, t, coordinate, nanos), "plus", t);
    }
  }

  private static void checkInstant(Instant t, String name) {
    Objects.requireNonNull(t, name);
    if (t.isBefore(EARLIEST) || t.isAfter(LATEST)) {
      throw new IllegalArgumentException(
          name + " must be within [" + EARLIEST + ", " + LATEST + "], but was " + t);
    }
  }

  /** As {@link #checkInstant(Instant, String)}, for the instant (epochSecond, nano). */
  private static void checkInstant(long epochSecond, int nano, String name) {
    boolean inRange =
        epochSecond >= EARLIEST.getEpochSecond()
            && (epochSecond < LATEST.getEpochSecond()
                || (epochSecond == LATEST.getEpochSecond() && nano == 0));
    if (!inRange) {
      checkInstant(Instant.ofEpochSecond(epochSecond, nano), name);
    }
  }

  private static void checkDuration(Duration d) {
    Objects.requireNonNull(d, "d");
    if (d.isNegative()) {
      throw new IllegalArgumentException("d must not be negative, but was " + d);
    }
  }

  private static Instant checkResult(Instant result, String operation, Instant t) {
    if (result.isBefore(EARLIEST) || result.isAfter(LATEST)) {
      throw new ArithmeticException(
          operation
              + " from "
              + t
              + " must stay within ["
              + EARLIEST
              + ", "
              + LATEST
              + "], but was "
              + result);
    }
    return result;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BusinessCalendar other
        && zone.equals(other.zone)
        && weekly.equals(other.weekly)
        && closed.equals(other.closed)
        && overrides.equals(other.overrides);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, weekly, closed, overrides);
  }

  /**
   * Returns the configuration, readably: {@code BusinessCalendar{zone=America/New_York,
   * weekly={MONDAY=[09:00-17:00], ...}, closed=[2027-07-05],
   * overrides={2027-12-24=[09:00-13:00]}}}.
   */
  @Override
  public String toString() {
    return "BusinessCalendar{zone="
        + zone
        + ", weekly="
        + weekly
        + ", closed="
        + closed
        + ", overrides="
        + overrides
        + "}";
  }

  /**
   * Builds a {@link BusinessCalendar}. Each method checks its own arguments; {@link #build()}
   * checks the rules that span them (no overlapping ranges, some open time). Not thread-safe: a
   * builder belongs to one thread.
   */
  public static final class Builder {
    private final ZoneId zone;
    private final EnumMap<DayOfWeek, List<LocalTimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
    private final TreeSet<LocalDate> closed = new TreeSet<>();
    private final TreeMap<LocalDate, List<LocalTimeRange>> overrides = new TreeMap<>();

    private Builder(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      for (DayOfWeek day : DayOfWeek.values()) {
        weekly.put(day, new ArrayList<>());
      }
    }

    /**
     * Opens {@code day} from {@code start} to {@code end} every week; see {@link LocalTimeRange}
     * for overnight ranges and midnight. May be called several times for one day.
     *
     * @throws IllegalArgumentException if a time is not a whole second, or {@code start} equals
     *     {@code end} and is not midnight
     */
    public Builder open(DayOfWeek day, LocalTime start, LocalTime end) {
      Objects.requireNonNull(day, "day");
      weekly.get(day).add(new LocalTimeRange(start, end));
      return this;
    }

    /**
     * Opens each of {@code days} from {@code start} to {@code end} every week.
     *
     * @throws IllegalArgumentException if {@code days} is empty or the range is invalid
     */
    public Builder open(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
      Objects.requireNonNull(days, "days");
      if (days.isEmpty()) {
        throw new IllegalArgumentException("days must not be empty, but was " + days);
      }
      LocalTimeRange range = new LocalTimeRange(start, end);
      for (DayOfWeek day : EnumSet.copyOf(days)) {
        weekly.get(Objects.requireNonNull(day, "day")).add(range);
      }
      return this;
    }

    /** Opens Monday to Friday from {@code start} to {@code end}. */
    public Builder weekdays(LocalTime start, LocalTime end) {
      return open(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), start, end);
    }

    /**
     * Closes {@code date}: the ranges that start on it are dropped (an overnight range of the day
     * before still runs into it).
     *
     * @throws IllegalArgumentException if {@code date} is outside the years 1900 to 2299
     */
    public Builder closed(LocalDate date) {
      closed.add(checkDate(date));
      return this;
    }

    /** Closes each of {@code dates}; see {@link #closed(LocalDate)}. */
    public Builder closed(Collection<LocalDate> dates) {
      Objects.requireNonNull(dates, "dates");
      for (LocalDate date : dates) {
        closed(date);
      }
      return this;
    }

    /**
     * Gives {@code date} its own hours: the weekly ranges of that day are replaced by the override
     * ranges (a half day, an extra Saturday shift). Call it several times for several ranges on one
     * date.
     *
     * @throws IllegalArgumentException if {@code date} is outside the years 1900 to 2299 or the
     *     range is invalid
     */
    public Builder override(LocalDate date, LocalTime start, LocalTime end) {
      checkDate(date);
      LocalTimeRange range = new LocalTimeRange(start, end);
      overrides.computeIfAbsent(date, d -> new ArrayList<>()).add(range);
      return this;
    }

    private static LocalDate checkDate(LocalDate date) {
      Objects.requireNonNull(date, "date");
      if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
        throw new IllegalArgumentException(
            "date must be within [" + FIRST_DATE + ", " + LAST_DATE + "], but was " + date);
      }
      return date;
    }

    /**
     * Builds the calendar.
     *
     * @throws IllegalStateException if ranges overlap (on one day, across midnight into the next
     *     day, or between an override and its neighbours), a date is both closed and overridden, or
     *     the calendar has no open time at all (no weekly range and no override)
     */
    public BusinessCalendar build() {
      EnumMap<DayOfWeek, List<LocalTimeRange>> days = new EnumMap<>(DayOfWeek.class);
      for (DayOfWeek day : DayOfWeek.values()) {
        ImmutableList<LocalTimeRange> ranges = normalize(weekly.get(day), day.toString());
        if (!ranges.isEmpty()) {
          days.put(day, ranges);
        }
      }
      for (DayOfWeek day : DayOfWeek.values()) {
        checkOvernight(
            day.toString(),
            days.getOrDefault(day, List.of()),
            day.plus(1).toString(),
            days.getOrDefault(day.plus(1), List.of()));
      }
      ImmutableSortedMap.Builder<LocalDate, List<LocalTimeRange>> special =
          ImmutableSortedMap.naturalOrder();
      for (Map.Entry<LocalDate, List<LocalTimeRange>> entry : overrides.entrySet()) {
        if (closed.contains(entry.getKey())) {
          throw new IllegalStateException(
              "a date must not be both closed and overridden, but " + entry.getKey() + " is both");
        }
        special.put(entry.getKey(), normalize(entry.getValue(), entry.getKey().toString()));
      }
      ImmutableSortedMap<LocalDate, List<LocalTimeRange>> specialHours = special.build();
      if (days.isEmpty() && specialHours.isEmpty()) {
        throw new IllegalStateException(
            "calendar must have some open time (a weekly range or an override), but has none");
      }
      ImmutableMap<DayOfWeek, List<LocalTimeRange>> weeklyHours = Maps.immutableEnumMap(days);
      ImmutableSortedSet<LocalDate> closedDates = ImmutableSortedSet.copyOf(closed);
      for (LocalDate date : specialHours.keySet()) {
        for (LocalDate first : List.of(date.minusDays(1), date)) {
          LocalDate second = first.plusDays(1);
          checkOvernight(
              describe(first, specialHours),
              effective(first, weeklyHours, closedDates, specialHours),
              describe(second, specialHours),
              effective(second, weeklyHours, closedDates, specialHours));
        }
      }
      return new BusinessCalendar(zone, weeklyHours, closedDates, specialHours);
    }

    private static String describe(LocalDate date, Map<LocalDate, List<LocalTimeRange>> special) {
      return date + (special.containsKey(date) ? " (override)" : " (" + date.getDayOfWeek() + ")");
    }

    private static List<LocalTimeRange> effective(
        LocalDate date,
        Map<DayOfWeek, List<LocalTimeRange>> weekly,
        Set<LocalDate> closed,
        Map<LocalDate, List<LocalTimeRange>> special) {
      List<LocalTimeRange> override = special.get(date);
      if (override != null) {
        return override;
      }
      return closed.contains(date)
          ? List.of()
          : weekly.getOrDefault(date.getDayOfWeek(), List.of());
    }

    /** Sorts one day's ranges, rejects overlaps and joins touching ranges where valid. */
    private static ImmutableList<LocalTimeRange> normalize(
        List<LocalTimeRange> ranges, String day) {
      List<LocalTimeRange> sorted = new ArrayList<>(ranges);
      sorted.sort(Comparator.comparingInt(LocalTimeRange::startSecond));
      List<LocalTimeRange> out = new ArrayList<>();
      for (LocalTimeRange range : sorted) {
        if (out.isEmpty()) {
          out.add(range);
          continue;
        }
        LocalTimeRange last = out.get(out.size() - 1);
        if (range.startSecond() < last.endSecond()) {
          throw new IllegalStateException(
              "ranges of " + day + " must not overlap, but " + last + " overlaps " + range);
        }
        if (range.startSecond() == last.endSecond()) {
          int length = range.endSecond() - last.startSecond();
          if (length < LocalTimeRange.SECONDS_PER_DAY) {
            out.set(out.size() - 1, new LocalTimeRange(last.start(), range.end()));
            continue;
          }
          if (length == LocalTimeRange.SECONDS_PER_DAY && last.startSecond() == 0) {
            out.set(out.size() - 1, WHOLE_DAY);
            continue;
          }
        }
        out.add(range);
      }
      return ImmutableList.copyOf(out);
    }

    /** Rejects an overnight range of one day that overlaps a range of the next day. */
    private static void checkOvernight(
        String firstName,
        List<LocalTimeRange> first,
        String secondName,
        List<LocalTimeRange> second) {
      if (first.isEmpty() || second.isEmpty()) {
        return;
      }
      LocalTimeRange last = first.get(first.size() - 1);
      int spill = last.endSecond() - LocalTimeRange.SECONDS_PER_DAY;
      LocalTimeRange next = second.get(0);
      if (next.startSecond() < spill) {
        throw new IllegalStateException(
            "ranges must not overlap, but "
                + firstName
                + " "
                + last
                + " overlaps "
                + secondName
                + " "
                + next);
      }
    }
  }
}
