package dev.rapport.testkit;

import dev.rapport.core.time.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Generators of business calendars, zones, instants and durations for property tests, as plain
 * {@code Function<RandomGenerator, T>} values ({@link QtCalendarGens} wraps them for
 * QuickTheories).
 *
 * <p>Calendars are made to hit the hard cases: zones with daylight-saving changes at 02:00, at
 * midnight (America/Sao_Paulo), by 30 minutes (Australia/Lord_Howe), by two hours
 * (Antarctica/Troll), odd offsets (Asia/Kolkata, Pacific/Chatham), a skipped day (Pacific/Apia,
 * 2011); weekly schedules with several ranges a day, overnight ranges and whole days; closed dates
 * and overrides between {@value #FIRST_YEAR} and {@value #LAST_YEAR}; now and then a calendar open
 * 24/7 or one open only on its override dates. Times of day are mostly quarter hours, so that
 * instants from {@link #instantsNear(BusinessCalendar)} often fall exactly on an opening or a
 * closing.
 *
 * <p>Each generator is a pure function of the random source it is given. Thread-safe (stateless);
 * the random source is the caller's.
 */
public final class CalendarGenerators {
  /** The first year of the generated closed dates, overrides and instants. */
  public static final int FIRST_YEAR = 2011;

  /** The last year of the generated closed dates, overrides and instants. */
  public static final int LAST_YEAR = 2020;

  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("America/New_York"),
          ZoneId.of("Europe/Paris"),
          ZoneId.of("America/Sao_Paulo"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("Europe/London"),
          ZoneId.of("America/St_Johns"),
          ZoneId.of("Antarctica/Troll"),
          ZoneId.of("Pacific/Apia"),
          ZoneId.of("Pacific/Chatham"),
          ZoneId.of("Asia/Tehran"),
          ZoneId.of("Africa/Casablanca"),
          ZoneId.of("America/Santiago"),
          ZoneId.of("Asia/Kolkata"),
          ZoneId.of("UTC"));

  private static final LocalDate FIRST_DATE = LocalDate.of(FIRST_YEAR, 1, 1);
  private static final int DAYS =
      (int) (LocalDate.of(LAST_YEAR + 1, 1, 1).toEpochDay() - FIRST_DATE.toEpochDay());
  private static final int QUARTERS_PER_DAY = 96;
  private static final int DAY = 86_400;
  private static final long MAX_DURATION_SECONDS = Duration.ofHours(200).getSeconds();

  private CalendarGenerators() {}

  /** Returns a generator of the zones listed above, with and without daylight saving. */
  public static Function<RandomGenerator, ZoneId> zones() {
    return random -> ZONES.get(Objects.requireNonNull(random, "random").nextInt(ZONES.size()));
  }

  /** Returns a generator of calendars in random zones. */
  public static Function<RandomGenerator, BusinessCalendar> calendars() {
    Function<RandomGenerator, ZoneId> zones = zones();
    return random -> calendar(random, zones.apply(random));
  }

  /** Returns a generator of calendars in {@code zone}. */
  public static Function<RandomGenerator, BusinessCalendar> calendars(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return random -> calendar(Objects.requireNonNull(random, "random"), zone);
  }

  /**
   * Returns a generator of instants between {@value #FIRST_YEAR} and {@value #LAST_YEAR}: mostly
   * whole minutes, some whole seconds, some with nanoseconds.
   */
  public static Function<RandomGenerator, Instant> instants() {
    return random -> {
      Objects.requireNonNull(random, "random");
      long seconds = (long) DAYS * 86_400;
      Instant start = FIRST_DATE.atStartOfDay().toInstant(ZoneOffset.UTC);
      return withPrecision(random, start.plusSeconds(random.nextLong(seconds) / 60 * 60));
    };
  }

  /**
   * Returns a generator of instants where {@code calendar} is hard: around its zone's offset
   * changes and its closed and overridden dates, at local quarter hours (where its ranges open and
   * close) and a nanosecond either side of them, and anywhere between {@value #FIRST_YEAR} and
   * {@value #LAST_YEAR}.
   */
  public static Function<RandomGenerator, Instant> instantsNear(BusinessCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    ZoneId zone = calendar.zone();
    List<LocalDate> dates = new ArrayList<>(calendar.closedDates());
    dates.addAll(calendar.overrides().keySet());
    List<LocalDate> transitionDates = new ArrayList<>();
    ZoneOffsetTransition transition =
        zone.getRules().nextTransition(FIRST_DATE.atStartOfDay(zone).toInstant());
    while (transition != null && transition.getDateTimeBefore().getYear() <= LAST_YEAR) {
      transitionDates.add(transition.getDateTimeBefore().toLocalDate());
      transition = zone.getRules().nextTransition(transition.getInstant());
    }
    Function<RandomGenerator, Instant> anywhere = instants();
    return random -> {
      Objects.requireNonNull(random, "random");
      int kind = random.nextInt(4);
      LocalDate date;
      if (kind == 0 && !transitionDates.isEmpty()) {
        date = pick(random, transitionDates);
      } else if (kind == 1 && !dates.isEmpty()) {
        date = pick(random, dates);
      } else if (kind == 2) {
        date = FIRST_DATE.plusDays(random.nextInt(DAYS));
      } else {
        return anywhere.apply(random);
      }
      LocalDateTime local =
          date.plusDays(random.nextInt(5) - 2L)
              .atStartOfDay()
              .plusMinutes(15L * random.nextInt(QUARTERS_PER_DAY));
      Instant instant = ZonedDateTime.of(local, zone).toInstant();
      switch (random.nextInt(6)) {
        case 0:
          return instant.minusNanos(1);
        case 1:
          return instant.plusNanos(1);
        default:
          return instant;
      }
    };
  }

  /**
   * Returns a generator of business durations from zero to 200 hours: zero now and then, mostly
   * quarter hours, some whole seconds, some with nanoseconds.
   */
  public static Function<RandomGenerator, Duration> durations() {
    return random -> {
      Objects.requireNonNull(random, "random");
      switch (random.nextInt(10)) {
        case 0:
          return Duration.ZERO;
        case 1:
          return Duration.ofSeconds(random.nextLong(1, MAX_DURATION_SECONDS));
        case 2:
          return Duration.ofSeconds(
              random.nextLong(MAX_DURATION_SECONDS), random.nextInt(1, 1_000_000_000));
        default:
          return Duration.ofMinutes(15L * random.nextLong(1, MAX_DURATION_SECONDS / 900));
      }
    };
  }

  /**
   * Builds a calendar that is valid by construction, so that every draw, including the all-zero
   * draws a shrinking property-testing library makes, gives a calendar (all zeros: 24/7).
   */
  private static BusinessCalendar calendar(RandomGenerator random, ZoneId zone) {
    BusinessCalendar.Builder builder = BusinessCalendar.builder(zone);
    int style = random.nextInt(20);
    // Each day's ranges as {start, end} seconds after its midnight, end up to two days.
    List<List<int[]>> week = new ArrayList<>();
    for (int day = 0; day < 7; day++) {
      List<int[]> ranges = new ArrayList<>();
      if (style == 0) {
        ranges.add(new int[] {0, DAY});
      } else if (style > 1 && random.nextInt(4) != 0) {
        ranges.addAll(ranges(random, 1 + random.nextInt(3), 0));
      }
      week.add(ranges);
    }
    // The last range of a day may run overnight, to at most the next day's first opening.
    int[] spill = new int[7];
    for (int day = 0; day < 7; day++) {
      List<int[]> ranges = week.get(day);
      if (ranges.isEmpty() || ranges.get(ranges.size() - 1)[1] == DAY) {
        continue;
      }
      int[] last = ranges.get(ranges.size() - 1);
      List<int[]> next = week.get((day + 1) % 7);
      int limit = Math.min(last[0], next.isEmpty() ? DAY : next.get(0)[0]);
      int choice = random.nextInt(8);
      if (choice < 2 && limit > 0) {
        spill[day] = 900 * random.nextInt(1 + (limit - 1) / 900);
        last[1] = DAY + spill[day];
      } else if (choice == 2) {
        last[1] = DAY;
      }
    }
    for (int day = 0; day < 7; day++) {
      for (int[] range : week.get(day)) {
        builder.open(DayOfWeek.of(day + 1), time(range[0]), time(range[1]));
      }
    }
    Set<LocalDate> closed = new TreeSet<>();
    int closedCount = random.nextInt(style == 1 ? 1 : 8);
    for (int i = 0; i < closedCount; i++) {
      closed.add(FIRST_DATE.plusDays(random.nextInt(DAYS)));
    }
    builder.closed(closed);
    Set<LocalDate> overridden = new TreeSet<>();
    int overrideCount = style == 1 ? 1 + random.nextInt(6) : random.nextInt(5);
    boolean weeklyEmpty = week.stream().allMatch(List::isEmpty);
    for (int i = 0; i < overrideCount || (weeklyEmpty && overridden.isEmpty()); i++) {
      LocalDate date = FIRST_DATE.plusDays(random.nextInt(DAYS));
      while (closed.contains(date) || overridden.contains(date)) {
        date = date.plusDays(1);
      }
      // Override ranges do not run overnight and start after the overnight range of the day
      // before, if that day keeps its weekly ranges.
      LocalDate before = date.minusDays(1);
      int from =
          closed.contains(before) || overridden.contains(before)
              ? 0
              : spill[before.getDayOfWeek().getValue() - 1];
      List<int[]> ranges = ranges(random, 1 + random.nextInt(2), from);
      for (int[] range : ranges) {
        builder.override(date, time(range[0]), time(range[1]));
      }
      if (!ranges.isEmpty()) {
        overridden.add(date);
      }
    }
    return builder.build();
  }

  /**
   * Returns up to {@code count} ranges of one day, within {@code [from, 24:00]}, that neither
   * overlap nor touch: cut points at distinct quarter hours (now and then a second inside one), now
   * and then the whole day.
   */
  private static List<int[]> ranges(RandomGenerator random, int count, int from) {
    if (from == 0 && random.nextInt(15) == 1) {
      return List.of(new int[] {0, DAY});
    }
    int first = (from + 899) / 900;
    int points = Math.min(2 * count, (QUARTERS_PER_DAY - first) & ~1);
    int[] cuts = new int[points];
    int previous = first - 1;
    for (int i = 0; i < points; i++) {
      int remaining = points - i;
      int lowest = previous + 1;
      int highest = QUARTERS_PER_DAY - remaining;
      int quarter = lowest + random.nextInt((highest - lowest) / remaining + 1);
      cuts[i] = 900 * quarter + (random.nextInt(8) == 1 ? random.nextInt(900) : 0);
      previous = quarter;
    }
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i + 1 < points; i += 2) {
      out.add(new int[] {cuts[i], cuts[i + 1]});
    }
    return out;
  }

  /** The local time of a range end in seconds after its day's midnight, up to two days. */
  private static LocalTime time(int second) {
    return LocalTime.ofSecondOfDay(second % DAY);
  }

  private static <T> T pick(RandomGenerator random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static Instant withPrecision(RandomGenerator random, Instant minute) {
    switch (random.nextInt(8)) {
      case 0:
        return minute.plusSeconds(random.nextInt(60));
      case 1:
        return minute.plusSeconds(random.nextInt(60)).plusNanos(random.nextInt(1_000_000_000));
      default:
        return minute;
    }
  }
}
