package dev.rapport.loyalty.referral;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * The order that decided a referral's qualification, and how much of it has been refunded: for the
 * first-order rule the referee's first order after the code use (whether or not it reached the
 * minimum), for the any-order rule the first order that reached it. Immutable and thread-safe.
 *
 * @param orderId the caller's order id
 * @param at when the order was placed
 * @param amount the order amount, zero or more
 * @param currency the order's currency
 * @param minimum the qualification minimum the order was judged against, in the same currency
 * @param refunded the amount refunded so far, from zero up to {@code amount}
 */
public record ReferralOrder(
    String orderId,
    Instant at,
    BigDecimal amount,
    Currency currency,
    BigDecimal minimum,
    BigDecimal refunded) {

  /** Validates the order. */
  public ReferralOrder {
    Checks.text(orderId, "orderId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(minimum, "minimum");
    Objects.requireNonNull(refunded, "refunded");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException(
          "amount must not be negative, but was " + amount.toPlainString());
    }
    if (minimum.signum() < 0) {
      throw new IllegalArgumentException(
          "minimum must not be negative, but was " + minimum.toPlainString());
    }
    if (refunded.signum() < 0 || refunded.compareTo(amount) > 0) {
      throw new IllegalArgumentException(
          "refunded must be between 0 and the amount "
              + amount.toPlainString()
              + ", but was "
              + refunded.toPlainString());
    }
  }

  /** Returns the amount left after refunds. */
  public BigDecimal net() {
    return amount.subtract(refunded);
  }

  /** Returns whether the order reached the minimum when it was placed. */
  public boolean reachedMinimum() {
    return amount.compareTo(minimum) >= 0;
  }

  /**
   * Returns whether refunds have undone the qualification: the order is fully refunded, or what is
   * left is below the minimum.
   */
  public boolean refundUndoesQualification() {
    return refunded.signum() > 0 && (net().signum() == 0 || net().compareTo(minimum) < 0);
  }

  /** Returns this order with {@code refunded} refunded so far. */
  ReferralOrder withRefunded(BigDecimal refunded) {
    return new ReferralOrder(orderId, at, amount, currency, minimum, refunded);
  }
}
