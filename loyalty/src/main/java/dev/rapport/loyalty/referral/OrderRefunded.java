package dev.rapport.loyalty.referral;

import dev.rapport.core.CustomerId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * Some or all of an order was refunded. The event carries the total refunded so far on the order
 * (cumulative, like a payment provider's "amount refunded"), not the amount of this refund, so that
 * a duplicate or a re-delivered event changes nothing. A refund of the order that decided a
 * referral reverses the referral when the order is fully refunded or what is left falls below the
 * qualification minimum.
 *
 * <p>Immutable and thread-safe.
 *
 * @param at when the refund happened
 * @param customer who placed the order
 * @param orderId the caller's order id
 * @param refundedTotal the total refunded on the order so far, positive
 * @param currency the currency of the order
 */
public record OrderRefunded(
    Instant at, CustomerId customer, String orderId, BigDecimal refundedTotal, Currency currency)
    implements ReferralEvent {

  /** Validates the refund. */
  public OrderRefunded {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(customer, "customer");
    Checks.text(orderId, "orderId");
    Objects.requireNonNull(refundedTotal, "refundedTotal");
    Objects.requireNonNull(currency, "currency");
    if (refundedTotal.signum() <= 0) {
      throw new IllegalArgumentException(
          "refundedTotal must be positive, but was " + refundedTotal.toPlainString());
    }
  }
}
