package dev.rapport.loyalty.referral;

import com.google.common.collect.ImmutableSet;
import dev.rapport.core.CustomerId;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One side of a referral, the referrer or the referee: the customer and the signals the fraud rules
 * compare. All signals are optional; a rule whose signal is missing on either side finds nothing.
 *
 * <ul>
 *   <li>{@code email}: the address as given; rules compare it through the program's {@link
 *       EmailNormalizer}. It must look like an address ({@code local@domain}).
 *   <li>{@code paymentFingerprints}: fingerprints of payment methods (a card fingerprint from the
 *       payment provider, never a card number).
 *   <li>{@code addresses}: postal addresses; rules compare them case-insensitively and without
 *       punctuation or spacing ({@code "12 Main St., Apt 4"} matches {@code "12 main st apt 4"}).
 *       Pass the key of an address-validation service if you have one.
 *   <li>{@code deviceIds}: device identifiers (a device fingerprint, an app installation id).
 *   <li>{@code networkIds}: network identifiers (an IP address, a /24 prefix, an ASN), used by
 *       velocity rules for the referee.
 * </ul>
 *
 * <p>Each signal is not blank, at most 256 characters, without white space at either end or control
 * characters. Immutable and thread-safe.
 *
 * @param customer the customer
 * @param email the customer's email address, if known
 * @param paymentFingerprints the customer's payment method fingerprints
 * @param addresses the customer's postal addresses
 * @param deviceIds the customer's device ids
 * @param networkIds the customer's network ids
 */
public record ReferralParty(
    CustomerId customer,
    Optional<String> email,
    Set<String> paymentFingerprints,
    Set<String> addresses,
    Set<String> deviceIds,
    Set<String> networkIds) {

  /** Validates and copies the signals. */
  public ReferralParty {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(email, "email");
    email.ifPresent(ReferralParty::checkEmail);
    paymentFingerprints = Checks.texts(paymentFingerprints, "paymentFingerprints");
    addresses = Checks.texts(addresses, "addresses");
    deviceIds = Checks.texts(deviceIds, "deviceIds");
    networkIds = Checks.texts(networkIds, "networkIds");
  }

  private static String checkEmail(String email) {
    Checks.text(email, "email");
    try {
      EmailNormalizer.lowerCaseOnly().normalize(email);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "email must be an address such as name@example.com, but was \"" + email + "\"", e);
    }
    return email;
  }

  /** Returns a party with no signals but its customer id. */
  public static ReferralParty of(CustomerId customer) {
    return builder(customer).build();
  }

  /** Returns a builder for a party of {@code customer}. */
  public static Builder builder(CustomerId customer) {
    return new Builder(customer);
  }

  /** Returns this party with an extra payment fingerprint and address, for signals of an order. */
  ReferralParty withOrderSignals(
      Optional<String> paymentFingerprint, Optional<String> shippingAddress) {
    if (paymentFingerprint.isEmpty() && shippingAddress.isEmpty()) {
      return this;
    }
    return new ReferralParty(
        customer,
        email,
        plus(paymentFingerprints, paymentFingerprint),
        plus(addresses, shippingAddress),
        deviceIds,
        networkIds);
  }

  private static Set<String> plus(Set<String> values, Optional<String> extra) {
    return extra.isEmpty()
        ? values
        : ImmutableSet.<String>builder().addAll(values).add(extra.get()).build();
  }

  /** Collects a party's signals; not thread-safe. */
  public static final class Builder {
    private final CustomerId customer;
    private Optional<String> email = Optional.empty();
    private final Set<String> paymentFingerprints = new LinkedHashSet<>();
    private final Set<String> addresses = new LinkedHashSet<>();
    private final Set<String> deviceIds = new LinkedHashSet<>();
    private final Set<String> networkIds = new LinkedHashSet<>();

    private Builder(CustomerId customer) {
      this.customer = Objects.requireNonNull(customer, "customer");
    }

    /** Sets the email address. */
    public Builder email(String email) {
      this.email = Optional.of(checkEmail(email));
      return this;
    }

    /** Adds payment method fingerprints. */
    public Builder paymentFingerprint(String... fingerprints) {
      return add(paymentFingerprints, fingerprints, "paymentFingerprint");
    }

    /** Adds postal addresses. */
    public Builder address(String... values) {
      return add(addresses, values, "address");
    }

    /** Adds device ids. */
    public Builder deviceId(String... ids) {
      return add(deviceIds, ids, "deviceId");
    }

    /** Adds network ids. */
    public Builder networkId(String... ids) {
      return add(networkIds, ids, "networkId");
    }

    /**
     * Returns the party.
     *
     * @throws IllegalArgumentException if the email does not look like an address
     */
    public ReferralParty build() {
      return new ReferralParty(
          customer, email, paymentFingerprints, addresses, deviceIds, networkIds);
    }

    private Builder add(Set<String> target, String[] values, String name) {
      Objects.requireNonNull(values, name);
      for (String value : values) {
        target.add(Checks.text(value, name));
      }
      return this;
    }
  }
}
