package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.feedback.SurveyResponse;
import dev.rapport.feedback.SurveyScale;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FeedbackGeneratorsTest {

  @Test
  void responsesAreOnTheirScaleAndRepeatForASeed() {
    for (SurveyScale scale :
        List.of(SurveyScale.nps(), SurveyScale.csatBinary(), SurveyScale.ces7())) {
      List<SurveyResponse> a =
          FeedbackGenerators.responseLists(scale, 300).apply(new SplittableRandom(5));
      List<SurveyResponse> b =
          FeedbackGenerators.responseLists(scale, 300).apply(new SplittableRandom(5));
      assertThat(a).isEqualTo(b);
      assertThat(a).allSatisfy(r -> assertThat(r.scale()).isEqualTo(scale));
    }
  }

  @Test
  void coversSkippedAnswersEveryValueAndDstHours() {
    SplittableRandom random = new SplittableRandom(11);
    Set<Integer> values = new HashSet<>();
    int skipped = 0;
    int nearDst = 0;
    for (int i = 0; i < 2000; i++) {
      SurveyResponse r = FeedbackGenerators.npsResponses().apply(random);
      if (r.isAnswered()) {
        values.add(r.value().getAsInt());
      } else {
        skipped++;
      }
      if (r.at().toString().startsWith("2024-03-31T0")
          || r.at().toString().startsWith("2024-10-27T0")) {
        nearDst++;
      }
    }
    assertThat(values).hasSize(11);
    assertThat(skipped).isBetween(100, 400);
    assertThat(nearDst).isPositive();
  }

  @Test
  void summariesAndScales() {
    SplittableRandom random = new SplittableRandom(3);
    assertThat(FeedbackGenerators.npsSummaries().apply(random).count()).isBetween(0L, 3003L);
    assertThat(FeedbackGenerators.csatSummaries(SurveyScale.csat5()).apply(random).scale())
        .isEqualTo(SurveyScale.csat5());
    Set<SurveyScale> scales = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      scales.add(FeedbackGenerators.scales().apply(random));
    }
    assertThat(scales).hasSize(8);
    assertThatThrownBy(() -> FeedbackGenerators.responseLists(SurveyScale.nps(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxSize must not be negative, but was -1");
  }
}
