package dev.rapport.loyalty.referral;

import dev.rapport.loyalty.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * The order that decided a referral's qualification, and how much of it has been refunded: for the
 * first-order rule the referee's first order after the code use (whether or not it reached the
 * minimum), for the any-order rule the first order that reached it. Immutable and thread-safe.
 *
 * @param orderId the caller's order id
 * @param at when the order was placed
 * @param amount the order amount
 * @param minimum the qualification minimum the order was judged against, in the same currency
 * @param refunded the amount refunded so far, up to {@code amount}, in the same currency
 */
public record ReferralOrder(
    String orderId, Instant at, Money amount, Money minimum, Money refunded) {

  /** Validates the order. */
  public ReferralOrder {
    Checks.text(orderId, "orderId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(minimum, "minimum");
    Objects.requireNonNull(refunded, "refunded");
    if (!minimum.currency().equals(amount.currency())
        || !refunded.currency().equals(amount.currency())) {
      throw new IllegalArgumentException(
          "minimum and refunded must be in the order's currency "
              + amount.currency()
              + ", but were "
              + minimum
              + " and "
              + refunded);
    }
    if (refunded.compareAmount(amount) > 0) {
      throw new IllegalArgumentException(
          "refunded must be at most the amount " + amount + ", but was " + refunded);
    }
  }

  /** Returns the amount left after refunds. */
  public Money net() {
    return Money.of(amount.amount().subtract(refunded.amount()), amount.currency());
  }

  /** Returns whether the order reached the minimum when it was placed. */
  public boolean reachedMinimum() {
    return amount.compareAmount(minimum) >= 0;
  }

  /**
   * Returns whether refunds have undone the qualification: the order is fully refunded, or what is
   * left is below the minimum.
   */
  public boolean refundUndoesQualification() {
    return !refunded.isZero() && (net().isZero() || net().compareAmount(minimum) < 0);
  }

  /** Returns this order with {@code refunded} refunded so far. */
  ReferralOrder withRefunded(Money refunded) {
    return new ReferralOrder(orderId, at, amount, minimum, refunded);
  }
}
