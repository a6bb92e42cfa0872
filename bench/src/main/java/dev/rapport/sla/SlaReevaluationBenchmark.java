package dev.rapport.sla;

import dev.rapport.core.ticket.TicketTimeline;
import dev.rapport.testkit.TimelineGenerators;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Re-evaluates 1,000,000 distinct generated tickets under a changed policy set: what a service desk
 * does after editing its SLA policies (here every target halved, and reselection switched to {@code
 * FROM_CREATION}). The tickets are a realistic mix from {@link TimelineGenerators} (1 to 20 events,
 * every status, replies, reopens, priority and tag changes; about 10 events on average), each
 * evaluated a random time up to a day after its last event. One operation evaluates all of them:
 * {@code parallel} on both cores with a parallel stream, {@code sequential} on one.
 *
 * <p>Run with (the tickets take about 2 GB of heap):
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar SlaReevaluationBenchmark -f 1 -wi 1 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class SlaReevaluationBenchmark {
  private static final int TICKETS = 1_000_000;

  private SlaEngine changed;
  private TicketTimeline[] timelines;
  private Instant[] nows;

  /** Creates the benchmark state; JMH calls {@link #setUp}. */
  public SlaReevaluationBenchmark() {}

  /** Generates the tickets (in parallel, each from its own seed) and the changed policy set. */
  @Setup(Level.Trial)
  public void setUp() {
    changed = SlaEngine.of(SlaBenchmarkData.policies(0.5, Reselection.FROM_CREATION));
    timelines = new TicketTimeline[TICKETS];
    nows = new Instant[TICKETS];
    Function<RandomGenerator, TicketTimeline> generator = TimelineGenerators.timelines(20);
    IntStream.range(0, TICKETS)
        .parallel()
        .forEach(
            i -> {
              SplittableRandom random = new SplittableRandom(20261130L + i);
              timelines[i] = generator.apply(random);
              nows[i] = timelines[i].lastEventAt().plus(Duration.ofMinutes(random.nextInt(1440)));
            });
  }

  /** All tickets, on both cores. */
  @Benchmark
  public long parallel() {
    return IntStream.range(0, TICKETS)
        .parallel()
        .mapToLong(i -> changed.evaluate(timelines[i], nows[i]).measurements().size())
        .sum();
  }

  /** All tickets, on one core. */
  @Benchmark
  public long sequential() {
    long measurements = 0;
    for (int i = 0; i < TICKETS; i++) {
      measurements += changed.evaluate(timelines[i], nows[i]).measurements().size();
    }
    return measurements;
  }
}
