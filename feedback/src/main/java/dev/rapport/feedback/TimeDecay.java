package dev.rapport.feedback;

import dev.rapport.feedback.stats.Interval;
import dev.rapport.feedback.stats.StandardNormal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Time-decayed scores: each answer weighs {@code 2^(-age / halfLife)} at {@code now}, so recent
 * answers count more. The result carries the effective sample size {@code (sum w)^2 / sum w^2}
 * (what the weighted data are worth as a plain sample) and a standard error based on it. A pure
 * function of (half-life, responses, now); responses later than {@code now} are rejected. Immutable
 * and thread-safe.
 */
public final class TimeDecay {
  private final Duration halfLife;
  private final double halfLifeSeconds;

  private TimeDecay(Duration halfLife) {
    this.halfLife = halfLife;
    this.halfLifeSeconds = halfLife.getSeconds() + halfLife.getNano() / 1e9;
  }

  /** Returns the decay with this half-life, which must be positive. */
  public static TimeDecay halfLife(Duration halfLife) {
    Objects.requireNonNull(halfLife, "halfLife");
    if (halfLife.isNegative() || halfLife.isZero()) {
      throw new IllegalArgumentException("halfLife must be positive, but was " + halfLife);
    }
    return new TimeDecay(halfLife);
  }

  /** Returns the half-life. */
  public Duration halfLife() {
    return halfLife;
  }

  /** Returns the weight of an answer given at {@code at}, seen at {@code now}: 1 when equal. */
  public double weight(Instant at, Instant now) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(now, "now");
    if (at.isAfter(now)) {
      throw new IllegalArgumentException("at must not be after now " + now + ", but was " + at);
    }
    Duration age = Duration.between(at, now);
    double seconds = age.getSeconds() + age.getNano() / 1e9;
    return Math.pow(2.0, -seconds / halfLifeSeconds);
  }

  /**
   * Returns the decayed NPS (in points) of the answered NPS responses; empty if there are none.
   *
   * @throws IllegalArgumentException for a response that is not NPS or is later than now
   */
  public Optional<DecayedScore> nps(Iterable<SurveyResponse> responses, Instant now) {
    return score(
        responses,
        now,
        SurveyKind.NPS,
        r -> {
          NpsCategory category = r.npsCategory().orElseThrow();
          return category == NpsCategory.PROMOTER ? 1 : category == NpsCategory.PASSIVE ? 0 : -1;
        },
        100);
  }

  /** Returns the decayed satisfied share (0 to 1) of the answered CSAT responses. */
  public Optional<DecayedScore> satisfiedShare(Iterable<SurveyResponse> responses, Instant now) {
    return score(
        responses,
        now,
        SurveyKind.CSAT,
        r -> r.value().getAsInt() >= r.scale().threshold() ? 1 : 0,
        1);
  }

  private Optional<DecayedScore> score(
      Iterable<SurveyResponse> responses,
      Instant now,
      SurveyKind kind,
      ToIntFunction<SurveyResponse> score,
      double unit) {
    Objects.requireNonNull(responses, "responses");
    Objects.requireNonNull(now, "now");
    double sumW = 0;
    double sumW2 = 0;
    double sumWs = 0;
    double sumWss = 0;
    for (SurveyResponse r : responses) {
      Objects.requireNonNull(r, "response");
      if (r.scale().kind() != kind) {
        throw new IllegalArgumentException(
            "response scale must be " + kind + ", but was " + r.scale() + " for " + r.id());
      }
      double w = weight(r.at(), now);
      if (!r.isAnswered()) {
        continue;
      }
      int s = score.applyAsInt(r);
      sumW += w;
      sumW2 += w * w;
      sumWs += w * s;
      sumWss += w * s * s;
    }
    if (sumW == 0) {
      return Optional.empty();
    }
    double mean = sumWs / sumW;
    double variance = Math.max(0, sumWss / sumW - mean * mean);
    double effective = sumW * sumW / sumW2;
    return Optional.of(
        new DecayedScore(
            unit * mean, sumW, effective, unit * Math.sqrt(variance / effective), unit));
  }

  @Override
  public String toString() {
    return "TimeDecay[halfLife=" + halfLife + "]";
  }

  /**
   * A time-decayed score. Immutable and thread-safe.
   *
   * @param score the weighted mean: NPS points, or a share from 0 to 1
   * @param totalWeight the sum of the weights
   * @param effectiveSampleSize {@code (sum w)^2 / sum w^2}, at most the number of answers
   * @param standardError the standard error of the score, from the weighted variance and the
   *     effective sample size, in the score's units
   * @param unit 100 for NPS points, 1 for shares: the score's range is {@code [-unit, unit]} or
   *     {@code [0, unit]}
   */
  public record DecayedScore(
      double score,
      double totalWeight,
      double effectiveSampleSize,
      double standardError,
      double unit) {

    /** Validates the components. */
    public DecayedScore {
      if (!Double.isFinite(score)) {
        throw new IllegalArgumentException("score must be finite, but was " + score);
      }
      if (!(totalWeight > 0) || !(effectiveSampleSize > 0) || !(standardError >= 0)) {
        throw new IllegalArgumentException(
            "weights must be positive, but were "
                + totalWeight
                + ", "
                + effectiveSampleSize
                + ", "
                + standardError);
      }
      if (unit != 1 && unit != 100) {
        throw new IllegalArgumentException("unit must be 1 or 100, but was " + unit);
      }
    }

    /**
     * Returns the Wald interval {@code score +- z * standardError}, clipped to the score's range.
     */
    public Interval interval(double confidence) {
      double z = StandardNormal.criticalValue(confidence);
      double min = unit == 100 ? -100 : 0;
      return new Interval(score - z * standardError, score + z * standardError, confidence)
          .clippedTo(min, unit);
    }
  }
}
