package dev.rapport.sla;

import static dev.rapport.sla.Tickets.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.Priority;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlaPolicyTest {
  private static final SlaPolicy URGENT =
      SlaPolicy.builder("urgent")
          .when(TicketCondition.priorityIn(Priority.URGENT))
          .target(SlaMetric.RESOLUTION, Duration.ofHours(8), OFFICE)
          .target(SlaMetric.FIRST_RESPONSE, Duration.ofHours(1), SlaTarget.DEFAULT_CALENDAR)
          .build();

  @Test
  void holdsOneTargetPerMetricInMetricOrder() {
    assertThat(URGENT.targets().keySet())
        .containsExactly(SlaMetric.FIRST_RESPONSE, SlaMetric.RESOLUTION);
    assertThat(URGENT.target(SlaMetric.RESOLUTION).orElseThrow().duration())
        .isEqualTo(Duration.ofHours(8));
    assertThat(URGENT.target(SlaMetric.NEXT_RESPONSE)).isEmpty();
  }

  @Test
  void aLaterTargetForAMetricReplacesTheEarlierOne() {
    SlaPolicy policy =
        SlaPolicy.builder(URGENT)
            .target(SlaMetric.RESOLUTION, Duration.ofHours(4), OFFICE)
            .withoutTarget(SlaMetric.FIRST_RESPONSE)
            .build();
    assertThat(policy.targets()).containsOnlyKeys(SlaMetric.RESOLUTION);
    assertThat(policy.target(SlaMetric.RESOLUTION).orElseThrow().duration())
        .isEqualTo(Duration.ofHours(4));
    assertThat(policy.condition()).isEqualTo(URGENT.condition());
  }

  @Test
  void defaultsToEveryTicketAndNoTargets() {
    SlaPolicy policy = SlaPolicy.builder("no SLA").build();
    assertThat(policy.condition()).isEqualTo(TicketCondition.always());
    assertThat(policy.targets()).isEmpty();
    assertThat(policy).hasToString("SlaPolicy[no SLA when always: no targets]");
  }

  @Test
  void equalConfigurationsAreEqualAndPrintReadably() {
    assertThat(SlaPolicy.builder(URGENT).build()).isEqualTo(URGENT).hasSameHashCodeAs(URGENT);
    assertThat(URGENT.toString())
        .startsWith(
            "SlaPolicy[urgent when priorityIn[URGENT]: FIRST_RESPONSE within PT1H on 24/7, paused"
                + " in [], warnings at []; RESOLUTION within PT8H on BusinessCalendar{");
  }

  @Test
  void rejectsBadNames() {
    assertThatThrownBy(() -> SlaPolicy.builder(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must have 1 to 100 characters, but had 0");
    assertThatThrownBy(() -> SlaPolicy.builder("a\tb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not contain control characters, but had one at index 1");
    assertThatThrownBy(() -> SlaPolicy.builder("x").when(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("condition");
  }
}
