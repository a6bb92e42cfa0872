package dev.rapport.loyalty;

import dev.rapport.core.CustomerId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An expiry sweep over 1,000,000 accounts held in memory, one {@code expire(now)} per account.
 * Every account has three entries: an earn of 100 points expiring after 30 days, an earn of 50 that
 * never expires, and a redemption of 40 from the first; the sweep runs after the 30 days, so every
 * account writes one expire entry (of 60 points). {@code sweepAllDue} sweeps the {@link
 * PointsLedger}s, keeping the new ledgers; {@code sweepNoneDue} sweeps them a day before anything
 * is due (the common case of a daily sweep); {@code sweepListReference} sweeps {@link ListLedger}s,
 * copied before each sweep outside the measurement. One operation is one sweep of all accounts.
 *
 * <p>Needs about 3 GB of heap. Run with:
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar ExpirySweepBenchmark -f 1 -wi 2 -i 5
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms5g", "-Xmx5g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class ExpirySweepBenchmark {
  private static final int ACCOUNTS = 1_000_000;
  private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  private static final Instant START = Instant.parse("2025-03-01T10:00:00Z");
  private static final Instant DUE = Instant.parse("2025-04-15T00:00:00Z");
  private static final Instant NOTHING_DUE = Instant.parse("2025-03-20T00:00:00Z");

  private PointsLedger[] ledgers;
  private PointsLedger[] swept;

  /**
   * The reference accounts, in their own state so that only the reference's fork builds them.
   */
  @State(Scope.Thread)
  public static class Reference {
    private ListLedger[] base;
    private ListLedger[] accounts;

    /** Creates the state; JMH calls {@link #setUp}. */
    public Reference() {}

    /** Builds the million reference accounts. */
    @Setup(Level.Trial)
    public void setUp() {
      base = new ListLedger[ACCOUNTS];
      accounts = new ListLedger[ACCOUNTS];
      for (int i = 0; i < ACCOUNTS; i++) {
        Instant at = START.plusSeconds(i % 86_400);
        String prefix = "M" + i + "/";
        ListLedger list = new ListLedger(ExpiryPolicy.rollingDays(30), ZONE);
        list.earn(prefix + "e1", at, 100);
        list.redeem(prefix + "r", at, 40);
        base[i] = list;
      }
    }

    /** Copies the reference accounts, which a sweep changes, before each sweep. */
    @Setup(Level.Iteration)
    public void copy() {
      for (int i = 0; i < ACCOUNTS; i++) {
        accounts[i] = base[i].copy();
      }
    }
  }

  /** Creates the benchmark state; JMH calls {@link #setUp}. */
  public ExpirySweepBenchmark() {}

  /** Builds the million accounts. */
  @Setup(Level.Trial)
  public void setUp() {
    Currency usd = Currency.getInstance("USD");
    LoyaltyProgram expiring =
        LoyaltyProgram.builder("Bench", ZONE, usd).expiry(ExpiryPolicy.rollingDays(30)).build();
    LoyaltyProgram forever = LoyaltyProgram.builder(expiring).expiry(ExpiryPolicy.none()).build();
    ledgers = new PointsLedger[ACCOUNTS];
    swept = new PointsLedger[ACCOUNTS];
    for (int i = 0; i < ACCOUNTS; i++) {
      Instant at = START.plusSeconds(i % 86_400);
      String prefix = "M" + i + "/";
      PointsLedger ledger = PointsLedger.empty(CustomerId.of("M" + i));
      ledger = ledger.apply(expiring, LedgerRequest.earn(origin(prefix + "e1", at), 100)).ledger();
      ledger = ledger.apply(forever, LedgerRequest.earn(origin(prefix + "e2", at), 50)).ledger();
      ledger = ledger.apply(forever, LedgerRequest.redeem(origin(prefix + "r", at), 40)).ledger();
      ledgers[i] = ledger;
    }
  }

  private static Origin origin(String key, Instant at) {
    return new Origin(IdempotencyKey.of(key), at, SourceRef.order(key), "bench", Actor.system());
  }

  /** Sweeps every account when every account has a lot to expire. */
  @Benchmark
  public long sweepAllDue() {
    return sweep(DUE);
  }

  /** Sweeps every account when no account has a lot to expire. */
  @Benchmark
  public long sweepNoneDue() {
    return sweep(NOTHING_DUE);
  }

  private long sweep(Instant now) {
    long written = 0;
    for (int i = 0; i < ACCOUNTS; i++) {
      LedgerResult result = ledgers[i].expire(now);
      written += result.entries().size();
      swept[i] = result.ledger();
    }
    return written;
  }

  /** Sweeps every reference account when every account has a lot to expire. */
  @Benchmark
  public long sweepListReference(Reference reference) {
    long written = 0;
    for (int i = 0; i < ACCOUNTS; i++) {
      written += reference.accounts[i].expire(DUE);
    }
    return written;
  }
}
