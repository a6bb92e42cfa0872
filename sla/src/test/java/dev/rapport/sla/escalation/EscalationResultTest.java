package dev.rapport.sla.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EscalationResultTest {
  private static final Instant NOW = Instant.parse("2027-01-04T10:00:00Z");

  @Test
  void listsAreCopied() {
    List<EscalationStep> steps = new ArrayList<>(List.of(EscalationStepTest.step(Optional.empty())));
    EscalationResult result =
        new EscalationResult(NOW, steps, List.of(), EscalationState.initial(Fixtures.TICKET), Optional.empty());
    steps.clear();
    assertThat(result.steps()).hasSize(1);
  }

  @Test
  void nextDueAtMustBeAfterTheEvaluation() {
    assertThatThrownBy(
            () ->
                new EscalationResult(
                    NOW, List.of(), List.of(), EscalationState.initial(Fixtures.TICKET), Optional.of(NOW)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nextDueAt must be after evaluatedAt " + NOW + ", but was " + NOW);
    assertThatThrownBy(
            () -> new EscalationResult(NOW, List.of(), List.of(), null, Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("state");
  }
}
