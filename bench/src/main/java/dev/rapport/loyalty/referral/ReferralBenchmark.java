package dev.rapport.loyalty.referral;

import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Measures referral codes and the referral engine.
 *
 * <ul>
 *   <li>{@code parse}: {@link ReferralCode#parse} of a code typed in lower case with a hyphen;
 *       {@code parseReference} the same check written the obvious way (strip, upper-case, a regular
 *       expression, {@code String.indexOf} per character for the sum).
 *   <li>{@code lifecycle}: one referral's whole life through {@link ReferralEngine} and an {@link
 *       InMemoryReferralStore} that already holds 10,000 referrals: code used (six standard fraud
 *       rules and a velocity rule run), first order (rules again, a rolling cap counted, two
 *       grants), full refund (two revokes); {@code lifecycleReference} the same three steps as bare
 *       updates of a {@code HashMap}, with no rules, caps, history or validation: what the engine's
 *       safety costs on top of the least a hand-written service would do.
 * </ul>
 *
 * <p>Run with:
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar ReferralBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReferralBenchmark {
  private static final int CODES = 1024;
  private static final int BACKGROUND = 10_000;
  private static final Pattern CODE = Pattern.compile("[2-9A-HJKMNP-Z]{7,30}");
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  private String[] typed;
  private ReferralEngine engine;
  private InMemoryReferralStore store;
  private ReferralParty referrer;
  private ReferralCode code;
  private Map<CustomerId, long[]> referenceState;
  private long next;

  /** Creates the benchmark state; JMH calls {@link #setUp}. */
  public ReferralBenchmark() {}

  /** Draws the codes and makes the engine. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20261124L);
    typed = new String[CODES];
    for (int i = 0; i < CODES; i++) {
      String value = ReferralCode.random(random).value().toLowerCase(Locale.ROOT);
      typed[i] = value.substring(0, 4) + "-" + value.substring(4);
    }
    engine =
        ReferralEngine.of(
            ReferralProgram.builder("bench")
                .referrerReward(Reward.points(500))
                .refereeReward(Reward.points(250))
                .qualification(QualificationRule.firstOrderAtLeast(Money.of("20.00", "EUR")))
                .cap(ReferrerCap.rolling(1_000_000, Duration.ofDays(30)))
                .fraudRule(VelocityRule.perDevice(3, Duration.ofDays(1)))
                .build());
    code = ReferralCode.random(random);
    referrer =
        ReferralParty.builder(CustomerId.of("ana"))
            .email("ana@gmail.com")
            .deviceId("ana-1")
            .build();
  }

  /**
   * Starts each iteration with a store of 10,000 referrals of other referees (the lifecycle adds
   * one referral per operation).
   */
  @Setup(Level.Iteration)
  public void fillStore() {
    store = new InMemoryReferralStore();
    referenceState = new HashMap<>();
    for (int i = 0; i < BACKGROUND; i++) {
      ReferralParty other = ReferralParty.builder(CustomerId.of("referrer-" + i % 100)).build();
      store.apply(
          engine.handle(
              new CodeUsed(
                  T0.minus(Duration.ofDays(60)).plusSeconds(i),
                  ReferralId.of("old-" + i),
                  code,
                  other,
                  ReferralParty.builder(CustomerId.of("old-" + i)).deviceId("d-" + i).build(),
                  false),
              store));
    }
  }

  /** Parses a typed code. */
  @Benchmark
  public ReferralCode parse() {
    return ReferralCode.parse(typed[(int) (next++ & (CODES - 1))]);
  }

  /** The reference: the same check written the obvious way. */
  @Benchmark
  public boolean parseReference() {
    String text = typed[(int) (next++ & (CODES - 1))].replace("-", "").toUpperCase(Locale.ROOT);
    if (!CODE.matcher(text).matches()) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < text.length(); i++) {
      sum += ReferralCode.ALPHABET.indexOf(text.charAt(i)) * (text.length() - i);
    }
    return sum % 31 == 0;
  }

  /** One referral from code use to reward to reversal, through the engine and the store. */
  @Benchmark
  public void lifecycle(Blackhole bh) {
    long n = next++;
    Instant at = T0.plusSeconds(n * 10);
    CustomerId referee = CustomerId.of("new-" + n);
    ReferralParty party =
        ReferralParty.builder(referee)
            .email("friend" + n + "@example.org")
            .deviceId("dev-" + n)
            .build();
    ReferralOutcome used =
        engine.handle(
            new CodeUsed(at, ReferralId.of("new-" + n), code, referrer, party, false), store);
    store.apply(used);
    ReferralOutcome ordered =
        engine.handle(
            OrderPlaced.of(at.plusSeconds(3), referee, "o-" + n, Money.of("35.00", "EUR")), store);
    store.apply(ordered);
    ReferralOutcome refunded =
        engine.handle(
            new OrderRefunded(at.plusSeconds(6), referee, "o-" + n, Money.of("35.00", "EUR")),
            store);
    store.apply(refunded);
    bh.consume(refunded.instructions().size());
  }

  /** The reference: the same three steps as bare map updates. */
  @Benchmark
  public void lifecycleReference(Blackhole bh) {
    long n = next++;
    CustomerId referee = CustomerId.of("new-" + n);
    long[] state = {0, 0};
    referenceState.put(referee, state);
    long[] found = referenceState.get(referee);
    if (35_00 >= 20_00) {
      found[0] = 1;
      found[1] += 750;
    }
    long[] again = referenceState.get(referee);
    if (again[0] == 1) {
      again[0] = 2;
      again[1] -= 750;
    }
    bh.consume(again[1]);
  }
}
