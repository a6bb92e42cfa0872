package dev.rapport.sla.escalation;

import static dev.rapport.sla.escalation.Fixtures.local;
import static dev.rapport.sla.escalation.Fixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.Priority;
import dev.rapport.sla.TicketCondition;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** A skipped step says why, is reported once and is recorded in the state. */
class SkipReasonTest {

  @Test
  void aWindowSkipTakesPrecedenceOverTheCondition() {
    // Due on a Saturday outside Monday's window and for a NORMAL ticket that the condition
    // rejects: the window is checked first.
    EscalationPolicy policy =
        EscalationPolicy.builder("p")
            .level(
                EscalationLevel.builder(EscalationTrigger.sinceCreated(Duration.ZERO))
                    .notifying(NotifyTarget.onCall("duty"))
                    .when(TicketCondition.priorityIn(Priority.URGENT))
                    .window(
                        TimeWindow.of(EnumSet.of(DayOfWeek.MONDAY), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT),
                        OutsideWindow.SKIP)
                    .build())
            .level(
                EscalationLevel.builder(EscalationTrigger.afterPrevious(Duration.ZERO))
                    .notifying(NotifyTarget.onCall("duty"))
                    .when(TicketCondition.priorityIn(Priority.URGENT))
                    .build())
            .build();
    Instant saturday = local("2027-01-09T12:00");
    Fixtures.Run run = new Fixtures.Run(policy, ticket(saturday).timeline());
    EscalationResult first = run.at(saturday);
    EscalationResult second = run.at(saturday.plusSeconds(60));

    assertThat(first.skipped())
        .extracting(s -> s.reason().skipped().orElseThrow())
        .containsExactly(SkipReason.OUTSIDE_WINDOW, SkipReason.CONDITION_NOT_MET);
    assertThat(first.skipped()).allSatisfy(s -> assertThat(s.isSkipped()).isTrue());
    assertThat(first.steps()).isEmpty();
    assertThat(second.skipped()).isEmpty();
    assertThat(run.state.skipped()).hasSize(2);
    assertThat(first.skipped().get(0).describe()).contains("skipped at", "skipped: OUTSIDE_WINDOW");
  }
}
