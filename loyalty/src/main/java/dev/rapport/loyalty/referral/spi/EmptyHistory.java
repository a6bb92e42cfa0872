package dev.rapport.loyalty.referral.spi;

import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.referral.Referral;
import dev.rapport.loyalty.referral.ReferralId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The history with no referrals. Immutable and thread-safe. */
enum EmptyHistory implements ReferralHistory {
  INSTANCE;

  @Override
  public Optional<Referral> find(ReferralId id) {
    Objects.requireNonNull(id, "id");
    return Optional.empty();
  }

  @Override
  public List<Referral> byReferee(CustomerId referee) {
    Objects.requireNonNull(referee, "referee");
    return List.of();
  }

  @Override
  public List<Referral> byReferrer(CustomerId referrer, Instant since) {
    Objects.requireNonNull(referrer, "referrer");
    Objects.requireNonNull(since, "since");
    return List.of();
  }

  @Override
  public List<Referral> rewardedByReferrer(CustomerId referrer, Instant from, Instant to) {
    Objects.requireNonNull(referrer, "referrer");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return List.of();
  }

  @Override
  public List<Referral> byDevice(String deviceId, Instant since) {
    Objects.requireNonNull(deviceId, "deviceId");
    Objects.requireNonNull(since, "since");
    return List.of();
  }

  @Override
  public List<Referral> byNetwork(String networkId, Instant since) {
    Objects.requireNonNull(networkId, "networkId");
    Objects.requireNonNull(since, "since");
    return List.of();
  }

  @Override
  public String toString() {
    return "ReferralHistory.empty()";
  }
}
