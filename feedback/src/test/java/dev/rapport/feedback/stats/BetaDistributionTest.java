package dev.rapport.feedback.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reference values from SciPy 1.17 (math.lgamma, scipy.special.betainc and betaincinv). */
class BetaDistributionTest {

  static Stream<Arguments> logGammas() {
    return Stream.of(
        Arguments.of(0.1, 2.2527126517342055),
        Arguments.of(0.5, 0.5723649429247004),
        Arguments.of(1.0, 0.0),
        Arguments.of(1.5, -0.12078223763524543),
        Arguments.of(2.0, 0.0),
        Arguments.of(10.0, 12.801827480081467),
        Arguments.of(100.5, 361.4355404677776),
        Arguments.of(1000.0, 5905.220423209181));
  }

  @ParameterizedTest(name = "lnGamma({0}) = {1}")
  @MethodSource("logGammas")
  void logGammaMatchesReference(double x, double expected) {
    assertThat(BetaDistribution.logGamma(x))
        .isCloseTo(expected, within(1e-12 * Math.max(1, Math.abs(expected))));
  }

  static Stream<Arguments> incompleteBetas() {
    return Stream.of(
        Arguments.of(2.0, 3.0, 0.5, 0.6875),
        Arguments.of(0.5, 0.5, 0.1, 0.20483276469913345),
        Arguments.of(8.5, 2.5, 0.7, 0.2549915514560285),
        Arguments.of(100.5, 900.5, 0.1, 0.49438598785367266),
        Arguments.of(1.5, 1000.5, 0.001, 0.4281122815214182));
  }

  @ParameterizedTest(name = "I_{2}({0}, {1}) = {3}")
  @MethodSource("incompleteBetas")
  void regularizedIncompleteBetaMatchesReference(double a, double b, double x, double expected) {
    assertThat(BetaDistribution.regularized(x, a, b)).isCloseTo(expected, within(1e-10));
  }

  static Stream<Arguments> quantiles() {
    return Stream.of(
        Arguments.of(8.5, 2.5, 0.025, 0.4972255035600069),
        Arguments.of(8.5, 2.5, 0.975, 0.9559405864473692),
        Arguments.of(80.5, 20.5, 0.025, 0.7137204271726825),
        Arguments.of(80.5, 20.5, 0.975, 0.8692095845813153),
        Arguments.of(0.5, 10.5, 0.975, 0.21719626750921053),
        Arguments.of(1.5, 1000.5, 0.025, 0.00010781097255630273));
  }

  @ParameterizedTest(name = "quantile({2}; {0}, {1}) = {3}")
  @MethodSource("quantiles")
  void quantileMatchesReference(double a, double b, double p, double expected) {
    assertThat(BetaDistribution.quantile(p, a, b)).isCloseTo(expected, within(expected * 1e-9));
  }

  @Test
  void quantileInvertsTheRegularizedIncompleteBeta() {
    qt().withExamples(300)
        .forAll(
            doubles().between(0.5, 500),
            doubles().between(0.5, 500),
            doubles().between(0.001, 0.999))
        .checkAssert(
            (a, b, p) ->
                assertThat(BetaDistribution.regularized(BetaDistribution.quantile(p, a, b), a, b))
                    .isCloseTo(p, within(1e-9)));
  }

  @Test
  void symmetryIxAbEqualsOneMinusI1mxBa() {
    qt().withExamples(300)
        .forAll(
            doubles().between(0.5, 200),
            doubles().between(0.5, 200),
            doubles().between(0.001, 0.999))
        .checkAssert(
            (a, b, x) ->
                assertThat(BetaDistribution.regularized(x, a, b))
                    .isCloseTo(1 - BetaDistribution.regularized(1 - x, b, a), within(1e-12)));
  }
}
