package dev.rapport.loyalty.referral;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One use of a referral code by a referee, and everything that happened to it since: its status
 * history, the rewards it promised when the code was used, the order that decided it, why it was
 * rejected if it was, and every reward instruction it gave. Made and moved on by the {@link
 * ReferralEngine}; stored by the caller; serialised losslessly by the JSON support.
 *
 * <p>A rejected referral is recorded like any other, with its {@link #reasons()}, so that a
 * reviewer can see it and approve it. The {@link #instructions()} are the full payment record of
 * the referral: grants, then any revokes, each with its idempotency key. Re-applying all of them is
 * always safe, which is the way to recover when a crash may have lost some.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the caller's id of the referral
 * @param code the code the referee used
 * @param referrer the referrer, with the signals known at the code use
 * @param referee the referee, with the signals known at the code use and at qualification
 * @param refereeAlreadyCustomer whether the caller said the referee was already a customer
 * @param codeUsedAt when the referee used the code
 * @param expiresAt the end of the attribution window: orders and events from then on do not count,
 *     and a referral still pending then expires
 * @param referrerReward the referrer's reward, as the program promised it at the code use
 * @param refereeReward the referee's reward, as the program promised it at the code use
 * @param reasons the reasons of the latest rejection; empty if never rejected
 * @param order the order that decided the qualification, with its refunds
 * @param rewardDueAt when a qualified referral's rewards are due (after the program's reward hold)
 * @param instructions the reward instructions given, in order
 * @param transitions the status history, oldest first; the first is the code use
 */
public record Referral(
    ReferralId id,
    ReferralCode code,
    ReferralParty referrer,
    ReferralParty referee,
    boolean refereeAlreadyCustomer,
    Instant codeUsedAt,
    Instant expiresAt,
    Optional<Reward> referrerReward,
    Optional<Reward> refereeReward,
    List<RejectionReason> reasons,
    Optional<ReferralOrder> order,
    Optional<Instant> rewardDueAt,
    List<RewardInstruction> instructions,
    List<Transition> transitions) {

  /**
   * One entry of the status history.
   *
   * @param at when the referral entered the status
   * @param status the status entered
   * @param cause what moved it, in words, such as {@code "order O-7 of 25.00 EUR"}
   */
  public record Transition(Instant at, ReferralStatus status, String cause) {
    /** Validates the entry. */
    public Transition {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(cause, "cause");
      if (cause.isBlank()) {
        throw new IllegalArgumentException("cause must not be blank, but was \"" + cause + "\"");
      }
    }
  }

  /**
   * Validates that the parts fit together: the history starts at the code use in PENDING or
   * REJECTED, moves only as {@link ReferralStatus#canBecome} allows and never back in time; a
   * rejected referral has reasons; a qualified one has its reward due instant; there is a reward
   * for at least one side; instructions belong to this referral.
   */
  public Referral {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(referrer, "referrer");
    Objects.requireNonNull(referee, "referee");
    Objects.requireNonNull(codeUsedAt, "codeUsedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(referrerReward, "referrerReward");
    Objects.requireNonNull(refereeReward, "refereeReward");
    reasons = ImmutableList.copyOf(Objects.requireNonNull(reasons, "reasons"));
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(rewardDueAt, "rewardDueAt");
    instructions = ImmutableList.copyOf(Objects.requireNonNull(instructions, "instructions"));
    transitions = ImmutableList.copyOf(Objects.requireNonNull(transitions, "transitions"));
    if (!expiresAt.isAfter(codeUsedAt)) {
      throw new IllegalArgumentException(
          "expiresAt must be after codeUsedAt " + codeUsedAt + ", but was " + expiresAt);
    }
    if (referrerReward.isEmpty() && refereeReward.isEmpty()) {
      throw new IllegalArgumentException(
          "rewards must include one for the referrer or the referee, but both were empty");
    }
    checkTransitions(transitions, codeUsedAt);
    ReferralStatus status = transitions.get(transitions.size() - 1).status();
    if (status == ReferralStatus.REJECTED && reasons.isEmpty()) {
      throw new IllegalArgumentException("reasons must not be empty for a REJECTED referral");
    }
    if (status == ReferralStatus.QUALIFIED && rewardDueAt.isEmpty()) {
      throw new IllegalArgumentException("rewardDueAt must be present for a QUALIFIED referral");
    }
    for (RewardInstruction instruction : instructions) {
      if (!instruction.referralId().equals(id)) {
        throw new IllegalArgumentException(
            "instructions must belong to referral "
                + id
                + ", but one was for "
                + instruction.referralId());
      }
    }
  }

  private static void checkTransitions(List<Transition> transitions, Instant codeUsedAt) {
    if (transitions.isEmpty()) {
      throw new IllegalArgumentException("transitions must not be empty");
    }
    Transition first = transitions.get(0);
    if (!first.at().equals(codeUsedAt)
        || (first.status() != ReferralStatus.PENDING
            && first.status() != ReferralStatus.REJECTED)) {
      throw new IllegalArgumentException(
          "transitions must start with PENDING or REJECTED at codeUsedAt "
              + codeUsedAt
              + ", but started with "
              + first.status()
              + " at "
              + first.at());
    }
    for (int i = 1; i < transitions.size(); i++) {
      Transition previous = transitions.get(i - 1);
      Transition next = transitions.get(i);
      if (!previous.status().canBecome(next.status())) {
        throw new IllegalArgumentException(
            "transitions must follow the status machine, but had "
                + previous.status()
                + " then "
                + next.status()
                + " at index "
                + i);
      }
      if (next.at().isBefore(previous.at())) {
        throw new IllegalArgumentException(
            "transitions must not go back in time, but had "
                + next.at()
                + " after "
                + previous.at()
                + " at index "
                + i);
      }
    }
  }

  /** Returns the current status, the status of the last transition. */
  public ReferralStatus status() {
    return transitions.get(transitions.size() - 1).status();
  }

  /** Returns the instant of the last transition. */
  public Instant lastChangedAt() {
    return transitions.get(transitions.size() - 1).at();
  }

  /** Returns when the referral last entered QUALIFIED, if it did. */
  public Optional<Instant> qualifiedAt() {
    return lastEntered(ReferralStatus.QUALIFIED);
  }

  /** Returns when the referral was rewarded, if it was. */
  public Optional<Instant> rewardedAt() {
    return lastEntered(ReferralStatus.REWARDED);
  }

  /**
   * Returns the instant at which time alone moves this referral on: its expiry while PENDING, its
   * reward while QUALIFIED; empty in any other status. A sweep passes {@code now} at or after it to
   * {@link ReferralEngine#advance}.
   */
  public Optional<Instant> deadline() {
    return switch (status()) {
      case PENDING -> Optional.of(expiresAt);
      case QUALIFIED -> rewardDueAt;
      default -> Optional.empty();
    };
  }

  /**
   * Returns whether the attribution window contains {@code at}: {@code [codeUsedAt, expiresAt)}.
   */
  public boolean attributes(Instant at) {
    return !at.isBefore(codeUsedAt) && at.isBefore(expiresAt);
  }

  /** Returns the reward of {@code side}, as promised at the code use. */
  public Optional<Reward> reward(RewardInstruction.Side side) {
    return side == RewardInstruction.Side.REFERRER ? referrerReward : refereeReward;
  }

  private Optional<Instant> lastEntered(ReferralStatus status) {
    for (int i = transitions.size() - 1; i >= 0; i--) {
      if (transitions.get(i).status() == status) {
        return Optional.of(transitions.get(i).at());
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "Referral{"
        + id
        + " "
        + status()
        + ", code "
        + code
        + ", "
        + referrer.customer()
        + " -> "
        + referee.customer()
        + (reasons.isEmpty() ? "" : ", reasons " + reasons)
        + "}";
  }
}
