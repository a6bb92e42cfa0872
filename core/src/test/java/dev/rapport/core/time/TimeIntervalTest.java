package dev.rapport.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeIntervalTest {
  private static final Instant NINE = Instant.parse("2027-01-11T09:00:00Z");
  private static final Instant FIVE = Instant.parse("2027-01-11T17:00:00Z");

  @Test
  void isHalfOpen() {
    TimeInterval day = new TimeInterval(NINE, FIVE);
    assertThat(day.duration()).isEqualTo(Duration.ofHours(8));
    assertThat(day.contains(NINE.minusNanos(1))).isFalse();
    assertThat(day.contains(NINE)).isTrue();
    assertThat(day.contains(FIVE.minusNanos(1))).isTrue();
    assertThat(day.contains(FIVE)).isFalse();
    assertThat(day).hasToString("[2027-01-11T09:00:00Z, 2027-01-11T17:00:00Z)");
  }

  @Test
  void rejectsEmptyAndReversedIntervals() {
    assertThatThrownBy(() -> new TimeInterval(NINE, NINE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end must be after start 2027-01-11T09:00:00Z, but was 2027-01-11T09:00:00Z");
    assertThatThrownBy(() -> new TimeInterval(FIVE, NINE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TimeInterval(NINE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("end");
    assertThatThrownBy(() -> new TimeInterval(NINE, FIVE).contains(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("instant");
  }
}
