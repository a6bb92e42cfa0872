package dev.rapport.loyalty.referral;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.ClawbackPolicy;
import dev.rapport.loyalty.LedgerRequest;
import dev.rapport.loyalty.LoyaltyProgram;
import dev.rapport.loyalty.PointsLedger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An engine with an in-memory store whose points instructions go through a real {@link
 * PointsLedger} per customer, and whose caller-defined rewards are listed per customer.
 */
final class Harness {
  final ReferralEngine engine;
  final LoyaltyProgram loyalty;
  final InMemoryReferralStore store = new InMemoryReferralStore();
  final List<RewardInstruction> given = new ArrayList<>();
  private final Set<String> applied = new LinkedHashSet<>();
  private final Map<CustomerId, PointsLedger> ledgers = new HashMap<>();
  private final Map<CustomerId, List<String>> references = new HashMap<>();

  Harness(ReferralProgram program) {
    this(program, ClawbackPolicy.CLAMP_TO_ZERO);
  }

  Harness(ReferralProgram program, ClawbackPolicy clawback) {
    this.engine = ReferralEngine.of(program);
    this.loyalty =
        LoyaltyProgram.builder("points", ZoneOffset.UTC, Currency.getInstance("EUR"))
            .clawback(clawback)
            .build();
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

  /**
   * Applies an instruction: points through the beneficiary's ledger (which ignores a repeated key),
   * caller rewards once per key.
   */
  void apply(RewardInstruction instruction) {
    if (instruction.action() == RewardInstruction.Action.REVOKE) {
      assertThat(applied).contains(instruction.grantKey());
    }
    Optional<LedgerRequest> request = instruction.toLedgerRequest();
    if (request.isPresent()) {
      PointsLedger ledger = ledger(instruction.beneficiary());
      ledgers.put(instruction.beneficiary(), ledger.apply(loyalty, request.get()).ledger());
    } else if (!applied.contains(instruction.idempotencyKey())) {
      String reference = ((Reward.Reference) instruction.reward()).reference();
      boolean grant = instruction.action() == RewardInstruction.Action.GRANT;
      references
          .computeIfAbsent(instruction.beneficiary(), c -> new ArrayList<>())
          .add((grant ? "+" : "-") + reference);
    }
    applied.add(instruction.idempotencyKey());
  }

  PointsLedger ledger(CustomerId customer) {
    return ledgers.getOrDefault(customer, PointsLedger.empty(customer));
  }

  /** Writes {@code request} to {@code customer}'s ledger, as the rest of an application would. */
  void write(CustomerId customer, LedgerRequest request) {
    ledgers.put(customer, ledger(customer).apply(loyalty, request).ledger());
  }

  long points(CustomerId customer) {
    return ledger(customer).balance();
  }

  List<String> references(CustomerId customer) {
    return references.getOrDefault(customer, List.of());
  }

  Referral referral(String id) {
    return store.find(ReferralId.of(id)).orElseThrow();
  }
}
