package dev.rapport.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.Channel;
import dev.rapport.core.CustomerId;
import dev.rapport.core.Priority;
import dev.rapport.core.TicketId;
import dev.rapport.core.ticket.TicketCreated;
import dev.rapport.core.ticket.TicketState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaPolicySetTest {
  private static final SlaPolicy URGENT =
      SlaPolicy.builder("urgent").when(TicketCondition.priorityIn(Priority.URGENT)).build();
  private static final SlaPolicy CHAT =
      SlaPolicy.builder("chat").when(TicketCondition.channelIn(Channel.CHAT)).build();
  private static final SlaPolicy REST = SlaPolicy.builder("rest").build();

  private static TicketCreated created(Channel channel, Priority priority) {
    return new TicketCreated(
        Instant.parse("2026-11-23T09:00:00Z"),
        TicketId.of("T-1"),
        CustomerId.of("C-1"),
        channel,
        priority);
  }

  @Test
  void theFirstMatchingPolicyWins() {
    SlaPolicySet set = SlaPolicySet.builder().add(URGENT).add(CHAT).add(REST).build();
    TicketCreated urgentChat = created(Channel.CHAT, Priority.URGENT);
    TicketCreated lowChat = created(Channel.CHAT, Priority.LOW);
    TicketCreated lowEmail = created(Channel.EMAIL, Priority.LOW);

    assertThat(set.select(urgentChat, TicketState.initial(urgentChat))).contains(URGENT);
    assertThat(set.select(lowChat, TicketState.initial(lowChat))).contains(CHAT);
    assertThat(set.select(lowEmail, TicketState.initial(lowEmail))).contains(REST);
    assertThat(set.select(lowChat, TicketState.initial(lowChat).withPriority(Priority.URGENT)))
        .contains(URGENT);
  }

  @Test
  void aTicketNoPolicyMatchesHasNone() {
    SlaPolicySet set = SlaPolicySet.builder().add(URGENT).build();
    TicketCreated low = created(Channel.EMAIL, Priority.LOW);
    assertThat(set.select(low, TicketState.initial(low))).isEmpty();
  }

  @Test
  void policiesAreFoundByNameAndTheDefaultReselectionIsFromTheChange() {
    SlaPolicySet set = SlaPolicySet.builder().addAll(List.of(URGENT, REST)).build();
    assertThat(set.policy("rest")).contains(REST);
    assertThat(set.policy("none")).isEmpty();
    assertThat(set.reselection()).isEqualTo(Reselection.FROM_CHANGE);
    assertThat(SlaPolicySet.builder(set).reselection(Reselection.FROM_CREATION).build())
        .isNotEqualTo(set)
        .extracting(SlaPolicySet::policies)
        .isEqualTo(set.policies());
    assertThat(set.toString())
        .isEqualTo(
            "SlaPolicySet[reselection=FROM_CHANGE\n"
                + "  SlaPolicy[urgent when priorityIn[URGENT]: no targets]\n"
                + "  SlaPolicy[rest when always: no targets]]");
  }

  @Test
  void rejectsDuplicateNamesUnreachablePoliciesAndEmptySets() {
    assertThatThrownBy(() -> SlaPolicySet.builder().add(URGENT).add(URGENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("policy names must be unique, but \"urgent\" was added twice");
    assertThatThrownBy(() -> SlaPolicySet.builder().add(REST).add(URGENT).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "policy \"urgent\" must be reachable, but it follows the catch-all policy \"rest\","
                + " whose condition is always");
    assertThatThrownBy(() -> SlaPolicySet.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("policies must not be empty, but was []");
  }
}
