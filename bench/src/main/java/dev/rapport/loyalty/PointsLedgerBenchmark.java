package dev.rapport.loyalty;

import dev.rapport.core.CustomerId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Earn and redeem on an account with 100 open lots: each invocation earns 10 points (a new lot,
 * latest expiry) and redeems 10 (taking the soonest-expiring lot), so the account keeps 100 lots.
 * {@code earnAndRedeem} does it with {@link PointsLedger} (persistent: each write returns a new
 * ledger); {@code earnAndRedeemListReference} with {@link ListLedger}, a mutable list-based account
 * that sorts its lots on each redemption. Both run through a ring of 4,096 pre-built request pairs
 * with distinct keys; at the end of the ring the account goes back to its 100-lot start (free for
 * the persistent ledger, a copy for the reference), so histories stay under 8,300 entries.
 *
 * <p>One invocation is two operations (an earn and a redemption); JMH reports operations. Run with:
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar PointsLedgerBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PointsLedgerBenchmark {
  private static final int LOTS = 100;
  private static final int RING = 4096;
  private static final Currency USD = Currency.getInstance("USD");
  private static final ZoneId ZONE = ZoneId.of("America/New_York");
  private static final Instant START = Instant.parse("2025-01-01T15:00:00Z");

  private LoyaltyProgram program;
  private PointsLedger base;
  private PointsLedger ledger;
  private LedgerRequest[] earns;
  private LedgerRequest[] redeems;
  private ListLedger referenceBase;
  private ListLedger reference;
  private String[] earnKeys;
  private String[] redeemKeys;
  private Instant[] instants;
  private int next;
  private int referenceNext;

  /** Creates the benchmark state; JMH calls {@link #setUp}. */
  public PointsLedgerBenchmark() {}

  /** Builds the 100-lot account both ways and the ring of requests. */
  @Setup(Level.Trial)
  public void setUp() {
    program =
        LoyaltyProgram.builder("Bench", ZONE, USD).expiry(ExpiryPolicy.rollingDays(365)).build();
    base = PointsLedger.empty(CustomerId.of("bench"));
    referenceBase = new ListLedger(program.expiry(), ZONE);
    for (int i = 0; i < LOTS; i++) {
      Instant at = START.plusSeconds(600L * i);
      base = base.apply(program, LedgerRequest.earn(origin("start-" + i, at), 10)).ledger();
      referenceBase.earn("start-" + i, at, 10);
    }
    earns = new LedgerRequest[RING];
    redeems = new LedgerRequest[RING];
    earnKeys = new String[RING];
    redeemKeys = new String[RING];
    instants = new Instant[RING];
    for (int i = 0; i < RING; i++) {
      Instant at = START.plusSeconds(600L * (LOTS + i));
      instants[i] = at;
      earnKeys[i] = "order-" + i + "/earn";
      redeemKeys[i] = "order-" + i + "/redeem";
      earns[i] = LedgerRequest.earn(origin(earnKeys[i], at), 10);
      redeems[i] = LedgerRequest.redeem(origin(redeemKeys[i], at), 10);
    }
    ledger = base;
    reference = referenceBase.copy();
  }

  private static Origin origin(String key, Instant at) {
    return new Origin(IdempotencyKey.of(key), at, SourceRef.order(key), "bench", Actor.system());
  }

  /** One earn and one redemption with {@link PointsLedger}. */
  @Benchmark
  @OperationsPerInvocation(2)
  public PointsLedger earnAndRedeem() {
    int i = next;
    PointsLedger current = ledger.apply(program, earns[i]).ledger();
    current = current.apply(program, redeems[i]).ledger();
    if (++i == RING) {
      i = 0;
      current = base;
    }
    next = i;
    ledger = current;
    return current;
  }

  /** One earn and one redemption with the list-based reference. */
  @Benchmark
  @OperationsPerInvocation(2)
  public ListLedger earnAndRedeemListReference() {
    int i = referenceNext;
    reference.earn(earnKeys[i], instants[i], 10);
    reference.redeem(redeemKeys[i], instants[i], 10);
    if (++i == RING) {
      i = 0;
      reference = referenceBase.copy();
    }
    referenceNext = i;
    return reference;
  }
}
