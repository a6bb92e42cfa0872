package dev.rapport.testkit;

import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.Acknowledged;
import dev.rapport.core.ticket.AgentReply;
import dev.rapport.core.ticket.CustomerMessage;
import dev.rapport.core.ticket.Reopened;
import dev.rapport.core.ticket.TicketEvent;
import dev.rapport.core.ticket.TicketTimeline;
import dev.rapport.sla.escalation.DelayClock;
import dev.rapport.sla.escalation.EscalationLevel;
import dev.rapport.sla.escalation.EscalationPolicy;
import dev.rapport.sla.escalation.EscalationTrigger;
import dev.rapport.sla.escalation.OutsideWindow;
import dev.rapport.sla.escalation.Repeat;
import dev.rapport.sla.escalation.Restart;
import dev.rapport.sla.escalation.StopCondition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately simple reference for the escalation engine: one policy with delay triggers only
 * ({@code sinceCreated}, {@code sinceStatus}, {@code noPublicReplyFor}, {@code afterPrevious}) on a
 * timeline whose events, calendar boundaries and delays are whole minutes. It walks the minutes
 * from the creation to the end, re-reading the events up to each minute from scratch, and moves a
 * little state machine along the chain: a step falls at the first minute at which its trigger
 * holds. Business time is counted minute by minute with {@code isOpen} (prefix sums, so that each
 * count is cheap); nothing of the engine's interval arithmetic is used.
 */
final class MinuteEscalationModel {
  private static final Duration MINUTE = Duration.ofMinutes(1);

  /** A step as the model finds it. */
  record Step(int cycle, int level, int repetition, Instant at, boolean skipped) {}

  private final EscalationPolicy policy;
  private final TicketTimeline timeline;
  private final Instant origin;
  // openBefore[i]: open minutes among the first i minutes after the origin.
  private final int[] openBefore;

  private MinuteEscalationModel(EscalationPolicy policy, TicketTimeline timeline, Instant end) {
    this.policy = policy;
    this.timeline = timeline;
    this.origin = timeline.created().at();
    int minutes = (int) Duration.between(origin, end).toMinutes() + 2;
    this.openBefore = new int[minutes + 1];
    for (int i = 0; i < minutes; i++) {
      boolean open = policy.calendar().isOpen(origin.plus(MINUTE.multipliedBy(i)));
      openBefore[i + 1] = openBefore[i] + (open ? 1 : 0);
    }
  }

  /** Returns the steps of {@code policy} on {@code timeline} up to {@code end}, in order. */
  static List<Step> run(EscalationPolicy policy, TicketTimeline timeline, Instant end) {
    return new MinuteEscalationModel(policy, timeline, end).walk(end);
  }

  private List<Step> walk(Instant end) {
    List<Step> steps = new ArrayList<>();
    List<EscalationLevel> levels = policy.levels();
    Repeat repeat = policy.repeat().orElse(null);
    int cycle = 0;
    int cycleStartIndex = 0;
    int pass = 0;
    int k = 0;
    boolean exhausted = false;
    boolean repetitionPending = false;
    Instant ready = null;
    for (Instant t = origin; !t.isAfter(end); t = t.plus(MINUTE)) {
      List<TicketEvent> events = eventsUpTo(t);
      List<Integer> starts = cycleStarts(events);
      if (starts.size() > cycle) {
        cycle = starts.size();
        cycleStartIndex = starts.get(cycle - 1);
        pass = 0;
        k = 0;
        exhausted = false;
        repetitionPending = false;
        ready = events.get(cycleStartIndex).at();
      }
      if (exhausted || stopped(events, cycleStartIndex)) {
        continue;
      }
      Instant cycleStart = events.get(cycleStartIndex).at();
      while (!exhausted) {
        EscalationLevel level = levels.get(k);
        boolean skip = false;
        if (repetitionPending) {
          if (!reached(repeat.clock(), ready, t, repeat.delay())) {
            break;
          }
          repetitionPending = false;
          ready = t;
        }
        if (!holds(level, events, cycleStart, ready, t)) {
          break;
        }
        if (!inWindow(level, t)) {
          if (level.outsideWindow() == OutsideWindow.WAIT) {
            break; // try again at the next minute: the trigger must hold inside the window
          }
          skip = true;
        }
        if (!skip) {
          skip = !level.condition().matches(timeline.created(), timeline.stateAt(t));
        }
        steps.add(new Step(cycle, k + 1, pass, t, skip));
        ready = t;
        k++;
        if (k == levels.size()) {
          if (repeat != null && pass < repeat.times()) {
            pass++;
            k = repeat.fromLevel() - 1;
            repetitionPending = true;
          } else {
            exhausted = true;
          }
        }
      }
    }
    return steps;
  }

  private List<TicketEvent> eventsUpTo(Instant t) {
    List<TicketEvent> events = new ArrayList<>();
    for (TicketEvent event : timeline.events()) {
      if (!event.at().isAfter(t)) {
        events.add(event);
      }
    }
    return events;
  }

  private List<Integer> cycleStarts(List<TicketEvent> events) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    boolean replied = false;
    for (int i = 1; i < events.size(); i++) {
      TicketEvent event = events.get(i);
      if (event instanceof AgentReply reply && reply.isPublic()) {
        replied = true;
      }
      if (event instanceof CustomerMessage && replied) {
        replied = false;
        if (policy.restartOn().contains(Restart.NEXT_RESPONSE_CYCLE)) {
          starts.add(i);
        }
      }
      if (event instanceof Reopened && policy.restartOn().contains(Restart.REOPENED)) {
        starts.add(i);
      }
    }
    return starts;
  }

  private boolean stopped(List<TicketEvent> events, int start) {
    for (int i = start; i < events.size(); i++) {
      TicketEvent event = events.get(i);
      TicketStatus status = timeline.stateAfter(i).status();
      if (status == TicketStatus.CLOSED
          || (status == TicketStatus.SOLVED && stops(StopCondition.SOLVED))) {
        return true;
      }
      if (i > start && event instanceof Acknowledged && stops(StopCondition.ACKNOWLEDGED)) {
        return true;
      }
      if (i > start
          && event instanceof AgentReply reply
          && reply.isPublic()
          && stops(StopCondition.PUBLIC_REPLY)) {
        return true;
      }
    }
    return false;
  }

  private boolean stops(StopCondition condition) {
    return policy.stopConditions().contains(condition);
  }

  private boolean holds(
      EscalationLevel level, List<TicketEvent> events, Instant cycleStart, Instant ready, Instant t) {
    EscalationTrigger trigger = level.trigger();
    DelayClock clock = level.clock();
    if (trigger instanceof EscalationTrigger.AfterPrevious after) {
      return reached(clock, ready, t, after.delay());
    }
    if (trigger instanceof EscalationTrigger.SinceCreated since) {
      return reached(clock, cycleStart, t, since.delay());
    }
    if (trigger instanceof EscalationTrigger.SinceStatus since) {
      TicketStatus status = timeline.stateAfter(events.size() - 1).status();
      if (status != since.status()) {
        return false;
      }
      Instant entered = events.get(0).at();
      for (int i = 1; i < events.size(); i++) {
        if (timeline.stateAfter(i).status() != timeline.stateAfter(i - 1).status()) {
          entered = events.get(i).at();
        }
      }
      return reached(clock, later(entered, cycleStart), t, since.delay());
    }
    EscalationTrigger.NoPublicReplyFor silence = (EscalationTrigger.NoPublicReplyFor) trigger;
    Instant since = cycleStart;
    for (TicketEvent event : events) {
      if (event instanceof AgentReply reply && reply.isPublic()) {
        since = later(since, event.at());
      }
    }
    return reached(clock, since, t, silence.duration());
  }

  /**
   * Whether {@code d} has passed from {@code a} to {@code t} on {@code clock}; a zero delay on
   * business time needs an open minute in {@code [a, t]}.
   */
  private boolean reached(DelayClock clock, Instant a, Instant t, Duration d) {
    if (clock == DelayClock.WALL) {
      return Duration.between(a, t).compareTo(d) >= 0;
    }
    int from = index(a);
    int to = index(t);
    if (d.isZero()) {
      return openBefore[to + 1] - openBefore[from] > 0;
    }
    return Duration.ofMinutes(openBefore[to] - openBefore[from]).compareTo(d) >= 0;
  }

  private boolean inWindow(EscalationLevel level, Instant t) {
    return level.window().map(w -> w.contains(t, policy.calendar().zone())).orElse(true);
  }

  private int index(Instant t) {
    return (int) Duration.between(origin, t).toMinutes();
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
