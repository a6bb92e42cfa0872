package dev.rapport.loyalty.referral;

import dev.rapport.loyalty.referral.spi.ReferralHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

/**
 * Rejects a referral when more than {@code max} referrals, this one included, were made in the
 * window that ends at its code use: by one referrer, or from one device or network of the referee.
 * Every recorded referral counts, whatever its status: rejected attempts are attempts.
 *
 * <p>Velocity counts code uses, so the rule runs only at {@link ReferralCandidate.Stage#CODE_USED}
 * and finds nothing at qualification. The window is {@code (codeUsedAt - window, codeUsedAt]}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param scope what the referrals are counted by
 * @param max the most referrals allowed in a window, at least 1
 * @param window the length of the window, positive
 */
public record VelocityRule(Scope scope, int max, Duration window) implements FraudRule {

  /** What referrals are counted by. */
  public enum Scope {
    /** The referrer: the use of one referrer's codes. Reason {@code velocity_referrer}. */
    REFERRER(RejectionReason.VELOCITY_REFERRER),
    /** Each device id of the referee. Reason {@code velocity_device}. */
    DEVICE(RejectionReason.VELOCITY_DEVICE),
    /** Each network id of the referee. Reason {@code velocity_network}. */
    NETWORK(RejectionReason.VELOCITY_NETWORK);

    private final String reasonCode;

    Scope(String reasonCode) {
      this.reasonCode = reasonCode;
    }

    /** Returns the reason code a rule of this scope rejects with. */
    public String reasonCode() {
      return reasonCode;
    }
  }

  /** Validates the limit and the window. */
  public VelocityRule {
    Objects.requireNonNull(scope, "scope");
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1, but was " + max);
    }
    Checks.positive(window, "window");
  }

  /** Returns a rule allowing at most {@code max} referrals by one referrer per {@code window}. */
  public static VelocityRule perReferrer(int max, Duration window) {
    return new VelocityRule(Scope.REFERRER, max, window);
  }

  /** Returns a rule allowing at most {@code max} referrals from one device per {@code window}. */
  public static VelocityRule perDevice(int max, Duration window) {
    return new VelocityRule(Scope.DEVICE, max, window);
  }

  /** Returns a rule allowing at most {@code max} referrals from one network per {@code window}. */
  public static VelocityRule perNetwork(int max, Duration window) {
    return new VelocityRule(Scope.NETWORK, max, window);
  }

  @Override
  public Optional<RejectionReason> check(ReferralCandidate candidate) {
    if (candidate.stage() != ReferralCandidate.Stage.CODE_USED) {
      return Optional.empty();
    }
    Instant end = candidate.codeUsedAt();
    Instant start = end.minus(window);
    ReferralHistory history = candidate.history();
    return switch (scope) {
      case REFERRER ->
          count(
              candidate,
              Set.of(candidate.referrer().customer().value()),
              (ignored, since) -> history.byReferrer(candidate.referrer().customer(), since),
              (r, key) -> r.referrer().customer().equals(candidate.referrer().customer()),
              start,
              "referrer " + candidate.referrer().customer());
      case DEVICE ->
          count(
              candidate,
              candidate.referee().deviceIds(),
              history::byDevice,
              (r, key) -> r.referee().deviceIds().contains(key),
              start,
              "device");
      case NETWORK ->
          count(
              candidate,
              candidate.referee().networkIds(),
              history::byNetwork,
              (r, key) -> r.referee().networkIds().contains(key),
              start,
              "network");
    };
  }

  private Optional<RejectionReason> count(
      ReferralCandidate candidate,
      Set<String> keys,
      BiFunction<String, Instant, List<Referral>> query,
      BiPredicate<Referral, String> matches,
      Instant start,
      String what) {
    Instant end = candidate.codeUsedAt();
    for (String key : keys) {
      Set<ReferralId> seen = new HashSet<>();
      seen.add(candidate.referralId());
      for (Referral referral : query.apply(key, start)) {
        Instant used = referral.codeUsedAt();
        if (used.isAfter(start) && !used.isAfter(end) && matches.test(referral, key)) {
          seen.add(referral.id());
        }
      }
      if (seen.size() > max) {
        String scopeName = scope == Scope.REFERRER ? what : "one " + what + " of the referee";
        return Optional.of(
            RejectionReason.of(
                scope.reasonCode,
                seen.size()
                    + " referrals by "
                    + scopeName
                    + " within "
                    + window
                    + ", more than the "
                    + max
                    + " allowed"));
      }
    }
    return Optional.empty();
  }
}
