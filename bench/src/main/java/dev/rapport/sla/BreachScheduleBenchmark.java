package dev.rapport.sla;

import dev.rapport.core.TicketId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
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
 * Measures {@link BreachSchedule} holding 1,000,000 tickets with deadlines spread over 30 days,
 * against a simple reference in the same run: a {@link TreeMap} ordered by (instant, ticket id)
 * with a {@link HashMap} from ticket to its key, as a caller would write it with the JDK.
 *
 * <ul>
 *   <li>{@code update}: one ticket's deadline moves to a new random instant;
 *   <li>{@code dueUntil}: the clock advances by 2.6 seconds (about one deadline), the due entries
 *       are taken and each is scheduled again 30 days later, so the size stays 1,000,000.
 * </ul>
 *
 * <p>Heap use is measured by {@link BreachScheduleFootprint}. Run with:
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar BreachScheduleBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(jvmArgsAppend = {"-Xmx2g"})
public class BreachScheduleBenchmark {
  static final int TICKETS = 1_000_000;
  static final Instant START = Instant.parse("2026-12-01T00:00:00Z");
  static final long SPREAD_SECONDS = 30L * 24 * 3600;

  private TicketId[] ids;
  private BreachSchedule schedule;
  private TreeMap<Key, SlaDeadline> reference;
  private Map<TicketId, Key> referenceIndex;
  private SplittableRandom random;
  private Instant clock;
  private Instant referenceClock;

  /** Creates the benchmark state; JMH calls {@link #setUp}. */
  public BreachScheduleBenchmark() {}

  /** The reference's key: a deadline's instant, then the ticket id. */
  record Key(Instant at, TicketId ticketId) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      int byInstant = at.compareTo(other.at);
      return byInstant != 0 ? byInstant : ticketId.compareTo(other.ticketId);
    }
  }

  /** Fills the schedule and the reference with the same 1,000,000 deadlines. */
  @Setup(Level.Trial)
  public void setUp() {
    random = new SplittableRandom(20261130L);
    ids = ids(TICKETS);
    schedule = BreachSchedule.withExpectedSize(TICKETS);
    reference = new TreeMap<>();
    referenceIndex = new HashMap<>();
    for (TicketId id : ids) {
      SlaDeadline deadline = randomDeadline(random, START);
      schedule.put(id, deadline);
      referencePut(id, deadline);
    }
    clock = START;
    referenceClock = START;
  }

  static TicketId[] ids(int count) {
    TicketId[] ids = new TicketId[count];
    for (int i = 0; i < count; i++) {
      ids[i] = TicketId.of("T-" + i);
    }
    return ids;
  }

  static SlaDeadline randomDeadline(SplittableRandom random, Instant from) {
    return new SlaDeadline(
        from.plusSeconds(random.nextLong(SPREAD_SECONDS)),
        SlaMetric.values()[random.nextInt(5)],
        1,
        random.nextBoolean() ? 1.0 : 0.75);
  }

  /** One ticket's deadline moves. */
  @Benchmark
  public int update() {
    schedule.put(ids[random.nextInt(TICKETS)], randomDeadline(random, START));
    return schedule.size();
  }

  /** The reference: one ticket's deadline moves. */
  @Benchmark
  public int referenceUpdate() {
    referencePut(ids[random.nextInt(TICKETS)], randomDeadline(random, START));
    return reference.size();
  }

  /** The clock advances 2.6 s; what is due is taken and scheduled again 30 days on. */
  @Benchmark
  public int dueUntil() {
    clock = clock.plusMillis(2600);
    List<BreachSchedule.Due> due = schedule.dueUntil(clock);
    for (BreachSchedule.Due entry : due) {
      schedule.put(entry.ticketId(), randomDeadline(random, clock.plusSeconds(SPREAD_SECONDS)));
    }
    return due.size();
  }

  /** The reference: the same with the tree map. */
  @Benchmark
  public int referenceDueUntil() {
    referenceClock = referenceClock.plusMillis(2600);
    int count = 0;
    while (!reference.isEmpty() && !reference.firstKey().at().isAfter(referenceClock)) {
      Map.Entry<Key, SlaDeadline> first = reference.pollFirstEntry();
      referenceIndex.remove(first.getKey().ticketId());
      referencePut(
          first.getKey().ticketId(),
          randomDeadline(random, referenceClock.plusSeconds(SPREAD_SECONDS)));
      count++;
    }
    return count;
  }

  private void referencePut(TicketId id, SlaDeadline deadline) {
    Key old = referenceIndex.remove(id);
    if (old != null) {
      reference.remove(old);
    }
    Key key = new Key(deadline.at(), id);
    reference.put(key, deadline);
    referenceIndex.put(id, key);
  }
}
