package dev.rapport.examples.desk;

import com.google.common.collect.ImmutableSortedMap;
import dev.rapport.loyalty.referral.Referral;
import dev.rapport.loyalty.referral.ReferralStatus;
import dev.rapport.loyalty.referral.RejectionReason;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How far the period's referrals got: every code use, those that passed the fraud checks, those
 * whose referee placed a qualifying order, those rewarded, and those still rewarded at the end (not
 * reversed by a refund); with the rejections by reason. Immutable and thread-safe.
 *
 * @param codesUsed referrals recorded (one per code use)
 * @param passedChecks referrals not rejected when the code was used
 * @param qualified referrals that reached QUALIFIED
 * @param rewarded referrals that reached REWARDED
 * @param kept rewarded referrals not reversed since
 * @param pending referrals still waiting for a qualifying order at the end
 * @param expired referrals whose window ended without one
 * @param rejectedByReason rejected referrals by their first reason code, sorted by code
 */
public record ReferralFunnel(
    long codesUsed,
    long passedChecks,
    long qualified,
    long rewarded,
    long kept,
    long pending,
    long expired,
    Map<String, Long> rejectedByReason) {

  /** Copies the map. */
  public ReferralFunnel {
    rejectedByReason = ImmutableSortedMap.copyOf(rejectedByReason);
  }

  /** Returns the funnel of {@code referrals}. */
  static ReferralFunnel of(List<Referral> referrals) {
    long passed = 0;
    long qualified = 0;
    long rewarded = 0;
    long kept = 0;
    long pending = 0;
    long expired = 0;
    Map<String, Long> reasons = new TreeMap<>();
    for (Referral referral : referrals) {
      Set<ReferralStatus> seen = EnumSet.noneOf(ReferralStatus.class);
      referral.transitions().forEach(t -> seen.add(t.status()));
      if (referral.transitions().get(0).status() != ReferralStatus.REJECTED) {
        passed++;
      }
      if (seen.contains(ReferralStatus.QUALIFIED)) {
        qualified++;
      }
      if (seen.contains(ReferralStatus.REWARDED)) {
        rewarded++;
        if (referral.status() == ReferralStatus.REWARDED) {
          kept++;
        }
      }
      if (referral.status() == ReferralStatus.PENDING) {
        pending++;
      }
      if (referral.status() == ReferralStatus.EXPIRED) {
        expired++;
      }
      if (referral.status() == ReferralStatus.REJECTED) {
        String code =
            referral.reasons().stream()
                .map(RejectionReason::code)
                .findFirst()
                .orElse(RejectionReason.MANUAL_REJECTION);
        reasons.merge(code, 1L, Long::sum);
      }
    }
    return new ReferralFunnel(
        referrals.size(), passed, qualified, rewarded, kept, pending, expired, reasons);
  }
}
