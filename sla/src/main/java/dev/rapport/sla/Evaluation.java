package dev.rapport.sla;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.TicketState;
import dev.rapport.core.ticket.TicketTimeline;
import dev.rapport.core.ticket.internal.EventKind;
import dev.rapport.core.ticket.internal.TimelineColumns;
import dev.rapport.core.time.BusinessCalendar;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * One run of {@link SlaEngine#evaluate}: the working state of a single evaluation. Not thread-safe;
 * made, used and dropped by one call.
 *
 * <p>The timeline's events up to {@code now} are grouped by instant: group {@code g} holds the
 * events at {@code instant(g)}, after which the ticket is in status {@code codes[g]} (an ordinal),
 * and gap {@code g} is {@code [instant(g), instant(g + 1))}, with {@code instant(groups) = now}.
 * The events are read as {@link TimelineColumns} (numbers in a few arrays, not an object per
 * event), and the instants are made only where a result needs them. A first pass over the events
 * (phase A) finds each metric's cycles and the measurements ({@link Span}s) with their targets,
 * start groups and stops; then each span is walked over its gaps (phase B), with the business time
 * of each gap and the instants thresholds are reached from a {@link GapClock} per calendar.
 */
final class Evaluation {
  private static final SlaMetric[] METRICS = SlaMetric.values();
  private static final TicketStatus[] STATUSES = TicketStatus.values();
  private static final int FIRST = SlaMetric.FIRST_RESPONSE.ordinal();
  private static final int NEXT = SlaMetric.NEXT_RESPONSE.ordinal();
  private static final int PERIODIC = SlaMetric.PERIODIC_UPDATE.ordinal();
  private static final int RESOLUTION = SlaMetric.RESOLUTION.ordinal();
  private static final int AGENT_WORK = SlaMetric.AGENT_WORK_TIME.ordinal();
  private static final int ACTIVE = activeMask();

  /** Why a span stopped. */
  private enum Stop {
    /** A public reply completed the response metric. */
    RESPONDED,
    /** The ticket was closed (after a solve) or merged. */
    CLOSED,
    /** A change of policy took the target away or replaced it. */
    RESELECTED
  }

  /** One measurement in the making: a cycle of a metric under one target. */
  private static final class Span {
    final SlaMetric metric;
    final int cycle;
    final int from;
    // The next span of the same metric, in the order the spans were made.
    Span nextOfMetric;
    // The next span waiting for its target at the end of the group.
    Span nextPending;
    SlaTarget target;
    String policy;
    Instant clamp;
    int stop = -1;
    Stop stopKind;
    boolean dropped;

    Span(SlaMetric metric, int cycle, int from) {
      this.metric = metric;
      this.cycle = cycle;
      this.from = from;
    }
  }

  private final SlaPolicySet policies;
  private final TicketTimeline timeline;
  private final Instant now;
  private final boolean fromChange;

  // The instant of group g (and of now, at g = groups) as epoch second and nanosecond, and as an
  // Instant once instant(g) has made it.
  private long[] seconds;
  private int[] nanos;
  private Instant[] inst;
  // The ordinal of the status after group g.
  private int[] codes;
  private int[] lastEvent;
  private int groups;

  // The business time of the gaps on each calendar in use, made when first needed.
  private GapClock[] clocks = new GapClock[2];
  private int clockCount;
  private GapClock lastClock;

  // Results of the last walk: elapsed and paused time, how many thresholds were crossed, and when.
  private long elapsed;
  private long paused;
  private int crossed;
  private Instant[] crossings = new Instant[4];

  // Phase A.
  // The spans of each metric, in the order they were made, linked by Span.nextOfMetric.
  private final Span[] firstOfMetric = new Span[METRICS.length];
  private final Span[] lastOfMetric = new Span[METRICS.length];
  // The spans made in the current group, which get their targets at its end.
  private Span pending;
  private final Span[] current = new Span[METRICS.length];
  private final boolean[] cycleOpen = new boolean[METRICS.length];
  private final int[] cycleStart = new int[METRICS.length];
  private final int[] cycles = new int[METRICS.length];
  // Under FROM_CREATION: the span of each metric's open cycle cancelled when its target was lost,
  // which a target that comes back replaces (one measurement per cycle); made when first needed.
  private Span[] lost;
  private boolean replied;
  private int solvedAt = -1;
  private SlaPolicy policy;
  // Whether the policy must be chosen again at the end of the group: the ticket is new, or its
  // priority or tags changed (conditions read nothing else that changes).
  private boolean select = true;
  // Whether running measurements must be checked against the policy's targets at the end of the
  // group: the policy changed, or a solved ticket was reopened (its resolution clocks resume).
  private boolean recheck;

  Evaluation(SlaPolicySet policies, TicketTimeline timeline, Instant now) {
    this.policies = policies;
    this.timeline = timeline;
    this.now = now;
    this.fromChange = policies.reselection() == Reselection.FROM_CHANGE;
  }

  /** Returns the bits {@code 1 << ordinal} of the active statuses. */
  private static int activeMask() {
    int mask = 0;
    for (TicketStatus status : TicketStatus.values()) {
      if (status.isActive()) {
        mask |= 1 << status.ordinal();
      }
    }
    return mask;
  }

  SlaReport run() {
    replay();
    int kept = 0;
    for (Span first : firstOfMetric) {
      for (Span span = first; span != null; span = span.nextOfMetric) {
        if (!span.dropped) {
          kept++;
        }
      }
    }
    // Sized exactly, so build() wraps the array without copying it.
    ImmutableList.Builder<Measurement> measurements = ImmutableList.builderWithExpectedSize(kept);
    for (Span first : firstOfMetric) {
      for (Span span = first; span != null; span = span.nextOfMetric) {
        if (!span.dropped) {
          measurements.add(measure(span));
        }
      }
    }
    return new SlaReport(
        timeline.ticketId(),
        now,
        policy == null ? Optional.empty() : Optional.of(policy.name()),
        measurements.build());
  }

  // ---- Phase A: cycles and spans -------------------------------------------------------------

  private void replay() {
    group();
    byte[] kinds = TimelineColumns.kinds(timeline);
    byte[] statuses = TimelineColumns.statuses(timeline);
    int before = TicketStatus.NEW.ordinal();
    int i = 0;
    for (int g = 0; g < groups; g++) {
      for (; i <= lastEvent[g]; i++) {
        int after = statuses[i];
        apply(EventKind.ofOrdinal(kinds[i]), g, before, after);
        before = after;
      }
      codes[g] = before;
      endGroup(g);
    }
  }

  /** Groups the events up to {@code now} by instant; the statuses are filled in by replay. */
  private void group() {
    long[] eventSeconds = TimelineColumns.epochSeconds(timeline);
    int[] eventNanos = TimelineColumns.nanos(timeline);
    long nowSecond = now.getEpochSecond();
    int nowNano = now.getNano();
    int n = eventSeconds.length;
    while (n > 1
        && (eventSeconds[n - 1] > nowSecond
            || (eventSeconds[n - 1] == nowSecond && eventNanos[n - 1] > nowNano))) {
      n--;
    }
    seconds = new long[n + 1];
    nanos = new int[n + 1];
    inst = new Instant[n + 1];
    codes = new int[n];
    lastEvent = new int[n];
    int g = 0;
    seconds[0] = eventSeconds[0];
    nanos[0] = eventNanos[0];
    for (int i = 1; i < n; i++) {
      if (eventSeconds[i] != seconds[g] || eventNanos[i] != nanos[g]) {
        lastEvent[g] = i - 1;
        g++;
        seconds[g] = eventSeconds[i];
        nanos[g] = eventNanos[i];
      }
    }
    lastEvent[g] = n - 1;
    groups = g + 1;
    seconds[groups] = nowSecond;
    nanos[groups] = nowNano;
    inst[groups] = now;
  }

  /** Returns the instant of group {@code g}, or {@code now} at {@code g == groups}. */
  private Instant instant(int g) {
    Instant at = inst[g];
    if (at == null) {
      at = Instant.ofEpochSecond(seconds[g], nanos[g]);
      inst[g] = at;
    }
    return at;
  }

  private void apply(EventKind kind, int g, int before, int after) {
    switch (kind) {
      case CREATED:
        openCycle(FIRST, g);
        openCycle(RESOLUTION, g);
        openCycle(AGENT_WORK, g);
        break;
      case PUBLIC_REPLY:
        stopCycle(FIRST, g, Stop.RESPONDED);
        stopCycle(NEXT, g, Stop.RESPONDED);
        stopCycle(PERIODIC, g, Stop.RESPONDED);
        openCycle(PERIODIC, g);
        replied = true;
        break;
      case CUSTOMER_MESSAGE:
        if (replied && !cycleOpen[NEXT]) {
          openCycle(NEXT, g);
        }
        break;
      case PRIORITY_CHANGED:
      case TAGS_CHANGED:
        select = true;
        break;
      default:
        // Status changes, reopens and merges move the status; internal replies, assignments and
        // acknowledgements leave it as it was (TicketTimeline keeps it), so after == before.
        if (after != before) {
          changeStatus(g, STATUSES[before], STATUSES[after]);
        }
        break;
    }
  }

  private void changeStatus(int g, TicketStatus before, TicketStatus after) {
    if (after == TicketStatus.SOLVED) {
      solvedAt = g;
    } else if (before == TicketStatus.SOLVED && after.isActive()) {
      solvedAt = -1;
      recheck = true;
    } else if (after == TicketStatus.CLOSED) {
      stopCycle(FIRST, g, Stop.CLOSED);
      stopCycle(NEXT, g, Stop.CLOSED);
      stopCycle(PERIODIC, g, Stop.CLOSED);
      if (before.isActive()) {
        // Merged before a solve: the resolution clocks end without an outcome.
        stopCycle(RESOLUTION, g, Stop.CLOSED);
        stopCycle(AGENT_WORK, g, Stop.CLOSED);
      } else {
        // Closed after a solve: the outcome is the solve's; nothing can change it any more.
        closeQuietly(RESOLUTION);
        closeQuietly(AGENT_WORK);
      }
    }
  }

  private void openCycle(int m, int g) {
    cycleOpen[m] = true;
    cycleStart[m] = g;
    cycles[m]++;
    Span span = new Span(METRICS[m], cycles[m], g);
    add(m, span);
    span.nextPending = pending;
    pending = span;
    current[m] = span;
  }

  private void add(int m, Span span) {
    if (lastOfMetric[m] == null) {
      firstOfMetric[m] = span;
    } else {
      lastOfMetric[m].nextOfMetric = span;
    }
    lastOfMetric[m] = span;
  }

  private void stopCycle(int m, int g, Stop kind) {
    if (!cycleOpen[m]) {
      return;
    }
    cycleOpen[m] = false;
    Span span = current[m];
    if (span != null) {
      span.stop = g;
      span.stopKind = kind;
      current[m] = null;
    }
  }

  private void closeQuietly(int m) {
    cycleOpen[m] = false;
    current[m] = null;
  }

  /** After the last event of group {@code g}: choose the policy, give targets, re-select. */
  private void endGroup(int g) {
    if (select) {
      TicketState state = timeline.stateAfter(lastEvent[g]);
      SlaPolicy selected = policies.selectOrNull(timeline.created(), state);
      recheck |= selected != policy;
      policy = selected;
      select = false;
    }
    for (Span span = pending; span != null; span = span.nextPending) {
      SlaTarget target = policy == null ? null : policy.targetOrNull(span.metric);
      if (target == null) {
        span.dropped = true;
        if (current[span.metric.ordinal()] == span) {
          current[span.metric.ordinal()] = null;
        }
      } else {
        span.target = target;
        span.policy = policy.name();
      }
    }
    pending = null;
    if (recheck) {
      for (int m = 0; m < METRICS.length; m++) {
        reselect(m, g);
      }
      recheck = false;
    }
  }

  private void reselect(int m, int g) {
    if (!cycleOpen[m] || (!METRICS[m].isResponse() && !STATUSES[codes[g]].isActive())) {
      return;
    }
    SlaTarget target = policy == null ? null : policy.targetOrNull(METRICS[m]);
    Span span = current[m];
    if (span == null) {
      if (target != null) {
        startSpan(m, g, target);
      }
      return;
    }
    if (span.target == target) {
      return;
    }
    if (span.target.equals(target)) {
      span.target = target; // the same value under another policy: keep the identity for next time
      return;
    }
    if (breachedBefore(span, g)) {
      return; // breached: the outcome stands, the target stays
    }
    if (target == null) {
      span.stop = g;
      span.stopKind = Stop.RESELECTED;
      current[m] = null;
      if (lost == null) {
        lost = new Span[METRICS.length];
      }
      lost[m] = span;
      return;
    }
    if (fromChange) {
      span.stop = g;
      span.stopKind = Stop.RESELECTED;
    } else {
      span.dropped = true;
    }
    startSpan(m, g, target);
  }

  /** Returns whether {@code span} breached in the gaps before group {@code g}. */
  private boolean breachedBefore(Span span, int g) {
    // The clock runs in some of the gaps at most, so if the business time of all of them is short
    // of the target, so is the elapsed time: no walk needed (the common case, a change early on).
    GapClock clock = clockOf(span.target.calendar());
    if (clock.between(span.from, g) < span.target.durationNanos()) {
      return false;
    }
    walk(span, g, false);
    return crossed > span.target.warningCount();
  }

  private void startSpan(int m, int g, SlaTarget target) {
    Span span = new Span(METRICS[m], cycles[m], fromChange ? g : cycleStart[m]);
    span.target = target;
    span.policy = policy.name();
    if (!fromChange) {
      span.clamp = instant(g);
      if (lost != null) {
        if (lost[m] != null && lost[m].cycle == cycles[m]) {
          // Measured again from the cycle's start: one measurement per cycle.
          lost[m].dropped = true;
        }
        lost[m] = null;
      }
    }
    add(m, span);
    current[m] = span;
  }

  // ---- Phase B: business time over the gaps --------------------------------------------------

  /**
   * Walks {@code span} over gaps {@code [span.from, end)}, setting {@link #elapsed} and {@link
   * #paused} time, how many thresholds it {@link #crossed}, and, if {@code instants}, when (in
   * {@link #crossings}; a breach check needs no instants).
   */
  private void walk(Span span, int end, boolean instants) {
    SlaTarget target = span.target;
    GapClock clock = clockOf(target.calendar());
    int last = target.warningCount(); // thresholds 0..last-1 are warnings, last is the breach
    // Status bit masks: the clock runs in the active statuses the target does not pause; otherwise
    // the measurement is paused while open: a response until the ticket closes, a resolution while
    // the ticket is active.
    int running = ACTIVE & ~target.pauseMask();
    int counted = span.metric.isResponse() ? ~(1 << TicketStatus.CLOSED.ordinal()) : ACTIVE;
    long elapsed = 0;
    long paused = 0;
    crossed = 0;
    if (crossings.length <= last) {
      crossings = new Instant[last + 1];
    }
    long next = threshold(target, 0, last); // the next threshold to cross, or Long.MAX_VALUE
    for (int j = span.from; j < end; j++) {
      long gap = clock.gap(j);
      // All ones if the clock runs in gap j, or if the measurement is paused in it; else zero.
      // Masks, not branches: statuses alternate unpredictably, thresholds are crossed rarely.
      long run = -(long) ((running >>> codes[j]) & 1);
      long pause = -(long) ((counted >>> codes[j]) & 1) & ~run;
      if (elapsed + gap >= next && run != 0) {
        while (crossed <= last) {
          long rest = threshold(target, crossed, last) - elapsed;
          if (rest > gap) {
            break;
          }
          if (rest < gap && !instants) {
            crossed++;
            continue;
          }
          Instant at = rest <= 0 ? instant(j) : clock.reach(j, instant(j), rest);
          if (rest == gap && !at.isBefore(instant(j + 1))) {
            break; // reached exactly at the gap's end: counts only if still open there
          }
          record(span, at);
        }
        next = threshold(target, crossed, last);
      }
      elapsed += gap & run;
      paused += gap & pause;
      if (elapsed >= next && openAt(span, j + 1)) {
        while (crossed <= last && threshold(target, crossed, last) <= elapsed) {
          record(span, instant(j + 1));
        }
        next = threshold(target, crossed, last);
      }
    }
    this.elapsed = elapsed;
    this.paused = paused;
  }

  /** Returns threshold {@code index} (0..last-1 a warning, last the breach), or past the last. */
  private static long threshold(SlaTarget target, int index, int last) {
    if (index < last) {
      return target.warningNanos(index);
    }
    return index == last ? target.durationNanos() : Long.MAX_VALUE;
  }

  private void record(Span span, Instant at) {
    crossings[crossed++] = span.clamp != null && at.isBefore(span.clamp) ? span.clamp : at;
  }

  /** Returns whether the span is still open after the events of group {@code j}. */
  private boolean openAt(Span span, int j) {
    if (j == span.stop) {
      return false;
    }
    return span.metric.isResponse() || statusAt(j).isActive();
  }

  /** Returns the status after group {@code j}; at {@code j == groups} (now), the last status. */
  private TicketStatus statusAt(int j) {
    return STATUSES[codes[j < groups ? j : groups - 1]];
  }

  private GapClock clockOf(BusinessCalendar calendar) {
    if (lastClock != null && lastClock.calendar() == calendar) {
      return lastClock;
    }
    for (int i = 0; i < clockCount; i++) {
      if (clocks[i].calendar() == calendar) {
        lastClock = clocks[i];
        return lastClock;
      }
    }
    if (clockCount == clocks.length) {
      clocks = Arrays.copyOf(clocks, clockCount * 2);
    }
    GapClock clock = new GapClock(calendar, seconds, nanos, groups);
    clocks[clockCount++] = clock;
    lastClock = clock;
    return clock;
  }

  // ---- Results -------------------------------------------------------------------------------

  private Measurement measure(Span span) {
    walk(span, span.stop >= 0 ? span.stop : groups, true);
    SlaTarget target = span.target;
    GapClock clock = clockOf(target.calendar());
    int last = target.warningCount();
    boolean breached = crossed > last;
    long remaining = target.durationNanos() - elapsed;
    TicketStatus finalStatus = STATUSES[codes[groups - 1]];
    MeasurementState state;
    Instant stoppedAt = null;
    int stopGroup = -1;
    if (span.stop >= 0) {
      stopGroup = span.stop;
      stoppedAt = instant(span.stop);
      state =
          breached
              ? MeasurementState.BREACHED
              : span.stopKind == Stop.RESPONDED
                  ? MeasurementState.ACHIEVED
                  : MeasurementState.CANCELLED;
    } else if (!span.metric.isResponse() && !finalStatus.isActive()) {
      stopGroup = solvedAt;
      stoppedAt = instant(solvedAt);
      state = breached ? MeasurementState.BREACHED : MeasurementState.ACHIEVED;
    } else if (breached) {
      state = MeasurementState.BREACHED;
    } else {
      state =
          finalStatus.isActive() && !target.pauses(finalStatus)
              ? MeasurementState.RUNNING
              : MeasurementState.PAUSED;
    }
    Instant due = null;
    SlaWarning next = null;
    switch (state) {
      case RUNNING:
        due = clock.reach(groups, now, remaining);
        if (crossed < last) {
          Instant at = clock.reach(groups, now, target.warningNanos(crossed) - elapsed);
          next = new SlaWarning(target.warningShare(crossed), at);
        }
        break;
      case ACHIEVED:
        due = remaining > 0 ? clock.reach(stopGroup, stoppedAt, remaining) : stoppedAt;
        break;
      case BREACHED:
        due = crossings[last];
        break;
      default:
        break;
    }
    int warningCount = Math.min(crossed, last);
    ImmutableList<SlaWarning> warnings = ImmutableList.of();
    if (warningCount > 0) {
      // Sized exactly, so build() wraps the array without copying it.
      ImmutableList.Builder<SlaWarning> list = ImmutableList.builderWithExpectedSize(warningCount);
      for (int i = 0; i < warningCount; i++) {
        list.add(new SlaWarning(target.warningShare(i), crossings[i]));
      }
      warnings = list.build();
    }
    return new Measurement(
        span.metric,
        span.cycle,
        span.policy,
        target,
        state,
        instant(span.from),
        stoppedAt,
        elapsed,
        paused,
        due,
        warnings,
        next);
  }
}
