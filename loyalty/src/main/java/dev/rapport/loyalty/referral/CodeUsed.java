package dev.rapport.loyalty.referral;

import java.time.Instant;
import java.util.Objects;

/**
 * A referee used a referral code, normally at sign-up. The caller has looked the code up and passes
 * the referrer it belongs to, with the signals the fraud rules compare.
 *
 * <p>Immutable and thread-safe.
 *
 * @param at when the code was used; the attribution window starts here
 * @param referralId the id of the referral this makes, stable across retries of the same sign-up
 * @param code the code used
 * @param referrer the code's owner and their signals (email, payment fingerprints, addresses,
 *     devices)
 * @param referee the customer who used the code and their signals
 * @param refereeAlreadyCustomer whether the referee had an account or orders before this sign-up
 */
public record CodeUsed(
    Instant at,
    ReferralId referralId,
    ReferralCode code,
    ReferralParty referrer,
    ReferralParty referee,
    boolean refereeAlreadyCustomer)
    implements ReferralEvent {

  /** Checks that no component is null. */
  public CodeUsed {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(referralId, "referralId");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(referrer, "referrer");
    Objects.requireNonNull(referee, "referee");
  }

  /** Returns whether {@code referral} was made by this event (same facts, possibly a retry). */
  boolean made(Referral referral) {
    return referral.id().equals(referralId)
        && referral.code().equals(code)
        && referral.codeUsedAt().equals(at)
        && referral.referrer().customer().equals(referrer.customer())
        && referral.referee().customer().equals(referee.customer());
  }
}
