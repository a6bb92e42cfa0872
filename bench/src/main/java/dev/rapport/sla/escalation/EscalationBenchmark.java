package dev.rapport.sla.escalation;

import dev.rapport.core.Channel;
import dev.rapport.core.CustomerId;
import dev.rapport.core.Priority;
import dev.rapport.core.TeamId;
import dev.rapport.core.TicketId;
import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.Assigned;
import dev.rapport.core.ticket.StatusChanged;
import dev.rapport.core.ticket.TicketCreated;
import dev.rapport.core.ticket.TicketTimeline;
import dev.rapport.sla.SlaEngine;
import dev.rapport.sla.SlaMetric;
import dev.rapport.sla.SlaPolicy;
import dev.rapport.sla.SlaPolicySet;
import dev.rapport.sla.SlaTarget;
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
 * The escalation issue's workload: 1,000,000 open tickets, each under a 3-level policy (75% of a
 * one-hour first-response target, its breach, and 30 minutes later the on-call), created at random
 * seconds in the five hours up to a minute before a tick. Each ticket's escalation state and next
 * due instant are those of an evaluation at that minute, so that about 1% of the tickets have a
 * step due in the minute up to the tick (the steps at 45, 60 and 90 minutes after creation are
 * three minutes of the three hundred).
 *
 * <ul>
 *   <li>{@code dueByNextDueAt}: pops the tickets whose {@link EscalationResult#nextDueAt()} has
 *       come from a queue ordered by that instant (a binary heap of primitive arrays, the caller's
 *       own scheduler), evaluates each (its SLA report, then {@link EscalationEngine#due}) and
 *       pushes its new next due instant back: what a scheduler does at each tick.
 *   <li>{@code dueByEvaluatingAll}: the reference, evaluating every ticket at the tick.
 * </ul>
 *
 * <p>Both return the number of steps due; the setup checks that they agree. Run with:
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar EscalationBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EscalationBenchmark {
  private static final int TICKETS = 1_000_000;
  private static final Instant TICK = Instant.parse("2027-03-01T12:00:00Z");
  private static final Instant BEFORE = TICK.minus(Duration.ofMinutes(1));
  private static final long SPREAD_SECONDS = Duration.ofHours(5).getSeconds();

  private SlaEngine sla;
  private EscalationEngine engine;
  private TicketTimeline[] timelines;
  private EscalationState[] states;
  private DueQueue pristine;
  private DueQueue queue;

  /** Creates the benchmark state; JMH calls {@link #setUp}. */
  public EscalationBenchmark() {}

  /** Builds the tickets and evaluates each one minute before the tick. */
  @Setup(Level.Trial)
  public void setUp() {
    sla =
        SlaEngine.of(
            SlaPolicySet.builder()
                .add(
                    SlaPolicy.builder("standard")
                        .target(
                            SlaTarget.builder(SlaMetric.FIRST_RESPONSE, Duration.ofHours(1))
                                .warnings(0.75)
                                .build())
                        .build())
                .build());
    engine =
        EscalationEngine.of(
            EscalationPolicy.builder("first-response")
                .level(
                    EscalationLevel.builder(
                            EscalationTrigger.slaShareConsumed(SlaMetric.FIRST_RESPONSE, 0.75))
                        .notifying(NotifyTarget.assignee())
                        .build())
                .level(
                    EscalationLevel.builder(EscalationTrigger.slaBreached(SlaMetric.FIRST_RESPONSE))
                        .notifying(NotifyTarget.managerOfAssigneeTeam())
                        .actions(EscalationAction.raisePriority(Priority.HIGH))
                        .build())
                .level(
                    EscalationLevel.builder(EscalationTrigger.afterPrevious(Duration.ofMinutes(30)))
                        .clock(DelayClock.WALL)
                        .notifying(NotifyTarget.onCall("support-duty"))
                        .build())
                .build());
    SplittableRandom random = new SplittableRandom(20270301L);
    TeamId support = TeamId.of("support");
    timelines = new TicketTimeline[TICKETS];
    states = new EscalationState[TICKETS];
    pristine = new DueQueue(TICKETS);
    for (int i = 0; i < TICKETS; i++) {
      Instant created = BEFORE.minusSeconds(random.nextLong(SPREAD_SECONDS));
      timelines[i] =
          TicketTimeline.of(
              List.of(
                  new TicketCreated(
                      created,
                      TicketId.of("T-" + i),
                      CustomerId.of("C-" + random.nextInt(100_000)),
                      Channel.EMAIL,
                      Priority.NORMAL),
                  Assigned.toTeam(created, support),
                  new StatusChanged(created, TicketStatus.OPEN)));
      EscalationResult before =
          engine.due(
              timelines[i],
              sla.evaluate(timelines[i], BEFORE),
              EscalationState.initial(timelines[i].ticketId()),
              BEFORE);
      states[i] = before.state();
      if (before.nextDueAt().isPresent()) {
        pristine.push(nanos(before.nextDueAt().get()), i);
      }
    }
    queue = new DueQueue(TICKETS);
    resetQueue();
    int scheduled = dueByNextDueAt();
    int all = dueByEvaluatingAll();
    if (scheduled != all || scheduled == 0) {
      throw new IllegalStateException(
          "both ways must find the same steps, but found " + scheduled + " and " + all);
    }
  }

  /** Restores the queue as it was before the tick. */
  @Setup(Level.Invocation)
  public void resetQueue() {
    queue.copyFrom(pristine);
  }

  /** Evaluates the tickets whose next due instant has come; returns the number of steps. */
  @Benchmark
  public int dueByNextDueAt() {
    long tick = nanos(TICK);
    int steps = 0;
    while (!queue.isEmpty() && queue.peekKey() <= tick) {
      int i = queue.pop();
      EscalationResult result =
          engine.due(timelines[i], sla.evaluate(timelines[i], TICK), states[i], TICK);
      steps += result.steps().size();
      if (result.nextDueAt().isPresent()) {
        queue.push(nanos(result.nextDueAt().get()), i);
      }
    }
    return steps;
  }

  /** Evaluates every ticket at the tick; returns the number of steps. */
  @Benchmark
  public int dueByEvaluatingAll() {
    int steps = 0;
    for (int i = 0; i < TICKETS; i++) {
      steps +=
          engine.due(timelines[i], sla.evaluate(timelines[i], TICK), states[i], TICK).steps().size();
    }
    return steps;
  }

  private static long nanos(Instant instant) {
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }

  /** A binary min-heap of (instant in epoch nanoseconds, ticket index), in primitive arrays. */
  static final class DueQueue {
    private final long[] keys;
    private final int[] values;
    private int size;

    DueQueue(int capacity) {
      keys = new long[capacity];
      values = new int[capacity];
    }

    boolean isEmpty() {
      return size == 0;
    }

    long peekKey() {
      return keys[0];
    }

    void copyFrom(DueQueue other) {
      System.arraycopy(other.keys, 0, keys, 0, other.size);
      System.arraycopy(other.values, 0, values, 0, other.size);
      size = other.size;
    }

    void push(long key, int value) {
      int at = size++;
      while (at > 0) {
        int parent = (at - 1) >>> 1;
        if (keys[parent] <= key) {
          break;
        }
        keys[at] = keys[parent];
        values[at] = values[parent];
        at = parent;
      }
      keys[at] = key;
      values[at] = value;
    }

    int pop() {
      int top = values[0];
      size--;
      long key = keys[size];
      int value = values[size];
      int at = 0;
      while (true) {
        int child = 2 * at + 1;
        if (child >= size) {
          break;
        }
        if (child + 1 < size && keys[child + 1] < keys[child]) {
          child++;
        }
        if (keys[child] >= key) {
          break;
        }
        keys[at] = keys[child];
        values[at] = values[child];
        at = child;
      }
      keys[at] = key;
      values[at] = value;
      return top;
    }

    @Override
    public String toString() {
      return "DueQueue[" + size + " of " + keys.length + "]";
    }
  }
}
