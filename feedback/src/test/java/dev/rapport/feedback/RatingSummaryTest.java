package dev.rapport.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RatingSummaryTest {

  @Test
  void meanAndDistribution() {
    RatingSummary s = RatingSummary.of(1, 0, 0, 1, 1);
    assertThat(s.mean().getAsDouble()).isCloseTo(10 / 3.0, within(1e-12));
    assertThat(s.displayPercentages().orElseThrow()).containsExactly(34, 0, 0, 33, 33);
    assertThat(s.count(5)).isEqualTo(1);
  }

  @Test
  void bayesianAverageRanksASingleFiveBelowManyFourPointEights() {
    RatingSummary single = RatingSummary.empty().add(5);
    RatingSummary many = RatingSummary.of(0, 0, 0, 200, 800);
    double global = 4.0;
    double singleAvg = single.bayesianAverage(global, 10).getAsDouble();
    double manyAvg = many.bayesianAverage(global, 10).getAsDouble();
    assertThat(singleAvg).isCloseTo((5 + 40) / 11.0, within(1e-12));
    assertThat(manyAvg).isGreaterThan(singleAvg);
    assertThat(RatingSummary.empty().bayesianAverage(global, 10).getAsDouble()).isEqualTo(4.0);
    assertThat(RatingSummary.empty().bayesianAverage(global, 0)).isEmpty();
  }

  @Test
  void dirichletPseudoCounts() {
    RatingSummary single = RatingSummary.empty().add(5);
    // One pseudo-rating of each star: (5 + 15) / 6.
    assertThat(single.dirichletAverage(1, 1, 1, 1, 1)).isCloseTo(20 / 6.0, within(1e-12));
    assertThatThrownBy(() -> single.dirichletAverage(0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pseudoCounts must not all be 0, but was [0.0, 0.0, 0.0, 0.0, 0.0]");
    assertThatThrownBy(() -> single.dirichletAverage(1, 1))
        .hasMessage("pseudoCounts must have 5 values, but had 2");
    assertThatThrownBy(() -> single.bayesianAverage(6, 1))
        .hasMessage("priorMean must be from 1 to 5, but was 6.0");
  }

  @Test
  void addsStarResponsesOnly() {
    RatingSummary s = RatingSummary.empty().add(Fixtures.answered("a", SurveyScale.stars(), 4));
    assertThat(s.count()).isEqualTo(1);
    assertThat(s.merge(s).counts().asList()).containsExactly(0L, 0L, 0L, 2L, 0L);
    assertThatThrownBy(() -> s.add(Fixtures.nps("b", 4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("response scale must be STARS 1-5, but was NPS 0-10 for b");
    assertThatThrownBy(() -> s.add(6))
        .hasMessage("value must be an integer from 1 to 5 on STARS 1-5, but was 6");
  }
}
