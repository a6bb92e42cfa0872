/**
 * For implementers of referral storage: {@link dev.rapport.loyalty.referral.spi.ReferralHistory},
 * the queries the referral engine and the fraud rules make of the referrals recorded so far.
 * Applications that only run referral programs do not need this package beyond passing a history
 * in.
 */
package dev.rapport.loyalty.referral.spi;
