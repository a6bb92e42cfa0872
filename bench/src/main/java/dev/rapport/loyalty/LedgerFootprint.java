package dev.rapport.loyalty;

import dev.rapport.core.CustomerId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;

/**
 * Measures the heap an in-memory {@link PointsLedger} with 50 entries takes: builds 20,000 such
 * accounts (35 earns with an order amount, 10 redemptions, 3 partial refunds, 2 manual credits,
 * each with its own key and source), and divides the growth of the used heap, after garbage
 * collection, by the number of accounts. The entries are counted with the ledger: they are its
 * history. Run with:
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar dev.rapport.loyalty.LedgerFootprint
 * </pre>
 */
public final class LedgerFootprint {
  private static final int ACCOUNTS = 20_000;

  private LedgerFootprint() {}

  /** Prints the bytes per account. */
  public static void main(String[] args) {
    LoyaltyProgram program =
        LoyaltyProgram.builder("Footprint", ZoneId.of("Europe/Paris"), Currency.getInstance("USD"))
            .expiry(ExpiryPolicy.rollingDays(365))
            .build();
    long before = usedHeap();
    PointsLedger[] ledgers = new PointsLedger[ACCOUNTS];
    for (int i = 0; i < ACCOUNTS; i++) {
      ledgers[i] = build(program, i);
    }
    long after = usedHeap();
    long entries = 0;
    for (PointsLedger ledger : ledgers) {
      entries += ledger.version();
    }
    System.out.printf(
        "%d accounts, %.1f entries each: %,d bytes per account, %,d bytes per entry%n",
        ACCOUNTS,
        (double) entries / ACCOUNTS,
        (after - before) / ACCOUNTS,
        (after - before) / entries);
  }

  private static PointsLedger build(LoyaltyProgram program, int account) {
    PointsLedger ledger = PointsLedger.empty(CustomerId.of("member-" + account));
    Instant at = Instant.parse("2025-01-01T10:00:00Z").plusSeconds(account);
    int refunds = 0;
    IdempotencyKey lastEarn = null;
    for (int n = 0; n < 50; n++) {
      at = at.plusSeconds(86_400 * 3);
      String key = "M" + account + "-" + n;
      Origin origin =
          new Origin(
              IdempotencyKey.of(key), at, SourceRef.order("O-" + key), "purchase", Actor.system());
      LedgerRequest request;
      if (n % 5 == 4) {
        request = LedgerRequest.redeem(origin, 20);
      } else if (n % 16 == 15 && refunds < 3) {
        refunds++;
        request = LedgerRequest.refund(origin, lastEarn, Money.of("3.00", "USD"));
      } else if (n >= 48) {
        request = LedgerRequest.credit(origin, 15);
      } else {
        request = LedgerRequest.earn(origin, 120, Money.of("12.00", "USD"));
        lastEarn = origin.key();
      }
      ledger = ledger.apply(program, request).ledger();
    }
    return ledger;
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }
}
