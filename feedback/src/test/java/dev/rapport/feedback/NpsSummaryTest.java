package dev.rapport.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.rapport.feedback.stats.Comparison;
import dev.rapport.feedback.stats.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;

class NpsSummaryTest {
  private static final NpsSummary FIFTY_THIRTY_TWENTY = NpsSummary.of(50, 30, 20);

  @Test
  void issueVectorFiftyThirtyTwenty() {
    NpsSummary s = FIFTY_THIRTY_TWENTY;
    assertThat(s.score().getAsDouble()).isCloseTo(30.0, within(1e-4));
    assertThat(s.variance().getAsDouble()).isCloseTo(0.61, within(1e-4));
    assertThat(s.standardError().getAsDouble()).isCloseTo(0.0781, within(1e-4));
    // 15.31 as printed in the issue is 15.3079 rounded to two places.
    assertThat(s.marginOfError(0.95).getAsDouble()).isCloseTo(15.3079, within(1e-4));
    assertThat(Rounding.halfUp(s.marginOfError(0.95).getAsDouble(), 2)).hasToString("15.31");
    Interval wald = s.interval(NpsIntervalMethod.WALD, 0.95).orElseThrow();
    assertThat(wald.lower()).isCloseTo(30 - 15.3079, within(1e-4));
    assertThat(wald.upper()).isCloseTo(30 + 15.3079, within(1e-4));
  }

  @Test
  void issueVectorMergingAAndBGivesThirtyNotTheMeanOfScores() {
    NpsSummary a = NpsSummary.of(45, 15, 20);
    NpsSummary b = NpsSummary.of(5, 15, 0);
    assertThat(a.score().getAsDouble()).isCloseTo(31.25, within(1e-9));
    assertThat(b.score().getAsDouble()).isCloseTo(25.0, within(1e-9));
    assertThat(a.merge(b).score().getAsDouble()).isCloseTo(30.0, within(1e-4));
    assertThat(a.merge(b)).isEqualTo(FIFTY_THIRTY_TWENTY);
  }

  @Test
  void noAnswersIsInsufficientDataNeverZero() {
    NpsSummary empty = NpsSummary.empty();
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.score()).isEmpty();
    assertThat(empty.displayScore()).isEmpty();
    assertThat(empty.variance()).isEmpty();
    assertThat(empty.standardError()).isEmpty();
    assertThat(empty.marginOfError(0.95)).isEmpty();
    assertThat(empty.interval(NpsIntervalMethod.ADJUSTED_WALD, 0.95)).isEmpty();
    assertThat(empty.displayPercentages()).isEmpty();
    assertThat(empty.share(NpsCategory.PROMOTER)).isEmpty();
    assertThat(empty.changeTo(FIFTY_THIRTY_TWENTY, 0.95)).isEmpty();
    assertThat(empty.shrunkScore(NpsSummary.empty(), 0)).isEmpty();
  }

  @ParameterizedTest(name = "{0}/{1}/{2} shows {3}")
  @CsvSource({"1,7,0,13", "0,7,1,-13", "3,5,0,38", "0,5,3,-38", "1,1,1,0", "2,1,0,67"})
  void displayScoreRoundsHalfUpSymmetricallyFromTheExactFraction(
      long p, long pa, long d, long shown) {
    assertThat(NpsSummary.of(p, pa, d).displayScore().getAsLong()).isEqualTo(shown);
  }

  @Test
  void displayPercentagesSumToOneHundred() {
    assertThat(NpsSummary.of(1, 1, 1).displayPercentages().orElseThrow())
        .containsExactly(34, 33, 33);
    assertThat(FIFTY_THIRTY_TWENTY.displayPercentages().orElseThrow()).containsExactly(50, 30, 20);
  }

  @Test
  void adjustedWaldAddsThreePseudoResponses() {
    // n' = 103, P' = 50.75/103, D' = 20.75/103.
    double p = 50.75 / 103;
    double d = 20.75 / 103;
    double half = 1.959963984540054 * Math.sqrt(((p + d) - (p - d) * (p - d)) / 103);
    Interval adjusted =
        FIFTY_THIRTY_TWENTY.interval(NpsIntervalMethod.ADJUSTED_WALD, 0.95).orElseThrow();
    assertThat(adjusted.lower()).isCloseTo(100 * (p - d - half), within(1e-9));
    assertThat(adjusted.upper()).isCloseTo(100 * (p - d + half), within(1e-9));
  }

  @Test
  void onePromoterAloneGivesADegenerateWaldAndAWideAdjustedWald() {
    NpsSummary one = NpsSummary.of(1, 0, 0);
    assertThat(one.interval(NpsIntervalMethod.WALD, 0.95).orElseThrow())
        .isEqualTo(new Interval(100, 100, 0.95));
    Interval adjusted = one.interval(NpsIntervalMethod.ADJUSTED_WALD, 0.95).orElseThrow();
    assertThat(adjusted.lower()).isCloseTo(-48.5, within(0.1));
    assertThat(adjusted.upper()).isCloseTo(98.5, within(0.1));
  }

  @Test
  void intervalsAreClippedToTheScoreRange() {
    Interval wald = NpsSummary.of(9, 0, 1).interval(NpsIntervalMethod.WALD, 0.99).orElseThrow();
    assertThat(wald.upper()).isEqualTo(100);
  }

  @Test
  void changeToTestsTheDifferenceInPoints() {
    NpsSummary before = NpsSummary.of(40, 30, 30);
    NpsSummary after = NpsSummary.of(60, 25, 15);
    Comparison change = before.changeTo(after, 0.95).orElseThrow();
    double se1 = Math.sqrt((0.7 - 0.01) / 100);
    double se2 = Math.sqrt((0.75 - 0.2025) / 100);
    assertThat(change.difference()).isCloseTo(35, within(1e-9));
    assertThat(change.standardError()).isCloseTo(100 * Math.hypot(se1, se2), within(1e-9));
    assertThat(change.change()).isEqualTo(Comparison.Change.INCREASE);
    assertThat(FIFTY_THIRTY_TWENTY.changeTo(NpsSummary.of(52, 29, 19), 0.95).orElseThrow().change())
        .isEqualTo(Comparison.Change.NOT_SIGNIFICANT);
  }

  @Test
  void shrinkagePullsSmallSegmentsTowardTheGlobalMix() {
    NpsSummary global = NpsSummary.of(500, 300, 200);
    NpsSummary tiny = NpsSummary.of(2, 0, 0);
    // (2 + 10 * 0.5 - 10 * 0.2) / 12 = 5/12.
    assertThat(tiny.shrunkScore(global, 10).getAsDouble()).isCloseTo(100 * 5.0 / 12, within(1e-9));
    assertThat(tiny.shrunkScore(global, 0).getAsDouble()).isEqualTo(100);
    assertThat(NpsSummary.empty().shrunkScore(global, 10).getAsDouble())
        .isCloseTo(30, within(1e-9));
    assertThatThrownBy(() -> tiny.shrunkScore(NpsSummary.empty(), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("global must have answers to shrink toward, but was empty");
    assertThatThrownBy(() -> tiny.shrunkScore(global, -1))
        .hasMessage("pseudoResponses must be finite and not negative, but was -1.0");
  }

  @Test
  void minimumSampleSize() {
    assertThat(NpsSummary.minimumSampleSize(15.3079, 0.95, 0.61)).isEqualTo(100);
    // Worst case variance 1: 1.96^2 / 0.05^2 = 1536.6.
    assertThat(NpsSummary.minimumSampleSize(5, 0.95)).isEqualTo(1537);
    assertThatThrownBy(() -> NpsSummary.minimumSampleSize(5, 0.95, 1.5))
        .hasMessage("variance must be from 0 to 1, but was 1.5");
  }

  @Test
  void skippedResponsesNeverEnterTheDenominator() {
    NpsSummary s =
        NpsSummary.empty().add(Fixtures.nps("a", 10)).add(Fixtures.skipped("b", SurveyScale.nps()));
    assertThat(s).isEqualTo(NpsSummary.of(1, 0, 0));
    assertThatThrownBy(() -> s.add(Fixtures.answered("c", SurveyScale.csat5(), 5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("response scale must be NPS 0-10, but was CSAT 1-5 (satisfied from 4) for c");
  }

  @Test
  void rejectsNegativeCountsAndOverflow() {
    assertThatThrownBy(() -> NpsSummary.of(-1, 0, 0))
        .hasMessage("counts must not be negative, but were -1/0/0");
    assertThatThrownBy(() -> NpsSummary.of(Long.MAX_VALUE, 1, 0))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> NpsSummary.of(Long.MAX_VALUE, 0, 0).add(10))
        .isInstanceOf(ArithmeticException.class);
  }

  // Property tests against a reference model: the list of answers itself.

  private static Gen<List<Integer>> answers() {
    return lists().of(integers().between(0, 10)).ofSizeBetween(0, 60);
  }

  private static NpsSummary addAll(List<Integer> values) {
    NpsSummary s = NpsSummary.empty();
    for (int v : values) {
      s = s.add(v);
    }
    return s;
  }

  @Test
  void mergeIsAssociativeCommutativeAndEqualToAddingAll() {
    qt().withExamples(300)
        .forAll(answers(), answers(), answers())
        .checkAssert(
            (a, b, c) -> {
              NpsSummary x = addAll(a);
              NpsSummary y = addAll(b);
              NpsSummary z = addAll(c);
              assertThat(x.merge(y).merge(z)).isEqualTo(x.merge(y.merge(z)));
              assertThat(x.merge(y)).isEqualTo(y.merge(x));
              List<Integer> all = new ArrayList<>(a);
              all.addAll(b);
              all.addAll(c);
              assertThat(x.merge(y).merge(z)).isEqualTo(addAll(all));
              assertThat(x.merge(NpsSummary.empty())).isEqualTo(x);
            });
  }

  @Test
  void scoreMatchesTheMeanOfPlusOneZeroMinusOne() {
    qt().withExamples(300)
        .forAll(answers())
        .checkAssert(
            values -> {
              NpsSummary s = addAll(values);
              if (values.isEmpty()) {
                assertThat(s.score()).isEmpty();
                return;
              }
              double[] scored =
                  values.stream().mapToDouble(v -> v >= 9 ? 1 : v >= 7 ? 0 : -1).toArray();
              double mean =
                  IntStream.range(0, scored.length)
                      .mapToDouble(i -> scored[i])
                      .average()
                      .orElseThrow();
              double variance = 0;
              for (double x : scored) {
                variance += (x - mean) * (x - mean);
              }
              variance /= scored.length;
              assertThat(s.score().getAsDouble()).isCloseTo(100 * mean, within(1e-9));
              assertThat(s.variance().getAsDouble()).isCloseTo(variance, within(1e-9));
              assertThat(s.count()).isEqualTo(values.size());
            });
  }

  @ParameterizedTest
  @EnumSource(NpsIntervalMethod.class)
  void intervalsContainTheirPointEstimate(NpsIntervalMethod method) {
    qt().withExamples(300)
        .forAll(answers(), doubles().between(0.5, 0.999))
        .checkAssert(
            (values, confidence) -> {
              NpsSummary s = addAll(values);
              if (s.isEmpty()) {
                return;
              }
              Interval interval = s.interval(method, confidence).orElseThrow();
              double estimate =
                  method == NpsIntervalMethod.WALD
                      ? s.score().getAsDouble()
                      : 100
                          * ((s.promoters() + 0.75) - (s.detractors() + 0.75))
                          / (s.count() + 3.0);
              assertThat(interval.contains(estimate)).as("%s %s", s, interval).isTrue();
              assertThat(interval.lower()).isGreaterThanOrEqualTo(-100);
              assertThat(interval.upper()).isLessThanOrEqualTo(100);
            });
  }

  @Test
  void collectorEqualsAddingEachResponse() {
    List<SurveyResponse> responses = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      responses.add(
          i % 17 == 0
              ? Fixtures.skipped("r" + i, SurveyScale.nps())
              : Fixtures.nps("r" + i, i % 11));
    }
    NpsSummary sequential = NpsSummary.empty();
    for (SurveyResponse r : responses) {
      sequential = sequential.add(r);
    }
    assertThat(responses.parallelStream().collect(NpsSummary.collector())).isEqualTo(sequential);
  }
}
