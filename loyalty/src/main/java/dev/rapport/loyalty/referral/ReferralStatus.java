package dev.rapport.loyalty.referral;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Where a referral stands. Thread-safe (an enum).
 *
 * <ul>
 *   <li>PENDING to QUALIFIED when an order or event qualifies it; to EXPIRED when the attribution
 *       window ends; to REJECTED for fraud, a later code (superseded) or a first order below the
 *       minimum.
 *   <li>QUALIFIED to REWARDED when the reward hold ends (at once without a hold); to REJECTED when
 *       a referrer cap is reached or a reviewer rejects it; to REVERSED when the qualifying order
 *       is refunded during the hold.
 *   <li>REWARDED to REVERSED when the qualifying order is refunded or a reviewer rejects it.
 * </ul>
 *
 * <p>A reviewer's approval takes PENDING, QUALIFIED, REJECTED and EXPIRED referrals straight to
 * REWARDED; a reviewer's rejection of a REWARDED referral reverses it.
 */
public enum ReferralStatus {
  /** Recorded; waiting for the referee to qualify within the attribution window. */
  PENDING,
  /** The referee qualified; the rewards are due when the program's reward hold ends. */
  QUALIFIED,
  /** Both sides' rewards were issued. */
  REWARDED,
  /** Not to be paid, for the reasons recorded with it; a reviewer may still approve it. */
  REJECTED,
  /** The attribution window ended before the referee qualified. */
  EXPIRED,
  /** The qualifying order was refunded: the rewards, if issued, were taken back. Final. */
  REVERSED;

  /** Returns the statuses a referral in this status may move to. */
  public Set<ReferralStatus> next() {
    return switch (this) {
      case PENDING -> EnumSet.of(QUALIFIED, REWARDED, REJECTED, EXPIRED);
      case QUALIFIED -> EnumSet.of(REWARDED, REJECTED, REVERSED);
      case REWARDED -> EnumSet.of(REVERSED);
      case REJECTED, EXPIRED -> EnumSet.of(REWARDED);
      case REVERSED -> EnumSet.noneOf(ReferralStatus.class);
    };
  }

  /** Returns whether a referral in this status may move to {@code status}. */
  public boolean canBecome(ReferralStatus status) {
    Objects.requireNonNull(status, "status");
    return next().contains(status);
  }
}
