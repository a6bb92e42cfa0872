package dev.rapport.feedback;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableLongArray;
import dev.rapport.feedback.stats.Comparison;
import dev.rapport.feedback.stats.Interval;
import dev.rapport.feedback.stats.ProportionMethod;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * CES answers as a count per value of a declared CES scale. Vendors define "the" CES differently,
 * so each is here under its own name: {@link #mean()} (the CES 2.0 average), {@link #agreeShare()}
 * (the % who agree: at or above the threshold) and {@link #netScore()} (% agree minus % disagree,
 * in points, where "disagree" mirrors "agree": at or below {@code min + max - threshold}). No
 * answers give empty results. Immutable and thread-safe.
 */
public final class CesSummary implements ScoreSummary<CesSummary> {
  private final Histogram histogram;

  private CesSummary(Histogram histogram) {
    this.histogram = histogram;
  }

  /** Returns the summary of no answers on {@code scale}, which must be a CES scale. */
  public static CesSummary empty(SurveyScale scale) {
    return new CesSummary(Histogram.empty(CsatSummary.requireKind(scale, SurveyKind.CES)));
  }

  /** Returns the summary with these counts per value, lowest value first. */
  public static CesSummary of(SurveyScale scale, long... counts) {
    return new CesSummary(Histogram.of(CsatSummary.requireKind(scale, SurveyKind.CES), counts));
  }

  /** Returns the scale. */
  public SurveyScale scale() {
    return histogram.scale();
  }

  @Override
  public long count() {
    return histogram.total();
  }

  /** Returns the counts per value, lowest value first. */
  public ImmutableLongArray counts() {
    return histogram.counts();
  }

  @Override
  public CesSummary add(SurveyResponse response) {
    return new CesSummary(histogram.add(response));
  }

  /** Returns this summary with one more answer of {@code value}. */
  public CesSummary add(int value) {
    return new CesSummary(histogram.add(value));
  }

  @Override
  public CesSummary merge(CesSummary other) {
    return new CesSummary(histogram.merge(Objects.requireNonNull(other, "other").histogram));
  }

  /** Returns the number of answers that agree (at or above the threshold). */
  public long agree() {
    return histogram.between(scale().threshold(), scale().max());
  }

  /** Returns the number of answers that disagree (at or below min + max - threshold). */
  public long disagree() {
    return histogram.between(scale().min(), scale().min() + scale().max() - scale().threshold());
  }

  /** Returns the CES 2.0 mean answer. */
  public OptionalDouble mean() {
    return histogram.mean();
  }

  /** Returns the share (0 to 1) of answers that agree. */
  public OptionalDouble agreeShare() {
    return histogram.share(agree());
  }

  /** Returns the net score in points: 100 * (agree - disagree) / count. */
  public OptionalDouble netScore() {
    return count() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(100.0 * (agree() - disagree()) / count());
  }

  /** Returns the interval of the agree share by {@code method} at {@code confidence}. */
  public Optional<Interval> agreeInterval(ProportionMethod method, double confidence) {
    return Objects.requireNonNull(method, "method").interval(agree(), count(), confidence);
  }

  /** Compares this agree share with {@code later}'s (pooled z test). Empty if either is empty. */
  public Optional<Comparison> changeTo(CesSummary later, double confidence) {
    Objects.requireNonNull(later, "later");
    return Comparison.ofProportions(agree(), count(), later.agree(), later.count(), confidence);
  }

  /** Returns the percentage of each value, lowest first, whole numbers summing to 100. */
  public Optional<ImmutableList<Integer>> displayPercentages() {
    return histogram.percentages();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CesSummary && ((CesSummary) o).histogram.equals(histogram);
  }

  @Override
  public int hashCode() {
    return histogram.hashCode();
  }

  @Override
  public String toString() {
    return "CesSummary[" + histogram + "]";
  }
}
