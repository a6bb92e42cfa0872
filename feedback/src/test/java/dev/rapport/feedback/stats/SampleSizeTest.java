package dev.rapport.feedback.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SampleSizeTest {

  @Test
  void classicPlusMinusThreePointsAt95PercentNeeds1068() {
    // 1.959964^2 * 0.25 / 0.03^2 = 1067.07, rounded up.
    assertThat(SampleSize.forProportion(0.03, 0.95, 0.5)).isEqualTo(1068);
  }

  @Test
  void npsVarianceOf061AndMarginOf01531Needs100() {
    // The vector: 100 responses give a 95% margin of 15.31 points at variance 0.61.
    assertThat(SampleSize.forVariance(0.15308, 0.95, 0.61)).isEqualTo(100);
  }

  @Test
  void zeroVarianceNeedsOneResponse() {
    assertThat(SampleSize.forVariance(0.01, 0.95, 0)).isEqualTo(1);
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> SampleSize.forProportion(0, 0.95, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("margin must be positive and finite, but was 0.0");
    assertThatThrownBy(() -> SampleSize.forProportion(0.1, 0.95, 1.5))
        .hasMessage("expected must be from 0 to 1, but was 1.5");
    assertThatThrownBy(() -> SampleSize.forVariance(0.1, 0.95, -1))
        .hasMessage("variance must be finite and not negative, but was -1.0");
  }
}
