package dev.rapport.feedback.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IntervalTest {

  @Test
  void containsItsEndsAndReportsWidth() {
    Interval interval = new Interval(0.25, 0.75, 0.9);
    assertThat(interval.contains(0.25)).isTrue();
    assertThat(interval.contains(0.75)).isTrue();
    assertThat(interval.contains(0.76)).isFalse();
    assertThat(interval.width()).isEqualTo(0.5);
    assertThat(interval).hasToString("[0.2500, 0.7500] @ 90%");
  }

  @Test
  void scalesAndClips() {
    Interval interval = new Interval(-0.2, 0.5, 0.95);
    assertThat(interval.scaled(100)).isEqualTo(new Interval(-20, 50, 0.95));
    assertThat(interval.clippedTo(0, 0.4)).isEqualTo(new Interval(0, 0.4, 0.95));
    assertThat(new Interval(2, 3, 0.95).clippedTo(0, 1)).isEqualTo(new Interval(1, 1, 0.95));
  }

  @Test
  void rejectsInvertedOrInfiniteEndsAndBadConfidence() {
    assertThatThrownBy(() -> new Interval(1, 0, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("upper must be finite and at least lower 1.0, but was 0.0");
    assertThatThrownBy(() -> new Interval(Double.NEGATIVE_INFINITY, 0, 0.95))
        .hasMessage("lower must be finite, but was -Infinity");
    assertThatThrownBy(() -> new Interval(0, 1, 1.0))
        .hasMessage("confidence must be between 0 and 1 exclusive, but was 1.0");
    assertThatThrownBy(() -> new Interval(0, 1, 0.5).scaled(0))
        .hasMessage("factor must be positive and finite, but was 0.0");
    assertThatThrownBy(() -> new Interval(0, 1, 0.5).clippedTo(1, 0))
        .hasMessage("max must be at least min 1.0, but was 0.0");
  }
}
