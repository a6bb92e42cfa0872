package dev.rapport.feedback.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Reference intervals computed with SciPy 1.17 from the textbook formulas. */
class ProportionMethodTest {

  static Stream<Arguments> intervals() {
    return Stream.of(
        Arguments.of(ProportionMethod.WILSON, 80, 100, 0.7111708344068411, 0.8666330666689676),
        Arguments.of(ProportionMethod.WILSON, 8, 10, 0.49016247153664183, 0.9433178485456247),
        Arguments.of(ProportionMethod.WILSON, 0, 10, 0.0, 0.2775327998628892),
        Arguments.of(ProportionMethod.WILSON, 10, 10, 0.7224672001371107, 1.0),
        Arguments.of(ProportionMethod.WALD, 80, 100, 0.7216014406183979, 0.8783985593816022),
        Arguments.of(ProportionMethod.WALD, 8, 10, 0.5520819870781755, 1.0),
        Arguments.of(ProportionMethod.WALD, 0, 10, 0.0, 0.0),
        Arguments.of(
            ProportionMethod.AGRESTI_COULL, 80, 100, 0.7104115896667793, 0.8673923114090292),
        Arguments.of(ProportionMethod.AGRESTI_COULL, 8, 10, 0.4793675905661507, 0.9541127295161158),
        Arguments.of(ProportionMethod.AGRESTI_COULL, 10, 10, 0.6791126942494543, 1.0),
        Arguments.of(ProportionMethod.JEFFREYS, 8, 10, 0.4972255035600069, 0.9559405864473692),
        Arguments.of(ProportionMethod.JEFFREYS, 80, 100, 0.7137204271726825, 0.8692095845813153),
        Arguments.of(ProportionMethod.JEFFREYS, 0, 10, 0.0, 0.21719626750921053),
        Arguments.of(ProportionMethod.JEFFREYS, 10, 10, 1 - 0.21719626750921053, 1.0));
  }

  @ParameterizedTest(name = "{0} {1}/{2} = [{3}, {4}]")
  @MethodSource("intervals")
  void intervalsAt95PercentMatchReference(
      ProportionMethod method, long x, long n, double lower, double upper) {
    Interval interval = method.interval(x, n, 0.95).orElseThrow();
    assertThat(interval.lower()).isCloseTo(lower, within(1e-9));
    assertThat(interval.upper()).isCloseTo(upper, within(1e-9));
    assertThat(interval.confidence()).isEqualTo(0.95);
  }

  @Test
  void issueVectorsWilsonEightyOfHundredAndEightOfTen() {
    Interval csat = ProportionMethod.WILSON.interval(80, 100, 0.95).orElseThrow();
    assertThat(csat.lower()).isCloseTo(0.7112, within(1e-4));
    assertThat(csat.upper()).isCloseTo(0.8666, within(1e-4));
    Interval small = ProportionMethod.WILSON.interval(8, 10, 0.95).orElseThrow();
    assertThat(small.lower()).isCloseTo(0.4902, within(1e-4));
    assertThat(small.upper()).isCloseTo(0.9433, within(1e-4));
  }

  @ParameterizedTest
  @EnumSource(ProportionMethod.class)
  void noTrialsIsInsufficientDataNotZero(ProportionMethod method) {
    assertThat(method.interval(0, 0, 0.95)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(ProportionMethod.class)
  void everyIntervalContainsTheObservedShareAndStaysInTheUnitInterval(ProportionMethod method) {
    qt().withExamples(400)
        .forAll(integers().between(1, 5000), doubles().between(0, 1), doubles().between(0.5, 0.999))
        .checkAssert(
            (n, fraction, confidence) -> {
              long x = Math.round(fraction * n);
              Interval interval = method.interval(x, n, confidence).orElseThrow();
              assertThat(interval.contains((double) x / n)).as("%s", interval).isTrue();
              assertThat(interval.lower()).isBetween(0.0, 1.0);
              assertThat(interval.upper()).isBetween(0.0, 1.0);
            });
  }

  @Test
  void agrestiCoullContainsWilson() {
    qt().withExamples(400)
        .forAll(integers().between(1, 2000), doubles().between(0, 1))
        .checkAssert(
            (n, fraction) -> {
              long x = Math.round(fraction * n);
              Interval wilson = ProportionMethod.WILSON.interval(x, n, 0.95).orElseThrow();
              Interval ac = ProportionMethod.AGRESTI_COULL.interval(x, n, 0.95).orElseThrow();
              assertThat(ac.lower()).isLessThanOrEqualTo(wilson.lower() + 1e-12);
              assertThat(ac.upper()).isGreaterThanOrEqualTo(wilson.upper() - 1e-12);
            });
  }

  /**
   * Simulated coverage of the 95% Wilson interval over n in {10, 30, 100, 300} and p from 0.05 to
   * 0.95, 2,000 samples per cell, fixed seed. Exact coverage (binomial sums) over this grid
   * averages 0.9511 with a worst cell of 0.9139 (n = 10, p = 0.05). Tolerance: the simulated
   * average within 0.95 +- 0.01 and every cell at least 0.89 (the worst exact cell minus four
   * simulation standard errors). Wald fails the same check (its n = 10, p = 0.05 coverage is about
   * 0.40), so the check has teeth.
   */
  @Test
  void wilsonCoverageIsNearNominalInASimulation() {
    Coverage wilson = coverage(ProportionMethod.WILSON);
    assertThat(wilson.mean).isCloseTo(0.95, within(0.01));
    assertThat(wilson.worst).isGreaterThanOrEqualTo(0.89);
    Coverage wald = coverage(ProportionMethod.WALD);
    assertThat(wald.worst).isLessThan(0.89);
  }

  private record Coverage(double mean, double worst) {}

  private static Coverage coverage(ProportionMethod method) {
    SplittableRandom random = new SplittableRandom(20261130L);
    int samples = 2000;
    double sum = 0;
    double worst = 1;
    int cells = 0;
    for (int n : new int[] {10, 30, 100, 300}) {
      for (double p : new double[] {0.05, 0.1, 0.2, 0.35, 0.5, 0.65, 0.8, 0.9, 0.95}) {
        int covered = 0;
        for (int s = 0; s < samples; s++) {
          int x = 0;
          for (int i = 0; i < n; i++) {
            if (random.nextDouble() < p) {
              x++;
            }
          }
          if (method.interval(x, n, 0.95).orElseThrow().contains(p)) {
            covered++;
          }
        }
        double rate = (double) covered / samples;
        sum += rate;
        worst = Math.min(worst, rate);
        cells++;
      }
    }
    return new Coverage(sum / cells, worst);
  }

  @Test
  void rejectsImpossibleCounts() {
    assertThatThrownBy(() -> ProportionMethod.WILSON.interval(11, 10, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("successes must be from 0 to trials 10, but was 11");
    assertThatThrownBy(() -> ProportionMethod.WILSON.interval(0, -1, 0.95))
        .hasMessage("trials must not be negative, but was -1");
    assertThatThrownBy(() -> ProportionMethod.WILSON.interval(0, 0, 0))
        .hasMessage("confidence must be between 0 and 1 exclusive, but was 0.0");
  }
}
