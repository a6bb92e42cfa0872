package dev.rapport.loyalty.referral;

import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.Money;
import dev.rapport.loyalty.referral.spi.ReferralHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link ReferralProgram}: handles {@link ReferralEvent}s and the passing of time, and says
 * which referrals changed and which rewards to grant or revoke. A pure function of (program,
 * history, event): it reads the history, never writes it, and never reads the clock.
 *
 * <pre>{@code
 * ReferralEngine engine = ReferralEngine.of(program);
 * ReferralOutcome outcome = engine.handle(event, history);
 * store.save(outcome.referrals());            // replacing earlier versions by id
 * outcome.instructions().forEach(rewards::apply);  // idempotent by instruction key
 * }</pre>
 *
 * <p><b>Events.</b>
 *
 * <ul>
 *   <li>{@link CodeUsed} records a new referral, PENDING, or REJECTED with every reason the fraud
 *       rules found, or with {@link RejectionReason#REFEREE_ALREADY_REFERRED} if the referee
 *       already has a referral that qualified. A pending referral supersedes the referee's earlier
 *       pending one (last code wins), which is rejected with {@link RejectionReason#SUPERSEDED}.
 *   <li>{@link OrderPlaced} is judged against the referee's pending referral whose window contains
 *       it (the latest code use wins). If it qualifies, the fraud rules run again with the order's
 *       signals; then the referral is QUALIFIED and, once the reward hold has passed, REWARDED with
 *       a grant per side, unless a {@link ReferrerCap} is reached. The order is also recorded on
 *       the referee's rejected referrals in their window, so that an approval can later be reversed
 *       by its refund.
 *   <li>{@link OrderRefunded} of the order that decided a referral reverses it if the order is
 *       fully refunded or what is left is below the minimum: a QUALIFIED referral is REVERSED with
 *       nothing to take back, a REWARDED one with a revoke per side under the program's {@link
 *       ReferralClawback} and clawback window.
 *   <li>{@link QualifyingEvent} qualifies like an order under a {@link
 *       QualificationRule.NamedEvent} rule of its name.
 *   <li>{@link ReviewDecision}: see there.
 * </ul>
 *
 * <p><b>Time.</b> Before an event is applied, each referral it touches is brought up to the event's
 * instant: a PENDING referral whose window has ended expires, a QUALIFIED one whose hold has ended
 * is rewarded. {@link #advance} does the same for one referral without an event: run it for
 * referrals whose {@link Referral#deadline()} has passed.
 *
 * <p><b>Exactly once.</b> Handling an event twice changes nothing the second time; every
 * instruction's idempotency key derives from the referral id, side and action; a referral is
 * granted at most once per side and revoked at most once per side, only after its grant; a
 * REJECTED, EXPIRED or PENDING referral is never paid except by a reviewer's approval.
 *
 * <p>Immutable and thread-safe (as long as the program's fraud rules are).
 */
public final class ReferralEngine {
  private static final Logger log = LoggerFactory.getLogger(ReferralEngine.class);

  private final ReferralProgram program;

  private ReferralEngine(ReferralProgram program) {
    this.program = program;
  }

  /** Returns the engine of {@code program}. */
  public static ReferralEngine of(ReferralProgram program) {
    return new ReferralEngine(Objects.requireNonNull(program, "program"));
  }

  /** Returns the program this engine runs. */
  public ReferralProgram program() {
    return program;
  }

  /**
   * Handles {@code event} against the referrals recorded in {@code history}.
   *
   * @throws IllegalArgumentException if the event does not fit the recorded referrals: a review of
   *     an unknown referral, an order in another currency than the qualification minimum, or a
   *     refund of more than the order
   * @throws IllegalStateException if a {@link CodeUsed} reuses the id of a different code use, or a
   *     reviewer approves a REVERSED referral
   */
  public ReferralOutcome handle(ReferralEvent event, ReferralHistory history) {
    Objects.requireNonNull(event, "event");
    Step step = new Step(Objects.requireNonNull(history, "history"));
    if (event instanceof CodeUsed e) {
      step.codeUsed(e);
    } else if (event instanceof OrderPlaced e) {
      step.orderPlaced(e);
    } else if (event instanceof OrderRefunded e) {
      step.orderRefunded(e);
    } else if (event instanceof QualifyingEvent e) {
      step.qualifyingEvent(e);
    } else {
      step.review((ReviewDecision) event);
    }
    return step.outcome();
  }

  /**
   * Brings {@code referral} up to {@code now}: expires it if PENDING past its window, rewards it
   * (or rejects it at a cap) if QUALIFIED past its reward hold. Returns an empty outcome if its
   * deadline has not passed.
   */
  public ReferralOutcome advance(Referral referral, Instant now, ReferralHistory history) {
    Objects.requireNonNull(referral, "referral");
    Objects.requireNonNull(now, "now");
    Step step = new Step(Objects.requireNonNull(history, "history"));
    step.catchUp(step.load(referral), now);
    return step.outcome();
  }

  @Override
  public String toString() {
    return "ReferralEngine{" + program.name() + "}";
  }

  /** The work of one call: the referrals loaded and changed, and the instructions given. */
  private final class Step {
    private final ReferralHistory history;
    private final Map<ReferralId, ReferralDraft> drafts = new LinkedHashMap<>();
    private final List<RewardInstruction> instructions = new ArrayList<>();

    Step(ReferralHistory history) {
      this.history = history;
    }

    ReferralDraft load(Referral referral) {
      return drafts.computeIfAbsent(referral.id(), id -> new ReferralDraft(referral));
    }

    /** Returns the referee's referrals, each brought up to {@code at}. */
    List<ReferralDraft> referee(CustomerId referee, Instant at) {
      List<ReferralDraft> result = new ArrayList<>();
      for (Referral referral : history.byReferee(referee)) {
        ReferralDraft draft = load(referral);
        catchUp(draft, at);
        result.add(draft);
      }
      return result;
    }

    ReferralOutcome outcome() {
      List<Referral> changed = new ArrayList<>();
      for (ReferralDraft draft : drafts.values()) {
        if (draft.changed()) {
          changed.add(draft.toReferral());
        }
      }
      return changed.isEmpty() && instructions.isEmpty()
          ? ReferralOutcome.empty()
          : new ReferralOutcome(changed, instructions);
    }

    void codeUsed(CodeUsed e) {
      Optional<Referral> existing = history.find(e.referralId());
      if (existing.isPresent()) {
        if (e.made(existing.get())) {
          return;
        }
        throw new IllegalStateException(
            "referralId must identify one code use, but "
                + e.referralId()
                + " is already recorded for code "
                + existing.get().code()
                + " used by "
                + existing.get().referee().customer()
                + " at "
                + existing.get().codeUsedAt());
      }
      List<ReferralDraft> others = referee(e.referee().customer(), e.at());
      List<RejectionReason> reasons = new ArrayList<>();
      others.stream()
          .filter(ReferralDraft::everQualified)
          .findFirst()
          .ifPresent(
              o ->
                  reasons.add(
                      RejectionReason.of(
                          RejectionReason.REFEREE_ALREADY_REFERRED,
                          "customer "
                              + e.referee().customer()
                              + " already has referral "
                              + o.id()
                              + ", "
                              + o.status())));
      reasons.addAll(
          runRules(
              new ReferralCandidate(
                  ReferralCandidate.Stage.CODE_USED,
                  e.at(),
                  e.referralId(),
                  e.code(),
                  e.at(),
                  e.referrer(),
                  e.referee(),
                  e.refereeAlreadyCustomer(),
                  program.emails(),
                  history)));
      Optional<ReferralDraft> newerPending =
          others.stream()
              .filter(o -> o.status() == ReferralStatus.PENDING)
              .filter(o -> o.base().codeUsedAt().isAfter(e.at()))
              .findFirst();
      if (reasons.isEmpty() && newerPending.isPresent()) {
        reasons.add(
            RejectionReason.of(
                RejectionReason.SUPERSEDED,
                "the referee used code " + newerPending.get().base().code() + " later"));
      }
      String cause = "code " + e.code() + " used";
      ReferralStatus status = reasons.isEmpty() ? ReferralStatus.PENDING : ReferralStatus.REJECTED;
      Referral referral =
          new Referral(
              e.referralId(),
              e.code(),
              e.referrer(),
              e.referee(),
              e.refereeAlreadyCustomer(),
              e.at(),
              e.at().plus(program.attributionWindow()),
              program.referrerReward(),
              program.refereeReward(),
              reasons,
              Optional.empty(),
              Optional.empty(),
              List.of(),
              List.of(new Referral.Transition(e.at(), status, cause)));
      drafts.put(referral.id(), ReferralDraft.created(referral));
      if (status == ReferralStatus.REJECTED) {
        log.debug("referral {} rejected at code use: {}", referral.id(), reasons);
        return;
      }
      for (ReferralDraft other : others) {
        if (other.status() == ReferralStatus.PENDING) {
          other.reject(
              e.at(),
              List.of(
                  RejectionReason.of(
                      RejectionReason.SUPERSEDED,
                      "the referee used code " + e.code() + " of " + e.referrer().customer())),
              "superseded by referral " + e.referralId());
        }
      }
    }

    void orderPlaced(OrderPlaced e) {
      List<ReferralDraft> referrals = referee(e.customer(), e.at());
      boolean duplicate =
          referrals.stream()
              .anyMatch(d -> d.order().filter(o -> o.orderId().equals(e.orderId())).isPresent());
      QualificationRule rule = program.qualification();
      if (duplicate || rule instanceof QualificationRule.NamedEvent) {
        return;
      }
      boolean firstOrder = rule instanceof QualificationRule.FirstOrder;
      Money minimum = minimum(rule);
      List<ReferralDraft> inWindow =
          referrals.stream()
              .filter(d -> d.base().attributes(e.at()) && d.order().isEmpty())
              .toList();
      if (inWindow.isEmpty()) {
        return;
      }
      if (!minimum.currency().equals(e.amount().currency())) {
        throw new IllegalArgumentException(
            "amount of order "
                + e.orderId()
                + " must be in the qualification currency "
                + minimum.currency()
                + ", but was "
                + e.amount());
      }
      boolean reaches = e.amount().compareAmount(minimum) >= 0;
      ReferralOrder order =
          new ReferralOrder(
              e.orderId(), e.at(), e.amount(), minimum, Money.zero(minimum.currency()));
      String cause = "order " + e.orderId() + " of " + e.amount();
      for (ReferralDraft draft : inWindow) {
        if (draft.status() == ReferralStatus.REJECTED
            && (firstOrder || reaches)
            && draft.reasons().stream()
                .noneMatch(r -> r.code().equals(RejectionReason.SUPERSEDED))) {
          draft.order(order);
        }
      }
      Optional<ReferralDraft> attributed = attributedPending(inWindow);
      if (attributed.isEmpty() || !(firstOrder || reaches)) {
        return;
      }
      ReferralDraft draft = attributed.get();
      draft.order(order);
      if (!reaches) {
        draft.reject(
            e.at(),
            List.of(
                RejectionReason.of(
                    RejectionReason.FIRST_ORDER_BELOW_MINIMUM,
                    "the first order "
                        + e.orderId()
                        + " of "
                        + e.amount()
                        + " is below the minimum "
                        + minimum)),
            cause);
        log.debug("referral {} rejected: first order below the minimum", draft.id());
        return;
      }
      draft.referee(draft.referee().withOrderSignals(e.paymentFingerprint(), e.shippingAddress()));
      qualify(draft, e.at(), cause);
    }

    void orderRefunded(OrderRefunded e) {
      for (ReferralDraft draft : referee(e.customer(), e.at())) {
        Optional<ReferralOrder> recorded =
            draft.order().filter(o -> o.orderId().equals(e.orderId()));
        if (recorded.isEmpty()) {
          continue;
        }
        ReferralOrder order = recorded.get();
        if (!order.amount().currency().equals(e.refundedTotal().currency())) {
          throw new IllegalArgumentException(
              "refundedTotal of order "
                  + e.orderId()
                  + " must be in the order's currency "
                  + order.amount().currency()
                  + ", but was "
                  + e.refundedTotal());
        }
        if (e.refundedTotal().compareAmount(order.amount()) > 0) {
          throw new IllegalArgumentException(
              "refundedTotal of order "
                  + e.orderId()
                  + " must be at most the order amount "
                  + order.amount()
                  + ", but was "
                  + e.refundedTotal());
        }
        if (e.refundedTotal().compareAmount(order.refunded()) <= 0) {
          continue;
        }
        ReferralOrder refunded = order.withRefunded(e.refundedTotal());
        draft.order(refunded);
        if (!refunded.refundUndoesQualification()) {
          continue;
        }
        String cause =
            "order "
                + e.orderId()
                + " refunded, "
                + refunded.refunded()
                + " of "
                + refunded.amount();
        if (draft.status() == ReferralStatus.QUALIFIED) {
          draft.move(e.at(), ReferralStatus.REVERSED, cause + ", before the reward");
          log.debug("referral {} reversed before its reward", draft.id());
        } else if (draft.status() == ReferralStatus.REWARDED && clawsBack(draft, e.at())) {
          reverse(draft, e.at(), cause, program.clawback());
        }
      }
    }

    void qualifyingEvent(QualifyingEvent e) {
      List<ReferralDraft> referrals = referee(e.customer(), e.at());
      if (program.qualification() instanceof QualificationRule.NamedEvent named
          && named.name().equals(e.name())) {
        List<ReferralDraft> inWindow =
            referrals.stream().filter(d -> d.base().attributes(e.at())).toList();
        attributedPending(inWindow).ifPresent(d -> qualify(d, e.at(), "event " + e.name()));
      }
    }

    void review(ReviewDecision e) {
      Referral referral =
          history
              .find(e.referralId())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "referralId must be a recorded referral, but was " + e.referralId()));
      ReferralDraft draft = load(referral);
      catchUp(draft, e.at());
      ReferralStatus status = draft.status();
      if (e.verdict() == ReviewDecision.Verdict.APPROVE) {
        if (status == ReferralStatus.REVERSED) {
          throw new IllegalStateException(
              "referral "
                  + e.referralId()
                  + " must not be approved once REVERSED: its rewards were taken back for good");
        }
        if (status != ReferralStatus.REWARDED) {
          reward(draft, e.at(), false, e.describe());
        }
      } else if (status == ReferralStatus.PENDING || status == ReferralStatus.QUALIFIED) {
        draft.reject(
            e.at(),
            List.of(RejectionReason.of(RejectionReason.MANUAL_REJECTION, e.describe())),
            e.describe());
      } else if (status == ReferralStatus.REWARDED) {
        reverse(draft, e.at(), e.describe(), ReferralClawback.BOTH_SIDES);
      }
    }

    /** Moves a PENDING or QUALIFIED referral on to {@code at} by expiry or reward. */
    void catchUp(ReferralDraft draft, Instant at) {
      while (true) {
        ReferralStatus status = draft.status();
        Instant expiry = draft.base().expiresAt();
        if (status == ReferralStatus.PENDING && !at.isBefore(expiry)) {
          draft.move(expiry, ReferralStatus.EXPIRED, "attribution window ended");
          log.debug("referral {} expired", draft.id());
        } else if (status == ReferralStatus.QUALIFIED
            && !at.isBefore(draft.rewardDueAt().orElseThrow())) {
          Instant due = draft.rewardDueAt().orElseThrow();
          reward(
              draft, due, true, program.rewardHold().isZero() ? "rewarded" : "reward hold ended");
        } else {
          return;
        }
      }
    }

    private Optional<ReferralDraft> attributedPending(List<ReferralDraft> inWindow) {
      return inWindow.stream()
          .filter(d -> d.status() == ReferralStatus.PENDING)
          .max(
              Comparator.comparing((ReferralDraft d) -> d.base().codeUsedAt())
                  .thenComparing(ReferralDraft::id));
    }

    private void qualify(ReferralDraft draft, Instant at, String cause) {
      Referral referral = draft.base();
      List<RejectionReason> reasons =
          runRules(
              new ReferralCandidate(
                  ReferralCandidate.Stage.QUALIFICATION,
                  at,
                  referral.id(),
                  referral.code(),
                  referral.codeUsedAt(),
                  referral.referrer(),
                  draft.referee(),
                  referral.refereeAlreadyCustomer(),
                  program.emails(),
                  history));
      if (!reasons.isEmpty()) {
        draft.reject(at, reasons, cause);
        log.debug("referral {} rejected at qualification: {}", draft.id(), reasons);
        return;
      }
      draft.move(at, ReferralStatus.QUALIFIED, cause);
      draft.rewardDueAt(at.plus(program.rewardHold()));
      catchUp(draft, at);
    }

    private void reward(ReferralDraft draft, Instant at, boolean checkCaps, String cause) {
      if (checkCaps) {
        Optional<RejectionReason> capped = capReached(draft, at);
        if (capped.isPresent()) {
          draft.reject(at, List.of(capped.get()), cause);
          log.debug("referral {} rejected: {}", draft.id(), capped.get());
          return;
        }
      }
      draft.move(at, ReferralStatus.REWARDED, cause);
      Referral referral = draft.base();
      for (RewardInstruction.Side side : RewardInstruction.Side.values()) {
        Optional<Reward> reward = referral.reward(side);
        if (reward.isPresent()) {
          CustomerId beneficiary =
              side == RewardInstruction.Side.REFERRER
                  ? referral.referrer().customer()
                  : referral.referee().customer();
          give(
              draft,
              new RewardInstruction(
                  referral.id(),
                  side,
                  beneficiary,
                  reward.get(),
                  RewardInstruction.Action.GRANT,
                  at));
        }
      }
      log.debug("referral {} rewarded", draft.id());
    }

    private void reverse(ReferralDraft draft, Instant at, String cause, ReferralClawback policy) {
      draft.move(at, ReferralStatus.REVERSED, cause);
      List<RewardInstruction> grants =
          draft.instructions().stream()
              .filter(i -> i.action() == RewardInstruction.Action.GRANT)
              .filter(i -> policy.takesBack(i.side()))
              .toList();
      for (RewardInstruction grant : grants) {
        give(draft, grant.revokedAt(draft.lastAt()));
      }
      log.debug("referral {} reversed, {} rewards taken back", draft.id(), grants.size());
    }

    private void give(ReferralDraft draft, RewardInstruction instruction) {
      draft.addInstruction(instruction);
      instructions.add(instruction);
    }

    private boolean clawsBack(ReferralDraft draft, Instant at) {
      if (program.clawback() == ReferralClawback.NONE) {
        return false;
      }
      Optional<Instant> rewardedAt = draft.rewardedAt();
      return program.clawbackWindow().isEmpty()
          || rewardedAt.isEmpty()
          || at.isBefore(rewardedAt.get().plus(program.clawbackWindow().get()));
    }

    private Optional<RejectionReason> capReached(ReferralDraft draft, Instant at) {
      CustomerId referrer = draft.base().referrer().customer();
      for (ReferrerCap cap : program.caps()) {
        long count = 0;
        for (Referral stored :
            history.rewardedByReferrer(referrer, cap.periodStart(at), cap.periodEnd(at))) {
          ReferralDraft loaded = drafts.get(stored.id());
          Referral current = loaded == null ? stored : loaded.toReferral();
          if (!current.id().equals(draft.id())
              && current.referrer().customer().equals(referrer)
              && current.status() == ReferralStatus.REWARDED
              && cap.counts(current.rewardedAt().orElseThrow(), at)) {
            count++;
          }
        }
        if (count >= cap.maxRewards()) {
          return Optional.of(
              RejectionReason.of(
                  RejectionReason.REFERRER_CAP_REACHED,
                  "referrer "
                      + referrer
                      + " was already rewarded for "
                      + count
                      + " referrals, the cap of "
                      + cap));
        }
      }
      return Optional.empty();
    }

    private List<RejectionReason> runRules(ReferralCandidate candidate) {
      List<RejectionReason> reasons = new ArrayList<>();
      for (FraudRule rule : program.fraudRules()) {
        rule.check(candidate).ifPresent(reasons::add);
      }
      return reasons;
    }
  }

  private static Money minimum(QualificationRule rule) {
    if (rule instanceof QualificationRule.FirstOrder first) {
      return first.minimum();
    }
    return ((QualificationRule.AnyOrder) rule).minimum();
  }
}
