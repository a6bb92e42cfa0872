package dev.rapport.core.ticket;

import static dev.rapport.core.ticket.Fixtures.ANA;
import static dev.rapport.core.ticket.Fixtures.SUPPORT;
import static dev.rapport.core.ticket.Fixtures.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.Priority;
import dev.rapport.core.TicketStatus;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketStateTest {

  @Test
  void initialStateIsNewUnassignedWithTheCreatedPriorityAndTags() {
    assertThat(TicketState.initial(created()))
        .isEqualTo(
            new TicketState(
                TicketStatus.NEW,
                Priority.NORMAL,
                Set.of("billing"),
                Optional.empty(),
                Optional.empty()));
  }

  @Test
  void withersChangeOneThing() {
    TicketState state = TicketState.initial(created());
    assertThat(state.withStatus(TicketStatus.OPEN).status()).isEqualTo(TicketStatus.OPEN);
    assertThat(state.withPriority(Priority.URGENT).priority()).isEqualTo(Priority.URGENT);
    assertThat(state.withTags(Set.of("b", "a")).tags()).containsExactly("a", "b");
    TicketState assigned = state.withAssignment(Optional.of(ANA), Optional.of(SUPPORT));
    assertThat(assigned.agentId()).contains(ANA);
    assertThat(assigned.teamId()).contains(SUPPORT);
    assertThat(assigned.withStatus(TicketStatus.OPEN).agentId()).contains(ANA);
  }

  @Test
  void hasTagLooksUpTheTags() {
    TicketState state = TicketState.initial(created());
    assertThat(state.hasTag("billing")).isTrue();
    assertThat(state.hasTag("Billing")).isFalse();
  }

  @Test
  void validatesItsComponents() {
    assertThatThrownBy(
            () -> new TicketState(null, Priority.LOW, Set.of(), Optional.empty(), Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("status");
    assertThatThrownBy(
            () ->
                new TicketState(
                    TicketStatus.NEW,
                    Priority.LOW,
                    Set.of("a b"),
                    Optional.empty(),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tag must not contain white space or control characters, but was \"a b\"");
    assertThatThrownBy(
            () -> new TicketState(TicketStatus.NEW, Priority.LOW, Set.of(), null, Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("agentId");
  }
}
