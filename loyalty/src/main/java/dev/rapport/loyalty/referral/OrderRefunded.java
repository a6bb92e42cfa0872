package dev.rapport.loyalty.referral;

import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.Money;
import java.time.Instant;
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
 * @param refundedTotal the total refunded on the order so far, positive, in the order's currency
 */
public record OrderRefunded(Instant at, CustomerId customer, String orderId, Money refundedTotal)
    implements ReferralEvent {

  /** Validates the refund. */
  public OrderRefunded {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(customer, "customer");
    Checks.text(orderId, "orderId");
    Objects.requireNonNull(refundedTotal, "refundedTotal");
    if (refundedTotal.isZero()) {
      throw new IllegalArgumentException(
          "refundedTotal must be positive, but was " + refundedTotal);
    }
  }
}
