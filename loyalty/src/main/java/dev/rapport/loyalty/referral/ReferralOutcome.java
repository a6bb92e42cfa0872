package dev.rapport.loyalty.referral;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * What handling one event, or advancing time, did: the referrals it made or changed (store them,
 * replacing earlier versions by id) and the reward instructions to carry out. Store the referrals
 * and carry out the instructions together; if that cannot be atomic, carry out the instructions
 * first (they are idempotent) or re-apply each stored referral's {@link Referral#instructions()}
 * after a crash.
 *
 * <p>Immutable and thread-safe.
 *
 * @param referrals the referrals made or changed, each once, in its new version
 * @param instructions the reward instructions, in the order they arose
 */
public record ReferralOutcome(List<Referral> referrals, List<RewardInstruction> instructions) {
  private static final ReferralOutcome EMPTY = new ReferralOutcome(List.of(), List.of());

  /** Copies the lists. */
  public ReferralOutcome {
    referrals = ImmutableList.copyOf(Objects.requireNonNull(referrals, "referrals"));
    instructions = ImmutableList.copyOf(Objects.requireNonNull(instructions, "instructions"));
  }

  /** Returns the outcome of an event that changed nothing. */
  public static ReferralOutcome empty() {
    return EMPTY;
  }

  /** Returns whether nothing changed. */
  public boolean isEmpty() {
    return referrals.isEmpty() && instructions.isEmpty();
  }
}
