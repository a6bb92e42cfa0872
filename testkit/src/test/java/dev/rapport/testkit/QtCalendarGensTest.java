package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QtCalendarGensTest {

  @Test
  void generatesValuesInRange() {
    qt().withExamples(100)
        .forAll(QtCalendarGens.zones(), QtCalendarGens.instants(), QtCalendarGens.durations())
        .checkAssert(
            (zone, instant, duration) -> {
              assertThat(zone).isNotNull();
              assertThat(instant.atZone(zone).getYear()).isBetween(2010, 2021);
              assertThat(duration).isBetween(Duration.ZERO, Duration.ofHours(200));
            });
  }

  @Test
  void aFailingCalendarIsShownByItsConfiguration() {
    Throwable failure =
        catchThrowable(
            () ->
                qt().withFixedSeed(2027L)
                    .withExamples(50)
                    .withShrinkCycles(20)
                    .forAll(QtCalendarGens.calendars())
                    .checkAssert(
                        calendar ->
                            assertThat(calendar.isOpen(Instant.parse("2015-06-01T12:00:00Z")))
                                .isFalse()));
    assertThat(failure).isInstanceOf(AssertionError.class);
    assertThat(failure.getMessage()).contains("BusinessCalendar{zone=");
  }
}
