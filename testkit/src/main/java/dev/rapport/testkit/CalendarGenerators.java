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
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
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

  private static BusinessCalendar calendar(RandomGenerator random, ZoneId zone) {
    // A random candidate may have an overnight range that overlaps the next day; draw again.
    IllegalStateException last = null;
    for (int attempt = 0; attempt < 100; attempt++) {
      try {
        return candidate(random, zone).build();
      } catch (IllegalStateException e) {
        last = e;
      }
    }
    throw new IllegalStateException("no valid calendar in 100 attempts", last);
  }

  private static BusinessCalendar.Builder candidate(RandomGenerator random, ZoneId zone) {
    BusinessCalendar.Builder builder = BusinessCalendar.builder(zone);
    int style = random.nextInt(20);
    if (style == 0) {
      builder.open(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    } else if (style > 1) {
      for (DayOfWeek day : DayOfWeek.values()) {
        if (random.nextInt(4) != 0) {
          addRanges(random, 1 + random.nextInt(3), (start, end) -> builder.open(day, start, end));
        }
      }
    }
    int closedCount = random.nextInt(style == 1 ? 1 : 8);
    for (int i = 0; i < closedCount; i++) {
      builder.closed(FIRST_DATE.plusDays(random.nextInt(DAYS)));
    }
    int overrideCount = style == 1 ? 1 + random.nextInt(6) : random.nextInt(5);
    for (int i = 0; i < overrideCount; i++) {
      LocalDate date = FIRST_DATE.plusDays(random.nextInt(DAYS));
      addRanges(random, 1 + random.nextInt(2), (start, end) -> builder.override(date, start, end));
    }
    return builder;
  }

  private interface RangeSink {
    void add(LocalTime start, LocalTime end);
  }

  /**
   * Adds up to {@code count} ranges of one day that neither overlap nor touch: cut points drawn
   * from the day's quarter hours (now and then any second), the last range sometimes overnight,
   * ending at midnight, or the whole day.
   */
  private static void addRanges(RandomGenerator random, int count, RangeSink sink) {
    if (random.nextInt(15) == 0) {
      sink.add(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
      return;
    }
    TreeSet<Integer> cuts = new TreeSet<>();
    while (cuts.size() < 2 * count) {
      cuts.add(
          random.nextInt(8) == 0 ? random.nextInt(86_400) : 900 * random.nextInt(QUARTERS_PER_DAY));
    }
    List<Integer> points = new ArrayList<>(cuts);
    for (int i = 0; i < points.size(); i += 2) {
      LocalTime start = LocalTime.ofSecondOfDay(points.get(i));
      LocalTime end = LocalTime.ofSecondOfDay(points.get(i + 1));
      boolean lastRange = i + 2 == points.size();
      if (lastRange && random.nextInt(4) == 0) {
        // Overnight: end on the next day, at or before the day's first cut point.
        int first = points.get(0);
        end =
            LocalTime.ofSecondOfDay(
                900L * random.nextInt(1 + (first == 0 ? 0 : (first - 1) / 900)));
      } else if (lastRange && random.nextInt(8) == 0) {
        end = LocalTime.MIDNIGHT;
      }
      sink.add(start, end);
    }
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
