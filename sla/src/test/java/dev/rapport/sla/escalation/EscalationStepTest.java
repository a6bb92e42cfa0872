package dev.rapport.sla.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.Priority;
import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.TicketState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EscalationStepTest {
  static final StepId ID = new StepId(Fixtures.TICKET, "p", 1, 1, 0);
  static final TicketState STATE =
      new TicketState(TicketStatus.OPEN, Priority.NORMAL, Set.of(), Optional.empty(), Optional.empty());
  static final Instant DUE = Instant.parse("2027-01-04T10:00:00Z");

  static EscalationStep step(Optional<SkipReason> skipped) {
    return new EscalationStep(
        ID,
        DUE,
        List.of(NotifyTarget.assignee()),
        List.of(EscalationAction.raisePriority(Priority.HIGH)),
        STATE,
        StepReasonTest.reason(Optional.empty(), skipped));
  }

  @Test
  void describeIsOneLineForLogsAndPeople() {
    assertThat(step(Optional.empty()).describe())
        .startsWith(
            "T-1/p cycle 1 level 1 repetition 0 due 2027-01-04T10:00:00Z: notify [assignee], do"
                + " [raise priority to at least HIGH], because sinceStatus(OPEN, PT2H): ");
    assertThat(step(Optional.empty()).isSkipped()).isFalse();
    assertThat(step(Optional.of(SkipReason.OUTSIDE_WINDOW)).isSkipped()).isTrue();
    assertThat(step(Optional.of(SkipReason.OUTSIDE_WINDOW)).describe())
        .contains("repetition 0 skipped at 2027-01-04T10:00:00Z");
  }

  @Test
  void aStepBeforeItsTriggerHeldIsRejected() {
    assertThatThrownBy(
            () ->
                new EscalationStep(
                    ID,
                    DUE.minusSeconds(1),
                    List.of(),
                    List.of(),
                    STATE,
                    StepReasonTest.reason(Optional.empty(), Optional.empty())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "dueAt must not be before the trigger held at 2027-01-04T10:00:00Z, but was"
                + " 2027-01-04T09:59:59Z");
  }

  @Test
  void listsAreCopiedAndNullsRejected() {
    java.util.ArrayList<NotifyTarget> targets = new java.util.ArrayList<>(List.of(NotifyTarget.assignee()));
    EscalationStep step =
        new EscalationStep(ID, DUE, targets, List.of(), STATE, StepReasonTest.reason(Optional.empty(), Optional.empty()));
    targets.clear();
    assertThat(step.targets()).containsExactly(NotifyTarget.assignee());
    targets.add(null);
    assertThatThrownBy(
            () ->
                new EscalationStep(
                    ID, DUE, targets, List.of(), STATE, StepReasonTest.reason(Optional.empty(), Optional.empty())))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("targets must not contain null, but was [null]");
  }
}
