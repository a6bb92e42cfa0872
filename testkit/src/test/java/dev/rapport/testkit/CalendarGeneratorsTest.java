package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.core.time.LocalTimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class CalendarGeneratorsTest {
  private static final Instant FIRST = Instant.parse("2010-12-30T00:00:00Z");
  private static final Instant LAST = Instant.parse("2021-01-03T00:00:00Z");

  @Test
  void aSeededSourceRepeatsItsValues() {
    qt().withExamples(30)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              assertThat(CalendarGenerators.calendars().apply(new SplittableRandom(seed)))
                  .isEqualTo(CalendarGenerators.calendars().apply(new SplittableRandom(seed)));
              assertThat(CalendarGenerators.durations().apply(new SplittableRandom(seed)))
                  .isEqualTo(CalendarGenerators.durations().apply(new SplittableRandom(seed)));
            });
  }

  /** Shrinking draws zeros: they make the simplest calendar, 24/7, with no draw rejected. */
  @Test
  void allZeroDrawsMakeTheSimplestCalendar() {
    RandomGenerator zeros = () -> 0L;
    assertThat(CalendarGenerators.calendars().apply(zeros))
        .isEqualTo(BusinessCalendar.always(ZoneId.of("America/New_York")));
    assertThat(CalendarGenerators.durations().apply(zeros)).isEqualTo(Duration.ZERO);
  }

  /** Over many calendars, the generator reaches every shape it promises. */
  @Test
  void coversTheHardShapes() {
    Function<RandomGenerator, BusinessCalendar> calendars = CalendarGenerators.calendars();
    SplittableRandom random = new SplittableRandom(2027);
    Set<ZoneId> zones = new HashSet<>();
    boolean overnight = false;
    boolean wholeDay = false;
    boolean toMidnight = false;
    boolean severalRanges = false;
    boolean oddSecond = false;
    boolean onlyOverrides = false;
    boolean always = false;
    boolean holidays = false;
    for (int i = 0; i < 1000; i++) {
      BusinessCalendar calendar = calendars.apply(random);
      zones.add(calendar.zone());
      onlyOverrides |= calendar.weeklySchedule().isEmpty();
      always |=
          calendar.weeklySchedule().size() == 7
              && calendar.weeklySchedule().values().stream()
                  .allMatch(ranges -> ranges.equals(List.of(LocalTimeRange.parse("00:00-00:00"))));
      holidays |= !calendar.closedDates().isEmpty();
      for (List<LocalTimeRange> ranges : calendar.weeklySchedule().values()) {
        severalRanges |= ranges.size() > 1;
        for (LocalTimeRange range : ranges) {
          overnight |= range.isOvernight();
          wholeDay |= range.start().equals(range.end());
          toMidnight |=
              range.end().equals(LocalTime.MIDNIGHT) && !range.start().equals(range.end());
          oddSecond |= range.start().toSecondOfDay() % 900 != 0;
        }
      }
      for (LocalDate date : calendar.closedDates()) {
        assertThat(date.getYear())
            .isBetween(CalendarGenerators.FIRST_YEAR, CalendarGenerators.LAST_YEAR);
      }
    }
    assertThat(zones).hasSize(14);
    assertThat(
            List.of(
                overnight,
                wholeDay,
                toMidnight,
                severalRanges,
                oddSecond,
                onlyOverrides,
                always,
                holidays))
        .containsOnly(true);
  }

  @Test
  void instantsAndDurationsStayInTheirRanges() {
    SplittableRandom random = new SplittableRandom(11);
    BusinessCalendar calendar = CalendarGenerators.calendars().apply(random);
    Function<RandomGenerator, Instant> near = CalendarGenerators.instantsNear(calendar);
    Function<RandomGenerator, Instant> anywhere = CalendarGenerators.instants();
    Function<RandomGenerator, Duration> durations = CalendarGenerators.durations();
    boolean zero = false;
    boolean nanos = false;
    boolean quarterHour = false;
    for (int i = 0; i < 2000; i++) {
      assertThat(near.apply(random)).isBetween(FIRST, LAST);
      assertThat(anywhere.apply(random)).isBetween(FIRST, LAST);
      Instant local = near.apply(random);
      LocalDateTime dateTime = LocalDateTime.ofInstant(local, calendar.zone());
      quarterHour |=
          dateTime.getMinute() % 15 == 0 && dateTime.getSecond() == 0 && dateTime.getNano() == 0;
      Duration d = durations.apply(random);
      assertThat(d).isBetween(Duration.ZERO, Duration.ofHours(200));
      zero |= d.isZero();
      nanos |= d.getNano() != 0;
    }
    assertThat(List.of(zero, nanos, quarterHour)).containsOnly(true);
  }
}
