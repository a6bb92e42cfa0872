package dev.rapport.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.rapport.feedback.stats.Comparison;
import dev.rapport.feedback.stats.Interval;
import dev.rapport.feedback.stats.ProportionMethod;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsatSummaryTest {
  private static final CsatSummary ISSUE = CsatSummary.of(SurveyScale.csat5(), 5, 5, 10, 30, 50);

  @Test
  void issueVectorEightyPercentSatisfiedWithWilsonInterval() {
    assertThat(ISSUE.count()).isEqualTo(100);
    assertThat(ISSUE.satisfied()).isEqualTo(80);
    assertThat(ISSUE.satisfiedShare().getAsDouble()).isCloseTo(0.80, within(1e-4));
    assertThat(ISSUE.displaySatisfiedPercent().getAsLong()).isEqualTo(80);
    Interval wilson = ISSUE.satisfiedInterval(ProportionMethod.WILSON, 0.95).orElseThrow();
    assertThat(wilson.lower()).isCloseTo(0.7112, within(1e-4));
    assertThat(wilson.upper()).isCloseTo(0.8666, within(1e-4));
    assertThat(ISSUE.mean().getAsDouble()).isCloseTo(4.15, within(1e-12));
    assertThat(ISSUE.displayPercentages().orElseThrow()).containsExactly(5, 5, 10, 30, 50);
    assertThat(ISSUE.count(5)).isEqualTo(50);
    assertThat(ISSUE.counts().asList()).containsExactly(5L, 5L, 10L, 30L, 50L);
  }

  @Test
  void emptyIsInsufficientData() {
    CsatSummary empty = CsatSummary.empty(SurveyScale.csat5());
    assertThat(empty.satisfiedShare()).isEmpty();
    assertThat(empty.mean()).isEmpty();
    assertThat(empty.displaySatisfiedPercent()).isEmpty();
    assertThat(empty.satisfiedInterval(ProportionMethod.JEFFREYS, 0.95)).isEmpty();
    assertThat(empty.changeTo(ISSUE, 0.95)).isEmpty();
  }

  @Test
  void binaryCsatCountsYesAsSatisfied() {
    CsatSummary s = CsatSummary.empty(SurveyScale.csatBinary()).add(1).add(1).add(0);
    assertThat(s.satisfied()).isEqualTo(2);
    assertThat(s.displaySatisfiedPercent().getAsLong()).isEqualTo(67);
  }

  @Test
  void skippedAndOtherScales() {
    CsatSummary s = CsatSummary.empty(SurveyScale.csat5());
    assertThat(s.add(Fixtures.skipped("x", SurveyScale.csat5()))).isEqualTo(s);
    assertThat(s.add(Fixtures.answered("y", SurveyScale.csat5(), 4)).satisfied()).isEqualTo(1);
    assertThatThrownBy(() -> s.add(Fixtures.answered("z", SurveyScale.csat(7, 6), 4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "response scale must be CSAT 1-5 (satisfied from 4), but was CSAT 1-7 (satisfied from"
                + " 6) for z");
    assertThatThrownBy(() -> s.merge(CsatSummary.empty(SurveyScale.csat(5, 5))))
        .hasMessage(
            "other must be on CSAT 1-5 (satisfied from 4), but was on CSAT 1-5 (satisfied from 5)");
    assertThatThrownBy(() -> CsatSummary.empty(SurveyScale.nps()))
        .hasMessage("scale must be a CSAT scale, but was NPS 0-10");
    assertThatThrownBy(() -> CsatSummary.of(SurveyScale.csat5(), 1, 2))
        .hasMessage("counts must have 5 values for CSAT 1-5 (satisfied from 4), but had 2");
  }

  @Test
  void changeToUsesThePooledTest() {
    CsatSummary before = CsatSummary.of(SurveyScale.csatBinary(), 60, 40);
    CsatSummary after = CsatSummary.of(SurveyScale.csatBinary(), 45, 55);
    Comparison c = before.changeTo(after, 0.95).orElseThrow();
    assertThat(c.z()).isCloseTo(2.1239769762143665, within(1e-9));
    assertThat(c.change()).isEqualTo(Comparison.Change.INCREASE);
  }

  @Test
  void shrinkage() {
    CsatSummary global = CsatSummary.of(SurveyScale.csatBinary(), 20, 80);
    CsatSummary tiny = CsatSummary.of(SurveyScale.csatBinary(), 1, 0);
    assertThat(tiny.shrunkShare(global, 4).getAsDouble()).isCloseTo(3.2 / 5, within(1e-12));
  }

  @Test
  void mergeIsAssociativeCommutativeAndEqualToAddingAll() {
    SurveyScale scale = SurveyScale.csat(7, 6);
    qt().withExamples(200)
        .forAll(
            lists().of(integers().between(1, 7)).ofSizeBetween(0, 40),
            lists().of(integers().between(1, 7)).ofSizeBetween(0, 40),
            lists().of(integers().between(1, 7)).ofSizeBetween(0, 40))
        .checkAssert(
            (a, b, c) -> {
              CsatSummary x = addAll(scale, a);
              CsatSummary y = addAll(scale, b);
              CsatSummary z = addAll(scale, c);
              assertThat(x.merge(y).merge(z)).isEqualTo(x.merge(y.merge(z)));
              assertThat(x.merge(y)).isEqualTo(y.merge(x));
              List<Integer> all = new ArrayList<>(a);
              all.addAll(b);
              all.addAll(c);
              CsatSummary reference = addAll(scale, all);
              assertThat(x.merge(y).merge(z)).isEqualTo(reference).hasSameHashCodeAs(reference);
              assertThat(reference.satisfied()).isEqualTo(all.stream().filter(v -> v >= 6).count());
            });
  }

  private static CsatSummary addAll(SurveyScale scale, List<Integer> values) {
    CsatSummary s = CsatSummary.empty(scale);
    for (int v : values) {
      s = s.add(v);
    }
    return s;
  }
}
