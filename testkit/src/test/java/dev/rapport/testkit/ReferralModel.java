package dev.rapport.testkit;

import dev.rapport.loyalty.Money;
import dev.rapport.loyalty.referral.CodeUsed;
import dev.rapport.loyalty.referral.OrderPlaced;
import dev.rapport.loyalty.referral.OrderRefunded;
import dev.rapport.loyalty.referral.QualificationRule;
import dev.rapport.loyalty.referral.QualifyingEvent;
import dev.rapport.loyalty.referral.ReferralClawback;
import dev.rapport.loyalty.referral.ReferralEvent;
import dev.rapport.loyalty.referral.ReferralProgram;
import dev.rapport.loyalty.referral.ReferralStatus;
import dev.rapport.loyalty.referral.ReferrerCap;
import dev.rapport.loyalty.referral.RejectionReason;
import dev.rapport.loyalty.referral.ReviewDecision;
import dev.rapport.loyalty.referral.Reward;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A deliberately simple model of a referral program, for the events {@link ReferralGenerators}
 * makes: a list of referrals scanned in full for every question, time moved on for all of them
 * before every event, one method per event written straight from the rules. It knows only the fraud
 * signals the generated events carry (customer ids, Gmail and plain addresses, the "already a
 * customer" flag) and no velocity rules.
 */
final class ReferralModel {
  /** One referral, as plain mutable fields. */
  static final class Ref {
    final String id;
    final String code;
    final String referrer;
    final String referee;
    final Instant usedAt;
    final Instant expiresAt;
    ReferralStatus status;
    List<String> reasons = new ArrayList<>();
    boolean everQualified;
    Instant lastChangedAt;
    String orderId;
    BigDecimal amount;
    BigDecimal refunded;
    Instant dueAt;
    Instant rewardedAt;
    final List<String> keys = new ArrayList<>();

    Ref(CodeUsed e, Instant expiresAt) {
      this.id = e.referralId().value();
      this.code = e.code().value();
      this.referrer = e.referrer().customer().value();
      this.referee = e.referee().customer().value();
      this.usedAt = e.at();
      this.expiresAt = expiresAt;
      this.lastChangedAt = e.at();
    }

    Instant deadline() {
      return status == ReferralStatus.PENDING
          ? expiresAt
          : status == ReferralStatus.QUALIFIED ? dueAt : null;
    }
  }

  private final ReferralProgram program;
  final List<Ref> refs = new ArrayList<>();
  final Map<String, Long> points = new HashMap<>();

  ReferralModel(ReferralProgram program) {
    this.program = program;
  }

  /** Handles {@code event}; returns the exception type the engine must throw, if any. */
  Optional<Class<? extends RuntimeException>> handle(ReferralEvent event) {
    advanceAll(event.at());
    if (event instanceof CodeUsed e) {
      codeUsed(e);
    } else if (event instanceof OrderPlaced e) {
      order(e);
    } else if (event instanceof OrderRefunded e) {
      refund(e);
    } else if (event instanceof QualifyingEvent e) {
      if (program.qualification() instanceof QualificationRule.NamedEvent named
          && named.name().equals(e.name())) {
        Ref attributed = attributed(e.customer().value(), e.at(), false);
        if (attributed != null) {
          qualify(attributed, e.at());
        }
      }
    } else {
      return review((ReviewDecision) event);
    }
    return Optional.empty();
  }

  /** Moves every referral on to {@code t}, soonest deadline first. */
  void advanceAll(Instant t) {
    while (true) {
      Ref next = null;
      for (Ref ref : refs) {
        Instant deadline = ref.deadline();
        if (deadline != null
            && !deadline.isAfter(t)
            && (next == null || deadline.isBefore(next.deadline()))) {
          next = ref;
        }
      }
      if (next == null) {
        return;
      }
      if (next.status == ReferralStatus.PENDING) {
        move(next, next.expiresAt, ReferralStatus.EXPIRED);
      } else {
        reward(next, next.dueAt, true);
      }
    }
  }

  private void codeUsed(CodeUsed e) {
    for (Ref ref : refs) {
      if (ref.id.equals(e.referralId().value())) {
        return;
      }
    }
    List<String> reasons = new ArrayList<>();
    List<Ref> others = byReferee(e.referee().customer().value());
    if (others.stream().anyMatch(o -> o.everQualified)) {
      reasons.add(RejectionReason.REFEREE_ALREADY_REFERRED);
    }
    if (e.referrer().customer().equals(e.referee().customer())) {
      reasons.add(RejectionReason.SELF_REFERRAL_CUSTOMER);
    }
    if (e.referrer().email().isPresent()
        && e.referee().email().isPresent()
        && mailbox(e.referrer().email().get()).equals(mailbox(e.referee().email().get()))) {
      reasons.add(RejectionReason.SELF_REFERRAL_EMAIL);
    }
    if (e.refereeAlreadyCustomer()) {
      reasons.add(RejectionReason.REFEREE_ALREADY_CUSTOMER);
    }
    if (reasons.isEmpty()
        && others.stream()
            .anyMatch(o -> o.status == ReferralStatus.PENDING && o.usedAt.isAfter(e.at()))) {
      reasons.add(RejectionReason.SUPERSEDED);
    }
    Ref ref = new Ref(e, e.at().plus(program.attributionWindow()));
    ref.status = reasons.isEmpty() ? ReferralStatus.PENDING : ReferralStatus.REJECTED;
    ref.reasons = reasons;
    refs.add(ref);
    if (ref.status == ReferralStatus.PENDING) {
      for (Ref other : others) {
        if (other.status == ReferralStatus.PENDING) {
          other.reasons = List.of(RejectionReason.SUPERSEDED);
          move(other, e.at(), ReferralStatus.REJECTED);
        }
      }
    }
  }

  private void order(OrderPlaced e) {
    List<Ref> mine = byReferee(e.customer().value());
    if (mine.stream().anyMatch(r -> e.orderId().equals(r.orderId))
        || program.qualification() instanceof QualificationRule.NamedEvent) {
      return;
    }
    boolean first = program.qualification() instanceof QualificationRule.FirstOrder;
    BigDecimal minimum = minimum().amount();
    boolean reaches = e.amount().amount().compareTo(minimum) >= 0;
    for (Ref ref : mine) {
      if (inWindow(ref, e.at())
          && ref.orderId == null
          && ref.status == ReferralStatus.REJECTED
          && (first || reaches)
          && !ref.reasons.contains(RejectionReason.SUPERSEDED)) {
        setOrder(ref, e);
      }
    }
    Ref attributed = attributed(e.customer().value(), e.at(), true);
    if (attributed == null || !(first || reaches)) {
      return;
    }
    setOrder(attributed, e);
    if (!reaches) {
      attributed.reasons = List.of(RejectionReason.FIRST_ORDER_BELOW_MINIMUM);
      move(attributed, e.at(), ReferralStatus.REJECTED);
      return;
    }
    qualify(attributed, e.at());
  }

  private void refund(OrderRefunded e) {
    for (Ref ref : byReferee(e.customer().value())) {
      if (!e.orderId().equals(ref.orderId)) {
        continue;
      }
      BigDecimal total = e.refundedTotal().amount();
      if (total.compareTo(ref.refunded) <= 0) {
        continue;
      }
      ref.refunded = total;
      BigDecimal net = ref.amount.subtract(total);
      if (net.signum() != 0 && net.compareTo(minimum().amount()) >= 0) {
        continue;
      }
      if (ref.status == ReferralStatus.QUALIFIED) {
        move(ref, e.at(), ReferralStatus.REVERSED);
      } else if (ref.status == ReferralStatus.REWARDED
          && program.clawback() != ReferralClawback.NONE) {
        reverse(ref, e.at(), program.clawback() == ReferralClawback.REFERRER_ONLY);
      }
    }
  }

  private Optional<Class<? extends RuntimeException>> review(ReviewDecision e) {
    Ref ref =
        refs.stream().filter(r -> r.id.equals(e.referralId().value())).findFirst().orElse(null);
    if (ref == null) {
      return Optional.of(IllegalArgumentException.class);
    }
    if (e.verdict() == ReviewDecision.Verdict.APPROVE) {
      if (ref.status == ReferralStatus.REVERSED) {
        return Optional.of(IllegalStateException.class);
      }
      if (ref.status != ReferralStatus.REWARDED) {
        reward(ref, e.at(), false);
      }
    } else if (ref.status == ReferralStatus.PENDING || ref.status == ReferralStatus.QUALIFIED) {
      ref.reasons = List.of(RejectionReason.MANUAL_REJECTION);
      move(ref, e.at(), ReferralStatus.REJECTED);
    } else if (ref.status == ReferralStatus.REWARDED) {
      reverse(ref, e.at(), false);
    }
    return Optional.empty();
  }

  private void qualify(Ref ref, Instant at) {
    move(ref, at, ReferralStatus.QUALIFIED);
    ref.dueAt = at.plus(program.rewardHold());
    if (program.rewardHold().isZero()) {
      reward(ref, at, true);
    }
  }

  private void reward(Ref ref, Instant at, boolean checkCaps) {
    Instant when = later(at, ref.lastChangedAt);
    if (checkCaps) {
      for (ReferrerCap cap : program.caps()) {
        long count =
            refs.stream()
                .filter(r -> r != ref && r.referrer.equals(ref.referrer))
                .filter(r -> r.status == ReferralStatus.REWARDED)
                .filter(r -> cap.counts(r.rewardedAt, when))
                .count();
        if (count >= cap.maxRewards()) {
          ref.reasons = List.of(RejectionReason.REFERRER_CAP_REACHED);
          move(ref, at, ReferralStatus.REJECTED);
          return;
        }
      }
    }
    move(ref, at, ReferralStatus.REWARDED);
    ref.rewardedAt = when;
    grant(ref, "referrer", ref.referrer, program.referrerReward(), 1);
    grant(ref, "referee", ref.referee, program.refereeReward(), 1);
  }

  private void reverse(Ref ref, Instant at, boolean referrerOnly) {
    move(ref, at, ReferralStatus.REVERSED);
    grant(ref, "referrer", ref.referrer, program.referrerReward(), -1);
    if (!referrerOnly) {
      grant(ref, "referee", ref.referee, program.refereeReward(), -1);
    }
  }

  /** Grants ({@code sign} 1) or revokes (-1) one side's reward, if the program has one. */
  private void grant(Ref ref, String side, String customer, Optional<Reward> reward, int sign) {
    if (reward.isEmpty()) {
      return;
    }
    ref.keys.add("referral/" + ref.id + "/" + side + (sign > 0 ? "/grant" : "/revoke"));
    if (reward.get() instanceof Reward.Points p) {
      points.merge(customer, sign * p.points(), Long::sum);
    }
  }

  private void move(Ref ref, Instant at, ReferralStatus status) {
    ref.status = status;
    ref.lastChangedAt = later(at, ref.lastChangedAt);
    if (status == ReferralStatus.QUALIFIED || status == ReferralStatus.REWARDED) {
      ref.everQualified = true;
    }
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private void setOrder(Ref ref, OrderPlaced e) {
    ref.orderId = e.orderId();
    ref.amount = e.amount().amount();
    ref.refunded = BigDecimal.ZERO;
  }

  /** Returns the referee's latest pending referral whose window contains {@code at}. */
  private Ref attributed(String referee, Instant at, boolean withoutOrder) {
    Ref best = null;
    for (Ref ref : byReferee(referee)) {
      if (ref.status == ReferralStatus.PENDING
          && inWindow(ref, at)
          && (!withoutOrder || ref.orderId == null)
          && (best == null
              || ref.usedAt.isAfter(best.usedAt)
              || (ref.usedAt.equals(best.usedAt) && ref.id.compareTo(best.id) > 0))) {
        best = ref;
      }
    }
    return best;
  }

  private static boolean inWindow(Ref ref, Instant at) {
    return !at.isBefore(ref.usedAt) && at.isBefore(ref.expiresAt);
  }

  private List<Ref> byReferee(String referee) {
    return refs.stream().filter(r -> r.referee.equals(referee)).toList();
  }

  private Money minimum() {
    return program.qualification() instanceof QualificationRule.FirstOrder f
        ? f.minimum()
        : ((QualificationRule.AnyOrder) program.qualification()).minimum();
  }

  /** Gmail ignores dots and +tags and answers to googlemail.com; other domains as written. */
  private static String mailbox(String address) {
    String lower = address.toLowerCase(Locale.ROOT);
    String local = lower.substring(0, lower.lastIndexOf('@'));
    String domain = lower.substring(lower.lastIndexOf('@') + 1);
    if (domain.equals("gmail.com") || domain.equals("googlemail.com")) {
      int plus = local.indexOf('+');
      return (plus < 0 ? local : local.substring(0, plus)).replace(".", "") + "@gmail.com";
    }
    return lower;
  }
}
