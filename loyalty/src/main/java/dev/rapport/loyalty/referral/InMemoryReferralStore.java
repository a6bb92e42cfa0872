package dev.rapport.loyalty.referral;

import com.google.common.collect.HashMultimap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.SetMultimap;
import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.referral.spi.ReferralHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Referrals kept in memory, indexed for every {@link ReferralHistory} query: for tests, examples
 * and programs small enough to hold in one process. {@link #apply(ReferralOutcome)} stores an
 * outcome's referrals, replacing earlier versions by id.
 *
 * <p>Thread-safe: every method locks the store. To keep caps and velocity counts exact under
 * concurrency, hold the engine call and {@code apply} together in one writer thread or lock.
 */
public final class InMemoryReferralStore implements ReferralHistory {
  private final Map<ReferralId, Referral> byId = new LinkedHashMap<>();
  private final SetMultimap<CustomerId, ReferralId> byReferee = HashMultimap.create();
  private final SetMultimap<CustomerId, ReferralId> byReferrer = HashMultimap.create();
  private final SetMultimap<CustomerId, ReferralId> rewardedByReferrer = HashMultimap.create();
  private final SetMultimap<String, ReferralId> byDevice = HashMultimap.create();
  private final SetMultimap<String, ReferralId> byNetwork = HashMultimap.create();

  /** Creates an empty store. */
  public InMemoryReferralStore() {}

  /** Stores the referrals of {@code outcome}, replacing earlier versions with the same id. */
  public synchronized void apply(ReferralOutcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    outcome.referrals().forEach(this::put);
  }

  /** Stores {@code referral}, replacing an earlier version with the same id. */
  public synchronized void put(Referral referral) {
    Objects.requireNonNull(referral, "referral");
    Referral previous = byId.put(referral.id(), referral);
    if (previous != null) {
      unindex(previous);
    }
    byReferee.put(referral.referee().customer(), referral.id());
    byReferrer.put(referral.referrer().customer(), referral.id());
    if (referral.status() == ReferralStatus.REWARDED) {
      rewardedByReferrer.put(referral.referrer().customer(), referral.id());
    }
    referral.referee().deviceIds().forEach(d -> byDevice.put(d, referral.id()));
    referral.referee().networkIds().forEach(n -> byNetwork.put(n, referral.id()));
  }

  /** Returns every referral, in the order first stored. */
  public synchronized List<Referral> all() {
    return ImmutableList.copyOf(byId.values());
  }

  /**
   * Returns the referrals whose {@link Referral#deadline()} is at or before {@code now}, soonest
   * deadline first (then in the order first stored): advance them in this order so that caps count
   * rewards in time order.
   */
  public synchronized List<Referral> due(Instant now) {
    Objects.requireNonNull(now, "now");
    List<Referral> result = new ArrayList<>();
    for (Referral referral : byId.values()) {
      if (referral.deadline().filter(d -> !d.isAfter(now)).isPresent()) {
        result.add(referral);
      }
    }
    result.sort(Comparator.comparing(r -> r.deadline().orElseThrow()));
    return result;
  }

  /** Returns how many referrals are stored. */
  public synchronized int size() {
    return byId.size();
  }

  @Override
  public synchronized Optional<Referral> find(ReferralId id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  @Override
  public synchronized List<Referral> byReferee(CustomerId referee) {
    return lookup(byReferee.get(Objects.requireNonNull(referee, "referee")), Instant.MIN);
  }

  @Override
  public synchronized List<Referral> byReferrer(CustomerId referrer, Instant since) {
    return lookup(byReferrer.get(Objects.requireNonNull(referrer, "referrer")), since);
  }

  @Override
  public synchronized List<Referral> rewardedByReferrer(
      CustomerId referrer, Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    List<Referral> result = new ArrayList<>();
    for (Referral referral :
        lookup(rewardedByReferrer.get(Objects.requireNonNull(referrer, "referrer")), from)) {
      Instant rewardedAt = referral.rewardedAt().orElseThrow();
      if (!rewardedAt.isBefore(from) && !rewardedAt.isAfter(to)) {
        result.add(referral);
      }
    }
    return result;
  }

  @Override
  public synchronized List<Referral> byDevice(String deviceId, Instant since) {
    return lookup(byDevice.get(Objects.requireNonNull(deviceId, "deviceId")), since);
  }

  @Override
  public synchronized List<Referral> byNetwork(String networkId, Instant since) {
    return lookup(byNetwork.get(Objects.requireNonNull(networkId, "networkId")), since);
  }

  @Override
  public synchronized String toString() {
    return "InMemoryReferralStore{" + byId.size() + " referrals}";
  }

  private List<Referral> lookup(Set<ReferralId> ids, Instant since) {
    Objects.requireNonNull(since, "since");
    List<Referral> result = new ArrayList<>(ids.size());
    for (ReferralId id : ids) {
      Referral referral = byId.get(id);
      if (!referral.lastChangedAt().isBefore(since)) {
        result.add(referral);
      }
    }
    result.sort((a, b) -> a.id().compareTo(b.id()));
    return result;
  }

  private void unindex(Referral referral) {
    byReferee.remove(referral.referee().customer(), referral.id());
    byReferrer.remove(referral.referrer().customer(), referral.id());
    rewardedByReferrer.remove(referral.referrer().customer(), referral.id());
    referral.referee().deviceIds().forEach(d -> byDevice.remove(d, referral.id()));
    referral.referee().networkIds().forEach(n -> byNetwork.remove(n, referral.id()));
  }
}
