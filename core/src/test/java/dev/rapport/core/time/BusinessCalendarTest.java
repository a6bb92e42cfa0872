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
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final BusinessCalendar NINE_TO_FIVE =
      BusinessCalendar.builder(NEW_YORK).weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();

  private static Instant ny(String localDateTime) {
    return ZonedDateTime.of(LocalDateTime.parse(localDateTime), NEW_YORK).toInstant();
  }

  @Test
  void plusMayLandOnClosingTime() {
    assertThat(NINE_TO_FIVE.plus(ny("2027-01-08T16:00"), Duration.ofHours(1)))
        .isEqualTo(ny("2027-01-08T17:00"));
    assertThat(NINE_TO_FIVE.plus(ny("2027-01-08T16:00"), Duration.ofHours(2)))
        .isEqualTo(ny("2027-01-11T10:00"));
    assertThat(NINE_TO_FIVE.plus(ny("2027-01-09T12:00"), Duration.ZERO))
        .isEqualTo(ny("2027-01-11T09:00"));
  }

  @Test
  void fallBackDayOpenAllDayCountsTwentyFiveHours() {
    BusinessCalendar sundays =
        BusinessCalendar.builder(NEW_YORK)
            .open(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
            .build();
    assertThat(sundays.between(ny("2027-11-07T00:00"), ny("2027-11-08T00:00")))
        .isEqualTo(Duration.ofHours(25));
    assertThat(sundays.between(ny("2027-03-14T00:00"), ny("2027-03-15T00:00")))
        .isEqualTo(Duration.ofHours(23));
  }

  @Test
  void rejectsOverlappingRanges() {
    assertThatThrownBy(
            () ->
                BusinessCalendar.builder(NEW_YORK)
                    .open(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))
                    .open(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(13, 0))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ranges of MONDAY must not overlap, but 09:00-12:00 overlaps 11:00-13:00");
  }

  @Test
  void overrideReplacesTheDay() {
    BusinessCalendar calendar =
        BusinessCalendar.builder(NINE_TO_FIVE)
            .override(LocalDate.of(2027, 12, 24), LocalTime.of(9, 0), LocalTime.of(13, 0))
            .build();
    assertThat(calendar.between(ny("2027-12-24T00:00"), ny("2027-12-25T00:00")))
        .isEqualTo(Duration.ofHours(4));
  }
}
