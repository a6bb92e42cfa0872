package dev.rapport.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.TicketStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The small value types and enums of the package: {@link SlaDeadline}, {@link SlaWarning}, {@link
 * SlaMetric}, {@link MeasurementState}.
 */
class SlaValuesTest {
  private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");

  @Test
  void aDeadlineAtShareOneIsTheBreach() {
    assertThat(new SlaDeadline(AT, SlaMetric.RESOLUTION, 1, 1.0).isBreach()).isTrue();
    assertThat(new SlaDeadline(AT, SlaMetric.RESOLUTION, 1, 0.9).isBreach()).isFalse();
    assertThatThrownBy(() -> new SlaDeadline(AT, SlaMetric.RESOLUTION, 1, 1.5))
        .hasMessage("share must be in (0, 1], but was 1.5");
    assertThatThrownBy(() -> new SlaDeadline(AT, SlaMetric.RESOLUTION, 0, 1.0))
        .hasMessage("cycle must be at least 1, but was 0");
  }

  @Test
  void aWarningIsAShareBelowOne() {
    assertThat(new SlaWarning(0.5, AT).share()).isEqualTo(0.5);
    assertThatThrownBy(() -> new SlaWarning(1.0, AT))
        .hasMessage("share must be in (0, 1), but was 1.0");
    assertThatThrownBy(() -> new SlaWarning(0.5, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void metricsKnowTheirDefaultPausesAndWhetherTheyWaitForAReply() {
    assertThat(SlaMetric.RESOLUTION.defaultPauseStatuses())
        .containsExactly(TicketStatus.PENDING_CUSTOMER);
    assertThat(SlaMetric.AGENT_WORK_TIME.defaultPauseStatuses())
        .containsExactly(TicketStatus.PENDING_CUSTOMER, TicketStatus.ON_HOLD);
    assertThat(SlaMetric.FIRST_RESPONSE.defaultPauseStatuses()).isEmpty();
    assertThat(SlaMetric.PERIODIC_UPDATE.isResponse()).isTrue();
    assertThat(SlaMetric.AGENT_WORK_TIME.isResponse()).isFalse();
  }

  @Test
  void onlyRunningAndPausedArePending() {
    assertThat(MeasurementState.RUNNING.isPending()).isTrue();
    assertThat(MeasurementState.PAUSED.isPending()).isTrue();
    assertThat(MeasurementState.ACHIEVED.isPending()).isFalse();
    assertThat(MeasurementState.BREACHED.isPending()).isFalse();
    assertThat(MeasurementState.CANCELLED.isPending()).isFalse();
  }
}
