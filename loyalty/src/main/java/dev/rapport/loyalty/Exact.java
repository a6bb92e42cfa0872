package dev.rapport.loyalty;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number, numerator over a positive denominator, for points before their one
 * rounding: {@code USD 1.00} at 1 point per {@code USD 3.00} is exactly 1/3 of a point, not 0.333.
 * Immutable and thread-safe.
 */
final class Exact implements Comparable<Exact> {
  static final Exact ZERO = new Exact(BigInteger.ZERO, BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Exact(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  static Exact of(BigDecimal value) {
    if (value.scale() <= 0) {
      return new Exact(value.toBigIntegerExact(), BigInteger.ONE);
    }
    return reduce(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  static Exact of(long value) {
    return new Exact(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /** Returns {@code numerator / denominator}; the denominator must not be zero. */
  static Exact ratio(BigDecimal numerator, BigDecimal denominator) {
    if (denominator.signum() == 0) {
      throw new ArithmeticException("denominator must not be zero");
    }
    return of(numerator).dividedBy(of(denominator));
  }

  private static Exact reduce(BigInteger numerator, BigInteger denominator) {
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    return new Exact(numerator, denominator);
  }

  Exact plus(Exact other) {
    if (denominator.equals(other.denominator)) {
      return reduce(numerator.add(other.numerator), denominator);
    }
    return reduce(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  Exact negate() {
    return new Exact(numerator.negate(), denominator);
  }

  Exact times(Exact other) {
    return reduce(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  Exact dividedBy(Exact other) {
    if (other.numerator.signum() == 0) {
      throw new ArithmeticException("divisor must not be zero");
    }
    return reduce(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  int signum() {
    return numerator.signum();
  }

  /**
   * Returns this value rounded to a whole number with {@code mode}.
   *
   * @throws ArithmeticException if {@code mode} is {@code UNNECESSARY} and the value is not whole,
   *     or the result does not fit in a long
   */
  long round(RoundingMode mode) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), 0, mode).longValueExact();
  }

  /**
   * Returns the value as a plain decimal if it has a finite one, else as a fraction {@code "1/3"};
   * for explanations.
   */
  @Override
  public String toString() {
    BigInteger d = denominator;
    while (d.mod(BigInteger.TWO).signum() == 0) {
      d = d.divide(BigInteger.TWO);
    }
    BigInteger five = BigInteger.valueOf(5);
    while (d.mod(five).signum() == 0) {
      d = d.divide(five);
    }
    if (d.equals(BigInteger.ONE)) {
      BigDecimal value =
          new BigDecimal(numerator).divide(new BigDecimal(denominator)).stripTrailingZeros();
      return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
    }
    return numerator + "/" + denominator;
  }

  @Override
  public int compareTo(Exact other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Exact
        && numerator.equals(((Exact) o).numerator)
        && denominator.equals(((Exact) o).denominator);
  }

  @Override
  public int hashCode() {
    return numerator.hashCode() * 31 + denominator.hashCode();
  }
}
