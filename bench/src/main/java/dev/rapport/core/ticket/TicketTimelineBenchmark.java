package dev.rapport.core.ticket;

import dev.rapport.core.AgentId;
import dev.rapport.core.Channel;
import dev.rapport.core.CustomerId;
import dev.rapport.core.Priority;
import dev.rapport.core.TeamId;
import dev.rapport.core.TicketId;
import dev.rapport.core.TicketStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Measures {@link TicketTimeline} on 20-event timelines, the size the SLA engine is sized for
 * (500,000 timelines a second): state queries against a per-query replay of the events (the simple
 * reference), a full replay through {@link TicketTimeline#stateAfter}, and building a timeline from
 * its events.
 *
 * <p>Each operation handles one timeline: 20 state queries at instants spread over its life, one
 * replay, or one build. Run with:
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar TicketTimelineBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TicketTimelineBenchmark {
  private static final int TIMELINES = 1024;
  private static final int QUERIES = 20;

  private List<List<TicketEvent>> eventLists;
  private TicketTimeline[] timelines;
  private Instant[][] queries;
  private int next;

  /** Creates the benchmark state; JMH calls {@link #setUp}. */
  public TicketTimelineBenchmark() {}

  /** Builds 1024 timelines of 20 events with random gaps, and 20 query instants for each. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20261123L);
    eventLists = new ArrayList<>();
    timelines = new TicketTimeline[TIMELINES];
    queries = new Instant[TIMELINES][QUERIES];
    for (int i = 0; i < TIMELINES; i++) {
      List<TicketEvent> events = script(random, i);
      eventLists.add(events);
      timelines[i] = TicketTimeline.of(events);
      Instant first = events.get(0).at();
      long span = events.get(events.size() - 1).at().getEpochSecond() - first.getEpochSecond();
      for (int q = 0; q < QUERIES; q++) {
        queries[i][q] = first.plusSeconds(random.nextLong(span + 1));
      }
    }
  }

  /** 20 queries of status, priority and tags through the precomputed states. */
  @Benchmark
  public void stateAt(Blackhole blackhole) {
    int i = nextIndex();
    TicketTimeline timeline = timelines[i];
    for (Instant instant : queries[i]) {
      TicketState state = timeline.stateAt(instant);
      blackhole.consume(state.status());
      blackhole.consume(state.priority());
      blackhole.consume(state.tags());
    }
  }

  /** The reference: the same 20 queries, each replaying the events from the start. */
  @Benchmark
  public void stateAtByReplay(Blackhole blackhole) {
    int i = nextIndex();
    List<TicketEvent> events = eventLists.get(i);
    for (Instant instant : queries[i]) {
      replay(events, instant, blackhole);
    }
  }

  /** One pass over the events with the state after each, as an SLA engine replays. */
  @Benchmark
  public void replayWithStateAfter(Blackhole blackhole) {
    TicketTimeline timeline = timelines[nextIndex()];
    List<TicketEvent> events = timeline.events();
    for (int e = 0; e < events.size(); e++) {
      blackhole.consume(events.get(e).at());
      blackhole.consume(timeline.stateAfter(e).status());
    }
  }

  /** Validating 20 events into a timeline. */
  @Benchmark
  public TicketTimeline buildFromList() {
    return TicketTimeline.of(eventLists.get(nextIndex()));
  }

  /** Growing the same timeline one append at a time (each append copies: O(n^2) in all). */
  @Benchmark
  public TicketTimeline buildByAppending() {
    List<TicketEvent> events = eventLists.get(nextIndex());
    TicketTimeline timeline = TicketTimeline.of((TicketCreated) events.get(0));
    for (int e = 1; e < events.size(); e++) {
      timeline = timeline.append(events.get(e));
    }
    return timeline;
  }

  private int nextIndex() {
    int i = next;
    next = (i + 1) % TIMELINES;
    return i;
  }

  /**
   * The reference: a per-query replay in plain local variables, as a caller without precomputed
   * states would write it (no validation, no allocation but the tag set).
   */
  private static void replay(List<TicketEvent> events, Instant instant, Blackhole blackhole) {
    TicketCreated created = (TicketCreated) events.get(0);
    TicketStatus status = TicketStatus.NEW;
    Priority priority = created.priority();
    Set<String> tags = new HashSet<>(created.tags());
    Object agent = null;
    Object team = null;
    for (TicketEvent event : events) {
      if (event.at().isAfter(instant)) {
        break;
      } else if (event instanceof StatusChanged) {
        status = ((StatusChanged) event).to();
      } else if (event instanceof Reopened) {
        status = TicketStatus.OPEN;
      } else if (event instanceof PriorityChanged) {
        priority = ((PriorityChanged) event).to();
      } else if (event instanceof Assigned) {
        agent = ((Assigned) event).agentId();
        team = ((Assigned) event).teamId();
      } else if (event instanceof TagsChanged) {
        tags.addAll(((TagsChanged) event).added());
        tags.removeAll(((TagsChanged) event).removed());
      }
    }
    blackhole.consume(status);
    blackhole.consume(priority);
    blackhole.consume(tags);
    blackhole.consume(agent);
    blackhole.consume(team);
  }

  /** A legal 20-event life of ticket {@code n}, with gaps of 1 second to 1 day. */
  private static List<TicketEvent> script(SplittableRandom random, int n) {
    AgentId ana = AgentId.of("ana");
    TeamId support = TeamId.of("support");
    Instant[] at = new Instant[20];
    at[0] = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextLong(300L * 86_400));
    for (int e = 1; e < at.length; e++) {
      at[e] = at[e - 1].plusSeconds(1 + random.nextLong(86_400));
    }
    return List.of(
        new TicketCreated(
            at[0],
            TicketId.of("T-" + n),
            CustomerId.of("C-" + n),
            Channel.EMAIL,
            Priority.NORMAL,
            Set.of("billing"),
            Optional.of("enterprise")),
        Assigned.toTeam(at[1], support),
        new StatusChanged(at[2], TicketStatus.OPEN),
        AgentReply.publicReply(at[3], ana),
        new StatusChanged(at[4], TicketStatus.PENDING_CUSTOMER),
        new CustomerMessage(at[5]),
        new StatusChanged(at[6], TicketStatus.OPEN),
        new PriorityChanged(at[7], Priority.HIGH),
        TagsChanged.adding(at[8], "vip"),
        AgentReply.internalNote(at[9], ana),
        Assigned.to(at[10], ana, support),
        new Acknowledged(at[11], ana),
        AgentReply.publicReply(at[12], ana),
        new StatusChanged(at[13], TicketStatus.SOLVED),
        new CustomerMessage(at[14]),
        new Reopened(at[15]),
        new StatusChanged(at[16], TicketStatus.ON_HOLD),
        new StatusChanged(at[17], TicketStatus.OPEN),
        AgentReply.publicReply(at[18], ana),
        new StatusChanged(at[19], TicketStatus.SOLVED));
  }
}
