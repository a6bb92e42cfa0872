package dev.rapport.loyalty.referral;

import dev.rapport.loyalty.referral.spi.ReferralHistory;
import java.time.Instant;
import java.util.Objects;

/**
 * A referral as the {@link FraudRule}s see it: who refers whom, when, at which stage, and the
 * history to count earlier referrals in. Immutable and thread-safe if the history is.
 *
 * @param stage when the rules run
 * @param at the instant of the event being handled
 * @param referralId the referral's id; the history never holds it at {@link Stage#CODE_USED}
 * @param code the code the referee used
 * @param codeUsedAt when the referee used the code
 * @param referrer the referrer and their signals
 * @param referee the referee and their signals, with the order's signals added at {@link
 *     Stage#QUALIFICATION}
 * @param refereeAlreadyCustomer whether the caller said the referee was already a customer
 * @param emails the program's email normaliser
 * @param history the referrals recorded so far
 */
public record ReferralCandidate(
    Stage stage,
    Instant at,
    ReferralId referralId,
    ReferralCode code,
    Instant codeUsedAt,
    ReferralParty referrer,
    ReferralParty referee,
    boolean refereeAlreadyCustomer,
    EmailNormalizer emails,
    ReferralHistory history) {

  /** When the rules run. */
  public enum Stage {
    /** When the referee uses the code. */
    CODE_USED,
    /** When the referee's order or event qualifies the referral. */
    QUALIFICATION
  }

  /** Checks that no component is null. */
  public ReferralCandidate {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(referralId, "referralId");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(codeUsedAt, "codeUsedAt");
    Objects.requireNonNull(referrer, "referrer");
    Objects.requireNonNull(referee, "referee");
    Objects.requireNonNull(emails, "emails");
    Objects.requireNonNull(history, "history");
  }
}
