package dev.rapport.sla.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.TicketStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class EscalationPolicyTest {
  private static final EscalationLevel L1 =
      Fixtures.level(EscalationTrigger.sinceCreated(Duration.ZERO));
  private static final EscalationLevel L2 =
      Fixtures.level(EscalationTrigger.afterPrevious(Duration.ofMinutes(10)));

  @Test
  void defaults() {
    EscalationPolicy policy = EscalationPolicy.builder("p").level(L1).build();
    assertThat(policy.name()).isEqualTo("p");
    assertThat(policy.calendar()).isEqualTo(EscalationPolicy.DEFAULT_CALENDAR);
    assertThat(policy.levels()).containsExactly(L1);
    assertThat(policy.repeat()).isEmpty();
    assertThat(policy.stopConditions()).containsExactlyInAnyOrder(StopCondition.values());
    assertThat(policy.restartOn()).isEmpty();
  }

  @Test
  void aBuilderFromAPolicyMakesAnEqualPolicyAndVariants() {
    EscalationPolicy policy =
        EscalationPolicy.builder("chain")
            .calendar(Fixtures.OFFICE)
            .level(L1)
            .level(L2)
            .repeat(Repeat.of(2, Duration.ofMinutes(15)).startingAt(2))
            .stopOn(StopCondition.ACKNOWLEDGED)
            .restartOn(Restart.REOPENED, Restart.NEXT_RESPONSE_CYCLE)
            .build();

    assertThat(EscalationPolicy.builder(policy).build()).isEqualTo(policy).hasSameHashCodeAs(policy);
    assertThat(EscalationPolicy.builder(policy).noRepeat().build().repeat()).isEmpty();
    assertThat(EscalationPolicy.builder(policy).levels(List.of(L2)).noRepeat().build().levels())
        .containsExactly(L2);
    assertThat(EscalationPolicy.builder(policy).stopOn().build().stopConditions()).isEmpty();
    assertThat(policy.restartOn()).containsExactly(Restart.NEXT_RESPONSE_CYCLE, Restart.REOPENED);
    assertThat(policy.toString())
        .startsWith("EscalationPolicy[chain on BusinessCalendar{zone=Europe/Berlin")
        .contains("1. sinceCreated(PT0S) on BUSINESS time", "2. afterPrevious(PT10M)")
        .endsWith(
            "repeat 2 times from level 2, PT15M (BUSINESS) apart; stop on [ACKNOWLEDGED]; restart"
                + " on [NEXT_RESPONSE_CYCLE, REOPENED]]");
    assertThat(EscalationPolicy.builder("p").level(L1).build().toString())
        .isEqualTo(
            "EscalationPolicy[p on 24/7: 1. "
                + L1
                + "; repeat never; stop on [ACKNOWLEDGED, PUBLIC_REPLY, SOLVED]; restart on []]");
  }

  @Test
  void buildChecksTheRulesThatSpanSettings() {
    assertThatThrownBy(() -> EscalationPolicy.builder("p").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("levels must hold 1 to 100 levels, but held 0");
    EscalationPolicy.Builder many = EscalationPolicy.builder("p");
    for (int i = 0; i <= EscalationPolicy.MAX_LEVELS; i++) {
      many.level(L1);
    }
    assertThatThrownBy(many::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("levels must hold 1 to 100 levels, but held 101");
    assertThatThrownBy(
            () ->
                EscalationPolicy.builder("p")
                    .level(L1)
                    .repeat(Repeat.of(1, Duration.ZERO).startingAt(2))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("repeat.fromLevel must be a level of the policy, 1 to 1, but was 2");
    EscalationLevel waitsForSolved =
        Fixtures.level(EscalationTrigger.sinceStatus(TicketStatus.SOLVED, Duration.ofDays(3)));
    assertThatThrownBy(() -> EscalationPolicy.builder("p").level(L1).level(waitsForSolved).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "level 2 must not wait for a SOLVED ticket when SOLVED stops the chain, but was"
                + " sinceStatus(SOLVED, PT72H)");
    assertThat(
            EscalationPolicy.builder("p")
                .level(waitsForSolved)
                .stopOn(StopCondition.ACKNOWLEDGED)
                .build()
                .levels())
        .containsExactly(waitsForSolved);
  }

  @Test
  void settersCheckTheirArguments() {
    assertThatThrownBy(() -> EscalationPolicy.builder(" p"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank or start or end with white space, but was \" p\"");
    assertThatThrownBy(() -> EscalationPolicy.builder("x".repeat(101)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must have 1 to 100 characters, but had 101");
    EscalationPolicy.Builder builder = EscalationPolicy.builder("p");
    assertThatThrownBy(() -> builder.calendar(null)).hasMessage("calendar");
    assertThatThrownBy(() -> builder.level(null)).hasMessage("level");
    assertThatThrownBy(() -> builder.repeat(null)).hasMessage("repeat");
    assertThatThrownBy(() -> builder.stopOn(StopCondition.SOLVED, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("conditions must not contain null, but was [SOLVED, null]");
    assertThatThrownBy(() -> builder.restartOn((Restart) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("restarts must not contain null, but was [null]");
  }
}
