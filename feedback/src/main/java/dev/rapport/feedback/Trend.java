package dev.rapport.feedback;

import com.google.common.collect.ImmutableList;
import dev.rapport.feedback.stats.Comparison;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.BiFunction;

/**
 * The step-by-step changes of a score over consecutive buckets, each with its significance test: a
 * step is marked significant only when its change is. The tests are normal approximations, which
 * mislead on tiny samples (one detractor after a week of promoters is not a "significant drop"), so
 * buckets with fewer than a minimum of answers ({@value #DEFAULT_MINIMUM_ANSWERS} by default) count
 * as insufficient data and are skipped, like empty ones: a step compares each bucket with the
 * previous one that has enough answers. Thread-safe (stateless).
 */
public final class Trend {
  /** The default minimum number of answers for a bucket to take part in a trend. */
  public static final int DEFAULT_MINIMUM_ANSWERS = 30;

  private Trend() {}

  /**
   * One step of a trend: from an earlier bucket to a later one, with the test of the change.
   * Immutable and thread-safe.
   *
   * @param <S> the summary type
   * @param from the earlier bucket
   * @param to the later bucket
   * @param before the earlier bucket's summary
   * @param after the later bucket's summary
   * @param change the test of the change, in the summary's units
   */
  public record Step<S extends ScoreSummary<S>>(
      Bucket from, Bucket to, S before, S after, Comparison change) {
    /** Validates the components. */
    public Step {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      Objects.requireNonNull(change, "change");
      if (!from.isBefore(to)) {
        throw new IllegalArgumentException("to must be after from " + from + ", but was " + to);
      }
    }

    /** Returns whether the change is significant. */
    public boolean isSignificant() {
      return change.isSignificant();
    }
  }

  /**
   * Returns the NPS steps of {@code series}, tested at {@code confidence} (points), skipping
   * buckets with fewer than {@value #DEFAULT_MINIMUM_ANSWERS} answers.
   */
  public static ImmutableList<Step<NpsSummary>> ofNps(
      SortedMap<Bucket, NpsSummary> series, double confidence) {
    return ofNps(series, confidence, DEFAULT_MINIMUM_ANSWERS);
  }

  /** Returns the NPS steps, skipping buckets with fewer than {@code minimumAnswers} answers. */
  public static ImmutableList<Step<NpsSummary>> ofNps(
      SortedMap<Bucket, NpsSummary> series, double confidence, int minimumAnswers) {
    return steps(series, minimumAnswers, (a, b) -> a.changeTo(b, confidence));
  }

  /**
   * Returns the satisfied-share steps of {@code series}, tested at {@code confidence}, skipping
   * buckets with fewer than {@value #DEFAULT_MINIMUM_ANSWERS} answers.
   */
  public static ImmutableList<Step<CsatSummary>> ofCsat(
      SortedMap<Bucket, CsatSummary> series, double confidence) {
    return ofCsat(series, confidence, DEFAULT_MINIMUM_ANSWERS);
  }

  /** Returns the CSAT steps, skipping buckets with fewer than {@code minimumAnswers} answers. */
  public static ImmutableList<Step<CsatSummary>> ofCsat(
      SortedMap<Bucket, CsatSummary> series, double confidence, int minimumAnswers) {
    return steps(series, minimumAnswers, (a, b) -> a.changeTo(b, confidence));
  }

  private static <S extends ScoreSummary<S>> ImmutableList<Step<S>> steps(
      SortedMap<Bucket, S> series,
      int minimumAnswers,
      BiFunction<S, S, Optional<Comparison>> compare) {
    Objects.requireNonNull(series, "series");
    if (minimumAnswers < 1) {
      throw new IllegalArgumentException(
          "minimumAnswers must be positive, but was " + minimumAnswers);
    }
    ImmutableList.Builder<Step<S>> steps = ImmutableList.builder();
    Bucket previous = null;
    S before = null;
    for (Map.Entry<Bucket, S> entry : series.entrySet()) {
      S after = Objects.requireNonNull(entry.getValue(), "summary");
      if (after.count() < minimumAnswers) {
        continue;
      }
      if (before != null) {
        steps.add(
            new Step<>(
                previous,
                entry.getKey(),
                before,
                after,
                compare.apply(before, after).orElseThrow()));
      }
      previous = entry.getKey();
      before = after;
    }
    return steps.build();
  }
}
