package dev.rapport.sla.escalation;

import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.Acknowledged;
import dev.rapport.core.ticket.AgentReply;
import dev.rapport.core.ticket.CustomerMessage;
import dev.rapport.core.ticket.Reopened;
import dev.rapport.core.ticket.StatusInterval;
import dev.rapport.core.ticket.TicketEvent;
import dev.rapport.core.ticket.TicketState;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.sla.SlaMetric;
import dev.rapport.sla.escalation.EscalationTrigger.AfterPrevious;
import dev.rapport.sla.escalation.EscalationTrigger.NoPublicReplyFor;
import dev.rapport.sla.escalation.EscalationTrigger.SinceCreated;
import dev.rapport.sla.escalation.EscalationTrigger.SinceStatus;
import dev.rapport.sla.escalation.EscalationTrigger.SlaBreached;
import dev.rapport.sla.escalation.EscalationTrigger.SlaShareConsumed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One policy's chains on one ticket: finds the cycles, runs each cycle's chain step by step up to
 * {@code now}, and projects the last one past {@code now} to find the next step due. Every step
 * instant is a function of the ticket's history up to that instant, so a step falls at the same
 * instant whenever it is computed. Not thread-safe; made and dropped by one call of the engine.
 */
final class Chain {
  private final EscalationPolicy policy;
  private final TicketView view;
  private final BusinessCalendar calendar;
  private final List<EscalationLevel> levels;
  private final Repeat repeat;

  /** Steps at or before {@code now}, fired or skipped, in chain order. */
  final List<EscalationStep> steps = new ArrayList<>();

  /** The first step after {@code now} that would fire if the ticket did not change, or null. */
  Instant nextDueAt;

  /** A cycle: its number, start and the instant its steps must be before (null: no end yet). */
  private record Cycle(int number, int startIndex, Instant start, Instant next, Instant limit) {}

  /** When a level's trigger holds, and what it measured. */
  private record Hold(
      Instant dueAt, Instant triggeredAt, Instant since, Duration threshold, Duration measured) {}

  Chain(EscalationPolicy policy, TicketView view) {
    this.policy = policy;
    this.view = view;
    this.calendar = policy.calendar();
    this.levels = policy.levels();
    this.repeat = policy.repeat().orElse(null);
  }

  /** Runs every cycle of the chain. */
  Chain run() {
    for (Cycle cycle : cycles()) {
      run(cycle);
    }
    return this;
  }

  // ---- Cycles and stops ----------------------------------------------------------------------

  private List<Cycle> cycles() {
    Set<Restart> restarts = policy.restartOn();
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    if (!restarts.isEmpty()) {
      boolean onMessage = restarts.contains(Restart.NEXT_RESPONSE_CYCLE);
      boolean onReopen = restarts.contains(Restart.REOPENED);
      boolean replied = false;
      List<TicketEvent> events = view.events;
      for (int i = 1; i < events.size(); i++) {
        TicketEvent event = events.get(i);
        if (event instanceof AgentReply && ((AgentReply) event).isPublic()) {
          replied = true;
        } else if (event instanceof CustomerMessage && replied) {
          replied = false;
          if (onMessage) {
            starts.add(i);
          }
        } else if (event instanceof Reopened && onReopen) {
          starts.add(i);
        }
      }
    }
    List<Cycle> cycles = new ArrayList<>(starts.size());
    for (int c = 0; c < starts.size(); c++) {
      int first = starts.get(c);
      int endIndex = c + 1 < starts.size() ? starts.get(c + 1) : view.events.size();
      Instant start = view.events.get(first).at();
      Instant next = endIndex < view.events.size() ? view.events.get(endIndex).at() : null;
      Instant stop = stop(first, endIndex);
      Instant limit = stop == null ? next : next == null || stop.isBefore(next) ? stop : next;
      cycles.add(new Cycle(c + 1, first, start, next, limit));
    }
    return cycles;
  }

  /** Returns the instant of the first stop among events {@code [first, end)}, or null. */
  private Instant stop(int first, int end) {
    Set<StopCondition> stops = policy.stopConditions();
    boolean ack = stops.contains(StopCondition.ACKNOWLEDGED);
    boolean reply = stops.contains(StopCondition.PUBLIC_REPLY);
    boolean solved = stops.contains(StopCondition.SOLVED);
    for (int i = first; i < end; i++) {
      TicketEvent event = view.events.get(i);
      TicketStatus status = view.timeline.stateAfter(i).status();
      boolean stopped =
          status == TicketStatus.CLOSED
              || (solved && status == TicketStatus.SOLVED)
              || (i > first && ack && event instanceof Acknowledged)
              || (i > first && reply && event instanceof AgentReply && ((AgentReply) event).isPublic());
      if (stopped) {
        return event.at();
      }
    }
    return null;
  }

  // ---- Steps ---------------------------------------------------------------------------------

  private void run(Cycle cycle) {
    Instant previous = cycle.start();
    int passes = repeat == null ? 1 : 1 + repeat.times();
    for (int pass = 0; pass < passes; pass++) {
      int from = 0;
      if (pass > 0) {
        from = repeat.fromLevel() - 1;
        previous = Clocks.plus(repeat.clock(), calendar, previous, repeat.delay());
        if (previous == null || beyond(previous, cycle)) {
          return;
        }
      }
      for (int k = from; k < levels.size(); k++) {
        previous = step(cycle, pass, k, previous);
        if (previous == null) {
          return;
        }
      }
    }
  }

  /**
   * Handles one step: returns its instant, from which the next step counts, or null if the chain
   * ends here (the step never falls due, falls after the cycle's end, or is the first to fire
   * after {@code now}).
   */
  private Instant step(Cycle cycle, int pass, int k, Instant previous) {
    EscalationLevel level = levels.get(k);
    Hold hold = hold(level, cycle, previous);
    if (hold == null || beyond(hold.dueAt(), cycle)) {
      return null;
    }
    Instant at = hold.dueAt();
    SkipReason skip = null;
    Instant waited = null;
    BusinessCalendar window = policy.windowOrNull(k);
    if (window != null && !window.isOpen(at)) {
      if (level.outsideWindow() == OutsideWindow.SKIP) {
        skip = SkipReason.OUTSIDE_WINDOW;
      } else {
        waited = at;
        at = Clocks.nextOpen(window, at);
        if (at == null || beyond(at, cycle)) {
          return null;
        }
      }
    }
    TicketState state = view.stateAt(at);
    if (skip == null && !level.condition().matches(view.created, state)) {
      skip = SkipReason.CONDITION_NOT_MET;
    }
    if (at.isAfter(view.now)) {
      if (skip == null) {
        nextDueAt = at;
        return null;
      }
      return at; // a skip after now: project on to the step that fires
    }
    StepReason reason =
        new StepReason(
            level.trigger(),
            clockOf(level),
            hold.since(),
            hold.triggeredAt(),
            hold.threshold(),
            hold.measured(),
            previous,
            Optional.ofNullable(waited),
            Optional.ofNullable(skip));
    StepId id = new StepId(view.created.ticketId(), policy.name(), cycle.number(), k + 1, pass);
    steps.add(new EscalationStep(id, at, level.targets(), level.actions(), state, reason));
    return at;
  }

  private static boolean beyond(Instant t, Cycle cycle) {
    return cycle.limit() != null && !t.isBefore(cycle.limit());
  }

  private static DelayClock clockOf(EscalationLevel level) {
    EscalationTrigger trigger = level.trigger();
    return trigger instanceof SlaShareConsumed || trigger instanceof SlaBreached
        ? DelayClock.BUSINESS
        : level.clock();
  }

  // ---- Triggers ------------------------------------------------------------------------------

  /** Returns the first instant at or after {@code previous} at which the trigger holds, or null. */
  private Hold hold(EscalationLevel level, Cycle cycle, Instant previous) {
    EscalationTrigger trigger = level.trigger();
    DelayClock clock = level.clock();
    if (trigger instanceof AfterPrevious after) {
      return delayed(clock, previous, after.delay(), previous);
    }
    if (trigger instanceof SinceCreated since) {
      return delayed(clock, cycle.start(), since.delay(), previous);
    }
    if (trigger instanceof SinceStatus since) {
      return sinceStatus(clock, since, cycle, previous);
    }
    if (trigger instanceof NoPublicReplyFor silence) {
      return silence(clock, silence.duration(), cycle, previous);
    }
    if (trigger instanceof SlaShareConsumed share) {
      return sla(share.metric(), share.share(), cycle, previous);
    }
    SlaBreached breach = (SlaBreached) trigger;
    return sla(breach.metric(), 1.0, cycle, previous);
  }

  /** A delay from {@code since}, holding from then on. */
  private Hold delayed(DelayClock clock, Instant since, Duration delay, Instant previous) {
    Instant held = Clocks.plus(clock, calendar, since, delay);
    if (held == null) {
      return null;
    }
    return hold(clock, since, held, delay, Clocks.max(held, previous));
  }

  private Hold hold(DelayClock clock, Instant since, Instant held, Duration delay, Instant due) {
    Duration measured = due.isAfter(view.now) ? delay : Clocks.between(clock, calendar, since, due);
    return new Hold(due, held, since, delay, measured);
  }

  private Hold sinceStatus(DelayClock clock, SinceStatus trigger, Cycle cycle, Instant previous) {
    for (StatusInterval interval : view.intervals) {
      if (interval.status() != trigger.status()) {
        continue;
      }
      Instant end = interval.end().orElse(null);
      if (end != null && (!end.isAfter(previous) || !end.isAfter(cycle.start()))) {
        continue;
      }
      Instant since = Clocks.max(interval.start(), cycle.start());
      Instant held = Clocks.plus(clock, calendar, since, trigger.delay());
      if (held == null) {
        return null;
      }
      Instant due = Clocks.max(held, previous);
      if (end == null || due.isBefore(end)) {
        return hold(clock, since, held, trigger.delay(), due);
      }
    }
    return null;
  }

  private Hold silence(DelayClock clock, Duration duration, Cycle cycle, Instant previous) {
    List<Instant> replies = view.publicReplies();
    Instant since = cycle.start();
    int i = 0;
    while (i < replies.size() && !replies.get(i).isAfter(since)) {
      i++;
    }
    while (true) {
      Instant next = i < replies.size() ? replies.get(i) : null;
      if (next == null || next.isAfter(previous)) {
        Instant held = Clocks.plus(clock, calendar, since, duration);
        if (held == null) {
          return null;
        }
        Instant due = Clocks.max(held, previous);
        if (next == null || due.isBefore(next)) {
          return hold(clock, since, held, duration, due);
        }
      }
      if (next == null) {
        return null;
      }
      since = next;
      i++;
    }
  }

  private Hold sla(SlaMetric metric, double share, Cycle cycle, Instant previous) {
    SlaCrossings.Crossing crossing =
        SlaCrossings.first(view, metric, share, cycle.start(), cycle.next());
    if (crossing == null) {
      return null;
    }
    Duration consumed = crossing.consumed();
    return new Hold(
        Clocks.max(crossing.at(), previous),
        crossing.at(),
        crossing.measurement().startedAt(),
        consumed,
        consumed);
  }
}
