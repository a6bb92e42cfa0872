package dev.rapport.loyalty.referral.spi;

import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.referral.Referral;
import dev.rapport.loyalty.referral.ReferralId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The referrals recorded so far, as the {@link dev.rapport.loyalty.referral.ReferralEngine} and the
 * fraud rules query them. Implement it over your own store, with an index for each query; {@link
 * dev.rapport.loyalty.referral.InMemoryReferralStore} is an implementation for tests and small
 * programs.
 *
 * <p>The time-bounded queries may return more than asked (a store may answer from a coarser index):
 * the engine filters the answers exactly. They must not return less. "Changed at or after {@code
 * since}" means that the referral's {@link Referral#lastChangedAt()} is at or after {@code since};
 * that includes every referral whose code was used, or that was rewarded, at or after it.
 *
 * <p>For the caps and velocity rules to count correctly, events that concern the same referrer,
 * referee, device or network must be handled one at a time, each seeing the referrals the previous
 * one changed. Implementations must be thread-safe if used from several threads.
 */
public interface ReferralHistory {
  /** Returns the referral with this id, if recorded. */
  Optional<Referral> find(ReferralId id);

  /** Returns every referral of this referee, in any order. */
  List<Referral> byReferee(CustomerId referee);

  /** Returns at least the referrals by this referrer changed at or after {@code since}. */
  List<Referral> byReferrer(CustomerId referrer, Instant since);

  /**
   * Returns at least the referrals by this referrer that are REWARDED and were rewarded at an
   * instant in {@code [from, to]}: what the referrer caps count. Referrer caps keep this list short
   * even for a referrer with many referrals, so index it (by referrer, of the rewarded ones).
   */
  List<Referral> rewardedByReferrer(CustomerId referrer, Instant from, Instant to);

  /**
   * Returns at least the referrals whose referee used this device id and that changed at or after
   * {@code since}.
   */
  List<Referral> byDevice(String deviceId, Instant since);

  /**
   * Returns at least the referrals whose referee used this network id and that changed at or after
   * {@code since}.
   */
  List<Referral> byNetwork(String networkId, Instant since);

  /** Returns a history with no referrals. */
  static ReferralHistory empty() {
    return EmptyHistory.INSTANCE;
  }
}
