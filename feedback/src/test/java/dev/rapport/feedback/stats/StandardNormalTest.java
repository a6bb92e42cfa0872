package dev.rapport.feedback.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reference values from SciPy 1.17 (scipy.stats.norm, math.erfc). */
class StandardNormalTest {

  static Stream<Arguments> cdfValues() {
    return Stream.of(
        Arguments.of(-8.0, 6.22096057427174e-16),
        Arguments.of(-5.0, 2.866515718791933e-07),
        Arguments.of(-3.0, 0.0013498980316300933),
        Arguments.of(-1.96, 0.024997895148220435),
        Arguments.of(-1.0, 0.15865525393145707),
        Arguments.of(0.0, 0.5),
        Arguments.of(0.5, 0.6914624612740131),
        Arguments.of(1.0, 0.8413447460685429),
        Arguments.of(2.5, 0.9937903346742238),
        Arguments.of(3.0, 0.9986501019683699),
        Arguments.of(6.0, 0.9999999990134123));
  }

  @ParameterizedTest(name = "cdf({0}) = {1}")
  @MethodSource("cdfValues")
  void cdfMatchesReferenceToRelative1e12(double z, double expected) {
    assertThat(StandardNormal.cdf(z)).isCloseTo(expected, within(Math.abs(expected) * 1e-12));
  }

  static Stream<Arguments> survivalValues() {
    return Stream.of(
        Arguments.of(3.0, 0.0013498980316300933),
        Arguments.of(6.0, 9.865876450376946e-10),
        Arguments.of(8.0, 6.22096057427174e-16),
        Arguments.of(10.0, 7.61985302416047e-24));
  }

  @ParameterizedTest(name = "survival({0}) = {1}")
  @MethodSource("survivalValues")
  void survivalIsAccurateInTheUpperTail(double z, double expected) {
    assertThat(StandardNormal.survival(z)).isCloseTo(expected, within(expected * 1e-12));
  }

  static Stream<Arguments> erfcValues() {
    return Stream.of(
        Arguments.of(0.1, 0.8875370839817152),
        Arguments.of(1.0, 0.15729920705028513),
        Arguments.of(2.4999, 0.0004071699003334514),
        Arguments.of(2.5, 0.0004069520174449589),
        Arguments.of(3.0, 2.2090496998585438e-05),
        Arguments.of(5.0, 1.5374597944280351e-12),
        Arguments.of(10.0, 2.088487583762545e-45),
        Arguments.of(20.0, 5.3958656116079005e-176));
  }

  @ParameterizedTest(name = "erfc({0}) = {1}")
  @MethodSource("erfcValues")
  void erfcMatchesReferenceOnBothSidesOfTheSwitchToTheContinuedFraction(double x, double expected) {
    assertThat(StandardNormal.erfc(x)).isCloseTo(expected, within(expected * 1e-12));
    assertThat(StandardNormal.erfc(-x)).isCloseTo(2 - expected, within(1e-15));
  }

  static Stream<Arguments> quantiles() {
    return Stream.of(
        Arguments.of(1e-10, -6.361340902404056),
        Arguments.of(0.001, -3.090232306167813),
        Arguments.of(0.02425, -1.972961051311885),
        Arguments.of(0.025, -1.9599639845400545),
        Arguments.of(0.3, -0.5244005127080409),
        Arguments.of(0.5, 0.0),
        Arguments.of(0.975, 1.959963984540054),
        Arguments.of(0.999, 3.090232306167813),
        Arguments.of(1 - 1e-10, 6.361340889697422));
  }

  @ParameterizedTest(name = "quantile({0}) = {1}")
  @MethodSource("quantiles")
  void quantileMatchesReference(double p, double expected) {
    assertThat(StandardNormal.quantile(p)).isCloseTo(expected, within(1e-12));
  }

  @Test
  void criticalValuesOfCommonConfidenceLevels() {
    assertThat(StandardNormal.criticalValue(0.95)).isCloseTo(1.959963984540054, within(1e-12));
    assertThat(StandardNormal.criticalValue(0.90)).isCloseTo(1.6448536269514722, within(1e-12));
    assertThat(StandardNormal.criticalValue(0.99)).isCloseTo(2.5758293035489004, within(1e-12));
  }

  @Test
  void quantileInvertsCdf() {
    qt().withExamples(2000)
        // Above z = 5, cdf(z) is within 3e-7 of 1 and a double keeps too few digits of it.
        .forAll(doubles().between(-8, 5))
        .checkAssert(
            z -> assertThat(StandardNormal.quantile(StandardNormal.cdf(z))).isCloseTo(z, tol(z)));
  }

  private static Offset<Double> tol(double z) {
    // cdf(z) near 1 keeps only ~1e-16 absolute precision, so the inverse loses digits there.
    return within(z > 3 ? 1e-7 : 1e-10);
  }

  @Test
  void twoSidedPValueOfZeroIsOneAndOfMinus196IsFivePercent() {
    assertThat(StandardNormal.twoSidedPValue(0)).isEqualTo(1.0);
    assertThat(StandardNormal.twoSidedPValue(-1.959963984540054)).isCloseTo(0.05, within(1e-12));
    assertThat(StandardNormal.twoSidedPValue(Double.POSITIVE_INFINITY)).isZero();
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 1.0, -0.1, 1.5, Double.NaN})
  void quantileRejectsProbabilitiesOutsideTheOpenUnitInterval(double p) {
    assertThatThrownBy(() -> StandardNormal.quantile(p))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p must be between 0 and 1 exclusive, but was " + p);
  }

  @Test
  void rejectsBadConfidenceAndNaN() {
    assertThatThrownBy(() -> StandardNormal.criticalValue(1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidence must be between 0 and 1 exclusive, but was 1.0");
    assertThatThrownBy(() -> StandardNormal.cdf(Double.NaN))
        .hasMessage("z must be a number, but was NaN");
  }
}
