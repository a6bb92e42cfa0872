package dev.rapport.loyalty.referral;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A reviewer's decision on one referral. {@link Verdict#APPROVE} is an override: it rewards both
 * sides at once, exactly once, whatever the qualification rule, the fraud rules or the caps said,
 * from PENDING, QUALIFIED, REJECTED or EXPIRED; approving a rewarded referral changes nothing, and
 * approving a reversed one is an error. {@link Verdict#REJECT} rejects a PENDING or QUALIFIED
 * referral and reverses a REWARDED one, taking back both rewards whatever the clawback policy.
 *
 * <p>Immutable and thread-safe.
 *
 * @param at when the decision was made
 * @param referralId the referral decided on
 * @param verdict approve or reject
 * @param reviewer who decided
 * @param note why, if said; no control characters (so no line breaks)
 */
public record ReviewDecision(
    Instant at, ReferralId referralId, Verdict verdict, String reviewer, Optional<String> note)
    implements ReferralEvent {

  /** A reviewer's verdict. */
  public enum Verdict {
    /** Reward both sides now. */
    APPROVE,
    /** Do not pay; take back what was paid. */
    REJECT
  }

  /** Validates the decision. */
  public ReviewDecision {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(referralId, "referralId");
    Objects.requireNonNull(verdict, "verdict");
    Checks.text(reviewer, "reviewer");
    Objects.requireNonNull(note, "note").ifPresent(value -> Checks.text(value, "note"));
  }

  /** Returns an approval without a note. */
  public static ReviewDecision approve(Instant at, ReferralId referralId, String reviewer) {
    return new ReviewDecision(at, referralId, Verdict.APPROVE, reviewer, Optional.empty());
  }

  /** Returns a rejection with a note. */
  public static ReviewDecision reject(
      Instant at, ReferralId referralId, String reviewer, String note) {
    return new ReviewDecision(at, referralId, Verdict.REJECT, reviewer, Optional.of(note));
  }

  /** Returns {@code "<verdict> by <reviewer>[: note]"}, for transition causes. */
  String describe() {
    return (verdict == Verdict.APPROVE ? "approved" : "rejected")
        + " by "
        + reviewer
        + note.map(n -> ": " + n).orElse("");
  }
}
