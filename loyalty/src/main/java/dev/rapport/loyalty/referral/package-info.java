/**
 * Referral programs: two-sided rewards paid exactly once, with qualification, caps and fraud
 * checks.
 *
 * <p>Entry points: {@link dev.rapport.loyalty.referral.ReferralProgram} (the policy, made by its
 * builder), {@link dev.rapport.loyalty.referral.ReferralEngine} (handles {@link
 * dev.rapport.loyalty.referral.ReferralEvent}s and returns a {@link
 * dev.rapport.loyalty.referral.ReferralOutcome}: changed {@link
 * dev.rapport.loyalty.referral.Referral}s and {@link
 * dev.rapport.loyalty.referral.RewardInstruction}s), {@link
 * dev.rapport.loyalty.referral.ReferralCode} (generation and parsing of codes with a check
 * character), {@link dev.rapport.loyalty.referral.EmailNormalizer}, the fraud rules {@link
 * dev.rapport.loyalty.referral.StandardFraudRule} and {@link
 * dev.rapport.loyalty.referral.VelocityRule}, and {@link
 * dev.rapport.loyalty.referral.InMemoryReferralStore}. Storage implementers see {@code
 * dev.rapport.loyalty.referral.spi}; JSON support is in {@code dev.rapport.loyalty.referral.json}.
 */
package dev.rapport.loyalty.referral;
