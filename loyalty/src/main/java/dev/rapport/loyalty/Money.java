package dev.rapport.loyalty;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact, non-negative amount of money in one currency: an order total, a refund, a spend
 * threshold. Never a floating-point number.
 *
 * <p>The amount is kept in a canonical form: trailing zeros beyond the currency's usual fraction
 * digits are removed and missing ones added ({@code USD 12.5} and {@code USD 12.500} are both
 * {@code USD 12.50}; {@code USD 0.125} stays as it is). So two amounts are {@link #equals equal}
 * exactly when they are numerically equal, and {@link #toString()} and {@link #parse} round-trip.
 *
 * <p>Immutable and thread-safe.
 *
 * @param amount the amount, at least zero
 * @param currency the currency
 */
public record Money(BigDecimal amount, Currency currency) {
  /** Validates the amount and brings it to the canonical scale. */
  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("amount must not be negative, but was " + amount);
    }
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    BigDecimal stripped = amount.stripTrailingZeros();
    amount = stripped.setScale(Math.max(stripped.scale(), digits));
  }

  /** Returns {@code amount} (a decimal such as {@code "12.50"}) of the currency with that code. */
  public static Money of(String amount, String currencyCode) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currencyCode, "currencyCode");
    return new Money(decimal(amount, "amount"), currency(currencyCode));
  }

  /** Returns {@code amount} of {@code currency}. */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  /** Returns zero of {@code currency}. */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /**
   * Parses the form {@link #toString()} writes: the ISO currency code, one space, the amount
   * ({@code "USD 12.50"}).
   *
   * @throws IllegalArgumentException if the text is not in that form
   */
  public static Money parse(String text) {
    Objects.requireNonNull(text, "text");
    int space = text.indexOf(' ');
    if (space < 0 || text.indexOf(' ', space + 1) >= 0) {
      throw new IllegalArgumentException(
          "text must be a currency code and an amount such as \"USD 12.50\", but was \""
              + text
              + "\"");
    }
    return new Money(
        decimal(text.substring(space + 1), "amount"), currency(text.substring(0, space)));
  }

  /** Returns true if the amount is zero. */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Returns this amount plus {@code other}.
   *
   * @throws IllegalArgumentException if the currencies differ
   */
  public Money plus(Money other) {
    requireSameCurrency(other, "other");
    return new Money(amount.add(other.amount), currency);
  }

  /**
   * Compares the amounts of this and {@code other}: negative, zero or positive as this is less,
   * equal or greater.
   *
   * @throws IllegalArgumentException if the currencies differ
   */
  public int compareAmount(Money other) {
    requireSameCurrency(other, "other");
    return amount.compareTo(other.amount);
  }

  /**
   * Throws {@link IllegalArgumentException} naming {@code name} if {@code other}'s currency
   * differs.
   */
  void requireSameCurrency(Money other, String name) {
    Objects.requireNonNull(other, name);
    if (!other.currency.equals(currency)) {
      throw new IllegalArgumentException(
          name + " must be in " + currency.getCurrencyCode() + ", but was " + other);
    }
  }

  /** Returns the currency code, a space and the plain amount: {@code "USD 12.50"}. */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount.toPlainString();
  }

  static BigDecimal decimal(String text, String name) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name + " must be a decimal number such as 12.50, but was \"" + text + "\"", e);
    }
  }

  static Currency currency(String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "currency must be an ISO 4217 code such as USD, but was \"" + code + "\"", e);
    }
  }
}
