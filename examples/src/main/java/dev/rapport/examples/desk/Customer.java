package dev.rapport.examples.desk;

import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.referral.ReferralCode;
import dev.rapport.loyalty.referral.ReferralParty;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A simulated customer: where they live, their segment, whether they are a loyalty member, and the
 * signals the referral fraud rules compare. Immutable.
 */
record Customer(
    CustomerId id,
    Team region,
    ZoneId zone,
    String segment,
    boolean member,
    String email,
    String device,
    String payment,
    String address,
    Optional<ReferralCode> code) {

  /** Returns this customer as a party of a referral, with every signal. */
  ReferralParty party() {
    return ReferralParty.builder(id)
        .email(email)
        .deviceId(device)
        .paymentFingerprint(payment)
        .address(address)
        .build();
  }
}
