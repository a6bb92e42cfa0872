package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.rapport.core.ticket.TicketTimeline;
import dev.rapport.sla.SlaEngine;
import dev.rapport.sla.escalation.EscalationEngine;
import dev.rapport.sla.escalation.EscalationPolicy;
import dev.rapport.sla.escalation.EscalationResult;
import dev.rapport.sla.escalation.EscalationState;
import dev.rapport.sla.escalation.EscalationStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The escalation engine agrees with {@link MinuteEscalationModel} on generated policies with delay
 * triggers (sample calendars, windows, conditions, repetitions, stops and restarts) and generated
 * timelines moved to whole minutes.
 */
class EscalationModelPropertyTest {
  private static final int EXAMPLES = 150;

  private static Gen<EscalationPolicy> policies() {
    return QtTimelineGens.from(
        EscalationGenerators.policies(
            SlaGenerators.sampleCalendars(), EscalationGenerators.delayTriggers()));
  }

  @Test
  void agreesWithTheMinuteSteppingModel() {
    SlaEngine sla = SlaEngine.of(SlaGenerators.policySets().apply(new java.util.SplittableRandom(1)));
    qt().withExamples(EXAMPLES)
        .forAll(policies(), EscalationEnginePropertyTest.timelines())
        .checkAssert(
            (policy, timeline) -> {
              Instant end = EscalationEnginePropertyTest.end(timeline);
              EscalationResult result =
                  EscalationEngine.of(policy)
                      .due(
                          timeline,
                          sla.evaluate(timeline, end),
                          EscalationState.initial(timeline.ticketId()),
                          end);
              List<MinuteEscalationModel.Step> engine = new ArrayList<>();
              for (List<EscalationStep> steps : List.of(result.steps(), result.skipped())) {
                for (EscalationStep step : steps) {
                  engine.add(
                      new MinuteEscalationModel.Step(
                          step.id().cycle(),
                          step.id().level(),
                          step.id().repetition(),
                          step.dueAt(),
                          step.isSkipped()));
                }
              }
              engine.sort(ORDER);
              assertThat(engine)
                  .as("%s\n%s", policy, timeline.events())
                  .isEqualTo(MinuteEscalationModel.run(policy, timeline, end));
            });
  }

  private static final Comparator<MinuteEscalationModel.Step> ORDER =
      Comparator.comparingInt(MinuteEscalationModel.Step::cycle)
          .thenComparing(MinuteEscalationModel.Step::at)
          .thenComparingInt(MinuteEscalationModel.Step::repetition)
          .thenComparingInt(MinuteEscalationModel.Step::level);
}
