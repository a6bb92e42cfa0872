package dev.rapport.testkit;

import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.Acknowledged;
import dev.rapport.core.ticket.AgentReply;
import dev.rapport.core.ticket.Assigned;
import dev.rapport.core.ticket.CustomerMessage;
import dev.rapport.core.ticket.Merged;
import dev.rapport.core.ticket.PriorityChanged;
import dev.rapport.core.ticket.Reopened;
import dev.rapport.core.ticket.StatusChanged;
import dev.rapport.core.ticket.StatusInterval;
import dev.rapport.core.ticket.TagsChanged;
import dev.rapport.core.ticket.TicketCreated;
import dev.rapport.core.ticket.TicketEvent;
import dev.rapport.core.ticket.TicketState;
import dev.rapport.core.ticket.TicketTimeline;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.sla.Measurement;
import dev.rapport.sla.MeasurementState;
import dev.rapport.sla.Reselection;
import dev.rapport.sla.SlaMetric;
import dev.rapport.sla.SlaPolicy;
import dev.rapport.sla.SlaPolicySet;
import dev.rapport.sla.SlaTarget;
import dev.rapport.sla.SlaWarning;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A deliberately simple reference model of {@link dev.rapport.sla.SlaEngine}, for property tests
 * and benchmarks: the engine's rules written plainly, with business time counted by stepping minute
 * by minute and asking the calendar {@code isOpen} at each minute (never {@code between} or {@code
 * plus}), and every measurement stepped again from its start whenever it is needed.
 *
 * <p>It needs every event, {@code now}, calendar boundary and target duration on whole minutes
 * ({@link #wholeMinutes} moves a timeline there); within a minute the elapsed time grows linearly,
 * so thresholds inside a minute (a warning at a third of 10 minutes) get exact instants. It is slow
 * by design: its cost grows with the minutes a ticket spans.
 *
 * <p>Not thread-safe per evaluation, but {@link #evaluate} makes a new model for each call, so the
 * static methods are thread-safe.
 */
public final class MinuteSlaModel {
  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final long MINUTE_NANOS = MINUTE.toNanos();

  /**
   * What the model expects of one measurement: the components of a {@link Measurement} it computes,
   * with the achieved or breached instant as {@code outcomeAt} and warnings as instants. {@link
   * #of(Measurement)} projects an engine's measurement for comparison. Immutable and thread-safe.
   *
   * @param metric the metric
   * @param cycle the cycle, from 1
   * @param policy the policy's name
   * @param state the state
   * @param startedAt where the measurement counts from
   * @param stoppedAt when it stopped, if it did
   * @param elapsed the business time the clock ran
   * @param paused the business time the clock was paused
   * @param dueAt the due instant, if the state has one
   * @param outcomeAt the achieved or breached instant
   * @param warnings the instants of the warnings crossed
   * @param nextWarning the instant of the next warning, while running
   */
  public record Expected(
      SlaMetric metric,
      int cycle,
      String policy,
      MeasurementState state,
      Instant startedAt,
      Optional<Instant> stoppedAt,
      Duration elapsed,
      Duration paused,
      Optional<Instant> dueAt,
      Optional<Instant> outcomeAt,
      List<Instant> warnings,
      Optional<Instant> nextWarning) {

    /** Returns the projection of an engine's measurement. */
    public static Expected of(Measurement m) {
      return new Expected(
          m.metric(),
          m.cycle(),
          m.policy(),
          m.state(),
          m.startedAt(),
          m.stoppedAt(),
          m.elapsed(),
          m.paused(),
          m.dueAt(),
          m.achievedAt().or(m::breachedAt),
          m.warnings().stream().map(SlaWarning::at).toList(),
          m.nextWarning().map(SlaWarning::at));
    }
  }

  /** A measurement being worked out. */
  private static final class Sk {
    final SlaMetric metric;
    final int cycle;
    final Instant from;
    SlaTarget target;
    String policy;
    Instant clamp;
    Instant stop;
    boolean responded;
    boolean dropped;

    Sk(SlaMetric metric, int cycle, Instant from) {
      this.metric = metric;
      this.cycle = cycle;
      this.from = from;
    }
  }

  /** The result of stepping a measurement's minutes. */
  private static final class Steps {
    long elapsed;
    long paused;
    final List<Instant> crossings = new ArrayList<>();
  }

  private final SlaPolicySet policies;
  private final TicketTimeline timeline;
  private final Instant now;
  private final Map<BusinessCalendar, Map<Instant, Boolean>> open = new HashMap<>();

  private final List<Sk> all = new ArrayList<>();
  private final List<Sk> pending = new ArrayList<>();
  private final Map<SlaMetric, Sk> current = new EnumMap<>(SlaMetric.class);
  private final Map<SlaMetric, Instant> cycleStart = new EnumMap<>(SlaMetric.class);
  private final Map<SlaMetric, Integer> cycles = new EnumMap<>(SlaMetric.class);
  private final Map<SlaMetric, Sk> lost = new EnumMap<>(SlaMetric.class);
  private boolean replied;
  private SlaPolicy policy;

  private MinuteSlaModel(SlaPolicySet policies, TicketTimeline timeline, Instant now) {
    this.policies = policies;
    this.timeline = timeline;
    this.now = now;
  }

  /**
   * Returns what the engine should report for {@code timeline} at {@code now} under {@code
   * policies}, measurement by measurement in the report's order.
   */
  public static List<Expected> evaluate(
      SlaPolicySet policies, TicketTimeline timeline, Instant now) {
    Objects.requireNonNull(policies, "policies");
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(now, "now");
    return new MinuteSlaModel(policies, timeline, now).run();
  }

  private List<Expected> run() {
    TreeMap<Instant, List<TicketEvent>> byInstant = new TreeMap<>();
    for (TicketEvent event : timeline.events()) {
      if (!event.at().isAfter(now)) {
        byInstant.computeIfAbsent(event.at(), at -> new ArrayList<>()).add(event);
      }
    }
    TicketStatus status = TicketStatus.NEW;
    for (Map.Entry<Instant, List<TicketEvent>> group : byInstant.entrySet()) {
      Instant at = group.getKey();
      for (TicketEvent event : group.getValue()) {
        status = apply(event, at, status);
      }
      endOfInstant(at);
    }
    List<Expected> result = new ArrayList<>();
    for (SlaMetric metric : SlaMetric.values()) {
      for (Sk sk : all) {
        if (sk.metric == metric && !sk.dropped) {
          result.add(finish(sk));
        }
      }
    }
    return result;
  }

  private TicketStatus apply(TicketEvent event, Instant at, TicketStatus before) {
    TicketStatus after = statusAfter(event, before);
    if (event == timeline.created()) {
      open(SlaMetric.FIRST_RESPONSE, at);
      open(SlaMetric.RESOLUTION, at);
      open(SlaMetric.AGENT_WORK_TIME, at);
    } else if (event instanceof AgentReply && ((AgentReply) event).isPublic()) {
      close(SlaMetric.FIRST_RESPONSE, at, true);
      close(SlaMetric.NEXT_RESPONSE, at, true);
      close(SlaMetric.PERIODIC_UPDATE, at, true);
      open(SlaMetric.PERIODIC_UPDATE, at);
      replied = true;
    } else if (event instanceof CustomerMessage) {
      if (replied && !cycleStart.containsKey(SlaMetric.NEXT_RESPONSE)) {
        open(SlaMetric.NEXT_RESPONSE, at);
      }
    } else if (after == TicketStatus.CLOSED) {
      close(SlaMetric.FIRST_RESPONSE, at, false);
      close(SlaMetric.NEXT_RESPONSE, at, false);
      close(SlaMetric.PERIODIC_UPDATE, at, false);
      if (before.isActive()) {
        close(SlaMetric.RESOLUTION, at, false);
        close(SlaMetric.AGENT_WORK_TIME, at, false);
      } else {
        cycleStart.remove(SlaMetric.RESOLUTION);
        cycleStart.remove(SlaMetric.AGENT_WORK_TIME);
        current.remove(SlaMetric.RESOLUTION);
        current.remove(SlaMetric.AGENT_WORK_TIME);
      }
    }
    return after;
  }

  private static TicketStatus statusAfter(TicketEvent event, TicketStatus before) {
    if (event instanceof StatusChanged) {
      return ((StatusChanged) event).to();
    }
    if (event instanceof Reopened) {
      return TicketStatus.OPEN;
    }
    if (event instanceof Merged) {
      return TicketStatus.CLOSED;
    }
    return before;
  }

  private void open(SlaMetric metric, Instant at) {
    int cycle = cycles.merge(metric, 1, Integer::sum);
    cycleStart.put(metric, at);
    Sk sk = new Sk(metric, cycle, at);
    all.add(sk);
    pending.add(sk);
    current.put(metric, sk);
  }

  private void close(SlaMetric metric, Instant at, boolean responded) {
    if (cycleStart.remove(metric) == null) {
      return;
    }
    Sk sk = current.remove(metric);
    if (sk != null) {
      sk.stop = at;
      sk.responded = responded;
    }
  }

  private void endOfInstant(Instant at) {
    TicketState state = timeline.stateAt(at);
    policy = policies.select(timeline.created(), state).orElse(null);
    for (Sk sk : pending) {
      Optional<SlaTarget> target = targetOf(sk.metric);
      if (target.isEmpty()) {
        sk.dropped = true;
        current.remove(sk.metric, sk);
      } else {
        sk.target = target.get();
        sk.policy = policy.name();
      }
    }
    pending.clear();
    for (SlaMetric metric : SlaMetric.values()) {
      if (!cycleStart.containsKey(metric)) {
        continue;
      }
      if (!metric.isResponse() && !state.status().isActive()) {
        continue;
      }
      Optional<SlaTarget> target = targetOf(metric);
      Sk sk = current.get(metric);
      if (sk == null) {
        target.ifPresent(t -> start(metric, at, t));
        continue;
      }
      if (target.isPresent() && target.get().equals(sk.target)) {
        continue;
      }
      if (step(sk, at).crossings.size() > sk.target.warnings().size()) {
        continue; // breached: keeps its target
      }
      if (target.isEmpty()) {
        sk.stop = at;
        current.remove(metric);
        lost.put(metric, sk);
        continue;
      }
      if (policies.reselection() == Reselection.FROM_CHANGE) {
        sk.stop = at;
      } else {
        sk.dropped = true;
      }
      start(metric, at, target.get());
    }
  }

  private Optional<SlaTarget> targetOf(SlaMetric metric) {
    return policy == null ? Optional.empty() : policy.target(metric);
  }

  private void start(SlaMetric metric, Instant at, SlaTarget target) {
    boolean fromChange = policies.reselection() == Reselection.FROM_CHANGE;
    Sk sk = new Sk(metric, cycles.get(metric), fromChange ? at : cycleStart.get(metric));
    sk.target = target;
    sk.policy = policy.name();
    sk.clamp = fromChange ? null : at;
    Sk cancelled = lost.remove(metric);
    if (!fromChange && cancelled != null && cancelled.cycle == sk.cycle) {
      cancelled.dropped = true; // FROM_CREATION: one measurement per cycle
    }
    all.add(sk);
    current.put(metric, sk);
  }

  /** Steps the minutes of {@code [sk.from, until)}. */
  private Steps step(Sk sk, Instant until) {
    Steps steps = new Steps();
    List<Long> thresholds = thresholds(sk.target);
    BusinessCalendar calendar = sk.target.calendar();
    for (Instant u = sk.from; u.isBefore(until); u = u.plus(MINUTE)) {
      TicketStatus status = timeline.statusAt(u);
      boolean running = status.isActive() && !sk.target.pauseStatuses().contains(status);
      boolean paused =
          sk.metric.isResponse()
              ? !running && status != TicketStatus.CLOSED
              : status.isActive() && !running;
      if (isOpen(calendar, u)) {
        if (running) {
          for (int i = steps.crossings.size(); i < thresholds.size(); i++) {
            long rest = thresholds.get(i) - steps.elapsed;
            if (rest >= MINUTE_NANOS) {
              break;
            }
            steps.crossings.add(clamp(sk, u.plusNanos(rest)));
          }
          steps.elapsed += MINUTE_NANOS;
        } else if (paused) {
          steps.paused += MINUTE_NANOS;
        }
      }
      Instant next = u.plus(MINUTE);
      if (!next.equals(sk.stop) && (sk.metric.isResponse() || timeline.statusAt(next).isActive())) {
        while (steps.crossings.size() < thresholds.size()
            && thresholds.get(steps.crossings.size()) <= steps.elapsed) {
          steps.crossings.add(clamp(sk, next));
        }
      }
    }
    return steps;
  }

  private static List<Long> thresholds(SlaTarget target) {
    List<Long> thresholds = new ArrayList<>();
    for (int i = 0; i < target.warnings().size(); i++) {
      thresholds.add(target.warningOffset(i).toNanos());
    }
    thresholds.add(target.duration().toNanos());
    return thresholds;
  }

  private static Instant clamp(Sk sk, Instant at) {
    return sk.clamp != null && at.isBefore(sk.clamp) ? sk.clamp : at;
  }

  private boolean isOpen(BusinessCalendar calendar, Instant minute) {
    return open.computeIfAbsent(calendar, c -> new HashMap<>())
        .computeIfAbsent(minute, calendar::isOpen);
  }

  /** Returns when elapsed reaches {@code threshold} if the clock runs from {@code from}. */
  private Instant reach(BusinessCalendar calendar, Instant from, long elapsed, long threshold) {
    Instant u = from;
    long e = elapsed;
    while (true) {
      if (isOpen(calendar, u)) {
        if (threshold - e <= MINUTE_NANOS) {
          return u.plusNanos(threshold - e);
        }
        e += MINUTE_NANOS;
      }
      u = u.plus(MINUTE);
    }
  }

  private Expected finish(Sk sk) {
    Instant end = sk.stop != null ? sk.stop : now;
    Steps steps = step(sk, end);
    int warnings = sk.target.warnings().size();
    boolean breached = steps.crossings.size() > warnings;
    TicketStatus last = timeline.statusAt(now);
    MeasurementState state;
    Instant stoppedAt = null;
    if (sk.stop != null) {
      stoppedAt = sk.stop;
      state =
          breached
              ? MeasurementState.BREACHED
              : sk.responded ? MeasurementState.ACHIEVED : MeasurementState.CANCELLED;
    } else if (!sk.metric.isResponse() && !last.isActive()) {
      stoppedAt = lastSolve();
      state = breached ? MeasurementState.BREACHED : MeasurementState.ACHIEVED;
    } else if (breached) {
      state = MeasurementState.BREACHED;
    } else {
      state =
          last.isActive() && !sk.target.pauseStatuses().contains(last)
              ? MeasurementState.RUNNING
              : MeasurementState.PAUSED;
    }
    long target = sk.target.duration().toNanos();
    Instant due = null;
    Instant nextWarning = null;
    Instant outcome = null;
    BusinessCalendar calendar = sk.target.calendar();
    if (state == MeasurementState.RUNNING) {
      due = reach(calendar, now, steps.elapsed, target);
      if (steps.crossings.size() < warnings) {
        nextWarning =
            reach(
                calendar,
                now,
                steps.elapsed,
                sk.target.warningOffset(steps.crossings.size()).toNanos());
      }
    } else if (state == MeasurementState.ACHIEVED) {
      due = steps.elapsed == target ? stoppedAt : reach(calendar, stoppedAt, steps.elapsed, target);
      outcome = stoppedAt;
    } else if (state == MeasurementState.BREACHED) {
      due = steps.crossings.get(warnings);
      outcome = due;
    }
    return new Expected(
        sk.metric,
        sk.cycle,
        sk.policy,
        state,
        sk.from,
        Optional.ofNullable(stoppedAt),
        Duration.ofNanos(steps.elapsed),
        Duration.ofNanos(steps.paused),
        Optional.ofNullable(due),
        Optional.ofNullable(outcome),
        List.copyOf(steps.crossings.subList(0, Math.min(warnings, steps.crossings.size()))),
        Optional.ofNullable(nextWarning));
  }

  private Instant lastSolve() {
    Instant solve = null;
    for (StatusInterval interval : timeline.statusIntervals()) {
      if (interval.status() == TicketStatus.SOLVED && !interval.start().isAfter(now)) {
        solve = interval.start();
      }
    }
    return solve;
  }

  /** Returns {@code timeline} with every event truncated to its whole minute. */
  public static TicketTimeline wholeMinutes(TicketTimeline timeline) {
    return shifted(timeline, Duration.ZERO, true);
  }

  /**
   * Returns {@code timeline} with every event moved by {@code shift}, then, if {@code minutes},
   * truncated to its whole minute: a timeline this model can evaluate. Both keep the events in
   * order, so the timeline stays valid.
   */
  public static TicketTimeline shifted(TicketTimeline timeline, Duration shift, boolean minutes) {
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(shift, "shift");
    List<TicketEvent> events = new ArrayList<>();
    for (TicketEvent event : timeline.events()) {
      Instant at = event.at().plus(shift);
      events.add(movedTo(event, minutes ? at.truncatedTo(ChronoUnit.MINUTES) : at));
    }
    return TicketTimeline.of(events);
  }

  private static TicketEvent movedTo(TicketEvent event, Instant at) {
    if (event instanceof TicketCreated) {
      TicketCreated c = (TicketCreated) event;
      return new TicketCreated(
          at, c.ticketId(), c.customerId(), c.channel(), c.priority(), c.tags(), c.segment());
    } else if (event instanceof CustomerMessage) {
      return new CustomerMessage(at);
    } else if (event instanceof AgentReply) {
      AgentReply r = (AgentReply) event;
      return new AgentReply(at, r.agentId(), r.visibility());
    } else if (event instanceof StatusChanged) {
      return new StatusChanged(at, ((StatusChanged) event).to());
    } else if (event instanceof PriorityChanged) {
      return new PriorityChanged(at, ((PriorityChanged) event).to());
    } else if (event instanceof Assigned) {
      Assigned a = (Assigned) event;
      return new Assigned(at, a.agentId(), a.teamId());
    } else if (event instanceof TagsChanged) {
      TagsChanged t = (TagsChanged) event;
      return new TagsChanged(at, t.added(), t.removed());
    } else if (event instanceof Merged) {
      return new Merged(at, ((Merged) event).into());
    } else if (event instanceof Reopened) {
      return new Reopened(at);
    } else {
      return new Acknowledged(at, ((Acknowledged) event).agentId());
    }
  }
}
