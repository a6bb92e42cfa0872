package dev.rapport.feedback;

import com.google.common.collect.ImmutableList;
import dev.rapport.feedback.stats.Comparison;
import dev.rapport.feedback.stats.Interval;
import dev.rapport.feedback.stats.SampleSize;
import dev.rapport.feedback.stats.StandardNormal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.Collector;

/**
 * NPS answers as counts of promoters (9-10), passives (7-8) and detractors (0-6), with the score
 * and its statistics. Units: the score, margins, intervals and comparisons are in NPS points (-100
 * to 100); {@link #variance()} and {@link #standardError()} are per the convention on the
 * -1..1 scale (50/30/20 gives NPS 30, variance 0.61, standard error 0.0781, 95% margin 15.31
 * points). No answers give empty results ("insufficient data"), never 0. Immutable and thread-safe.
 *
 * @param promoters answers of 9 or 10
 * @param passives answers of 7 or 8
 * @param detractors answers of 0 to 6
 */
public record NpsSummary(long promoters, long passives, long detractors)
    implements ScoreSummary<NpsSummary> {
  private static final NpsSummary EMPTY = new NpsSummary(0, 0, 0);
  private static final double ADJUSTED_TOTAL = 3.0;
  private static final double ADJUSTED_SIDE = 0.75;

  /** Validates the counts: none negative, and their total fits a {@code long}. */
  public NpsSummary {
    if (promoters < 0 || passives < 0 || detractors < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative, but were " + promoters + "/" + passives + "/" + detractors);
    }
    Math.addExact(Math.addExact(promoters, passives), detractors);
  }

  /** Returns the summary of no answers. */
  public static NpsSummary empty() {
    return EMPTY;
  }

  /** Returns the summary of these counts. */
  public static NpsSummary of(long promoters, long passives, long detractors) {
    return new NpsSummary(promoters, passives, detractors);
  }

  /** Returns a collector that summarises NPS responses, for sequential or parallel streams. */
  public static Collector<SurveyResponse, ?, NpsSummary> collector() {
    return Collector.of(
        () -> new long[3],
        (a, r) -> {
          Optional<NpsCategory> category = requireNps(r).npsCategory();
          if (category.isPresent()) {
            int i = category.get().ordinal();
            a[i] = Math.addExact(a[i], 1);
          }
        },
        (a, b) -> {
          for (int i = 0; i < 3; i++) {
            a[i] = Math.addExact(a[i], b[i]);
          }
          return a;
        },
        a -> new NpsSummary(a[2], a[1], a[0]));
  }

  @Override
  public long count() {
    return promoters + passives + detractors;
  }

  @Override
  public NpsSummary add(SurveyResponse response) {
    Optional<NpsCategory> category = requireNps(response).npsCategory();
    return category.isPresent() ? add(category.get()) : this;
  }

  /** Returns this summary with one more answer of {@code value} (0 to 10). */
  public NpsSummary add(int value) {
    return add(NpsCategory.of(value));
  }

  private NpsSummary add(NpsCategory category) {
    switch (category) {
      case PROMOTER:
        return new NpsSummary(Math.addExact(promoters, 1), passives, detractors);
      case PASSIVE:
        return new NpsSummary(promoters, Math.addExact(passives, 1), detractors);
      default:
        return new NpsSummary(promoters, passives, Math.addExact(detractors, 1));
    }
  }

  @Override
  public NpsSummary merge(NpsSummary other) {
    Objects.requireNonNull(other, "other");
    return new NpsSummary(
        Math.addExact(promoters, other.promoters),
        Math.addExact(passives, other.passives),
        Math.addExact(detractors, other.detractors));
  }

  /** Returns the count of {@code category}. */
  public long count(NpsCategory category) {
    switch (Objects.requireNonNull(category, "category")) {
      case PROMOTER:
        return promoters;
      case PASSIVE:
        return passives;
      default:
        return detractors;
    }
  }

  /** Returns the share (0 to 1) of {@code category}; empty without answers. */
  public OptionalDouble share(NpsCategory category) {
    long n = count();
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count(category) / n);
  }

  /** Returns the NPS in points, {@code 100 * (promoters - detractors) / count}. */
  public OptionalDouble score() {
    long n = count();
    return n == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(100.0 * (promoters - detractors) / n);
  }

  /** Returns the NPS rounded for display from the exact fraction, ties away from zero. */
  public OptionalLong displayScore() {
    Optional<Long> rounded = Rounding.percent(promoters - detractors, count());
    return rounded.isPresent() ? OptionalLong.of(rounded.get()) : OptionalLong.empty();
  }

  /**
   * Returns the percentages of promoters, passives and detractors (in that order), whole numbers
   * summing to 100.
   */
  public Optional<ImmutableList<Integer>> displayPercentages() {
    return Rounding.percentages(promoters, passives, detractors);
  }

  /**
   * Returns the variance of one answer scored +1/0/-1: {@code (P + D) - (P - D)^2} for shares P and
   * D.
   */
  public OptionalDouble variance() {
    long n = count();
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(variance(promoters, detractors, n));
  }

  /** Returns the standard error of the NPS on the -1..1 scale, {@code sqrt(variance / n)}. */
  public OptionalDouble standardError() {
    long n = count();
    return n == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(Math.sqrt(variance(promoters, detractors, n) / n));
  }

  /** Returns the Wald margin of error in points at {@code confidence}: z * standard error * 100. */
  public OptionalDouble marginOfError(double confidence) {
    double z = StandardNormal.criticalValue(confidence);
    OptionalDouble se = standardError();
    return se.isPresent() ? OptionalDouble.of(100 * z * se.getAsDouble()) : OptionalDouble.empty();
  }

  /**
   * Returns the interval of the NPS in points at {@code confidence} by {@code method}, clipped to
   * [-100, 100].
   */
  public Optional<Interval> interval(NpsIntervalMethod method, double confidence) {
    Objects.requireNonNull(method, "method");
    double z = StandardNormal.criticalValue(confidence);
    long n = count();
    if (n == 0) {
      return Optional.empty();
    }
    double p;
    double d;
    double size;
    if (method == NpsIntervalMethod.WALD) {
      size = n;
      p = (double) promoters / n;
      d = (double) detractors / n;
    } else {
      size = n + ADJUSTED_TOTAL;
      p = (promoters + ADJUSTED_SIDE) / size;
      d = (detractors + ADJUSTED_SIDE) / size;
    }
    double centre = p - d;
    double half = z * Math.sqrt(Math.max(0, (p + d) - centre * centre) / size);
    return Optional.of(
        new Interval(100 * (centre - half), 100 * (centre + half), confidence)
            .clippedTo(-100, 100));
  }

  /**
   * Compares this NPS (the earlier or baseline) with {@code later}: a z test on the difference,
   * later minus this, in points. Empty if either has no answers.
   */
  public Optional<Comparison> changeTo(NpsSummary later, double confidence) {
    Objects.requireNonNull(later, "later");
    StandardNormal.criticalValue(confidence);
    if (isEmpty() || later.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Comparison.ofEstimates(
            score().getAsDouble(),
            100 * standardError().getAsDouble(),
            later.score().getAsDouble(),
            100 * later.standardError().getAsDouble(),
            confidence));
  }

  /**
   * Returns the NPS in points shrunk toward {@code global}'s mix: this segment's counts plus {@code
   * pseudoResponses} answers split as the global shares. A small segment then ranks near the global
   * score until it has data. Empty if both summaries are empty.
   *
   * @throws IllegalArgumentException if {@code pseudoResponses} is negative or not finite, or if it
   *     is positive while {@code global} is empty
   */
  public OptionalDouble shrunkScore(NpsSummary global, double pseudoResponses) {
    Objects.requireNonNull(global, "global");
    if (!(pseudoResponses >= 0) || Double.isInfinite(pseudoResponses)) {
      throw new IllegalArgumentException(
          "pseudoResponses must be finite and not negative, but was " + pseudoResponses);
    }
    if (global.isEmpty()) {
      if (pseudoResponses > 0) {
        throw new IllegalArgumentException(
            "global must have answers to shrink toward, but was empty");
      }
      return score();
    }
    double size = count() + pseudoResponses;
    if (size == 0) {
      return OptionalDouble.empty();
    }
    double gp = (double) global.promoters / global.count();
    double gd = (double) global.detractors / global.count();
    return OptionalDouble.of(
        100 * ((promoters + pseudoResponses * gp) - (detractors + pseudoResponses * gd)) / size);
  }

  /**
   * Returns the number of answers needed for a Wald margin of {@code marginPoints} at {@code
   * confidence} in the worst case (variance 1: half promoters, half detractors).
   */
  public static long minimumSampleSize(double marginPoints, double confidence) {
    return minimumSampleSize(marginPoints, confidence, 1.0);
  }

  /**
   * Returns the number of answers needed for a Wald margin of {@code marginPoints} at {@code
   * confidence} given the expected variance of one answer (such as {@link #variance()} of past
   * data; at most 1).
   */
  public static long minimumSampleSize(double marginPoints, double confidence, double variance) {
    if (!(variance >= 0 && variance <= 1)) {
      throw new IllegalArgumentException("variance must be from 0 to 1, but was " + variance);
    }
    return SampleSize.forVariance(marginPoints / 100, confidence, variance);
  }

  private static double variance(long promoters, long detractors, long n) {
    double p = (double) promoters / n;
    double d = (double) detractors / n;
    return Math.max(0, (p + d) - (p - d) * (p - d));
  }

  private static SurveyResponse requireNps(SurveyResponse response) {
    Objects.requireNonNull(response, "response");
    if (response.scale().kind() != SurveyKind.NPS) {
      throw new IllegalArgumentException(
          "response scale must be NPS 0-10, but was " + response.scale() + " for " + response.id());
    }
    return response;
  }
}
