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
  private final EscalationState state;
  private final BusinessCalendar calendar;
  private final List<EscalationLevel> levels;
  private final Repeat repeat;

  /** Steps at or before {@code now} not yet in the state, fired or skipped, in chain order. */
  final List<EscalationStep> steps = new ArrayList<>();

  /** The first step after {@code now} that would fire if the ticket did not change, or null. */
  Instant nextDueAt;

  /** A cycle: its number, start and the instant its steps must be before (null: no end yet). */
  private record Cycle(int number, Instant start, Instant next, Instant limit) {}

  /**
   * When a level's trigger holds (in its window, if it waits for one), what it measures from and
   * against, the clock it measures on (null for an SLA share, measured by the SLA), and the instant
   * it would have been due outside the window, if it waited.
   */
  private record Hold(
      Instant dueAt,
      Instant triggeredAt,
      Instant since,
      Duration threshold,
      DelayClock measuredOn,
      Instant waitedFrom) {

    /** Returns what the trigger measured at its due instant. */
    Duration measured(BusinessCalendar calendar) {
      return measuredOn == null ? threshold : Clocks.between(measuredOn, calendar, since, dueAt);
    }
  }

  Chain(EscalationPolicy policy, TicketView view, EscalationState state) {
    this.policy = policy;
    this.view = view;
    this.state = state;
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
      cycles.add(new Cycle(c + 1, start, next, limit));
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
    BusinessCalendar window = policy.windowOrNull(k);
    boolean waits = window != null && level.outsideWindow() == OutsideWindow.WAIT;
    Hold hold = hold(level, cycle, previous, waits ? window : null);
    if (hold == null || beyond(hold.dueAt(), cycle)) {
      return null;
    }
    Instant at = hold.dueAt();
    SkipReason skip = null;
    if (window != null && !waits && !window.isOpen(at)) {
      skip = SkipReason.OUTSIDE_WINDOW;
    }
    TicketState ticket = view.stateAt(at);
    if (skip == null && !level.condition().matches(view.created, ticket)) {
      skip = SkipReason.CONDITION_NOT_MET;
    }
    if (at.isAfter(view.now)) {
      if (skip == null) {
        nextDueAt = at;
        return null;
      }
      return at; // a skip after now: project on to the step that fires
    }
    StepId id = new StepId(view.created.ticketId(), policy.name(), cycle.number(), k + 1, pass);
    if (state.isHandled(id)) {
      return at; // handed out before: the chain goes on from it, nothing to build
    }
    StepReason reason =
        new StepReason(
            level.trigger(),
            clockOf(level),
            hold.since(),
            hold.triggeredAt(),
            hold.threshold(),
            hold.measured(calendar),
            previous,
            Optional.ofNullable(hold.waitedFrom()),
            Optional.ofNullable(skip));
    steps.add(new EscalationStep(id, at, level.targets(), level.actions(), ticket, reason));
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

  /**
   * Returns the first instant at or after {@code previous} at which the trigger holds and, if
   * {@code window} is given, the window is open; or null if there is none.
   */
  private Hold hold(EscalationLevel level, Cycle cycle, Instant previous, BusinessCalendar window) {
    EscalationTrigger trigger = level.trigger();
    DelayClock clock = level.clock();
    Stretch stretch = new Stretch(clock, previous, window);
    if (trigger instanceof AfterPrevious after) {
      return stretch.from(previous, after.delay(), null);
    }
    if (trigger instanceof SinceCreated since) {
      return stretch.from(cycle.start(), since.delay(), null);
    }
    if (trigger instanceof SinceStatus since) {
      return sinceStatus(stretch, since, cycle);
    }
    if (trigger instanceof NoPublicReplyFor silence) {
      return silence(stretch, silence.duration(), cycle);
    }
    if (trigger instanceof SlaShareConsumed share) {
      return sla(stretch, share.metric(), share.share(), cycle);
    }
    SlaBreached breach = (SlaBreached) trigger;
    return sla(stretch, breach.metric(), 1.0, cycle);
  }

  /**
   * Finds where a trigger holds within one stretch of the ticket's history: from the instant a
   * delay after an anchor, up to the end of the stretch (the status is left, a public reply comes),
   * no earlier than the step before, and inside the window when the level waits for it.
   */
  private final class Stretch {
    private final DelayClock clock;
    private final Instant previous;
    private final BusinessCalendar window;

    Stretch(DelayClock clock, Instant previous, BusinessCalendar window) {
      this.clock = clock;
      this.previous = previous;
      this.window = window;
    }

    /**
     * Returns the hold of a trigger that holds from {@code delay} after {@code since} until {@code
     * end} (null: no end), or null if it does not within the stretch.
     */
    Hold from(Instant since, Duration delay, Instant end) {
      Instant held = Clocks.plus(clock, calendar, since, delay);
      if (held == null) {
        return null;
      }
      Instant due = Clocks.max(held, previous);
      Instant open = window == null ? due : Clocks.nextOpen(window, due);
      if (open == null || (end != null && !open.isBefore(end))) {
        return null;
      }
      return new Hold(open, held, since, delay, clock, open.equals(due) ? null : due);
    }

    /** Returns the hold of an SLA crossing at {@code crossed}, which holds from then on. */
    Hold crossing(Instant crossed, Instant since, Duration consumed) {
      Instant due = Clocks.max(crossed, previous);
      Instant open = window == null ? due : Clocks.nextOpen(window, due);
      if (open == null) {
        return null;
      }
      return new Hold(open, crossed, since, consumed, null, open.equals(due) ? null : due);
    }

    /** Returns whether a stretch ending at {@code end} ends before the step before. */
    boolean over(Instant end) {
      return end != null && !end.isAfter(previous);
    }
  }

  private Hold sinceStatus(Stretch stretch, SinceStatus trigger, Cycle cycle) {
    for (StatusInterval interval : view.intervals) {
      if (interval.status() != trigger.status()) {
        continue;
      }
      Instant end = interval.end().orElse(null);
      if (stretch.over(end) || (end != null && !end.isAfter(cycle.start()))) {
        continue;
      }
      Instant since = Clocks.max(interval.start(), cycle.start());
      Hold hold = stretch.from(since, trigger.delay(), end);
      if (hold != null) {
        return hold;
      }
    }
    return null;
  }

  private Hold silence(Stretch stretch, Duration duration, Cycle cycle) {
    List<Instant> replies = view.publicReplies();
    Instant since = cycle.start();
    int i = 0;
    while (i < replies.size() && !replies.get(i).isAfter(since)) {
      i++;
    }
    while (true) {
      Instant next = i < replies.size() ? replies.get(i) : null;
      if (!stretch.over(next)) {
        Hold hold = stretch.from(since, duration, next);
        if (hold != null) {
          return hold;
        }
      }
      if (next == null) {
        return null;
      }
      since = next;
      i++;
    }
  }

  private Hold sla(Stretch stretch, SlaMetric metric, double share, Cycle cycle) {
    SlaCrossings.Crossing crossing =
        SlaCrossings.first(view, metric, share, cycle.start(), cycle.next());
    if (crossing == null) {
      return null;
    }
    return stretch.crossing(
        crossing.at(), crossing.measurement().startedAt(), crossing.consumed());
  }
}
