/**
 * JSON support for referral programs with Jackson: {@link
 * dev.rapport.loyalty.referral.json.RapportReferralModule}, which describes the format. Jackson is
 * an optional dependency of the loyalty module; this package is the only one of the referral
 * packages that uses it.
 */
package dev.rapport.loyalty.referral.json;
