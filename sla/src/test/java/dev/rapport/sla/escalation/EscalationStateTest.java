package dev.rapport.sla.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.TicketId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EscalationStateTest {
  private static final TicketId T1 = Fixtures.TICKET;

  private static EscalationStep step(int level, boolean skipped) {
    EscalationStep base = EscalationStepTest.step(skipped ? Optional.of(SkipReason.OUTSIDE_WINDOW) : Optional.empty());
    return new EscalationStep(
        new StepId(T1, "p", 1, level, 0), base.dueAt(), base.targets(), base.actions(), base.ticket(), base.reason());
  }

  @Test
  void recordingIsIdempotentAndKeepsTheFirstRecord() {
    EscalationState initial = EscalationState.initial(T1);
    EscalationState once = initial.record(List.of(step(1, false), step(2, true)));
    EscalationState twice = once.record(List.of(step(1, false), step(2, true)));

    assertThat(initial.fired()).isEmpty();
    assertThat(once.fired()).containsExactly(step(1, false).id());
    assertThat(once.skipped()).containsExactly(step(2, true).id());
    assertThat(twice).isSameAs(once);
    // A step recorded as fired stays fired even if it comes back as skipped.
    assertThat(once.record(List.of(step(1, true)))).isSameAs(once);
    assertThat(once.isHandled(step(1, false).id())).isTrue();
    assertThat(once.isHandled(step(3, false).id())).isFalse();
    assertThat(once).hasToString("EscalationState[T-1: 1 fired, 1 skipped]");
  }

  @Test
  void ofRebuildsAStoredState() {
    StepId a = new StepId(T1, "p", 1, 1, 0);
    StepId b = new StepId(T1, "p", 1, 2, 0);
    EscalationState state = EscalationState.of(T1, List.of(b, a), Set.of());
    assertThat(state.fired()).containsExactly(a, b);
    assertThat(state).isEqualTo(EscalationState.initial(T1).record(List.of(step(2, false), step(1, false))));
    assertThat(state).hasSameHashCodeAs(EscalationState.of(T1, Set.of(a, b), List.of()));
  }

  @Test
  void idsOfAnotherTicketOrInBothSetsAreRejected() {
    StepId other = new StepId(TicketId.of("T-2"), "p", 1, 1, 0);
    StepId a = new StepId(T1, "p", 1, 1, 0);
    assertThatThrownBy(() -> EscalationState.of(T1, List.of(other), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step ids must be for ticket T-1, but one was " + other);
    assertThatThrownBy(() -> EscalationState.of(T1, List.of(a), List.of(a)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fired and skipped must be disjoint, but both had [" + a + "]");
    assertThatThrownBy(() -> EscalationState.initial(TicketId.of("T-2")).record(List.of(step(1, false))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step ids must be for ticket T-2, but one was " + a);
    assertThatThrownBy(() -> EscalationState.initial(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ticketId");
  }
}
