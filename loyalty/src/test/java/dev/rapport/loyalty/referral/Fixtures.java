package dev.rapport.loyalty.referral;

import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;

/** Shared values for the referral tests. */
final class Fixtures {
  static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
  static final CustomerId ANA = CustomerId.of("ana");
  static final CustomerId BEN = CustomerId.of("ben");
  static final CustomerId CAL = CustomerId.of("cal");
  static final ReferralCode ANA_CODE = ReferralCode.random(new SplittableRandom(1));
  static final ReferralCode CAL_CODE = ReferralCode.random(new SplittableRandom(2));

  private Fixtures() {}

  static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  /** Returns a builder of the 500 + 250 points program, first order of at least 20.00 EUR. */
  static ReferralProgram.Builder program() {
    return ReferralProgram.builder("friends")
        .referrerReward(Reward.points(500))
        .refereeReward(Reward.points(250))
        .qualification(QualificationRule.firstOrderAtLeast(eur("20.00")));
  }

  static ReferralParty party(CustomerId customer, String email) {
    return ReferralParty.builder(customer).email(email).build();
  }

  static CodeUsed codeUsed(String id, Instant at, CustomerId referrer, CustomerId referee) {
    return new CodeUsed(
        at,
        ReferralId.of(id),
        referrer.equals(CAL) ? CAL_CODE : ANA_CODE,
        party(referrer, referrer.value() + "@example.com"),
        party(referee, referee.value() + "@example.org"),
        false);
  }

  static OrderPlaced order(String id, Instant at, CustomerId customer, String amount) {
    return OrderPlaced.of(at, customer, id, eur(amount));
  }

  static OrderRefunded refund(String id, Instant at, CustomerId customer, String total) {
    return new OrderRefunded(at, customer, id, eur(total));
  }

  static ReviewDecision approve(String referralId, Instant at) {
    return ReviewDecision.approve(at, ReferralId.of(referralId), "rita");
  }

  static ReviewDecision reject(String referralId, Instant at) {
    return new ReviewDecision(
        at, ReferralId.of(referralId), ReviewDecision.Verdict.REJECT, "rita", Optional.of("fake"));
  }
}
