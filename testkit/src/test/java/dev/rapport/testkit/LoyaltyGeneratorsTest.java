package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.Activity;
import dev.rapport.loyalty.EntryType;
import dev.rapport.loyalty.ExpiryPolicy;
import dev.rapport.loyalty.LedgerEntry;
import dev.rapport.loyalty.LedgerRequest;
import dev.rapport.loyalty.LoyaltyProgram;
import dev.rapport.loyalty.PointsLedger;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class LoyaltyGeneratorsTest {

  @Test
  void aSeededSourceRepeatsItsValues() {
    for (Function<RandomGenerator, ?> generator :
        java.util.List.<Function<RandomGenerator, ?>>of(
            LoyaltyGenerators.programs(),
            LoyaltyGenerators.earningPrograms(),
            LoyaltyGenerators.purchases(),
            LoyaltyGenerators.memberEvents(),
            LoyaltyGenerators.money(),
            LoyaltyGenerators.instants(),
            LoyaltyGenerators.accounts())) {
      assertThat(generator.apply(new SplittableRandom(7)).toString())
          .isEqualTo(generator.apply(new SplittableRandom(7)).toString());
    }
  }

  @Test
  void programsCoverEveryOption() {
    SplittableRandom random = new SplittableRandom(1);
    Set<ExpiryPolicy.Kind> expiries = EnumSet.noneOf(ExpiryPolicy.Kind.class);
    Set<Object> options = new HashSet<>();
    boolean tiers = false;
    boolean everyRuleKind = false;
    for (int i = 0; i < 300; i++) {
      LoyaltyProgram program = LoyaltyGenerators.earningPrograms().apply(random);
      expiries.add(program.expiry().kind());
      options.add(program.clawback());
      options.add(program.rollbackExpiry());
      options.add(program.pendingDays() > 0);
      tiers |= program.tiers().isPresent();
      everyRuleKind |=
          program.rules().stream().map(rule -> rule.getClass()).distinct().count() == 4;
    }
    assertThat(expiries).containsExactlyInAnyOrder(ExpiryPolicy.Kind.values());
    assertThat(options).hasSize(6);
    assertThat(tiers).isTrue();
    assertThat(everyRuleKind).isTrue();
  }

  @Test
  void nextRequestsCoverEveryKindAndRetriesAndConflicts() {
    SplittableRandom random = new SplittableRandom(3);
    LoyaltyProgram program = LoyaltyGenerators.programs().apply(random);
    PointsLedger ledger = PointsLedger.empty(CustomerId.of("M-1"));
    Instant now = Instant.parse("2025-01-01T00:00:00Z");
    Set<EntryType> kinds = EnumSet.noneOf(EntryType.class);
    int retries = 0;
    int reuses = 0;
    for (int i = 0; i < 2000; i++) {
      now = now.plusSeconds(3600 * (1 + random.nextInt(48)));
      LedgerRequest request = LoyaltyGenerators.nextRequests(ledger, now).apply(random);
      kinds.add(request.type());
      java.util.Optional<LedgerEntry> earlier = ledger.find(request.key());
      if (earlier.isPresent()) {
        if (earlier.get().request().equals(request)) {
          retries++;
        } else {
          reuses++;
        }
      }
      try {
        ledger = ledger.apply(program, request).ledger();
      } catch (IllegalStateException | IllegalArgumentException rejected) {
        // Rejections are part of what the generator makes.
      }
    }
    kinds.add(EntryType.EXPIRE);
    assertThat(kinds).containsExactlyInAnyOrder(EntryType.values());
    assertThat(retries).isPositive();
    assertThat(reuses).isPositive();
  }

  @Test
  void ledgersGrowAndStayReplayable() {
    SplittableRandom random = new SplittableRandom(5);
    LoyaltyProgram program = LoyaltyGenerators.programs().apply(random);

    PointsLedger ledger =
        LoyaltyGenerators.ledgers(program, CustomerId.of("M-2"), 60).apply(random);

    assertThat(PointsLedger.of(ledger.account(), ledger.entries())).isEqualTo(ledger);
    assertThat(LoyaltyGenerators.ledgers(program, CustomerId.of("M-2"), 0).apply(random).version())
        .isZero();
    assertThatThrownBy(() -> LoyaltyGenerators.ledgers(program, CustomerId.of("M-2"), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxSteps must not be negative, but was -1");
  }

  @Test
  void purchasesAndEventsAreValid() {
    SplittableRandom random = new SplittableRandom(9);
    for (int i = 0; i < 200; i++) {
      Activity.Purchase purchase = LoyaltyGenerators.purchases().apply(random);
      assertThat(purchase.items()).hasSizeBetween(1, 5);
      assertThat(purchase.total().currency()).isEqualTo(LoyaltyGenerators.USD);
      assertThat(LoyaltyGenerators.memberEvents().apply(random).at())
          .isAfter(Instant.parse("2023-12-31T23:59:59Z"));
    }
  }
}
