package dev.rapport.feedback;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableLongArray;
import dev.rapport.feedback.stats.Comparison;
import dev.rapport.feedback.stats.Interval;
import dev.rapport.feedback.stats.ProportionMethod;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * CSAT answers as a count per value of a declared CSAT scale, with the satisfied share (answers at
 * or above the scale's threshold), its intervals, and the mean. Counts [5, 5, 10, 30, 50] on 1-5
 * (satisfied from 4) give 80% satisfied, Wilson 95% [0.7112, 0.8666]. No answers give empty results
 * ("insufficient data"). Immutable and thread-safe.
 */
public final class CsatSummary implements ScoreSummary<CsatSummary> {
  private final Histogram histogram;

  private CsatSummary(Histogram histogram) {
    this.histogram = histogram;
  }

  /** Returns the summary of no answers on {@code scale}, which must be a CSAT scale. */
  public static CsatSummary empty(SurveyScale scale) {
    return new CsatSummary(Histogram.empty(requireKind(scale, SurveyKind.CSAT)));
  }

  /** Returns the summary with these counts per value, lowest value first. */
  public static CsatSummary of(SurveyScale scale, long... counts) {
    return new CsatSummary(Histogram.of(requireKind(scale, SurveyKind.CSAT), counts));
  }

  /** Returns the scale. */
  public SurveyScale scale() {
    return histogram.scale();
  }

  @Override
  public long count() {
    return histogram.total();
  }

  /** Returns the number of answers of {@code value}. */
  public long count(int value) {
    return histogram.countOf(value);
  }

  /** Returns the counts per value, lowest value first. */
  public ImmutableLongArray counts() {
    return histogram.counts();
  }

  @Override
  public CsatSummary add(SurveyResponse response) {
    return new CsatSummary(histogram.add(response));
  }

  /** Returns this summary with one more answer of {@code value}. */
  public CsatSummary add(int value) {
    return new CsatSummary(histogram.add(value));
  }

  @Override
  public CsatSummary merge(CsatSummary other) {
    return new CsatSummary(histogram.merge(Objects.requireNonNull(other, "other").histogram));
  }

  /** Returns the number of satisfied answers (at or above the threshold). */
  public long satisfied() {
    return histogram.between(scale().threshold(), scale().max());
  }

  /** Returns the satisfied share, 0 to 1. */
  public OptionalDouble satisfiedShare() {
    return histogram.share(satisfied());
  }

  /** Returns the satisfied percentage rounded for display, ties away from zero. */
  public OptionalLong displaySatisfiedPercent() {
    Optional<Long> rounded = Rounding.percent(satisfied(), count());
    return rounded.isPresent() ? OptionalLong.of(rounded.get()) : OptionalLong.empty();
  }

  /** Returns the interval of the satisfied share by {@code method} at {@code confidence}. */
  public Optional<Interval> satisfiedInterval(ProportionMethod method, double confidence) {
    return Objects.requireNonNull(method, "method").interval(satisfied(), count(), confidence);
  }

  /** Returns the mean answer. */
  public OptionalDouble mean() {
    return histogram.mean();
  }

  /** Returns the percentage of each value, lowest first, whole numbers summing to 100. */
  public Optional<ImmutableList<Integer>> displayPercentages() {
    return histogram.percentages();
  }

  /**
   * Compares this satisfied share with {@code later}'s (pooled two-proportion z test, later minus
   * this, as a share). Empty if either has no answers.
   */
  public Optional<Comparison> changeTo(CsatSummary later, double confidence) {
    Objects.requireNonNull(later, "later");
    return Comparison.ofProportions(
        satisfied(), count(), later.satisfied(), later.count(), confidence);
  }

  /**
   * Returns the satisfied share shrunk toward {@code global}'s: {@code (satisfied + m * g) / (n +
   * m)} with g the global share. Empty if both are empty.
   */
  public OptionalDouble shrunkShare(CsatSummary global, double pseudoResponses) {
    Objects.requireNonNull(global, "global");
    return Shrinkage.share(
        satisfied(), count(), global.satisfied(), global.count(), pseudoResponses);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CsatSummary && ((CsatSummary) o).histogram.equals(histogram);
  }

  @Override
  public int hashCode() {
    return histogram.hashCode();
  }

  @Override
  public String toString() {
    return "CsatSummary[" + histogram + "]";
  }

  static SurveyScale requireKind(SurveyScale scale, SurveyKind kind) {
    Objects.requireNonNull(scale, "scale");
    if (scale.kind() != kind) {
      throw new IllegalArgumentException("scale must be a " + kind + " scale, but was " + scale);
    }
    return scale;
  }
}
