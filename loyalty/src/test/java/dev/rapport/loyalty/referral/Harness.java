package dev.rapport.loyalty.referral;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.CustomerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An engine with an in-memory store, and a deliberately simple points account per customer that
 * applies instructions by idempotency key, as a ledger would.
 */
final class Harness {
  final ReferralEngine engine;
  final InMemoryReferralStore store = new InMemoryReferralStore();
  final List<RewardInstruction> given = new ArrayList<>();
  private final Set<String> applied = new LinkedHashSet<>();
  private final Map<CustomerId, Long> points = new HashMap<>();
  private final Map<CustomerId, List<String>> references = new HashMap<>();

  Harness(ReferralProgram program) {
    this.engine = ReferralEngine.of(program);
  }

  ReferralOutcome handle(ReferralEvent event) {
    return record(engine.handle(event, store));
  }

  /** Advances every referral whose deadline has passed by {@code now}. */
  List<ReferralOutcome> advance(Instant now) {
    List<ReferralOutcome> outcomes = new ArrayList<>();
    for (Referral referral : store.due(now)) {
      outcomes.add(record(engine.advance(referral, now, store)));
    }
    return outcomes;
  }

  private ReferralOutcome record(ReferralOutcome outcome) {
    store.apply(outcome);
    for (RewardInstruction instruction : outcome.instructions()) {
      given.add(instruction);
      apply(instruction);
    }
    return outcome;
  }

  /** Applies an instruction once per idempotency key, like a ledger. */
  void apply(RewardInstruction instruction) {
    if (!applied.add(instruction.idempotencyKey())) {
      return;
    }
    if (instruction.action() == RewardInstruction.Action.REVOKE) {
      assertThat(applied).contains(instruction.grantKey());
    }
    int sign = instruction.action() == RewardInstruction.Action.GRANT ? 1 : -1;
    if (instruction.reward() instanceof Reward.Points p) {
      points.merge(instruction.beneficiary(), sign * p.points(), Long::sum);
    } else {
      String reference = ((Reward.Reference) instruction.reward()).reference();
      references
          .computeIfAbsent(instruction.beneficiary(), c -> new ArrayList<>())
          .add((sign > 0 ? "+" : "-") + reference);
    }
  }

  long points(CustomerId customer) {
    return points.getOrDefault(customer, 0L);
  }

  List<String> references(CustomerId customer) {
    return references.getOrDefault(customer, List.of());
  }

  Referral referral(String id) {
    return store.find(ReferralId.of(id)).orElseThrow();
  }
}
