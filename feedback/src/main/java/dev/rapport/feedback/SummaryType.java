package dev.rapport.feedback;

import java.util.Arrays;
import java.util.Objects;

/**
 * How a cube counts answers for one summary type: the number of counters per cell, the counter of
 * each value, and the summary made from a cell's counters. Immutable and thread-safe.
 */
abstract class SummaryType<S extends ScoreSummary<S>> {
  private final SurveyScale scale;
  private final int[] counterOfValue;
  private final int width;

  private SummaryType(SurveyScale scale, int[] counterOfValue, int width) {
    this.scale = scale;
    this.counterOfValue = counterOfValue;
    this.width = width;
  }

  /** NPS: three counters, detractors, passives, promoters. */
  static SummaryType<NpsSummary> nps() {
    int[] counters = new int[11];
    for (int v = 0; v <= 10; v++) {
      counters[v] = NpsCategory.of(v).ordinal();
    }
    return new SummaryType<>(SurveyScale.nps(), counters, 3) {
      @Override
      NpsSummary summary(long[] counts, int from) {
        return NpsSummary.of(counts[from + 2], counts[from + 1], counts[from]);
      }

      @Override
      NpsSummary empty() {
        return NpsSummary.empty();
      }
    };
  }

  /** CSAT on {@code scale}: a counter per value. */
  static SummaryType<CsatSummary> csat(SurveyScale scale) {
    CsatSummary.requireKind(scale, SurveyKind.CSAT);
    return new SummaryType<>(scale, identity(scale), scale.size()) {
      @Override
      CsatSummary summary(long[] counts, int from) {
        return CsatSummary.of(scale, Arrays.copyOfRange(counts, from, from + scale.size()));
      }

      @Override
      CsatSummary empty() {
        return CsatSummary.empty(scale);
      }
    };
  }

  /** CES on {@code scale}: a counter per value. */
  static SummaryType<CesSummary> ces(SurveyScale scale) {
    CsatSummary.requireKind(scale, SurveyKind.CES);
    return new SummaryType<>(scale, identity(scale), scale.size()) {
      @Override
      CesSummary summary(long[] counts, int from) {
        return CesSummary.of(scale, Arrays.copyOfRange(counts, from, from + scale.size()));
      }

      @Override
      CesSummary empty() {
        return CesSummary.empty(scale);
      }
    };
  }

  /** Star ratings: a counter per star. */
  static SummaryType<RatingSummary> ratings() {
    SurveyScale scale = SurveyScale.stars();
    return new SummaryType<>(scale, identity(scale), scale.size()) {
      @Override
      RatingSummary summary(long[] counts, int from) {
        return RatingSummary.of(Arrays.copyOfRange(counts, from, from + scale.size()));
      }

      @Override
      RatingSummary empty() {
        return RatingSummary.empty();
      }
    };
  }

  private static int[] identity(SurveyScale scale) {
    int[] counters = new int[scale.size()];
    for (int i = 0; i < counters.length; i++) {
      counters[i] = i;
    }
    return counters;
  }

  SurveyScale scale() {
    return scale;
  }

  /** Returns the number of counters per cell. */
  int width() {
    return width;
  }

  /** Returns the counter of {@code value}, or -1 if it is off the scale. */
  int counterOf(int value) {
    int i = value - scale.min();
    return i >= 0 && i < counterOfValue.length ? counterOfValue[i] : -1;
  }

  /** Returns the summary of the {@link #width()} counters at {@code counts[from]}. */
  abstract S summary(long[] counts, int from);

  abstract S empty();

  /** Checks that {@code response} is on this type's scale. */
  SurveyResponse check(SurveyResponse response) {
    Objects.requireNonNull(response, "response");
    if (!response.scale().equals(scale)) {
      throw new IllegalArgumentException(
          "response scale must be "
              + scale
              + ", but was "
              + response.scale()
              + " for "
              + response.id());
    }
    return response;
  }
}
