package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.AgentReply;
import dev.rapport.core.ticket.TicketEvent;
import dev.rapport.core.ticket.TicketTimeline;
import dev.rapport.sla.Measurement;
import dev.rapport.sla.MeasurementState;
import dev.rapport.sla.Reselection;
import dev.rapport.sla.SlaEngine;
import dev.rapport.sla.SlaMetric;
import dev.rapport.sla.SlaPolicy;
import dev.rapport.sla.SlaTarget;
import dev.rapport.sla.SlaPolicySet;
import dev.rapport.sla.escalation.DelayClock;
import dev.rapport.sla.escalation.EscalationEngine;
import dev.rapport.sla.escalation.EscalationLevel;
import dev.rapport.sla.escalation.EscalationPolicy;
import dev.rapport.sla.escalation.EscalationResult;
import dev.rapport.sla.escalation.EscalationState;
import dev.rapport.sla.escalation.EscalationStep;
import dev.rapport.sla.escalation.EscalationTrigger;
import dev.rapport.sla.escalation.NotifyTarget;
import dev.rapport.sla.escalation.Restart;
import dev.rapport.sla.escalation.SkipReason;
import dev.rapport.sla.escalation.StepId;
import dev.rapport.sla.escalation.StepReason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of {@code EscalationEngine} on generated engines (1 to 3 policies with every kind of
 * trigger), SLA policy sets and timelines moved to whole minutes: evaluating at every minute gives
 * the same steps as evaluating once at the end; no step id repeats; every step is handed out at the
 * first evaluation at or after its instant, never before; {@code nextDueAt} names the next step
 * exactly; and at each step's instant its trigger, window and condition hold, checked from the
 * ticket's history without the engine.
 *
 * <p>SLA policy sets reselect {@code FROM_CHANGE}: under {@code FROM_CREATION} a change of target
 * measures the cycle again and can move a warning, so a step found early could vanish later.
 */
class EscalationEnginePropertyTest {
  private static final int EXAMPLES = 40;
  private static final Duration HORIZON = Duration.ofHours(30);

  static Gen<TicketTimeline> timelines() {
    return QtTimelineGens.timelines(10).map(MinuteSlaModel::wholeMinutes);
  }

  static Gen<SlaPolicySet> slaPolicySets() {
    return QtSlaGens.policySets()
        .map(set -> SlaPolicySet.builder(set).reselection(Reselection.FROM_CHANGE).build());
  }

  /** The instant both runs end: a whole minute, some hours after the creation. */
  static Instant end(TicketTimeline timeline) {
    return timeline.created().at().plus(HORIZON);
  }

  /** A step as the two runs compare it. */
  record Seen(StepId id, Instant dueAt, boolean skipped) {
    static Seen of(EscalationStep step) {
      return new Seen(step.id(), step.dueAt(), step.isSkipped());
    }
  }

  @Test
  void everyMinuteAndOnceAtTheEndGiveTheSameStepsEachAtItsFirstChance() {
    qt().withExamples(EXAMPLES)
        .forAll(QtEscalationGens.engines(), slaPolicySets(), timelines())
        .checkAssert(
            (engine, slaPolicies, timeline) -> {
              SlaEngine sla = SlaEngine.of(slaPolicies);
              Instant end = end(timeline);
              EscalationState state = EscalationState.initial(timeline.ticketId());
              List<Seen> everyMinute = new ArrayList<>();
              Set<StepId> ids = new HashSet<>();
              Instant previous = null;
              EscalationResult last = null;
              for (Instant now = timeline.created().at();
                  !now.isAfter(end);
                  now = now.plus(Duration.ofMinutes(1))) {
                EscalationResult result = engine.due(timeline, sla.evaluate(timeline, now), state, now);
                for (EscalationStep step : concat(result)) {
                  assertThat(ids.add(step.id())).as("repeated %s", step.id()).isTrue();
                  assertThat(step.dueAt()).isBeforeOrEqualTo(now);
                  if (previous != null) {
                    assertThat(step.dueAt()).as("%s was due earlier", step.id()).isAfter(previous);
                  }
                  everyMinute.add(Seen.of(step));
                }
                if (last != null && !eventIn(timeline, previous, now)) {
                  checkNextDue(last, result, now);
                }
                // Recording the steps again changes nothing.
                assertThat(result.state().record(concat(result))).isEqualTo(result.state());
                state = result.state();
                previous = now;
                last = result;
              }
              EscalationResult once =
                  engine.due(
                      timeline,
                      sla.evaluate(timeline, end),
                      EscalationState.initial(timeline.ticketId()),
                      end);
              assertThat(concat(once).stream().map(Seen::of).sorted(BY_ID).toList())
                  .as("%s\n%s\n%s", engine, slaPolicies, timeline.events())
                  .isEqualTo(everyMinute.stream().sorted(BY_ID).toList());
              assertThat(once.state()).isEqualTo(state);
            });
  }

  @Test
  void atEachStepItsTriggerWindowAndConditionHold() {
    qt().withExamples(EXAMPLES * 3)
        .forAll(QtEscalationGens.engines(), slaPolicySets(), timelines())
        .checkAssert(
            (engine, slaPolicies, timeline) -> {
              SlaEngine sla = SlaEngine.of(slaPolicies);
              Instant end = end(timeline);
              EscalationResult result =
                  engine.due(
                      timeline,
                      sla.evaluate(timeline, end),
                      EscalationState.initial(timeline.ticketId()),
                      end);
              for (EscalationStep step : concat(result)) {
                checkStep(engine, sla, timeline, step);
              }
            });
  }

  @Test
  void slaSharesFoundByReplayingTheTimelineAgreeWithTheReportsWarnings() {
    // The same policies with and without the shares as warning thresholds: with them, the engine
    // reads a share's instant from the report; without, it replays the ticket's statuses. Both
    // must agree, at any instant, also on the projected next instant.
    qt().withExamples(EXAMPLES * 3)
        .forAll(slaPolicySets(), timelines(), integers().between(0, 1000), booleans().all())
        .checkAssert(
            (policies, timeline, permille, restart) -> {
              List<EscalationPolicy> escalation = new ArrayList<>();
              for (String key : warnings(policies)) {
                String[] parts = key.split(" ");
                escalation.add(
                    EscalationPolicy.builder(key)
                        .level(
                            EscalationLevel.builder(
                                    EscalationTrigger.slaShareConsumed(
                                        SlaMetric.valueOf(parts[0]), Double.parseDouble(parts[1])))
                                .notifying(NotifyTarget.onCall("duty"))
                                .build())
                        .stopOn()
                        .restartOn(restart ? new Restart[] {Restart.NEXT_RESPONSE_CYCLE} : new Restart[0])
                        .build());
              }
              EscalationEngine engine = EscalationEngine.of(escalation);
              Instant now =
                  timeline.created().at().plus(HORIZON.multipliedBy(permille).dividedBy(1000));
              EscalationResult withWarnings = dueOnce(engine, SlaEngine.of(policies), timeline, now);
              EscalationResult replayed =
                  dueOnce(engine, SlaEngine.of(withMarkers(policies)), timeline, now);
              assertThat(replayed.steps().stream().map(Seen::of).toList())
                  .as("%s\n%s\nat %s", policies, timeline.events(), now)
                  .isEqualTo(withWarnings.steps().stream().map(Seen::of).toList());
              assertThat(replayed.nextDueAt()).isEqualTo(withWarnings.nextDueAt());
            });
  }

  private static EscalationResult dueOnce(
      EscalationEngine engine, SlaEngine sla, TicketTimeline timeline, Instant now) {
    return engine.due(
        timeline, sla.evaluate(timeline, now), EscalationState.initial(timeline.ticketId()), now);
  }

  /** The distinct "METRIC share" pairs of the targets' warnings, and always one more. */
  private static Set<String> warnings(SlaPolicySet policies) {
    Set<String> result = new java.util.TreeSet<>(List.of(SlaMetric.FIRST_RESPONSE + " 0.75"));
    for (SlaPolicy policy : policies.policies()) {
      for (SlaTarget target : policy.targets().values()) {
        for (double share : target.warnings()) {
          result.add(target.metric() + " " + share);
        }
      }
    }
    return result;
  }

  /**
   * Returns the policies with each target's warnings replaced by one tiny marker share, the same
   * for the same warnings: targets that were equal stay equal and targets that differed still
   * differ (the SLA engine keeps a measurement running when the new target equals the old one),
   * while no share of the escalation policies is a warning any more.
   */
  private static SlaPolicySet withMarkers(SlaPolicySet policies) {
    List<List<Double>> lists = new ArrayList<>();
    SlaPolicySet.Builder set = SlaPolicySet.builder().reselection(policies.reselection());
    for (SlaPolicy policy : policies.policies()) {
      SlaPolicy.Builder marked = SlaPolicy.builder(policy);
      for (SlaTarget target : policy.targets().values()) {
        if (!lists.contains(target.warnings())) {
          lists.add(target.warnings());
        }
        double marker = (lists.indexOf(target.warnings()) + 1) / 1000.0;
        marked.target(SlaTarget.builder(target).warnings(marker).build());
      }
      set.add(marked.build());
    }
    return set.build();
  }

  private static final java.util.Comparator<Seen> BY_ID =
      java.util.Comparator.comparing(Seen::id);

  private static List<EscalationStep> concat(EscalationResult result) {
    List<EscalationStep> all = new ArrayList<>(result.steps());
    all.addAll(result.skipped());
    return all;
  }

  private static boolean eventIn(TicketTimeline timeline, Instant after, Instant upTo) {
    for (TicketEvent event : timeline.events()) {
      if (event.at().isAfter(after) && !event.at().isAfter(upTo)) {
        return true;
      }
    }
    return false;
  }

  /** With no event since the last evaluation, its next due instant is exactly the next step. */
  private static void checkNextDue(EscalationResult last, EscalationResult result, Instant now) {
    if (last.nextDueAt().isPresent() && !last.nextDueAt().get().isAfter(now)) {
      assertThat(result.steps()).isNotEmpty();
      assertThat(result.steps().get(0).dueAt()).isEqualTo(last.nextDueAt().get());
      assertThat(result.nextDueAt()).isNotEqualTo(last.nextDueAt());
    } else {
      assertThat(result.steps()).isEmpty();
      assertThat(result.nextDueAt()).isEqualTo(last.nextDueAt());
    }
  }

  private static void checkStep(
      EscalationEngine engine, SlaEngine sla, TicketTimeline timeline, EscalationStep step) {
    EscalationPolicy policy =
        engine.policies().stream()
            .filter(p -> p.name().equals(step.id().policy()))
            .findFirst()
            .orElseThrow();
    EscalationLevel level = policy.levels().get(step.id().level() - 1);
    StepReason reason = step.reason();
    Instant due = step.dueAt();
    String what = step.describe() + "\n" + timeline.events();
    assertThat(reason.trigger()).isEqualTo(level.trigger());
    assertThat(due).as(what).isAfterOrEqualTo(reason.triggeredAt()).isAfterOrEqualTo(reason.readyAt());
    assertThat(step.ticket()).isEqualTo(timeline.stateAt(due));
    EscalationTrigger trigger = level.trigger();
    if (trigger instanceof EscalationTrigger.SlaShareConsumed
        || trigger instanceof EscalationTrigger.SlaBreached) {
      checkSla(sla, timeline, trigger, reason, due, what);
    } else {
      Duration measured = between(policy, reason.clock(), reason.since(), due);
      assertThat(measured).as(what).isGreaterThanOrEqualTo(reason.threshold());
      assertThat(reason.since()).as(what).isBeforeOrEqualTo(due);
      if (trigger instanceof EscalationTrigger.AfterPrevious) {
        assertThat(reason.since()).as(what).isEqualTo(reason.readyAt());
      } else if (trigger instanceof EscalationTrigger.SinceCreated) {
        assertThat(isEventInstant(timeline, reason.since())).as(what).isTrue();
      } else if (trigger instanceof EscalationTrigger.SinceStatus since) {
        assertThat(timeline.statusAt(reason.since())).as(what).isEqualTo(since.status());
        for (int i = 0; i < timeline.size(); i++) {
          Instant at = timeline.events().get(i).at();
          if (at.isAfter(reason.since()) && !at.isAfter(due)) {
            assertThat(timeline.stateAfter(i).status()).as(what).isEqualTo(since.status());
          }
        }
      } else {
        for (TicketEvent event : timeline.events()) {
          if (event instanceof AgentReply reply && reply.isPublic()) {
            assertThat(event.at().isAfter(reason.since()) && !event.at().isAfter(due))
                .as("a public reply at %s: %s", event.at(), what)
                .isFalse();
          }
        }
      }
    }
    boolean inWindow =
        level.window().map(w -> w.contains(due, policy.calendar().zone())).orElse(true);
    if (reason.skipped().equals(java.util.Optional.of(SkipReason.OUTSIDE_WINDOW))) {
      assertThat(inWindow).as(what).isFalse();
    } else {
      assertThat(inWindow).as(what).isTrue();
      boolean matches = level.condition().matches(timeline.created(), timeline.stateAt(due));
      assertThat(matches).as(what).isEqualTo(reason.skipped().isEmpty());
    }
    assertThat(timeline.statusAt(due)).as(what).isNotEqualTo(TicketStatus.CLOSED);
  }

  private static void checkSla(
      SlaEngine sla,
      TicketTimeline timeline,
      EscalationTrigger trigger,
      StepReason reason,
      Instant due,
      String what) {
    boolean breach = trigger instanceof EscalationTrigger.SlaBreached;
    var metric =
        breach
            ? ((EscalationTrigger.SlaBreached) trigger).metric()
            : ((EscalationTrigger.SlaShareConsumed) trigger).metric();
    boolean held = false;
    for (Measurement m : sla.evaluate(timeline, due).measurements(metric)) {
      if (breach) {
        held |= m.state() == MeasurementState.BREACHED && !m.breachedAt().orElseThrow().isAfter(due);
      } else {
        held |= m.elapsed().compareTo(reason.threshold()) >= 0;
      }
    }
    assertThat(held).as(what).isTrue();
  }

  private static boolean isEventInstant(TicketTimeline timeline, Instant instant) {
    return timeline.events().stream().anyMatch(e -> e.at().equals(instant));
  }

  private static Duration between(EscalationPolicy policy, DelayClock clock, Instant a, Instant b) {
    return clock == DelayClock.WALL ? Duration.between(a, b) : policy.calendar().between(a, b);
  }
}
