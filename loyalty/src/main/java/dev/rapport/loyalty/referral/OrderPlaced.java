package dev.rapport.loyalty.referral;

import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer placed an order. Pass every order of customers who may be referees; orders of other
 * customers change nothing. The payment fingerprint and shipping address, if given, are added to
 * the referee's signals for the fraud checks at qualification.
 *
 * <p>Immutable and thread-safe.
 *
 * @param at when the order was placed
 * @param customer who placed it
 * @param orderId the caller's order id
 * @param amount the order amount that counts for qualification
 * @param paymentFingerprint the fingerprint of the payment method used, if known
 * @param shippingAddress the shipping address, if any
 */
public record OrderPlaced(
    Instant at,
    CustomerId customer,
    String orderId,
    Money amount,
    Optional<String> paymentFingerprint,
    Optional<String> shippingAddress)
    implements ReferralEvent {

  /** Validates the order. */
  public OrderPlaced {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(customer, "customer");
    Checks.text(orderId, "orderId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(paymentFingerprint, "paymentFingerprint")
        .ifPresent(value -> Checks.text(value, "paymentFingerprint"));
    Objects.requireNonNull(shippingAddress, "shippingAddress")
        .ifPresent(value -> Checks.text(value, "shippingAddress"));
  }

  /** Returns an order without payment or shipping signals. */
  public static OrderPlaced of(Instant at, CustomerId customer, String orderId, Money amount) {
    return new OrderPlaced(at, customer, orderId, amount, Optional.empty(), Optional.empty());
  }
}
