package dev.rapport.feedback;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The answer scale of a survey question: its kind, its lowest and highest values and its threshold
 * (the first value that counts as good). Only these scales exist:
 *
 * <ul>
 *   <li>NPS: 0 to 10; promoters from 9, detractors up to 6 (threshold 9).
 *   <li>CSAT: 1 to 3, 1 to 5 or 1 to 7, satisfied from a declared value above the lowest; or
 *       binary, 0 (no) and 1 (yes), satisfied from 1.
 *   <li>CES: 1 to 5 or 1 to 7, agree from a declared value above the midpoint; the "disagree" box
 *       mirrors it ({@code min + max - threshold} and below).
 *   <li>STARS: 1 to 5; the threshold 4 marks a positive rating.
 * </ul>
 *
 * <p>Higher is better on every scale. Immutable and thread-safe.
 */
public final class SurveyScale {
  private static final SurveyScale NPS = new SurveyScale(SurveyKind.NPS, 0, 10, 9);
  private static final SurveyScale STARS = new SurveyScale(SurveyKind.STARS, 1, 5, 4);

  private final SurveyKind kind;
  private final int min;
  private final int max;
  private final int threshold;

  private SurveyScale(SurveyKind kind, int min, int max, int threshold) {
    this.kind = kind;
    this.min = min;
    this.max = max;
    this.threshold = threshold;
  }

  /** Returns the NPS scale, 0 to 10. */
  public static SurveyScale nps() {
    return NPS;
  }

  /** Returns the star rating scale, 1 to 5. */
  public static SurveyScale stars() {
    return STARS;
  }

  /**
   * Returns a CSAT scale from 1 to {@code points} (3, 5 or 7), satisfied from {@code satisfiedFrom}
   * (2 to {@code points}).
   */
  public static SurveyScale csat(int points, int satisfiedFrom) {
    return of(SurveyKind.CSAT, 1, points, satisfiedFrom);
  }

  /** Returns the usual five-point CSAT: 1 to 5, satisfied from 4 (top two boxes). */
  public static SurveyScale csat5() {
    return csat(5, 4);
  }

  /** Returns binary CSAT: 0 (not satisfied) or 1 (satisfied). */
  public static SurveyScale csatBinary() {
    return of(SurveyKind.CSAT, 0, 1, 1);
  }

  /**
   * Returns a CES scale from 1 to {@code points} (5 or 7), agree from {@code agreeFrom} (above the
   * midpoint, up to {@code points}).
   */
  public static SurveyScale ces(int points, int agreeFrom) {
    return of(SurveyKind.CES, 1, points, agreeFrom);
  }

  /** Returns the usual seven-point CES 2.0 scale: 1 to 7, agree from 5. */
  public static SurveyScale ces7() {
    return ces(7, 5);
  }

  /**
   * Returns the scale of {@code kind} from {@code min} to {@code max} with {@code threshold}; only
   * the scales the type's description lists exist.
   *
   * @throws IllegalArgumentException for any other combination
   */
  public static SurveyScale of(SurveyKind kind, int min, int max, int threshold) {
    Objects.requireNonNull(kind, "kind");
    switch (kind) {
      case NPS:
        require(
            min == 0 && max == 10 && threshold == 9,
            "an NPS scale must be 0-10 with threshold 9",
            min,
            max,
            threshold);
        return NPS;
      case STARS:
        require(
            min == 1 && max == 5 && threshold == 4,
            "a STARS scale must be 1-5 with threshold 4",
            min,
            max,
            threshold);
        return STARS;
      case CSAT:
        if (min == 0) {
          require(
              max == 1 && threshold == 1,
              "a binary CSAT scale must be 0-1 with threshold 1",
              min,
              max,
              threshold);
        } else {
          require(
              min == 1 && (max == 3 || max == 5 || max == 7) && threshold >= 2 && threshold <= max,
              "a CSAT scale must be 1-3, 1-5 or 1-7 (or binary 0-1) with a threshold from 2 to its"
                  + " maximum",
              min,
              max,
              threshold);
        }
        return new SurveyScale(kind, min, max, threshold);
      case CES:
        require(
            min == 1 && (max == 5 || max == 7) && 2 * threshold > min + max && threshold <= max,
            "a CES scale must be 1-5 or 1-7 with a threshold above its midpoint",
            min,
            max,
            threshold);
        return new SurveyScale(kind, min, max, threshold);
      default:
        throw new AssertionError(kind);
    }
  }

  private static void require(boolean ok, String rule, int min, int max, int threshold) {
    if (!ok) {
      throw new IllegalArgumentException(
          "scale must be valid ("
              + rule
              + "), but was "
              + min
              + "-"
              + max
              + " with threshold "
              + threshold);
    }
  }

  /** Returns what the scale measures. */
  public SurveyKind kind() {
    return kind;
  }

  /** Returns the lowest value. */
  public int min() {
    return min;
  }

  /** Returns the highest value. */
  public int max() {
    return max;
  }

  /**
   * Returns the first good value: promoter (NPS), satisfied (CSAT), agree (CES), positive (STARS).
   */
  public int threshold() {
    return threshold;
  }

  /** Returns the number of values on the scale. */
  public int size() {
    return max - min + 1;
  }

  /** Returns whether {@code value} is on the scale. */
  public boolean contains(int value) {
    return value >= min && value <= max;
  }

  /**
   * Returns {@code value} if it is on the scale.
   *
   * @throws IllegalArgumentException otherwise, naming the scale
   */
  public int check(int value) {
    if (!contains(value)) {
      throw new IllegalArgumentException(
          "value must be an integer from "
              + min
              + " to "
              + max
              + " on "
              + this
              + ", but was "
              + value);
    }
    return value;
  }

  /**
   * Returns {@code value} as a value of this integer scale: a fraction (such as 4.5), a value off
   * the scale, infinity or NaN is rejected, never rounded.
   *
   * @throws IllegalArgumentException for such a value
   */
  public int check(double value) {
    if (Double.isFinite(value) && value == Math.rint(value) && value >= min && value <= max) {
      return (int) value;
    }
    boolean integral =
        Double.isFinite(value) && value == Math.rint(value) && Math.abs(value) < 1e15;
    throw new IllegalArgumentException(
        "value must be an integer from "
            + min
            + " to "
            + max
            + " on "
            + this
            + ", but was "
            + (integral ? String.valueOf((long) value) : String.valueOf(value)));
  }

  /**
   * Returns {@code value} as a value of this integer scale, exactly: {@code 4.0} is 4, {@code 4.5}
   * is rejected.
   *
   * @throws IllegalArgumentException for a fraction or a value off the scale
   */
  public int check(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() > 0
        || stripped.compareTo(BigDecimal.valueOf(min)) < 0
        || stripped.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new IllegalArgumentException(
          "value must be an integer from "
              + min
              + " to "
              + max
              + " on "
              + this
              + ", but was "
              + value.toPlainString());
    }
    return stripped.intValueExact();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SurveyScale
        && ((SurveyScale) o).kind == kind
        && ((SurveyScale) o).min == min
        && ((SurveyScale) o).max == max
        && ((SurveyScale) o).threshold == threshold;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, min, max, threshold);
  }

  /** Returns, for example, {@code "NPS 0-10"} or {@code "CSAT 1-5 (satisfied from 4)"}. */
  @Override
  public String toString() {
    String range = kind + " " + min + "-" + max;
    switch (kind) {
      case CSAT:
        return range + " (satisfied from " + threshold + ")";
      case CES:
        return range + " (agree from " + threshold + ")";
      default:
        return range;
    }
  }
}
