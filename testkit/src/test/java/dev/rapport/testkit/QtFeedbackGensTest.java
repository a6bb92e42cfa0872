package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.rapport.feedback.SurveyScale;
import org.junit.jupiter.api.Test;

class QtFeedbackGensTest {

  @Test
  void generatorsProduceValidValues() {
    qt().withExamples(100)
        .forAll(QtFeedbackGens.scales(), QtFeedbackGens.npsSummaries())
        .checkAssert(
            (scale, nps) -> {
              assertThat(scale.size()).isBetween(2, 11);
              assertThat(nps.count()).isBetween(0L, 3003L);
            });
    qt().withExamples(100)
        .forAll(
            QtFeedbackGens.responses(SurveyScale.stars()),
            QtFeedbackGens.csatSummaries(SurveyScale.csat5()))
        .checkAssert(
            (response, csat) -> {
              assertThat(response.scale()).isEqualTo(SurveyScale.stars());
              assertThat(csat.scale()).isEqualTo(SurveyScale.csat5());
            });
    qt().withExamples(50)
        .forAll(QtFeedbackGens.responseLists(SurveyScale.nps(), 10))
        .checkAssert(list -> assertThat(list).hasSizeLessThanOrEqualTo(10));
  }
}
