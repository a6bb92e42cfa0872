package dev.rapport.testkit;

import dev.rapport.feedback.CsatSummary;
import dev.rapport.feedback.NpsSummary;
import dev.rapport.feedback.SurveyResponse;
import dev.rapport.feedback.SurveyScale;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * {@link FeedbackGenerators} as QuickTheories generators, whose draws shrink with QuickTheories
 * (toward earlier instants, the first channel, fewer responses). Needs QuickTheories on the class
 * path (an optional dependency of the testkit). Thread-safe (stateless).
 */
// QuickTheories is optional ("requires static"): a caller of this class has it and reads it itself.
@SuppressWarnings("exports")
public final class QtFeedbackGens {
  private QtFeedbackGens() {}

  /** Returns {@link FeedbackGenerators#scales()}. */
  public static Gen<SurveyScale> scales() {
    return QtTimelineGens.from(FeedbackGenerators.scales());
  }

  /** Returns {@link FeedbackGenerators#responses(SurveyScale)}. */
  public static Gen<SurveyResponse> responses(SurveyScale scale) {
    return QtTimelineGens.from(FeedbackGenerators.responses(scale));
  }

  /** Returns {@link FeedbackGenerators#responseLists(SurveyScale, int)}. */
  public static Gen<List<SurveyResponse>> responseLists(SurveyScale scale, int maxSize) {
    return QtTimelineGens.from(FeedbackGenerators.responseLists(scale, maxSize));
  }

  /** Returns {@link FeedbackGenerators#npsSummaries()}. */
  public static Gen<NpsSummary> npsSummaries() {
    return QtTimelineGens.from(FeedbackGenerators.npsSummaries());
  }

  /** Returns {@link FeedbackGenerators#csatSummaries(SurveyScale)}. */
  public static Gen<CsatSummary> csatSummaries(SurveyScale scale) {
    return QtTimelineGens.from(FeedbackGenerators.csatSummaries(scale));
  }
}
