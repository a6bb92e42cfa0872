package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.sla.SlaEngine;
import dev.rapport.sla.escalation.EscalationEngine;
import dev.rapport.sla.escalation.EscalationPolicy;
import dev.rapport.sla.escalation.EscalationResult;
import dev.rapport.sla.escalation.EscalationState;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Generated escalation policies, and the results of running generated engines on generated
 * tickets, written to JSON and read back are equal, and written again give the same text.
 */
class EscalationJsonPropertyTest {
  private static final ObjectMapper MAPPER = Json.MAPPER;

  @Test
  void policiesRoundTrip() {
    qt().withExamples(200)
        .forAll(QtEscalationGens.policies())
        .checkAssert(
            policy -> {
              String written = Json.write(MAPPER, policy);
              EscalationPolicy read = Json.read(written, EscalationPolicy.class);
              assertThat(read).as(written).isEqualTo(policy);
              assertThat(Json.write(MAPPER, read)).isEqualTo(written);
            });
  }

  @Test
  void resultsRoundTrip() {
    qt().withExamples(100)
        .forAll(
            QtEscalationGens.engines(),
            EscalationEnginePropertyTest.slaPolicySets(),
            EscalationEnginePropertyTest.timelines())
        .checkAssert(
            (engine, sla, timeline) -> {
              Instant end = EscalationEnginePropertyTest.end(timeline);
              EscalationResult result =
                  engine.due(
                      timeline,
                      SlaEngine.of(sla).evaluate(timeline, end),
                      EscalationState.initial(timeline.ticketId()),
                      end);
              String written = Json.write(MAPPER, result);
              EscalationResult read = Json.read(written, EscalationResult.class);
              assertThat(read).as(written).isEqualTo(result);
              assertThat(Json.write(MAPPER, read)).isEqualTo(written);
            });
  }

  @Test
  void enginesPoliciesRoundTripAsAList() {
    qt().withExamples(50)
        .forAll(QtEscalationGens.engines())
        .checkAssert(
            engine -> {
              String written = Json.write(MAPPER, engine.policies());
              EscalationPolicy[] read = Json.read(written, EscalationPolicy[].class);
              assertThat(EscalationEngine.of(read).policies()).isEqualTo(engine.policies());
            });
  }
}
