package dev.rapport.loyalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact exchange rate between money and points: {@code points} points per {@code per} of money
 * ({@code 10 points per USD 1.00}, or {@code 1 point per USD 3.00}, which gives exactly a third of
 * a point per dollar). Used for earning (money spent to points) and for the value of points at
 * redemption. Conversions are exact until one final rounding in a caller-named {@link
 * RoundingMode}; with {@code UNNECESSARY} an inexact result throws.
 *
 * <p>Immutable and thread-safe.
 *
 * @param points the points, greater than zero; kept without trailing zeros ({@code 10}, {@code
 *     2.5})
 * @param per the money those points correspond to, greater than zero
 */
public record PointsRate(BigDecimal points, Money per) {
  /** Validates both parts and strips trailing zeros from {@code points}. */
  public PointsRate {
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(per, "per");
    if (points.signum() <= 0) {
      throw new IllegalArgumentException("points must be positive, but was " + points);
    }
    if (per.isZero()) {
      throw new IllegalArgumentException("per must be positive, but was " + per);
    }
    BigDecimal stripped = points.stripTrailingZeros();
    points = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** Returns {@code points} points per {@code per}. */
  public static PointsRate of(long points, Money per) {
    return new PointsRate(BigDecimal.valueOf(points), per);
  }

  /** Returns {@code points} points per one unit of {@code currency} ({@code 10} per USD 1.00). */
  public static PointsRate perUnit(BigDecimal points, Currency currency) {
    Objects.requireNonNull(currency, "currency");
    return new PointsRate(points, Money.of(BigDecimal.ONE, currency));
  }

  /** Returns the currency of the rate. */
  public Currency currency() {
    return per.currency();
  }

  /**
   * Returns the points {@code amount} is worth at this rate, rounded once with {@code mode}.
   *
   * @throws IllegalArgumentException if {@code amount} is in another currency
   * @throws ArithmeticException if {@code mode} is {@code UNNECESSARY} and the result is not whole
   */
  public long pointsFor(Money amount, RoundingMode mode) {
    Objects.requireNonNull(mode, "mode");
    return exactPointsFor(amount).round(mode);
  }

  /** Returns the exact points {@code amount} is worth. */
  Exact exactPointsFor(Money amount) {
    per.requireSameCurrency(amount, "amount");
    return Exact.ratio(amount.amount().multiply(points), per.amount());
  }

  /** Returns the exact money value of {@code points} points, in the rate's currency units. */
  Exact exactValueOf(long points) {
    return Exact.ratio(BigDecimal.valueOf(points).multiply(per.amount()), this.points);
  }

  /** Returns {@code "10 points per USD 1.00"}. */
  @Override
  public String toString() {
    return points.toPlainString() + " points per " + per;
  }
}
