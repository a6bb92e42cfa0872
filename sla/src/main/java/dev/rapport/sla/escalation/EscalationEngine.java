package dev.rapport.sla.escalation;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.ticket.TicketTimeline;
import dev.rapport.sla.SlaReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs escalation policies on tickets: returns the steps due by an instant, each exactly once, and
 * when to look again.
 *
 * <pre>{@code
 * EscalationEngine escalation = EscalationEngine.of(List.of(firstResponse, silence));
 * SlaReport report = slaEngine.evaluate(timeline, now);
 * EscalationResult result = escalation.due(timeline, report, store.state(ticketId), now);
 * for (EscalationStep step : result.steps()) {
 *   notifier.send(step.id().key(), step.targets(), step.describe());   // de-duplicated by key
 *   for (EscalationAction action : step.actions()) {
 *     action.toEvent(timeline.currentState(), now).ifPresent(tickets::append);
 *   }
 * }
 * store.save(ticketId, result.state());
 * result.nextDueAt().ifPresent(at -> scheduler.wakeUp(ticketId, at));
 * }</pre>
 *
 * <p>{@link #due} is a pure function of the policies, the ticket's timeline up to {@code now}, its
 * SLA report at {@code now}, the state and {@code now}: it reads no clock and keeps nothing. Each
 * step's instant depends only on the ticket's history up to that instant, so asking every minute
 * and asking once at the end give the same steps, with the same ids, at the same instants; the
 * state removes those already handed out. A caller that missed some time (a scheduler that was
 * down) gets every step it missed at once, each with its own due instant.
 *
 * <p>SLA triggers read the report. Under {@link dev.rapport.sla.Reselection#FROM_CREATION} a
 * change of SLA target measures the cycle again from its start, which can move a share's crossing
 * (a looser target crosses it later): a step that fired on the earlier crossing stays fired, since
 * the state remembers it, and the new crossing does not fire it again. Under the default {@code
 * FROM_CHANGE} a crossing, once reported, never moves.
 *
 * <p>Ask again after every event of the ticket (a status change, a reply, a new SLA policy) and at
 * {@link EscalationResult#nextDueAt()}, which assumes the ticket does not change before then; the
 * SLA engine's {@link dev.rapport.sla.BreachSchedule} or the caller's own scheduler can wake up
 * exactly then. Fired steps are logged at DEBUG, with their reasons.
 *
 * <p>Immutable and thread-safe.
 */
public final class EscalationEngine {
  private static final Logger LOG = LoggerFactory.getLogger(EscalationEngine.class);

  private static final Comparator<EscalationStep> BY_DUE =
      Comparator.comparing(EscalationStep::dueAt);

  private final ImmutableList<EscalationPolicy> policies;

  private EscalationEngine(ImmutableList<EscalationPolicy> policies) {
    this.policies = policies;
  }

  /**
   * Returns an engine that runs each of {@code policies} on every ticket, independently.
   *
   * @throws IllegalArgumentException if {@code policies} is empty or two policies share a name
   */
  public static EscalationEngine of(List<EscalationPolicy> policies) {
    ImmutableList<EscalationPolicy> list = ImmutableList.copyOf(Checks.noNulls(policies, "policies"));
    if (list.isEmpty()) {
      throw new IllegalArgumentException("policies must not be empty, but was " + policies);
    }
    Set<String> names = new HashSet<>();
    for (EscalationPolicy policy : list) {
      if (!names.add(policy.name())) {
        throw new IllegalArgumentException(
            "policies must have distinct names, but \"" + policy.name() + "\" appears twice");
      }
    }
    return new EscalationEngine(list);
  }

  /** Returns an engine that runs the given policies; see {@link #of(List)}. */
  public static EscalationEngine of(EscalationPolicy... policies) {
    return of(List.of(Objects.requireNonNull(policies, "policies")));
  }

  /** Returns the policies, in order; immutable. */
  public List<EscalationPolicy> policies() {
    return policies;
  }

  /**
   * Returns the steps of every policy that fell due at or before {@code now} and are not yet in
   * {@code state}, the steps skipped in that time, the new state and the next instant a step falls
   * due. Events of the timeline after {@code now} are ignored; events at {@code now} count.
   *
   * @param timeline the ticket's timeline
   * @param report the ticket's SLA report at {@code now}, from {@link
   *     dev.rapport.sla.SlaEngine#evaluate}; SLA triggers read it
   * @param state what was already handed out for the ticket ({@link
   *     EscalationState#initial} the first time)
   * @param now the instant to evaluate at
   * @throws IllegalArgumentException if {@code now} is before the ticket's creation, or the report
   *     or the state is for another ticket, or the report is not at {@code now}
   */
  public EscalationResult due(
      TicketTimeline timeline, SlaReport report, EscalationState state, Instant now) {
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(now, "now");
    if (now.isBefore(timeline.created().at())) {
      throw new IllegalArgumentException(
          "now must not be before the ticket's creation at "
              + timeline.created().at()
              + ", but was "
              + now);
    }
    if (!report.ticketId().equals(timeline.ticketId())) {
      throw new IllegalArgumentException(
          "report must be for ticket " + timeline.ticketId() + ", but was for "
              + report.ticketId());
    }
    if (!report.evaluatedAt().equals(now)) {
      throw new IllegalArgumentException(
          "report must be evaluated at now " + now + ", but was at " + report.evaluatedAt());
    }
    if (!state.ticketId().equals(timeline.ticketId())) {
      throw new IllegalArgumentException(
          "state must be for ticket " + timeline.ticketId() + ", but was for " + state.ticketId());
    }
    TicketView view = TicketView.of(timeline, report, now);
    List<EscalationStep> fired = new ArrayList<>();
    List<EscalationStep> skipped = new ArrayList<>();
    Instant next = null;
    for (EscalationPolicy policy : policies) {
      Chain chain = new Chain(policy, view, state).run();
      for (EscalationStep step : chain.steps) {
        (step.isSkipped() ? skipped : fired).add(step);
      }
      if (chain.nextDueAt != null && (next == null || chain.nextDueAt.isBefore(next))) {
        next = chain.nextDueAt;
      }
    }
    // Stable sorts: ties keep policy order, and within a policy chain order.
    fired.sort(BY_DUE);
    skipped.sort(BY_DUE);
    if (LOG.isDebugEnabled()) {
      for (EscalationStep step : fired) {
        LOG.debug("escalation step due: {}", step.describe());
      }
      for (EscalationStep step : skipped) {
        LOG.debug("escalation step skipped: {}", step.describe());
      }
    }
    List<EscalationStep> handled = new ArrayList<>(fired);
    handled.addAll(skipped);
    return new EscalationResult(
        now, fired, skipped, state.record(handled), Optional.ofNullable(next));
  }

  @Override
  public String toString() {
    return "EscalationEngine" + policies;
  }
}
