package dev.rapport.sla;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.TicketId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlaReportTest {
  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

  private static Measurement running(
      SlaMetric metric, int cycle, long dueMinutes, Integer warnMinutes) {
    SlaTarget target = SlaTarget.builder(metric, Duration.ofHours(1)).warnings(0.5).build();
    return new Measurement(
        metric,
        cycle,
        "p",
        target,
        MeasurementState.RUNNING,
        NOW,
        Optional.empty(),
        Duration.ZERO,
        Duration.ZERO,
        Optional.of(NOW.plusSeconds(60 * dueMinutes)),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.ofNullable(warnMinutes).map(m -> new SlaWarning(0.5, NOW.plusSeconds(60L * m))));
  }

  @Test
  void findsMeasurementsByMetricAndTheLatestCycle() {
    SlaReport report =
        new SlaReport(
            TicketId.of("T-1"),
            NOW,
            Optional.of("p"),
            List.of(
                running(SlaMetric.FIRST_RESPONSE, 1, 60, 30),
                running(SlaMetric.NEXT_RESPONSE, 1, 50, null),
                running(SlaMetric.NEXT_RESPONSE, 2, 40, null)));
    assertThat(report.measurements(SlaMetric.NEXT_RESPONSE))
        .extracting(Measurement::cycle)
        .containsExactly(1, 2);
    assertThat(report.latest(SlaMetric.NEXT_RESPONSE).orElseThrow().cycle()).isEqualTo(2);
    assertThat(report.latest(SlaMetric.RESOLUTION)).isEmpty();
    assertThat(report.isBreached()).isFalse();
  }

  @Test
  void theNextDeadlineIsTheEarliestWarningOrDueOfTheRunningMeasurements() {
    SlaReport report =
        new SlaReport(
            TicketId.of("T-1"),
            NOW,
            Optional.of("p"),
            List.of(
                running(SlaMetric.FIRST_RESPONSE, 1, 60, 30),
                running(SlaMetric.NEXT_RESPONSE, 2, 40, null)));
    assertThat(report.nextDeadline())
        .contains(new SlaDeadline(NOW.plusSeconds(1800), SlaMetric.FIRST_RESPONSE, 1, 0.5));
  }

  @Test
  void tiesGoToTheEarlierMetricAndToAWarningBeforeABreach() {
    SlaReport report =
        new SlaReport(
            TicketId.of("T-1"),
            NOW,
            Optional.empty(),
            List.of(
                running(SlaMetric.FIRST_RESPONSE, 1, 30, null),
                running(SlaMetric.NEXT_RESPONSE, 1, 60, 30)));
    assertThat(report.nextDeadline().orElseThrow().metric()).isEqualTo(SlaMetric.FIRST_RESPONSE);
    assertThat(report.nextDeadline().orElseThrow().isBreach()).isTrue();
  }
}
