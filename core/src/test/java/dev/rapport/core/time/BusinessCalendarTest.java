package dev.rapport.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The classic hard cases, each with its expected value worked out by hand. */
class BusinessCalendarTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
  private static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");

  private static final BusinessCalendar NINE_TO_FIVE =
      BusinessCalendar.builder(NEW_YORK).weekdays(time("09:00"), time("17:00")).build();

  private static LocalTime time(String text) {
    return LocalTime.parse(text);
  }

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  /** The instant of a local date-time in {@code zone}, resolved as ZonedDateTime.of does. */
  private static Instant at(ZoneId zone, String localDateTime) {
    return ZonedDateTime.of(LocalDateTime.parse(localDateTime), zone).toInstant();
  }

  private static Instant ny(String localDateTime) {
    return at(NEW_YORK, localDateTime);
  }

  /** A calendar open only on {@code day} from {@code start} to {@code end}. */
  private static BusinessCalendar only(ZoneId zone, DayOfWeek day, String start, String end) {
    return BusinessCalendar.builder(zone).open(day, time(start), time(end)).build();
  }

  // ------------------------------------------------------------------ plus, minus, between

  static Stream<Arguments> plusCases() {
    BusinessCalendar christmasEve =
        BusinessCalendar.builder(NINE_TO_FIVE)
            .override(date("2027-12-24"), time("09:00"), time("13:00"))
            .build();
    BusinessCalendar saturdayShift =
        BusinessCalendar.builder(NINE_TO_FIVE)
            .override(date("2027-01-09"), time("10:00"), time("14:00"))
            .build();
    BusinessCalendar fridayNights =
        BusinessCalendar.builder(NEW_YORK)
            .open(DayOfWeek.FRIDAY, time("22:00"), time("02:00"))
            .build();
    return Stream.of(
        Arguments.of(
            "lands on closing time",
            NINE_TO_FIVE,
            ny("2027-01-08T16:00"),
            "PT1H",
            ny("2027-01-08T17:00")),
        Arguments.of(
            "over the weekend",
            NINE_TO_FIVE,
            ny("2027-01-08T16:00"),
            "PT2H",
            ny("2027-01-11T10:00")),
        Arguments.of(
            "zero when closed is the next opening",
            NINE_TO_FIVE,
            ny("2027-01-09T12:00"),
            "PT0S",
            ny("2027-01-11T09:00")),
        Arguments.of(
            "zero when open is the instant",
            NINE_TO_FIVE,
            ny("2027-01-11T09:00").plusNanos(5),
            "PT0S",
            ny("2027-01-11T09:00").plusNanos(5)),
        Arguments.of(
            "zero at closing time is the next opening",
            NINE_TO_FIVE,
            ny("2027-01-11T17:00"),
            "PT0S",
            ny("2027-01-12T09:00")),
        Arguments.of(
            "from before opening",
            NINE_TO_FIVE,
            ny("2027-01-11T03:00"),
            "PT8H",
            ny("2027-01-11T17:00")),
        Arguments.of(
            "nanoseconds kept",
            NINE_TO_FIVE,
            ny("2027-01-11T16:59:59.75"),
            "PT0.5S",
            ny("2027-01-12T09:00:00.25")),
        Arguments.of(
            "one week of business time",
            NINE_TO_FIVE,
            ny("2027-01-11T10:00"),
            "PT40H",
            ny("2027-01-18T10:00")),
        Arguments.of(
            "weekdays across the spring change",
            NINE_TO_FIVE,
            ny("2027-03-12T16:00"),
            "PT2H",
            ny("2027-03-15T10:00")),
        Arguments.of(
            "24/7 across the spring change",
            BusinessCalendar.always(NEW_YORK),
            ny("2027-03-13T12:00"),
            "PT24H",
            ny("2027-03-14T13:00")),
        Arguments.of(
            "24/7 across the fall change",
            BusinessCalendar.always(NEW_YORK),
            ny("2027-11-06T12:00"),
            "PT24H",
            ny("2027-11-07T11:00")),
        Arguments.of(
            "overnight shift",
            fridayNights,
            ny("2027-01-08T23:00"),
            "PT2H",
            ny("2027-01-09T01:00")),
        Arguments.of(
            "overnight shift to the next week",
            fridayNights,
            ny("2027-01-09T01:00"),
            "PT2H",
            ny("2027-01-15T23:00")),
        Arguments.of(
            "half day on Christmas Eve",
            christmasEve,
            ny("2027-12-24T12:00"),
            "PT2H",
            ny("2027-12-27T10:00")),
        Arguments.of(
            "extra Saturday shift",
            saturdayShift,
            ny("2027-01-08T16:00"),
            "PT2H",
            ny("2027-01-09T11:00")),
        Arguments.of("1970", NINE_TO_FIVE, ny("1970-01-02T16:00"), "PT2H", ny("1970-01-05T10:00")),
        Arguments.of("2100", NINE_TO_FIVE, ny("2100-01-01T16:00"), "PT2H", ny("2100-01-04T10:00")),
        Arguments.of(
            "10,000 hours, 250 weeks to a Friday closing",
            NINE_TO_FIVE,
            ny("2027-01-04T09:00"),
            "PT10000H",
            ny("2031-10-17T17:00")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("plusCases")
  void plus(String name, BusinessCalendar calendar, Instant t, String d, Instant expected) {
    Duration duration = Duration.parse(d);
    assertThat(calendar.plus(t, duration)).isEqualTo(expected);
    assertThat(calendar.between(t, expected)).isEqualTo(duration);
    // minus takes the latest instant, so it undoes plus up to the next opening.
    assertThat(calendar.minus(expected, duration))
        .isEqualTo(duration.isZero() ? expected : calendar.nextOpen(t));
  }

  static Stream<Arguments> minusCases() {
    return Stream.of(
        Arguments.of(
            "the latest instant: Monday opening, not Friday closing",
            ny("2027-01-11T10:00"),
            "PT1H",
            ny("2027-01-11T09:00")),
        Arguments.of(
            "from a closed Saturday", ny("2027-01-09T12:00"), "PT1H", ny("2027-01-08T16:00")),
        Arguments.of("from Monday opening", ny("2027-01-11T09:00"), "PT1H", ny("2027-01-08T16:00")),
        Arguments.of(
            "zero is the instant itself, even closed",
            ny("2027-01-09T12:00"),
            "PT0S",
            ny("2027-01-09T12:00")),
        Arguments.of(
            "nanoseconds kept",
            ny("2027-01-12T09:00:00.25"),
            "PT0.5S",
            ny("2027-01-11T16:59:59.75")),
        Arguments.of(
            "a whole day back to the opening",
            ny("2027-01-12T17:00"),
            "PT8H",
            ny("2027-01-12T09:00")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("minusCases")
  void minus(String name, Instant t, String d, Instant expected) {
    assertThat(NINE_TO_FIVE.minus(t, Duration.parse(d))).isEqualTo(expected);
    assertThat(NINE_TO_FIVE.between(expected, t)).isEqualTo(Duration.parse(d));
  }

  static Stream<Arguments> dayLengthCases() {
    return Stream.of(
        Arguments.of(
            "New York spring forward, 23 h",
            only(NEW_YORK, DayOfWeek.SUNDAY, "00:00", "00:00"),
            NEW_YORK,
            "2027-03-14",
            "PT23H"),
        Arguments.of(
            "New York fall back, 25 h",
            only(NEW_YORK, DayOfWeek.SUNDAY, "00:00", "00:00"),
            NEW_YORK,
            "2027-11-07",
            "PT25H"),
        Arguments.of(
            "New York 01:00-03:00 on spring forward: 01:00 EST to 03:00 EDT",
            only(NEW_YORK, DayOfWeek.SUNDAY, "01:00", "03:00"),
            NEW_YORK,
            "2027-03-14",
            "PT1H"),
        Arguments.of(
            "New York 02:30-04:00 on spring forward: 02:30 moves to 03:30 EDT",
            only(NEW_YORK, DayOfWeek.SUNDAY, "02:30", "04:00"),
            NEW_YORK,
            "2027-03-14",
            "PT30M"),
        Arguments.of(
            "New York 02:15-02:45, all in the gap: 03:15 to 03:45 EDT",
            only(NEW_YORK, DayOfWeek.SUNDAY, "02:15", "02:45"),
            NEW_YORK,
            "2027-03-14",
            "PT30M"),
        Arguments.of(
            "New York 01:00-02:00 on fall back: 01:00 EDT to 02:00 EST",
            only(NEW_YORK, DayOfWeek.SUNDAY, "01:00", "02:00"),
            NEW_YORK,
            "2027-11-07",
            "PT2H"),
        Arguments.of(
            "New York overnight into spring forward, 7 h",
            only(NEW_YORK, DayOfWeek.SATURDAY, "22:00", "06:00"),
            NEW_YORK,
            "2027-03-13",
            "PT7H"),
        Arguments.of(
            "New York overnight into fall back, 9 h",
            only(NEW_YORK, DayOfWeek.SATURDAY, "22:00", "06:00"),
            NEW_YORK,
            "2027-11-06",
            "PT9H"),
        Arguments.of(
            "New York 09:00-17:00 on a change day, 8 h",
            only(NEW_YORK, DayOfWeek.SUNDAY, "09:00", "17:00"),
            NEW_YORK,
            "2027-03-14",
            "PT8H"),
        Arguments.of(
            "Paris spring forward, 23 h",
            only(PARIS, DayOfWeek.SUNDAY, "00:00", "00:00"),
            PARIS,
            "2027-03-28",
            "PT23H"),
        Arguments.of(
            "Paris fall back, 25 h",
            only(PARIS, DayOfWeek.SUNDAY, "00:00", "00:00"),
            PARIS,
            "2027-10-31",
            "PT25H"),
        Arguments.of(
            "Paris 02:00-04:00 on fall back: 02:00 CEST to 04:00 CET",
            only(PARIS, DayOfWeek.SUNDAY, "02:00", "04:00"),
            PARIS,
            "2027-10-31",
            "PT3H"),
        Arguments.of(
            "Sao Paulo midnight spring forward: 00:00 is 01:00, 11 h to noon",
            only(SAO_PAULO, DayOfWeek.SUNDAY, "00:00", "12:00"),
            SAO_PAULO,
            "2018-11-04",
            "PT11H"),
        Arguments.of(
            "Sao Paulo whole day at the midnight spring forward, 23 h",
            only(SAO_PAULO, DayOfWeek.SUNDAY, "00:00", "00:00"),
            SAO_PAULO,
            "2018-11-04",
            "PT23H"),
        Arguments.of(
            "Sao Paulo overnight into the midnight gap, 3 h",
            only(SAO_PAULO, DayOfWeek.SATURDAY, "22:00", "02:00"),
            SAO_PAULO,
            "2018-11-03",
            "PT3H"),
        Arguments.of(
            "Sao Paulo fall back at midnight: Saturday lasts 25 h",
            only(SAO_PAULO, DayOfWeek.SATURDAY, "00:00", "00:00"),
            SAO_PAULO,
            "2019-02-16",
            "PT25H"),
        Arguments.of(
            "Sao Paulo 23:00-00:00 before the midnight fall back: 23:00 taken early, 2 h",
            only(SAO_PAULO, DayOfWeek.SATURDAY, "23:00", "00:00"),
            SAO_PAULO,
            "2019-02-16",
            "PT2H"),
        Arguments.of(
            "Lord Howe 30-minute spring forward, 23.5 h",
            only(LORD_HOWE, DayOfWeek.SUNDAY, "00:00", "00:00"),
            LORD_HOWE,
            "2027-10-03",
            "PT23H30M"),
        Arguments.of(
            "Lord Howe 30-minute fall back, 24.5 h",
            only(LORD_HOWE, DayOfWeek.SUNDAY, "00:00", "00:00"),
            LORD_HOWE,
            "2027-04-04",
            "PT24H30M"),
        Arguments.of(
            "Lord Howe 01:00-03:00 on spring forward, 1.5 h",
            only(LORD_HOWE, DayOfWeek.SUNDAY, "01:00", "03:00"),
            LORD_HOWE,
            "2027-10-03",
            "PT1H30M"));
  }

  /** The business time from the day's local midnight to the next day's local noon. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("dayLengthCases")
  void openTimeOfOneDay(
      String name, BusinessCalendar calendar, ZoneId zone, String day, String expected) {
    LocalDate date = date(day);
    Instant from = date.atStartOfDay(zone).toInstant();
    Instant to = date.plusDays(1).atTime(12, 0).atZone(zone).toInstant();
    assertThat(calendar.between(from, to)).isEqualTo(Duration.parse(expected));
  }

  @Test
  void holidayOnADaylightSavingDayKeepsTheOvernightRangeOfTheDayBefore() {
    // Saturday 22:00 to Sunday 02:00 runs into the closed Sunday of the fall-back night: 22:00
    // EDT to 02:00 EST is 5 hours; Sunday's own ranges are gone.
    BusinessCalendar calendar =
        BusinessCalendar.builder(NEW_YORK)
            .open(DayOfWeek.SATURDAY, time("22:00"), time("02:00"))
            .open(DayOfWeek.SUNDAY, time("10:00"), time("12:00"))
            .closed(date("2027-11-07"))
            .build();
    assertThat(calendar.openIntervals(ny("2027-11-06T00:00"), ny("2027-11-08T00:00")))
        .containsExactly(new TimeInterval(ny("2027-11-06T22:00"), ny("2027-11-07T02:00")));
    assertThat(calendar.between(ny("2027-11-06T00:00"), ny("2027-11-08T00:00")))
        .isEqualTo(Duration.ofHours(5));
    // 24/7 but closed on the spring-forward Sunday: Saturday and Monday only.
    BusinessCalendar always =
        BusinessCalendar.builder(BusinessCalendar.always(NEW_YORK))
            .closed(date("2027-03-14"))
            .build();
    assertThat(always.between(ny("2027-03-13T00:00"), ny("2027-03-16T00:00")))
        .isEqualTo(Duration.ofHours(48));
    assertThat(always.nextClose(ny("2027-03-13T05:00"))).isEqualTo(ny("2027-03-14T00:00"));
    assertThat(always.nextOpen(ny("2027-03-14T05:00"))).isEqualTo(ny("2027-03-15T00:00"));
  }

  // ------------------------------------------------------------------ queries

  @Test
  void isOpenIsHalfOpen() {
    assertThat(NINE_TO_FIVE.isOpen(ny("2027-01-11T09:00").minusNanos(1))).isFalse();
    assertThat(NINE_TO_FIVE.isOpen(ny("2027-01-11T09:00"))).isTrue();
    assertThat(NINE_TO_FIVE.isOpen(ny("2027-01-11T17:00").minusNanos(1))).isTrue();
    assertThat(NINE_TO_FIVE.isOpen(ny("2027-01-11T17:00"))).isFalse();
    assertThat(NINE_TO_FIVE.isOpen(ny("2027-01-09T12:00"))).isFalse();
  }

  @Test
  void nextOpenAndNextClose() {
    assertThat(NINE_TO_FIVE.nextOpen(ny("2027-01-11T10:00"))).isEqualTo(ny("2027-01-11T10:00"));
    assertThat(NINE_TO_FIVE.nextOpen(ny("2027-01-08T17:00"))).isEqualTo(ny("2027-01-11T09:00"));
    assertThat(NINE_TO_FIVE.nextClose(ny("2027-01-11T10:00"))).isEqualTo(ny("2027-01-11T17:00"));
    assertThat(NINE_TO_FIVE.nextClose(ny("2027-01-08T17:00"))).isEqualTo(ny("2027-01-11T17:00"));
    // Monday 22:00 to 00:00 and Tuesday 00:00 to 06:00 touch: one open interval.
    BusinessCalendar nights =
        BusinessCalendar.builder(NEW_YORK)
            .open(DayOfWeek.MONDAY, time("22:00"), LocalTime.MIDNIGHT)
            .open(DayOfWeek.TUESDAY, LocalTime.MIDNIGHT, time("06:00"))
            .build();
    assertThat(nights.nextClose(ny("2027-01-11T23:00"))).isEqualTo(ny("2027-01-12T06:00"));
    assertThat(nights.openIntervals(ny("2027-01-11T00:00"), ny("2027-01-13T00:00")))
        .containsExactly(new TimeInterval(ny("2027-01-11T22:00"), ny("2027-01-12T06:00")));
  }

  @Test
  void openIntervalsAreClippedAndOrdered() {
    assertThat(NINE_TO_FIVE.openIntervals(ny("2027-01-08T12:00"), ny("2027-01-11T10:00")))
        .containsExactly(
            new TimeInterval(ny("2027-01-08T12:00"), ny("2027-01-08T17:00")),
            new TimeInterval(ny("2027-01-11T09:00"), ny("2027-01-11T10:00")));
    assertThat(NINE_TO_FIVE.openIntervals(ny("2027-01-09T00:00"), ny("2027-01-10T00:00")))
        .isEmpty();
    assertThat(NINE_TO_FIVE.openIntervals(ny("2027-01-11T10:00"), ny("2027-01-11T10:00")))
        .isEmpty();
  }

  @Test
  void alwaysIsOpenAndNeverCloses() {
    BusinessCalendar always = BusinessCalendar.always(ZoneOffset.UTC);
    Instant t = Instant.parse("2027-05-05T05:05:05.5Z");
    assertThat(always.isOpen(t)).isTrue();
    assertThat(always.plus(t, Duration.ofDays(1000))).isEqualTo(t.plus(Duration.ofDays(1000)));
    assertThat(always.between(t, t.plusSeconds(7))).isEqualTo(Duration.ofSeconds(7));
    assertThat(always.openIntervals(t, t.plusSeconds(7)))
        .containsExactly(new TimeInterval(t, t.plusSeconds(7)));
    assertThatThrownBy(() -> always.nextClose(t))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("calendar never closes after 2027-05-05T05:05:05.500Z");
  }

  /** Open all the time, business time is real time: in every zone, over the whole range. */
  @Test
  void alwaysCountsRealTimeInEveryZone() {
    Instant earliest = BusinessCalendar.EARLIEST;
    Instant latest = BusinessCalendar.LATEST;
    Instant middle = Instant.parse("2027-03-14T07:30:00.5Z");
    for (String id : ZoneId.getAvailableZoneIds()) {
      BusinessCalendar always = BusinessCalendar.always(ZoneId.of(id));
      assertThat(always.between(earliest, latest))
          .as(id)
          .isEqualTo(Duration.between(earliest, latest));
      assertThat(always.plus(middle, Duration.ofDays(9000)))
          .as(id)
          .isEqualTo(middle.plus(Duration.ofDays(9000)));
      assertThat(always.minus(middle, Duration.ofDays(9000)))
          .as(id)
          .isEqualTo(middle.minus(Duration.ofDays(9000)));
    }
  }

  @Test
  void aCalendarOpenOnlyOnOverridesRunsOutWithAClearError() {
    BusinessCalendar once =
        BusinessCalendar.builder(NEW_YORK)
            .override(date("2027-01-09"), time("10:00"), time("12:00"))
            .build();
    assertThat(once.plus(ny("2027-01-01T00:00"), Duration.ofHours(2)))
        .isEqualTo(ny("2027-01-09T12:00"));
    assertThatThrownBy(() -> once.plus(ny("2027-01-01T00:00"), Duration.ofHours(3)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "calendar must be open for PT3H after 2027-01-01T05:00:00Z, but is open for" + " less");
    assertThatThrownBy(() -> once.nextOpen(ny("2027-01-09T12:00")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("calendar never opens after 2027-01-09T17:00:00Z");
    assertThatThrownBy(() -> once.minus(ny("2027-01-10T00:00"), Duration.ofHours(3)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "calendar must be open for PT3H before 2027-01-10T05:00:00Z, but is open for"
                + " less");
    assertThat(once.between(BusinessCalendar.EARLIEST, BusinessCalendar.LATEST))
        .isEqualTo(Duration.ofHours(2));
  }

  // ------------------------------------------------------------------ range and arguments

  @Test
  void supportsTheWholeRangeAndNoMore() {
    BusinessCalendar always = BusinessCalendar.always(ZoneOffset.UTC);
    Instant earliest = BusinessCalendar.EARLIEST;
    Instant latest = BusinessCalendar.LATEST;
    assertThat(always.between(earliest, latest)).isEqualTo(Duration.between(earliest, latest));
    assertThat(always.plus(earliest, Duration.between(earliest, latest))).isEqualTo(latest);
    assertThat(always.minus(latest, Duration.between(earliest, latest))).isEqualTo(earliest);
    assertThatThrownBy(() -> always.plus(latest, Duration.ofNanos(1)))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage(
            "plus from 2300-01-01T00:00:00Z must stay within [1900-01-01T00:00:00Z,"
                + " 2300-01-01T00:00:00Z], but was 2300-01-01T00:00:00.000000001Z");
    assertThatThrownBy(() -> always.plus(earliest, Duration.ofDays(1_000_000)))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> always.plus(earliest, Duration.ofSeconds(Long.MAX_VALUE)))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> always.minus(earliest, Duration.ofNanos(1)))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> always.minus(latest, Duration.ofSeconds(Long.MAX_VALUE)))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> NINE_TO_FIVE.isOpen(latest.plusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "t must be within [1900-01-01T00:00:00Z, 2300-01-01T00:00:00Z], but was"
                + " 2300-01-01T00:00:00.000000001Z");
    assertThatThrownBy(() -> NINE_TO_FIVE.nextOpen(earliest.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NINE_TO_FIVE.between(earliest, Instant.MAX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("b must be within");
    assertThatThrownBy(() -> NINE_TO_FIVE.nextOpen(ny("2299-12-31T18:00")))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void rejectsBadArguments() {
    Instant t = ny("2027-01-11T10:00");
    assertThatThrownBy(() -> NINE_TO_FIVE.between(t, t.minusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "b must not be before a 2027-01-11T15:00:00Z, but was"
                + " 2027-01-11T14:59:59.999999999Z");
    assertThatThrownBy(() -> NINE_TO_FIVE.plus(t, Duration.ofNanos(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("d must not be negative, but was PT-0.000000001S");
    assertThatThrownBy(() -> NINE_TO_FIVE.minus(t, Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("d must not be negative, but was PT-1H");
    assertThatThrownBy(() -> NINE_TO_FIVE.openIntervals(t, t.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "to must not be before from 2027-01-11T15:00:00Z, but was" + " 2027-01-11T14:59:59Z");
    assertThatThrownBy(() -> NINE_TO_FIVE.plus(null, Duration.ZERO))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("t");
    assertThatThrownBy(() -> NINE_TO_FIVE.plus(t, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("d");
    assertThatThrownBy(() -> NINE_TO_FIVE.between(t, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("b");
    assertThatThrownBy(() -> NINE_TO_FIVE.openIntervals(null, t))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("from");
  }

  // ------------------------------------------------------------------ builder

  static Stream<Arguments> invalidCalendars() {
    return Stream.of(
        Arguments.of(
            "overlap on one day",
            (Runnable)
                () ->
                    BusinessCalendar.builder(NEW_YORK)
                        .open(DayOfWeek.MONDAY, time("09:00"), time("12:00"))
                        .open(DayOfWeek.MONDAY, time("11:00"), time("13:00"))
                        .build(),
            IllegalStateException.class,
            "ranges of MONDAY must not overlap, but 09:00-12:00 overlaps 11:00-13:00"),
        Arguments.of(
            "a whole day and more",
            (Runnable)
                () ->
                    BusinessCalendar.builder(NEW_YORK)
                        .open(DayOfWeek.MONDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
                        .open(DayOfWeek.MONDAY, time("11:00"), time("13:00"))
                        .build(),
            IllegalStateException.class,
            "ranges of MONDAY must not overlap, but 00:00-00:00 overlaps 11:00-13:00"),
        Arguments.of(
            "overnight into the next day",
            (Runnable)
                () ->
                    BusinessCalendar.builder(NEW_YORK)
                        .open(DayOfWeek.FRIDAY, time("22:00"), time("02:00"))
                        .open(DayOfWeek.SATURDAY, time("01:00"), time("05:00"))
                        .build(),
            IllegalStateException.class,
            "ranges must not overlap, but FRIDAY 22:00-02:00 overlaps SATURDAY 01:00-05:00"),
        Arguments.of(
            "Sunday overnight into Monday",
            (Runnable)
                () ->
                    BusinessCalendar.builder(NEW_YORK)
                        .open(DayOfWeek.SUNDAY, time("22:00"), time("02:00"))
                        .open(DayOfWeek.MONDAY, time("00:00"), time("05:00"))
                        .build(),
            IllegalStateException.class,
            "ranges must not overlap, but SUNDAY 22:00-02:00 overlaps MONDAY 00:00-05:00"),
        Arguments.of(
            "override under the overnight range of the day before",
            (Runnable)
                () ->
                    BusinessCalendar.builder(NEW_YORK)
                        .open(DayOfWeek.FRIDAY, time("22:00"), time("02:00"))
                        .override(date("2027-01-09"), time("01:00"), time("05:00"))
                        .build(),
            IllegalStateException.class,
            "ranges must not overlap, but 2027-01-08 (FRIDAY) 22:00-02:00 overlaps 2027-01-09"
                + " (override) 01:00-05:00"),
        Arguments.of(
            "overlapping overrides of one date",
            (Runnable)
                () ->
                    BusinessCalendar.builder(NEW_YORK)
                        .override(date("2027-01-09"), time("10:00"), time("12:00"))
                        .override(date("2027-01-09"), time("11:00"), time("13:00"))
                        .build(),
            IllegalStateException.class,
            "ranges of 2027-01-09 must not overlap, but 10:00-12:00 overlaps 11:00-13:00"),
        Arguments.of(
            "closed and overridden",
            (Runnable)
                () ->
                    BusinessCalendar.builder(NINE_TO_FIVE)
                        .closed(date("2027-12-24"))
                        .override(date("2027-12-24"), time("09:00"), time("13:00"))
                        .build(),
            IllegalStateException.class,
            "a date must not be both closed and overridden, but 2027-12-24 is both"),
        Arguments.of(
            "no open time at all",
            (Runnable) () -> BusinessCalendar.builder(NEW_YORK).closed(date("2027-12-24")).build(),
            IllegalStateException.class,
            "calendar must have some open time (a weekly range or an override), but has none"),
        Arguments.of(
            "empty range",
            (Runnable)
                () ->
                    BusinessCalendar.builder(NEW_YORK)
                        .open(DayOfWeek.MONDAY, time("09:00"), time("09:00")),
            IllegalArgumentException.class,
            "end must differ from start (a range is not empty; 00:00-00:00 is the whole day), but"
                + " was 09:00-09:00"),
        Arguments.of(
            "fraction of a second",
            (Runnable)
                () ->
                    BusinessCalendar.builder(NEW_YORK)
                        .open(DayOfWeek.MONDAY, time("09:00:00.5"), time("17:00")),
            IllegalArgumentException.class,
            "start must be a whole second, but was 09:00:00.500"),
        Arguments.of(
            "no days",
            (Runnable)
                () ->
                    BusinessCalendar.builder(NEW_YORK).open(Set.of(), time("09:00"), time("17:00")),
            IllegalArgumentException.class,
            "days must not be empty, but was []"),
        Arguments.of(
            "date before 1900",
            (Runnable) () -> BusinessCalendar.builder(NEW_YORK).closed(date("1899-12-31")),
            IllegalArgumentException.class,
            "date must be within [1900-01-01, 2299-12-31], but was 1899-12-31"),
        Arguments.of(
            "date after 2299",
            (Runnable)
                () ->
                    BusinessCalendar.builder(NEW_YORK)
                        .override(date("2300-01-01"), time("09:00"), time("10:00")),
            IllegalArgumentException.class,
            "date must be within [1900-01-01, 2299-12-31], but was 2300-01-01"),
        Arguments.of(
            "null zone",
            (Runnable) () -> BusinessCalendar.builder((ZoneId) null),
            NullPointerException.class,
            "zone"),
        Arguments.of(
            "null day",
            (Runnable)
                () ->
                    BusinessCalendar.builder(NEW_YORK)
                        .open((DayOfWeek) null, time("09:00"), time("17:00")),
            NullPointerException.class,
            "day"),
        Arguments.of(
            "null end",
            (Runnable)
                () ->
                    BusinessCalendar.builder(NEW_YORK).open(DayOfWeek.MONDAY, time("09:00"), null),
            NullPointerException.class,
            "end"),
        Arguments.of(
            "null date",
            (Runnable) () -> BusinessCalendar.builder(NEW_YORK).closed((LocalDate) null),
            NullPointerException.class,
            "date"),
        Arguments.of(
            "null dates",
            (Runnable) () -> BusinessCalendar.builder(NEW_YORK).closed((List<LocalDate>) null),
            NullPointerException.class,
            "dates"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCalendars")
  void builderRejects(
      String name, Runnable build, Class<? extends Throwable> type, String message) {
    assertThatThrownBy(build::run).isInstanceOf(type).hasMessage(message);
  }

  @Test
  void touchingRangesOfOneDayJoin() {
    BusinessCalendar split =
        BusinessCalendar.builder(NEW_YORK)
            .open(DayOfWeek.MONDAY, time("12:00"), time("17:00"))
            .open(DayOfWeek.MONDAY, time("09:00"), time("12:00"))
            .build();
    BusinessCalendar whole =
        BusinessCalendar.builder(NEW_YORK)
            .open(DayOfWeek.MONDAY, time("09:00"), time("17:00"))
            .build();
    assertThat(split).isEqualTo(whole).hasSameHashCodeAs(whole);
    assertThat(split.weeklySchedule())
        .containsExactly(Map.entry(DayOfWeek.MONDAY, List.of(LocalTimeRange.parse("09:00-17:00"))));
    BusinessCalendar halves =
        BusinessCalendar.builder(NEW_YORK)
            .open(DayOfWeek.MONDAY, time("12:00"), LocalTime.MIDNIGHT)
            .open(DayOfWeek.MONDAY, LocalTime.MIDNIGHT, time("12:00"))
            .build();
    assertThat(halves.weeklySchedule().get(DayOfWeek.MONDAY))
        .containsExactly(LocalTimeRange.parse("00:00-00:00"));
    // 01:00-12:00 and 12:00-02:00 (next day) make 25 hours: no single range, both kept.
    BusinessCalendar long25 =
        BusinessCalendar.builder(NEW_YORK)
            .open(DayOfWeek.MONDAY, time("12:00"), time("02:00"))
            .open(DayOfWeek.MONDAY, time("01:00"), time("12:00"))
            .build();
    assertThat(long25.weeklySchedule().get(DayOfWeek.MONDAY))
        .containsExactly(LocalTimeRange.parse("01:00-12:00"), LocalTimeRange.parse("12:00-02:00"));
    assertThat(long25.openIntervals(ny("2027-01-11T00:00"), ny("2027-01-13T00:00")))
        .containsExactly(new TimeInterval(ny("2027-01-11T01:00"), ny("2027-01-12T02:00")));
  }

  @Test
  void gettersShowTheConfigurationAndAreImmutable() {
    BusinessCalendar calendar =
        BusinessCalendar.builder(NINE_TO_FIVE)
            .closed(List.of(date("2027-07-05"), date("2027-01-01")))
            .override(date("2027-12-24"), time("09:00"), time("13:00"))
            .build();
    assertThat(calendar.zone()).isEqualTo(NEW_YORK);
    assertThat(calendar.weeklySchedule()).hasSize(5).doesNotContainKey(DayOfWeek.SATURDAY);
    assertThat(calendar.closedDates()).containsExactly(date("2027-01-01"), date("2027-07-05"));
    assertThat(calendar.overrides())
        .containsExactly(
            Map.entry(date("2027-12-24"), List.of(LocalTimeRange.parse("09:00-13:00"))));
    assertThatThrownBy(() -> calendar.closedDates().add(date("2027-01-02")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> calendar.weeklySchedule().get(DayOfWeek.MONDAY).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(calendar.toString())
        .isEqualTo(
            "BusinessCalendar{zone=America/New_York, weekly={MONDAY=[09:00-17:00],"
                + " TUESDAY=[09:00-17:00], WEDNESDAY=[09:00-17:00], THURSDAY=[09:00-17:00],"
                + " FRIDAY=[09:00-17:00]}, closed=[2027-01-01, 2027-07-05],"
                + " overrides={2027-12-24=[09:00-13:00]}}");
    assertThat(BusinessCalendar.builder(calendar).build()).isEqualTo(calendar);
    assertThat(calendar).isNotEqualTo(NINE_TO_FIVE);
    assertThat(BusinessCalendar.always(NEW_YORK)).isNotEqualTo(BusinessCalendar.always(PARIS));
  }
}
