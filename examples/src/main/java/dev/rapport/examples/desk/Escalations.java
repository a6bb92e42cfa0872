package dev.rapport.examples.desk;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.Priority;
import dev.rapport.core.TicketId;
import dev.rapport.core.ticket.TicketEvent;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.sla.SlaMetric;
import dev.rapport.sla.SlaReport;
import dev.rapport.sla.TicketCondition;
import dev.rapport.sla.escalation.EscalationAction;
import dev.rapport.sla.escalation.EscalationEngine;
import dev.rapport.sla.escalation.EscalationLevel;
import dev.rapport.sla.escalation.EscalationPolicy;
import dev.rapport.sla.escalation.EscalationResult;
import dev.rapport.sla.escalation.EscalationState;
import dev.rapport.sla.escalation.EscalationStep;
import dev.rapport.sla.escalation.EscalationTrigger;
import dev.rapport.sla.escalation.NotifyTarget;
import dev.rapport.sla.escalation.Restart;
import dev.rapport.sla.escalation.StopCondition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The desk's escalation chains, run by the {@link EscalationEngine} whenever the breach schedule
 * wakes a ticket and at the engine's own next due instant. Per team, on the team's calendar:
 *
 * <ul>
 *   <li>first response: level 1 at 75% of the target (the team's queue lead), level 2 at the breach
 *       (the team manager; the ticket's priority is raised to at least HIGH and it is tagged {@code
 *       escalated}), level 3 when still unanswered some time after that (the duty manager on call);
 *   <li>next response: at the breach of each cycle, the assignee and the team manager.
 * </ul>
 *
 * A public reply or a solve stops a chain. Fired steps are kept in each ticket's {@link
 * EscalationState}, so no step fires twice. Not thread-safe.
 */
final class Escalations {
  /** Level labels, in the report's order. */
  static final List<String> LEVELS =
      ImmutableList.of(
          "L1: 75% used", "L2: breached", "L3: still unanswered", "Next response breached");

  private final EscalationEngine engine;
  private final Map<TicketId, EscalationState> states = new HashMap<>();
  private final Map<String, Map<Team, Long>> steps = new LinkedHashMap<>();
  private long priorityRaised;

  Escalations(DeskSetup setup) {
    List<EscalationPolicy> policies = new ArrayList<>();
    for (Team team : Team.values()) {
      policies.addAll(policies(team, setup.calendar(team)));
    }
    this.engine = EscalationEngine.of(policies);
    for (String level : LEVELS) {
      steps.put(level, new EnumMap<>(Team.class));
    }
  }

  static List<EscalationPolicy> policies(Team team, BusinessCalendar calendar) {
    TicketCondition ofTeam = TicketCondition.hasAnyTag(team.tag());
    Duration dutyAfter = team == Team.CHAT ? Duration.ofMinutes(30) : Duration.ofHours(2);
    EscalationPolicy first =
        EscalationPolicy.builder(team.tag() + "-first-response")
            .calendar(calendar)
            .stopOn(StopCondition.PUBLIC_REPLY, StopCondition.SOLVED)
            .level(
                EscalationLevel.builder(
                        EscalationTrigger.slaShareConsumed(SlaMetric.FIRST_RESPONSE, 0.75))
                    .when(ofTeam)
                    .notifying(NotifyTarget.team(team.id()))
                    .build())
            .level(
                EscalationLevel.builder(EscalationTrigger.slaBreached(SlaMetric.FIRST_RESPONSE))
                    .when(ofTeam)
                    .notifying(NotifyTarget.managerOfAssigneeTeam())
                    .actions(
                        EscalationAction.raisePriority(Priority.HIGH),
                        EscalationAction.addTag("escalated"))
                    .build())
            .level(
                EscalationLevel.builder(EscalationTrigger.afterPrevious(dutyAfter))
                    .when(ofTeam)
                    .notifying(NotifyTarget.onCall("duty-manager"))
                    .build())
            .build();
    EscalationPolicy next =
        EscalationPolicy.builder(team.tag() + "-next-response")
            .calendar(calendar)
            .stopOn(StopCondition.PUBLIC_REPLY, StopCondition.SOLVED)
            .restartOn(Restart.NEXT_RESPONSE_CYCLE, Restart.REOPENED)
            .level(
                EscalationLevel.builder(EscalationTrigger.slaBreached(SlaMetric.NEXT_RESPONSE))
                    .when(ofTeam)
                    .notifying(NotifyTarget.assignee(), NotifyTarget.managerOfAssigneeTeam())
                    .build())
            .build();
    return List.of(first, next);
  }

  /**
   * Fires the steps due for {@code ticket} at {@code now} (its SLA report at {@code now} given),
   * and returns the events their actions append, and when to ask again.
   */
  Optional<Instant> run(Ticket ticket, SlaReport report, Instant now, List<TicketEvent> actions) {
    EscalationState state = states.getOrDefault(ticket.id, EscalationState.initial(ticket.id));
    EscalationResult result = engine.due(ticket.timeline, report, state, now);
    for (EscalationStep step : result.steps()) {
      String level =
          step.id().policy().endsWith("-next-response")
              ? LEVELS.get(3)
              : LEVELS.get(step.id().level() - 1);
      steps.get(level).merge(ticket.team, 1L, Long::sum);
      for (EscalationAction action : step.actions()) {
        Optional<TicketEvent> event = action.toEvent(ticket.timeline.currentState(), now);
        if (event.isPresent()) {
          if (action instanceof EscalationAction.RaisePriority) {
            priorityRaised++;
          }
          actions.add(event.get());
        }
      }
    }
    states.put(ticket.id, result.state());
    return result.nextDueAt();
  }

  EscalationTotals totals() {
    Map<String, Map<String, Long>> byLevel = new LinkedHashMap<>();
    long total = 0;
    for (Map.Entry<String, Map<Team, Long>> level : steps.entrySet()) {
      Map<String, Long> teams = new LinkedHashMap<>();
      for (Team team : Team.values()) {
        long count = level.getValue().getOrDefault(team, 0L);
        teams.put(team.label(), count);
        total += count;
      }
      byLevel.put(level.getKey(), teams);
    }
    List<String> described = new ArrayList<>();
    for (Team team : Team.values()) {
      String later = team == Team.CHAT ? "30 min" : "2 business hours";
      described.add(
          team.tag()
              + "-first-response: at 75% of the target, the team's queue lead; at the breach, the"
              + " team manager, priority raised to at least HIGH, tagged escalated; "
              + later
              + " later, the duty manager on call. Stops on a public reply or a solve.");
      described.add(
          team.tag()
              + "-next-response: at each breach, the assignee and the team manager; restarts"
              + " with every next-response cycle and every reopen.");
    }
    return new EscalationTotals(byLevel, total, priorityRaised, described);
  }
}
