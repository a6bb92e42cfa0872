package dev.rapport.loyalty.referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A referral being moved on by one engine call: the parts that change are mutable, and {@link
 * #toReferral()} validates the result. Not thread-safe; lives within one call.
 */
final class ReferralDraft {
  private final Referral base;
  private ReferralParty referee;
  private List<RejectionReason> reasons;
  private Optional<ReferralOrder> order;
  private Optional<Instant> rewardDueAt;
  private final List<RewardInstruction> instructions;
  private final List<Referral.Transition> transitions;
  private boolean changed;

  ReferralDraft(Referral base) {
    this.base = base;
    this.referee = base.referee();
    this.reasons = base.reasons();
    this.order = base.order();
    this.rewardDueAt = base.rewardDueAt();
    this.instructions = new ArrayList<>(base.instructions());
    this.transitions = new ArrayList<>(base.transitions());
  }

  /** Returns a draft of a referral made now, not yet stored: it counts as changed. */
  static ReferralDraft created(Referral referral) {
    ReferralDraft draft = new ReferralDraft(referral);
    draft.changed = true;
    return draft;
  }

  Referral base() {
    return base;
  }

  ReferralId id() {
    return base.id();
  }

  ReferralParty referee() {
    return referee;
  }

  ReferralStatus status() {
    return transitions.get(transitions.size() - 1).status();
  }

  Instant lastAt() {
    return transitions.get(transitions.size() - 1).at();
  }

  /** Returns whether the referral ever qualified (by the rule or by an approval). */
  boolean everQualified() {
    return transitions.stream()
        .anyMatch(
            t -> t.status() == ReferralStatus.QUALIFIED || t.status() == ReferralStatus.REWARDED);
  }

  /** Returns when the referral was rewarded, if it was. */
  Optional<Instant> rewardedAt() {
    return transitions.stream()
        .filter(t -> t.status() == ReferralStatus.REWARDED)
        .map(Referral.Transition::at)
        .findFirst();
  }

  Optional<ReferralOrder> order() {
    return order;
  }

  Optional<Instant> rewardDueAt() {
    return rewardDueAt;
  }

  List<RewardInstruction> instructions() {
    return instructions;
  }

  List<RejectionReason> reasons() {
    return reasons;
  }

  boolean changed() {
    return changed;
  }

  void referee(ReferralParty referee) {
    if (!referee.equals(this.referee)) {
      this.referee = referee;
      changed = true;
    }
  }

  void order(ReferralOrder order) {
    this.order = Optional.of(order);
    changed = true;
  }

  void rewardDueAt(Instant at) {
    this.rewardDueAt = Optional.of(at);
    changed = true;
  }

  /**
   * Moves to {@code status} at {@code at}, or at the last transition's instant if {@code at} is
   * earlier (a late event never rewrites history).
   */
  void move(Instant at, ReferralStatus status, String cause) {
    Referral.Transition last = transitions.get(transitions.size() - 1);
    if (!last.status().canBecome(status)) {
      throw new IllegalStateException(
          "referral " + id() + " must not move from " + last.status() + " to " + status);
    }
    Instant when = at.isBefore(last.at()) ? last.at() : at;
    transitions.add(new Referral.Transition(when, status, cause));
    changed = true;
  }

  /** Moves to REJECTED for {@code reasons}. */
  void reject(Instant at, List<RejectionReason> reasons, String cause) {
    this.reasons = List.copyOf(reasons);
    move(at, ReferralStatus.REJECTED, cause);
  }

  void addInstruction(RewardInstruction instruction) {
    instructions.add(instruction);
    changed = true;
  }

  /** Returns the referral as it now stands. */
  Referral toReferral() {
    return new Referral(
        base.id(),
        base.code(),
        base.referrer(),
        referee,
        base.refereeAlreadyCustomer(),
        base.codeUsedAt(),
        base.expiresAt(),
        base.referrerReward(),
        base.refereeReward(),
        reasons,
        order,
        rewardDueAt,
        instructions,
        transitions);
  }
}
