package dev.rapport.loyalty.referral;

import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.Actor;
import dev.rapport.loyalty.IdempotencyKey;
import dev.rapport.loyalty.LedgerRequest;
import dev.rapport.loyalty.Origin;
import dev.rapport.loyalty.SourceRef;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the caller must do for a referral: grant one side's reward, or revoke it. Points go
 * through the loyalty ledger (a credit, or a clawback of that credit); a caller-defined reward is
 * fulfilled or cancelled by the caller.
 *
 * <p>Each instruction has an {@link #idempotencyKey()} derived from the referral id, the side and
 * the action, such as {@code referral/R-1/referrer/grant}. Apply instructions with it: applying one
 * twice must do nothing the second time, which is what makes replayed events and retried calls pay
 * exactly once. The key of a revoke's grant is {@link #grantKey()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param referralId the referral
 * @param side whose reward
 * @param beneficiary the customer who receives (or loses) the reward
 * @param reward the reward
 * @param action grant or revoke
 * @param at the instant of the referral's transition that called for it
 */
public record RewardInstruction(
    ReferralId referralId,
    Side side,
    CustomerId beneficiary,
    Reward reward,
    Action action,
    Instant at) {

  /** The two sides of a referral. */
  public enum Side {
    /** The customer whose code was used. */
    REFERRER,
    /** The customer who used the code. */
    REFEREE
  }

  /** What to do with the reward. */
  public enum Action {
    /** Issue it: credit the points, or fulfil the caller's reward. */
    GRANT,
    /** Take it back: claw back the points credited by the grant, or cancel the caller's reward. */
    REVOKE
  }

  /** Checks that no component is null. */
  public RewardInstruction {
    Objects.requireNonNull(referralId, "referralId");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(beneficiary, "beneficiary");
    Objects.requireNonNull(reward, "reward");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(at, "at");
  }

  /**
   * Returns the idempotency key of the instruction for {@code side} and {@code action} of referral
   * {@code referralId}: {@code "referral/" + id + "/" + side + "/" + action}, in lower case. Keys
   * of different referrals, sides or actions never collide, whatever the id contains, since the id
   * is followed by one of four fixed suffixes of which none ends another.
   */
  public static String idempotencyKey(ReferralId referralId, Side side, Action action) {
    Objects.requireNonNull(referralId, "referralId");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(action, "action");
    return "referral/"
        + referralId.value()
        + "/"
        + side.name().toLowerCase(Locale.ROOT)
        + "/"
        + action.name().toLowerCase(Locale.ROOT);
  }

  /** Returns this instruction's idempotency key. */
  public String idempotencyKey() {
    return idempotencyKey(referralId, side, action);
  }

  /** Returns the idempotency key of the grant this instruction is or undoes. */
  public String grantKey() {
    return idempotencyKey(referralId, side, Action.GRANT);
  }

  /**
   * Returns the loyalty-ledger write that carries out a points instruction, for the account of
   * {@link #beneficiary()}: a grant is an {@linkplain LedgerRequest#earn(Origin, long) earn} of the
   * points, a revoke a {@linkplain LedgerRequest#clawback(Origin, IdempotencyKey) clawback} of
   * everything that earn gave (under the loyalty program's {@link
   * dev.rapport.loyalty.ClawbackPolicy}). The request's key is {@link #idempotencyKey()}, its
   * instant {@link #at()}, its source {@code referral:<id>} and its actor the system, so applying
   * it again, or applying the same instruction from a replayed event, writes nothing. Empty for a
   * caller-defined {@link Reward.Reference}. Hand it to {@code LoyaltyService.apply(beneficiary(),
   * request)}, or to {@link dev.rapport.loyalty.PointsLedger#apply} of the beneficiary's ledger.
   */
  public Optional<LedgerRequest> toLedgerRequest() {
    if (!(reward instanceof Reward.Points points)) {
      return Optional.empty();
    }
    String whose = side.name().toLowerCase(Locale.ROOT);
    if (action == Action.GRANT) {
      return Optional.of(
          LedgerRequest.earn(
              origin("referral " + referralId + " reward for the " + whose), points.points()));
    }
    return Optional.of(
        LedgerRequest.clawback(
            origin("referral " + referralId + " reversed: the " + whose + "'s reward taken back"),
            IdempotencyKey.of(grantKey())));
  }

  private Origin origin(String reason) {
    return Origin.of(
        idempotencyKey(), at, SourceRef.referral(referralId.value()), reason, Actor.system());
  }

  /** Returns the revoke instruction for this grant at {@code at}. */
  RewardInstruction revokedAt(Instant at) {
    return new RewardInstruction(referralId, side, beneficiary, reward, Action.REVOKE, at);
  }

  @Override
  public String toString() {
    return action
        + " "
        + reward
        + " to "
        + side
        + " "
        + beneficiary
        + " ["
        + idempotencyKey()
        + "]";
  }
}
