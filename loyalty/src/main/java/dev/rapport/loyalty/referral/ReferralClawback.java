package dev.rapport.loyalty.referral;

/**
 * Which rewards a refund of the qualifying order takes back. Points are taken back through the
 * loyalty ledger under the loyalty program's own clawback policy (clamp to zero, or allow a
 * negative balance); caller-defined rewards come back as {@link RewardInstruction.Action#REVOKE}
 * instructions for the caller to carry out. Thread-safe (an enum).
 */
public enum ReferralClawback {
  /** Both the referrer's and the referee's rewards are taken back. */
  BOTH_SIDES,
  /** Only the referrer's reward is taken back; the referee keeps theirs. */
  REFERRER_ONLY,
  /** Nothing is taken back; a refund leaves the referral rewarded. */
  NONE;

  /** Returns whether this policy takes back the reward of {@code side}. */
  boolean takesBack(RewardInstruction.Side side) {
    return switch (this) {
      case BOTH_SIDES -> true;
      case REFERRER_ONLY -> side == RewardInstruction.Side.REFERRER;
      case NONE -> false;
    };
  }
}
