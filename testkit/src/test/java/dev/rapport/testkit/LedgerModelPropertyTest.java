package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.Balance;
import dev.rapport.loyalty.EntryType;
import dev.rapport.loyalty.IdempotencyConflictException;
import dev.rapport.loyalty.IdempotencyKey;
import dev.rapport.loyalty.InsufficientPointsException;
import dev.rapport.loyalty.LedgerEntry;
import dev.rapport.loyalty.LedgerRequest;
import dev.rapport.loyalty.LedgerResult;
import dev.rapport.loyalty.Lot;
import dev.rapport.loyalty.LotChange;
import dev.rapport.loyalty.LoyaltyProgram;
import dev.rapport.loyalty.PointsLedger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Model-based test of {@link PointsLedger}: random sequences of every operation, with retried and
 * reused keys, refunds, rollbacks and expiry sweeps, applied both to the ledger and to the simple
 * {@link LedgerModel}; after every step the two must agree entry by entry and the ledger's
 * invariants must hold.
 */
class LedgerModelPropertyTest {
  private static final CustomerId ACCOUNT = CustomerId.of("M-1");

  @Test
  void randomOperationSequencesMatchTheListModelAndKeepTheInvariants() {
    qt().withExamples(250)
        .withShrinkCycles(200)
        .forAll(QtLoyaltyGens.programs(), integers().between(1, 120), longs().all())
        .checkAssert(LedgerModelPropertyTest::run);
  }

  private static void run(LoyaltyProgram program, int steps, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    PointsLedger ledger = PointsLedger.empty(ACCOUNT);
    LedgerModel model = new LedgerModel();
    Instant now = LoyaltyGenerators.instants().apply(random);
    for (int step = 0; step < steps; step++) {
      now = now.plus(LoyaltyGenerators.gaps().apply(random));
      PointsLedger before = ledger;
      if (random.nextInt(8) == 0) {
        LedgerResult swept = ledger.expire(now);
        assertThat(swept.entries()).as("sweep at %s", now).isEqualTo(model.expire(now));
        assertThat(swept.ledger().expire(now).entries()).as("second sweep").isEmpty();
        ledger = swept.ledger();
      } else {
        LedgerRequest request = LoyaltyGenerators.nextRequests(ledger, now).apply(random);
        ledger = applyBoth(program, ledger, model, request);
      }
      checkInvariants(before, ledger, model, now);
    }
    PointsLedger replayed = PointsLedger.of(ACCOUNT, ledger.entries());
    assertThat(replayed).isEqualTo(ledger);
    assertThat(replayed.balanceAt(now)).isEqualTo(ledger.balanceAt(now));
  }

  private static PointsLedger applyBoth(
      LoyaltyProgram program, PointsLedger ledger, LedgerModel model, LedgerRequest request) {
    LedgerModel.Result expected = model.apply(program, request);
    try {
      LedgerResult result = ledger.apply(program, request);
      assertThat(result.duplicate())
          .as("duplicate of %s", request)
          .isEqualTo(expected.outcome() == LedgerModel.Outcome.DUPLICATE);
      if (expected.outcome() != LedgerModel.Outcome.DUPLICATE) {
        assertThat(expected.outcome())
            .as("outcome of %s", request)
            .isEqualTo(LedgerModel.Outcome.WRITTEN);
      } else {
        assertThat(result.ledger()).isSameAs(ledger);
      }
      assertThat(result.entries()).as("entries of %s", request).isEqualTo(expected.entries());
      return result.ledger();
    } catch (InsufficientPointsException e) {
      assertThat(expected.outcome())
          .as("%s: %s", request, e)
          .isEqualTo(LedgerModel.Outcome.INSUFFICIENT);
      assertThat(e.available()).isEqualTo(expected.available());
    } catch (IdempotencyConflictException e) {
      assertThat(expected.outcome())
          .as("%s: %s", request, e)
          .isEqualTo(LedgerModel.Outcome.CONFLICT);
    } catch (IllegalStateException e) {
      assertThat(expected.outcome())
          .as("%s: %s", request, e)
          .isEqualTo(LedgerModel.Outcome.ILLEGAL_STATE);
    } catch (IllegalArgumentException e) {
      assertThat(expected.outcome())
          .as("%s: %s", request, e)
          .isEqualTo(LedgerModel.Outcome.ILLEGAL_ARGUMENT);
    }
    return ledger;
  }

  private static void checkInvariants(
      PointsLedger before, PointsLedger ledger, LedgerModel model, Instant now) {
    List<LedgerEntry> entries = ledger.entries();
    assertThat(entries).isEqualTo(model.entries);

    // The balance is the sum of the entries, and the balance at any instant adds up to it.
    long sum = 0;
    for (LedgerEntry entry : entries) {
      sum += entry.points();
    }
    assertThat(ledger.balance()).isEqualTo(sum).isEqualTo(model.balance());
    Balance balance = ledger.balanceAt(now);
    assertThat(balance.total()).isEqualTo(sum);
    assertThat(balance.deficit()).isEqualTo(model.deficit()).isNotNegative();
    assertThat(balance.lifetimeEarned()).isEqualTo(model.earned());
    long available = 0;
    long pending = 0;
    long expired = 0;
    List<Long> modelLots = new ArrayList<>();
    for (LedgerModel.ModelLot lot : model.openLots()) {
      modelLots.add((long) lot.id);
      if (lot.pastExpiry(now)) {
        expired += lot.remainder;
      } else if (now.isBefore(lot.availableAt)) {
        pending += lot.remainder;
      } else {
        available += lot.remainder;
      }
    }
    assertThat(balance.available()).isEqualTo(available);
    assertThat(balance.pending()).isEqualTo(pending);
    assertThat(balance.expired()).isEqualTo(expired);
    assertThat(balance.lots()).extracting(Lot::id).isEqualTo(modelLots);
    for (Lot lot : balance.lots()) {
      assertThat(lot.remainder()).isEqualTo(model.lot(lot.id()).remainder);
      assertThat(lot.availableAt()).isEqualTo(model.lot(lot.id()).availableAt);
    }
    // No lot below zero, and while there is a deficit every lot is empty.
    for (LedgerModel.ModelLot lot : model.lots) {
      assertThat(lot.remainder).as("lot %s", lot.id).isNotNegative();
    }
    if (balance.deficit() > 0) {
      assertThat(ledger.lots()).isEmpty();
    }
    // Each lot expires at most once, and for exactly the remainder it had.
    Set<Long> expiredLots = new HashSet<>();
    for (LedgerEntry entry : entries) {
      if (entry.type() == EntryType.EXPIRE) {
        assertThat(expiredLots.add(entry.lotChanges().get(0).lot())).as("expired once").isTrue();
      }
    }
    Map<Long, Long> remainders = new HashMap<>();
    for (Lot lot : before.lots()) {
      remainders.put(lot.id(), lot.remainder());
    }
    for (LedgerEntry entry : entries.subList((int) before.version(), entries.size())) {
      if (entry.type() == EntryType.EXPIRE) {
        LotChange change = entry.lotChanges().get(0);
        assertThat(-change.points()).isEqualTo(remainders.get(change.lot()));
      }
      for (LotChange change : entry.lotChanges()) {
        remainders.merge(change.lot(), change.points(), Long::sum);
      }
      if (entry.type() == EntryType.REDEEM) {
        // A redemption never drives the balance negative.
        assertThat(ledger.balance()).isNotNegative();
      }
    }
    // Clawbacks of an earn never exceed it.
    Map<IdempotencyKey, Long> clawedBack = new HashMap<>();
    for (LedgerEntry entry : entries) {
      LedgerRequest request = entry.request();
      IdempotencyKey earnKey = null;
      if (request instanceof LedgerRequest.Clawback) {
        earnKey = ((LedgerRequest.Clawback) request).earnKey();
      } else if (request instanceof LedgerRequest.PendingCancellation) {
        earnKey = ((LedgerRequest.PendingCancellation) request).earnKey();
      }
      if (earnKey != null) {
        long total = clawedBack.merge(earnKey, -entry.points() + entry.waived(), Long::sum);
        LedgerEntry earn = ledger.find(earnKey).orElseGet(() -> fail("no earn " + entry.request()));
        assertThat(total).as("clawed back of %s", earnKey).isLessThanOrEqualTo(earn.points());
      }
    }
  }
}
