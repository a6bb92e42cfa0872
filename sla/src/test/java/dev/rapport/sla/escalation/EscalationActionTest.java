package dev.rapport.sla.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.AgentId;
import dev.rapport.core.Priority;
import dev.rapport.core.TeamId;
import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.Assigned;
import dev.rapport.core.ticket.PriorityChanged;
import dev.rapport.core.ticket.TagsChanged;
import dev.rapport.core.ticket.TicketEvent;
import dev.rapport.core.ticket.TicketState;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EscalationActionTest {
  private static final Instant AT = Instant.parse("2027-01-04T10:00:00Z");
  private static final TeamId TIER2 = TeamId.of("tier-2");

  private static TicketState state(
      Priority priority, Set<String> tags, Optional<AgentId> agent, Optional<TeamId> team) {
    return new TicketState(TicketStatus.OPEN, priority, tags, agent, team);
  }

  private static final TicketState NORMAL =
      state(Priority.NORMAL, Set.of(), Optional.empty(), Optional.empty());

  static Stream<Arguments> events() {
    return Stream.of(
        Arguments.of(EscalationAction.raisePriority(Priority.HIGH), NORMAL, Optional.of(new PriorityChanged(AT, Priority.HIGH))),
        Arguments.of(
            EscalationAction.raisePriority(Priority.HIGH),
            state(Priority.URGENT, Set.of(), Optional.empty(), Optional.empty()),
            Optional.empty()),
        Arguments.of(
            EscalationAction.raisePriority(Priority.HIGH),
            state(Priority.HIGH, Set.of(), Optional.empty(), Optional.empty()),
            Optional.empty()),
        Arguments.of(EscalationAction.reassignTo(TIER2), NORMAL, Optional.of(Assigned.toTeam(AT, TIER2))),
        Arguments.of(
            EscalationAction.reassignTo(TIER2),
            state(Priority.NORMAL, Set.of(), Optional.of(AgentId.of("ana")), Optional.of(TIER2)),
            Optional.of(Assigned.toTeam(AT, TIER2))),
        Arguments.of(
            EscalationAction.reassignTo(TIER2),
            state(Priority.NORMAL, Set.of(), Optional.empty(), Optional.of(TIER2)),
            Optional.empty()),
        Arguments.of(EscalationAction.addTag("escalated"), NORMAL, Optional.of(TagsChanged.adding(AT, "escalated"))),
        Arguments.of(
            EscalationAction.addTag("escalated"),
            state(Priority.NORMAL, Set.of("escalated"), Optional.empty(), Optional.empty()),
            Optional.empty()));
  }

  @ParameterizedTest
  @MethodSource("events")
  void eachActionBecomesTheEventThatAppliesItOrNothing(
      EscalationAction action, TicketState state, Optional<TicketEvent> event) {
    assertThat(action.toEvent(state, AT)).isEqualTo(event);
  }

  @Test
  void actionsPrintReadably() {
    assertThat(EscalationAction.raisePriority(Priority.HIGH)).hasToString("raise priority to at least HIGH");
    assertThat(EscalationAction.reassignTo(TIER2)).hasToString("reassign to team tier-2");
    assertThat(EscalationAction.addTag("escalated")).hasToString("add tag escalated");
  }

  @Test
  void invalidActionsAreRejected() {
    assertThatThrownBy(() -> EscalationAction.addTag("two words"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tag must not contain white space, but was \"two words\"");
    assertThatThrownBy(() -> EscalationAction.raisePriority(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("atLeast");
    assertThatThrownBy(() -> EscalationAction.reassignTo(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("teamId");
    assertThatThrownBy(() -> EscalationAction.addTag("x").toEvent(null, AT))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("state");
  }
}
