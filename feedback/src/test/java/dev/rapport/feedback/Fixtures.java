package dev.rapport.feedback;

import dev.rapport.core.Channel;
import dev.rapport.core.CustomerId;
import java.time.Instant;

/** Small helpers to make responses in tests. */
final class Fixtures {
  static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

  private Fixtures() {}

  static SurveyResponse answered(String id, SurveyScale scale, int value) {
    return SurveyResponse.builder(
            ResponseId.of(id), scale, CustomerId.of("C-" + id), Channel.EMAIL, T0)
        .answered(value)
        .build();
  }

  static SurveyResponse nps(String id, int value) {
    return answered(id, SurveyScale.nps(), value);
  }

  static SurveyResponse skipped(String id, SurveyScale scale) {
    return SurveyResponse.builder(
            ResponseId.of(id), scale, CustomerId.of("C-" + id), Channel.EMAIL, T0)
        .skipped()
        .build();
  }
}
