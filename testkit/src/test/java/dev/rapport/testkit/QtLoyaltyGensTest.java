package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.LoyaltyProgram;
import dev.rapport.loyalty.PointsLedger;
import org.junit.jupiter.api.Test;

class QtLoyaltyGensTest {

  @Test
  void generatesValidValues() {
    qt().withExamples(50)
        .forAll(
            QtLoyaltyGens.earningPrograms(),
            QtLoyaltyGens.purchases(),
            QtLoyaltyGens.memberEvents(),
            QtLoyaltyGens.money())
        .checkAssert(
            (program, purchase, event, money) -> {
              assertThat(program.rules()).isNotEmpty();
              assertThat(purchase.items()).isNotEmpty();
              assertThat(event.kind()).isNotNull();
              assertThat(money.amount().signum()).isPositive();
            });
  }

  @Test
  void ledgersAreDescribedByTheirEntries() {
    LoyaltyProgram program = LoyaltyGenerators.programs().apply(new java.util.SplittableRandom(1));
    qt().withExamples(30)
        .forAll(QtLoyaltyGens.ledgers(program, CustomerId.of("M-3"), 20), QtLoyaltyGens.programs())
        .checkAssert(
            (ledger, other) -> {
              assertThat(PointsLedger.of(ledger.account(), ledger.entries())).isEqualTo(ledger);
              assertThat(other.currency()).isEqualTo(LoyaltyGenerators.USD);
            });
  }
}
