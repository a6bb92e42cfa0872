package dev.rapport.sla.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.AgentId;
import dev.rapport.core.TeamId;
import org.junit.jupiter.api.Test;

class NotifyTargetTest {

  @Test
  void targetsPrintReadably() {
    assertThat(NotifyTarget.agent(AgentId.of("ana"))).hasToString("agent ana");
    assertThat(NotifyTarget.team(TeamId.of("support"))).hasToString("team support");
    assertThat(NotifyTarget.assignee()).hasToString("assignee");
    assertThat(NotifyTarget.managerOfAssigneeTeam()).hasToString("manager of the assignee's team");
    assertThat(NotifyTarget.onCall("billing-primary")).hasToString("on-call billing-primary");
  }

  @Test
  void targetsAreValues() {
    assertThat(NotifyTarget.assignee()).isEqualTo(new NotifyTarget.Assignee());
    assertThat(NotifyTarget.managerOfAssigneeTeam()).isEqualTo(new NotifyTarget.ManagerOfAssigneeTeam());
    assertThat(NotifyTarget.onCall("x")).isEqualTo(NotifyTarget.onCall("x")).isNotEqualTo(NotifyTarget.onCall("y"));
  }

  @Test
  void invalidTargetsAreRejected() {
    assertThatThrownBy(() -> NotifyTarget.agent(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("agentId");
    assertThatThrownBy(() -> NotifyTarget.team(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("teamId");
    assertThatThrownBy(() -> NotifyTarget.onCall(" duty"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("role must not be blank or start or end with white space, but was \" duty\"");
    assertThatThrownBy(() -> NotifyTarget.onCall(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("role must have 1 to 100 characters, but had 0");
    assertThatThrownBy(() -> NotifyTarget.onCall("a\u0007b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("role must not contain control characters, but had one at index 1");
  }
}
