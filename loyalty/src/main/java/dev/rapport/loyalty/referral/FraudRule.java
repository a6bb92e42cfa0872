package dev.rapport.loyalty.referral;

import java.util.Optional;

/**
 * One fraud check of a referral, with a reason code: returns a {@link RejectionReason} if the
 * referral should be rejected, or empty. A program runs all its rules and records every reason
 * found, so a reviewer sees them all.
 *
 * <p>Rules run twice: when the code is used ({@link ReferralCandidate.Stage#CODE_USED}), and again
 * when the referral qualifies by an order ({@link ReferralCandidate.Stage#QUALIFICATION}), with the
 * order's payment fingerprint and shipping address added to the referee's signals, since those are
 * often only known then. The built-in rules are {@link StandardFraudRule} (self-referral, existing
 * customer) and {@link VelocityRule}; write your own as a lambda. A rule of your own cannot be
 * written to or read from JSON.
 *
 * <p>Implementations must be immutable, thread-safe and free of side effects: the engine may run a
 * rule again when an event is replayed.
 */
@FunctionalInterface
public interface FraudRule {
  /** Returns why {@code candidate} should be rejected, or empty if this rule finds nothing. */
  Optional<RejectionReason> check(ReferralCandidate candidate);
}
