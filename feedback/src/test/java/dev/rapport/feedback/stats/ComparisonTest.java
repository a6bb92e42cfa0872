package dev.rapport.feedback.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ComparisonTest {

  @Test
  void pooledTwoProportionTestMatchesReference() {
    // 40/100 then 55/100: pooled z 2.1240, p 0.03367 (SciPy); unpooled 95% interval of the
    // difference [0.01315, 0.28685].
    Comparison c = Comparison.ofProportions(40, 100, 55, 100, 0.95).orElseThrow();
    assertThat(c.difference()).isCloseTo(0.15, within(1e-12));
    assertThat(c.z()).isCloseTo(2.1239769762143665, within(1e-9));
    assertThat(c.pValue()).isCloseTo(0.03367206885634577, within(1e-9));
    assertThat(c.interval().lower()).isCloseTo(0.013152962213704239, within(1e-9));
    assertThat(c.interval().upper()).isCloseTo(0.2868470377862957, within(1e-9));
    assertThat(c.isSignificant()).isTrue();
    assertThat(c.change()).isEqualTo(Comparison.Change.INCREASE);
  }

  @Test
  void aDropIsADecreaseAndASmallChangeIsNotSignificant() {
    assertThat(Comparison.ofProportions(55, 100, 40, 100, 0.95).orElseThrow().change())
        .isEqualTo(Comparison.Change.DECREASE);
    Comparison small = Comparison.ofProportions(50, 100, 55, 100, 0.95).orElseThrow();
    assertThat(small.isSignificant()).isFalse();
    assertThat(small.change()).isEqualTo(Comparison.Change.NOT_SIGNIFICANT);
    assertThat(small.interval().contains(0)).isTrue();
  }

  @Test
  void anEmptySampleIsInsufficientData() {
    assertThat(Comparison.ofProportions(0, 0, 5, 10, 0.95)).isEmpty();
    assertThat(Comparison.ofProportions(5, 10, 0, 0, 0.95)).isEmpty();
  }

  @Test
  void identicalAllOrNothingSamplesShowNoChange() {
    Comparison same = Comparison.ofProportions(10, 10, 20, 20, 0.95).orElseThrow();
    assertThat(same.z()).isZero();
    assertThat(same.pValue()).isEqualTo(1.0);
    assertThat(same.isSignificant()).isFalse();
  }

  @Test
  void estimatesWithZeroErrorThatDifferAreCertainlyDifferent() {
    Comparison c = Comparison.ofEstimates(100, 0, -100, 0, 0.95);
    assertThat(c.z()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(c.pValue()).isZero();
    assertThat(c.change()).isEqualTo(Comparison.Change.DECREASE);
  }

  @Test
  void estimatesUseTheRootSumOfSquaresOfTheirErrors() {
    // p from SciPy: 2 * norm.sf(0.8).
    Comparison c = Comparison.ofEstimates(30, 3, 34, 4, 0.95);
    assertThat(c.standardError()).isCloseTo(5, within(1e-12));
    assertThat(c.z()).isCloseTo(0.8, within(1e-12));
    assertThat(c.interval().lower()).isCloseTo(4 - 1.959963984540054 * 5, within(1e-9));
    assertThat(c.pValue()).isCloseTo(0.4237107971667934, within(1e-9));
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> Comparison.ofEstimates(0, -1, 0, 1, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("firstError must be finite and not negative, but was -1.0");
    assertThatThrownBy(() -> Comparison.ofEstimates(Double.NaN, 1, 0, 1, 0.95))
        .hasMessage("first must be finite, but was NaN");
    assertThatThrownBy(() -> Comparison.ofProportions(3, 2, 1, 1, 0.95))
        .hasMessage("successes must be from 0 to trials 2, but was 3");
    Interval interval = new Interval(0, 1, 0.95);
    assertThatThrownBy(() -> new Comparison(0, 0, 0, 1.5, interval))
        .hasMessage("pValue must be from 0 to 1, but was 1.5");
  }
}
