package dev.rapport.sla;

import dev.rapport.core.ticket.TicketTimeline;
import dev.rapport.testkit.MinuteSlaModel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Measures {@link SlaEngine#evaluate} on tickets of 20 events under a policy set with all five
 * metrics (three policies by priority, office hours, three warnings each), against {@link
 * MinuteSlaModel}, the minute-stepping reference the property tests check the engine with, in the
 * same run. One operation evaluates one ticket; the 1,024 timelines are random legal walks on whole
 * minutes (gaps from 0 to 3 days, log-uniform), evaluated a random time up to a day after their
 * last event.
 *
 * <p>Run with:
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar SlaEngineBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SlaEngineBenchmark {
  private static final int TIMELINES = 1024;

  private SlaEngine engine;
  private SlaPolicySet policies;
  private TicketTimeline[] timelines;
  private Instant[] nows;
  private int next;

  /** Creates the benchmark state; JMH calls {@link #setUp}. */
  public SlaEngineBenchmark() {}

  /** Builds the policies and 1,024 timelines of 20 events. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20261130L);
    policies = SlaBenchmarkData.policies(1, Reselection.FROM_CHANGE);
    engine = SlaEngine.of(policies);
    timelines = new TicketTimeline[TIMELINES];
    nows = new Instant[TIMELINES];
    for (int i = 0; i < TIMELINES; i++) {
      timelines[i] = SlaBenchmarkData.timeline(random, 20);
      nows[i] = timelines[i].lastEventAt().plus(Duration.ofMinutes(random.nextInt(24 * 60)));
    }
  }

  /** The engine: one ticket's report. */
  @Benchmark
  public SlaReport evaluate() {
    int i = nextIndex();
    return engine.evaluate(timelines[i], nows[i]);
  }

  /**
   * The engine on the first 16 tickets only, cycled: the processor learns their branches, so the
   * gap to {@link #evaluate} is what mispredicted branches and cache misses cost on tickets it has
   * not seen just before.
   */
  @Benchmark
  public SlaReport evaluateSixteenCycled() {
    int i = nextIndex() & 15;
    return engine.evaluate(timelines[i], nows[i]);
  }

  /** The reference: the same ticket stepped minute by minute. */
  @Benchmark
  public List<MinuteSlaModel.Expected> minuteModel() {
    int i = nextIndex();
    return MinuteSlaModel.evaluate(policies, timelines[i], nows[i]);
  }

  private int nextIndex() {
    int i = next;
    next = (i + 1) % TIMELINES;
    return i;
  }
}
