package dev.rapport.sla;

import static dev.rapport.sla.Tickets.OFFICE;
import static dev.rapport.sla.Tickets.hours;
import static dev.rapport.sla.Tickets.local;
import static dev.rapport.sla.Tickets.minutes;
import static dev.rapport.sla.Tickets.oneTarget;
import static dev.rapport.sla.Tickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.Priority;
import dev.rapport.core.TicketStatus;
import org.junit.jupiter.api.Test;

class ComplianceSummaryTest {
  private static final SlaEngine ENGINE =
      SlaEngine.of(oneTarget(SlaTarget.of(SlaMetric.FIRST_RESPONSE, hours(1), OFFICE)));

  private static Measurement firstResponse(Tickets.Script script, String now) {
    return ENGINE.evaluate(script.timeline(), local(now)).measurements().get(0);
  }

  @Test
  void countsEachMeasurementByItsState() {
    Measurement achieved =
        firstResponse(
            ticket("2026-11-23T09:00", Priority.LOW).reply("2026-11-23T09:20"), "2026-11-23T12:00");
    Measurement lateAnswered =
        firstResponse(
            ticket("2026-11-23T09:00", Priority.LOW).reply("2026-11-23T11:00"), "2026-11-23T12:00");
    Measurement lateOpen =
        firstResponse(ticket("2026-11-23T09:00", Priority.LOW), "2026-11-23T12:00");
    Measurement cancelled =
        firstResponse(
            ticket("2026-11-23T09:00", Priority.LOW).merge("2026-11-23T09:10"), "2026-11-23T12:00");
    Measurement running =
        firstResponse(ticket("2026-11-23T09:00", Priority.LOW), "2026-11-23T09:30");

    ComplianceSummary summary =
        ComplianceSummary.empty()
            .plus(achieved)
            .plus(lateAnswered)
            .plus(lateOpen)
            .plus(cancelled)
            .plus(running);

    assertThat(summary.achieved()).isEqualTo(1);
    assertThat(summary.breached()).isEqualTo(2);
    assertThat(summary.cancelled()).isEqualTo(1);
    assertThat(summary.achievedShare()).hasValue(1.0 / 3);
    // Only completed measurements have a response time: 20 minutes and 2 hours.
    assertThat(summary.responseTimes().count()).isEqualTo(2);
    assertThat(summary.responseTimes().min()).contains(minutes(20));
    assertThat(summary.responseTimes().max()).contains(hours(2));
    assertThat(ComplianceSummary.empty().plus(running)).isEqualTo(ComplianceSummary.empty());
  }

  @Test
  void mergeAddsUpAndEmptyIsItsIdentity() {
    Measurement achieved =
        firstResponse(
            ticket("2026-11-23T09:00", Priority.LOW).reply("2026-11-23T09:20"), "2026-11-23T12:00");
    Measurement paused =
        firstResponse(
            ticket("2026-11-23T09:00", Priority.LOW)
                .status("2026-11-23T09:10", TicketStatus.SOLVED),
            "2026-11-23T12:00");
    ComplianceSummary one = ComplianceSummary.empty().plus(achieved);
    assertThat(one.merge(one)).isEqualTo(one.plus(achieved));
    assertThat(one.merge(ComplianceSummary.empty())).isEqualTo(one);
    assertThat(ComplianceSummary.empty().merge(one)).isEqualTo(one);
    assertThat(one.plus(paused)).isEqualTo(one);
    assertThat(ComplianceSummary.empty().achievedShare()).isEmpty();
  }
}
