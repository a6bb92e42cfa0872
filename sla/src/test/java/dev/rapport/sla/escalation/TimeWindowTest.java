package dev.rapport.sla.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.time.LocalTimeRange;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TimeWindowTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final TimeWindow WEEKNIGHTS =
      TimeWindow.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(22, 0), LocalTime.of(6, 0));

  static Stream<Arguments> instants() {
    return Stream.of(
        // Monday 2027-01-04: winter, CET (UTC+1).
        Arguments.of("2027-01-04T20:59:59Z", false),
        Arguments.of("2027-01-04T21:00:00Z", true),
        Arguments.of("2027-01-05T04:59:59Z", true), // Tuesday 05:59 from Monday's night
        Arguments.of("2027-01-05T05:00:00Z", false),
        // Friday night runs into Saturday morning, Saturday night is closed.
        Arguments.of("2027-01-09T04:00:00Z", true),
        Arguments.of("2027-01-09T22:00:00Z", false),
        // Summer, CEST (UTC+2): 22:00 is 20:00 UTC.
        Arguments.of("2027-07-05T20:00:00Z", true),
        Arguments.of("2027-07-05T19:59:59Z", false));
  }

  @ParameterizedTest
  @MethodSource("instants")
  void theWindowIsReadInTheGivenZone(String instant, boolean open) {
    assertThat(WEEKNIGHTS.contains(Instant.parse(instant), BERLIN)).isEqualTo(open);
  }

  @Test
  void rangesAreSortedAndTouchingRangesJoin() {
    TimeWindow window =
        TimeWindow.builder()
            .open(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(17, 0))
            .open(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0))
            .open(Set.of(DayOfWeek.SUNDAY), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
            .build();
    assertThat(window.ranges())
        .isEqualTo(
            Map.of(
                DayOfWeek.MONDAY, List.of(LocalTimeRange.parse("09:00-17:00")),
                DayOfWeek.SUNDAY, List.of(LocalTimeRange.parse("00:00-00:00"))));
    assertThat(window).hasToString("TimeWindow{MONDAY=[09:00-17:00], SUNDAY=[00:00-00:00]}");
    assertThat(window)
        .isEqualTo(
            TimeWindow.builder()
                .open(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
                .open(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
                .build())
        .isNotEqualTo(WEEKNIGHTS);
  }

  @Test
  void invalidWindowsAreRejected() {
    assertThatThrownBy(() -> TimeWindow.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a time window must open some range, but has none");
    assertThatThrownBy(
            () ->
                TimeWindow.builder()
                    .open(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))
                    .open(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(13, 0))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("must not overlap");
    assertThatThrownBy(() -> TimeWindow.of(Set.of(), LocalTime.NOON, LocalTime.MIDNIGHT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("days must not be empty, but was []");
    assertThatThrownBy(() -> TimeWindow.of(EnumSet.of(DayOfWeek.MONDAY), LocalTime.NOON, LocalTime.NOON))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WEEKNIGHTS.contains(Instant.EPOCH, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("zone");
  }
}
