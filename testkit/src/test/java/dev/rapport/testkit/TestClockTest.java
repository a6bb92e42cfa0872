package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TestClockTest {
  private static final Instant START = Instant.parse("2027-03-14T06:59:00Z");

  @Test
  void standsStillUntilMoved() {
    TestClock clock = TestClock.at(START);

    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.getZone()).isEqualTo(ZoneId.of("UTC"));
  }

  @Test
  void advanceMovesForwardAndReturnsTheNewInstant() {
    TestClock clock = TestClock.at(START);

    assertThat(clock.advance(Duration.ofMinutes(2))).isEqualTo(START.plusSeconds(120));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2027-03-14T07:01:00Z"));
  }

  @Test
  void advanceRejectsNegativeAmounts() {
    TestClock clock = TestClock.at(START);

    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must not be negative, but was PT-1S");
    assertThat(clock.instant()).isEqualTo(START);
  }

  @Test
  void setMayMoveBackwards() {
    TestClock clock = TestClock.at(START);

    clock.set(START.minusSeconds(3600));

    assertThat(clock.instant()).isEqualTo(START.minusSeconds(3600));
  }

  @Test
  void zonedViewSharesTheInstant() {
    TestClock clock = TestClock.at(START);
    TestClock newYork = clock.withZone(ZoneId.of("America/New_York"));

    clock.advance(Duration.ofHours(1));

    assertThat(newYork.instant()).isEqualTo(START.plusSeconds(3600));
    assertThat(newYork.getZone()).isEqualTo(ZoneId.of("America/New_York"));
    // 2027-03-14 07:59Z is 03:59 EDT: the zoned view sees the DST change like any Clock would.
    assertThat(newYork.instant().atZone(newYork.getZone()).getHour()).isEqualTo(3);
  }
}
