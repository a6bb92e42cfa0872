package dev.rapport.sla.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.Priority;
import dev.rapport.core.TeamId;
import dev.rapport.sla.TicketCondition;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class EscalationLevelTest {
  private static final EscalationTrigger AT_ONCE = EscalationTrigger.sinceCreated(Duration.ZERO);
  private static final TimeWindow NIGHTS =
      TimeWindow.of(EnumSet.allOf(DayOfWeek.class), LocalTime.of(22, 0), LocalTime.of(6, 0));

  @Test
  void defaultsAreBusinessTimeAlwaysAndAnyHour() {
    EscalationLevel level = EscalationLevel.builder(AT_ONCE).notifying(Fixtures.TEAM).build();
    assertThat(level.trigger()).isEqualTo(AT_ONCE);
    assertThat(level.clock()).isEqualTo(DelayClock.BUSINESS);
    assertThat(level.condition()).isEqualTo(TicketCondition.always());
    assertThat(level.window()).isEmpty();
    assertThat(level.outsideWindow()).isEqualTo(OutsideWindow.SKIP);
    assertThat(level.targets()).containsExactly(Fixtures.TEAM);
    assertThat(level.actions()).isEmpty();
  }

  @Test
  void aBuilderFromALevelMakesAnEqualLevel() {
    EscalationLevel level =
        EscalationLevel.builder(EscalationTrigger.afterPrevious(Duration.ofMinutes(10)))
            .clock(DelayClock.WALL)
            .notifying(NotifyTarget.managerOfAssigneeTeam(), NotifyTarget.onCall("duty"))
            .actions(EscalationAction.raisePriority(Priority.HIGH), EscalationAction.addTag("escalated"))
            .when(TicketCondition.priorityIn(Priority.HIGH, Priority.URGENT))
            .window(NIGHTS, OutsideWindow.WAIT)
            .build();

    assertThat(EscalationLevel.builder(level).build()).isEqualTo(level).hasSameHashCodeAs(level);
    assertThat(EscalationLevel.builder(level).clock(DelayClock.BUSINESS).build()).isNotEqualTo(level);
    assertThat(level)
        .hasToString(
            "afterPrevious(PT10M) on WALL time: notify [manager of the assignee's team, on-call duty],"
                + " do [raise priority to at least HIGH, add tag escalated], when "
                + TicketCondition.priorityIn(Priority.HIGH, Priority.URGENT)
                + ", in "
                + NIGHTS
                + " (WAIT outside)");
  }

  @Test
  void anActionWithoutTargetsIsALevel() {
    EscalationLevel level =
        EscalationLevel.builder(AT_ONCE).actions(EscalationAction.reassignTo(TeamId.of("t2"))).build();
    assertThat(level.targets()).isEmpty();
    assertThat(level.toString()).endsWith("any time");
  }

  @Test
  void buildRejectsLevelsThatDoNothingOrContradictThemselves() {
    assertThatThrownBy(() -> EscalationLevel.builder(AT_ONCE).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a level must notify a target or take an action, but has neither: sinceCreated(PT0S)");
    assertThatThrownBy(
            () -> EscalationLevel.builder(AT_ONCE).notifying(Fixtures.TEAM, Fixtures.TEAM).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("targets must not repeat a value, but was [team support, team support]");
    assertThatThrownBy(
            () ->
                EscalationLevel.builder(AT_ONCE)
                    .actions(EscalationAction.addTag("a"))
                    .actions(EscalationAction.addTag("a"))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("actions must not repeat a value, but was [add tag a, add tag a]");
    assertThatThrownBy(
            () ->
                EscalationLevel.builder(AT_ONCE)
                    .actions(
                        EscalationAction.raisePriority(Priority.HIGH),
                        EscalationAction.raisePriority(Priority.URGENT))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("actions must hold at most one RaisePriority");
    assertThatThrownBy(
            () ->
                EscalationLevel.builder(AT_ONCE)
                    .actions(
                        EscalationAction.reassignTo(TeamId.of("a")),
                        EscalationAction.reassignTo(TeamId.of("b")))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("actions must hold at most one ReassignTo");
  }

  @Test
  void settersRejectNulls() {
    EscalationLevel.Builder builder = EscalationLevel.builder(AT_ONCE);
    assertThatThrownBy(() -> EscalationLevel.builder((EscalationTrigger) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("trigger");
    assertThatThrownBy(() -> builder.clock(null)).hasMessage("clock");
    assertThatThrownBy(() -> builder.when(null)).hasMessage("condition");
    assertThatThrownBy(() -> builder.window(null, OutsideWindow.SKIP)).hasMessage("window");
    assertThatThrownBy(() -> builder.window(NIGHTS, null)).hasMessage("outside");
    assertThatThrownBy(() -> builder.notifying(Fixtures.TEAM, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("targets must not contain null, but was [team support, null]");
  }
}
