package dev.rapport.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rapport.feedback.stats.ProportionMethod;
import org.junit.jupiter.api.Test;

class CesSummaryTest {
  // 1..7: 5, 5, 10, 10, 20, 30, 20 (100 answers).
  private static final CesSummary SEVEN =
      CesSummary.of(SurveyScale.ces7(), 5, 5, 10, 10, 20, 30, 20);

  @Test
  void eachVendorDefinitionUnderItsOwnName() {
    assertThat(SEVEN.agree()).isEqualTo(70);
    assertThat(SEVEN.disagree()).isEqualTo(20);
    assertThat(SEVEN.agreeShare().getAsDouble()).isCloseTo(0.70, within(1e-12));
    assertThat(SEVEN.netScore().getAsDouble()).isCloseTo(50.0, within(1e-12));
    double mean = (5 * 1 + 5 * 2 + 10 * 3 + 10 * 4 + 20 * 5 + 30 * 6 + 20 * 7) / 100.0;
    assertThat(SEVEN.mean().getAsDouble()).isCloseTo(mean, within(1e-12));
    assertThat(SEVEN.agreeInterval(ProportionMethod.WILSON, 0.95).orElseThrow().contains(0.7))
        .isTrue();
  }

  @Test
  void fivePointScaleMirrorsTheAgreeBox() {
    CesSummary five = CesSummary.empty(SurveyScale.ces(5, 4)).add(1).add(2).add(3).add(4).add(5);
    assertThat(five.agree()).isEqualTo(2);
    assertThat(five.disagree()).isEqualTo(2);
    assertThat(five.netScore().getAsDouble()).isZero();
  }

  @Test
  void emptyIsInsufficientData() {
    CesSummary empty = CesSummary.empty(SurveyScale.ces7());
    assertThat(empty.mean()).isEmpty();
    assertThat(empty.agreeShare()).isEmpty();
    assertThat(empty.netScore()).isEmpty();
    assertThat(empty.displayPercentages()).isEmpty();
    assertThat(empty.changeTo(SEVEN, 0.95)).isEmpty();
  }

  @Test
  void mergeAddsCountsAndRejectsOtherScales() {
    assertThat(SEVEN.merge(SEVEN).agree()).isEqualTo(140);
    assertThat(SEVEN.changeTo(SEVEN, 0.95).orElseThrow().isSignificant()).isFalse();
    assertThatThrownBy(() -> CesSummary.empty(SurveyScale.csat5()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale must be a CES scale, but was CSAT 1-5 (satisfied from 4)");
  }
}
