package dev.rapport.sla;

import static dev.rapport.sla.Tickets.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.TicketStatus;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SlaTargetTest {

  @Test
  void defaultsAreTheMetricsPauseStatusesAn24x7CalendarAndNoWarnings() {
    SlaTarget target = SlaTarget.builder(SlaMetric.AGENT_WORK_TIME, Duration.ofHours(8)).build();
    assertThat(target.calendar()).isEqualTo(SlaTarget.DEFAULT_CALENDAR);
    assertThat(target.pauseStatuses())
        .containsExactly(TicketStatus.PENDING_CUSTOMER, TicketStatus.ON_HOLD);
    assertThat(target.warnings()).isEmpty();
    assertThat(target)
        .hasToString(
            "AGENT_WORK_TIME within PT8H on 24/7, paused in [PENDING_CUSTOMER, ON_HOLD], warnings"
                + " at []");
  }

  @Test
  void warningOffsetsAreTheSharesOfTheDurationRoundedUpToTheNanosecond() {
    SlaTarget target =
        SlaTarget.builder(SlaMetric.FIRST_RESPONSE, Duration.ofMinutes(10))
            .warnings(1.0 / 3, 0.5, 0.9)
            .build();
    assertThat(target.warningOffset(0)).isEqualTo(Duration.ofNanos(200_000_000_000L));
    assertThat(target.warningOffset(1)).isEqualTo(Duration.ofMinutes(5));
    assertThat(target.warningOffset(2)).isEqualTo(Duration.ofMinutes(9));
    SlaTarget odd =
        SlaTarget.builder(SlaMetric.FIRST_RESPONSE, Duration.ofNanos(7)).warnings(0.5).build();
    assertThat(odd.warningOffset(0)).isEqualTo(Duration.ofNanos(4));
  }

  @Test
  void aDerivedBuilderKeepsEverySettingAndEqualTargetsAreEqual() {
    SlaTarget target =
        SlaTarget.builder(SlaMetric.RESOLUTION, Duration.ofHours(16))
            .calendar(OFFICE)
            .pauseStatuses(TicketStatus.ON_HOLD)
            .warnings(0.75)
            .build();
    assertThat(SlaTarget.builder(target).build()).isEqualTo(target).hasSameHashCodeAs(target);
    assertThat(SlaTarget.builder(target).warnings().build()).isNotEqualTo(target);
    assertThat(SlaTarget.builder(target).pauseStatuses(Set.of()).build().pauseStatuses()).isEmpty();
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of(
            (Runnable) () -> SlaTarget.builder(SlaMetric.RESOLUTION, Duration.ofHours(-1)),
            "duration must be positive, but was PT-1H"),
        Arguments.of(
            (Runnable) () -> SlaTarget.builder(SlaMetric.RESOLUTION, Duration.ZERO),
            "duration must be positive, but was PT0S"),
        Arguments.of(
            (Runnable) () -> SlaTarget.builder(SlaMetric.RESOLUTION, Duration.ofDays(3651)),
            "duration must be at most PT87600H, but was PT87624H"),
        Arguments.of(
            (Runnable)
                () ->
                    SlaTarget.builder(SlaMetric.RESOLUTION, Duration.ofHours(1))
                        .pauseStatuses(TicketStatus.SOLVED),
            "pauseStatuses must contain only NEW, OPEN, PENDING_CUSTOMER or ON_HOLD, but was"
                + " [SOLVED]"),
        Arguments.of(
            (Runnable)
                () -> SlaTarget.builder(SlaMetric.RESOLUTION, Duration.ofHours(1)).warnings(0.5, 1),
            "warnings must be shares in (0, 1), but was [0.5, 1.0]"),
        Arguments.of(
            (Runnable)
                () -> SlaTarget.builder(SlaMetric.RESOLUTION, Duration.ofHours(1)).warnings(0),
            "warnings must be shares in (0, 1), but was [0.0]"),
        Arguments.of(
            (Runnable)
                () ->
                    SlaTarget.builder(SlaMetric.RESOLUTION, Duration.ofHours(1))
                        .warnings(Double.NaN),
            "warnings must be shares in (0, 1), but was [NaN]"),
        Arguments.of(
            (Runnable)
                () ->
                    SlaTarget.builder(SlaMetric.RESOLUTION, Duration.ofHours(1))
                        .warnings(0.75, 0.5),
            "warnings must be strictly increasing, but was [0.75, 0.5]"),
        Arguments.of(
            (Runnable)
                () ->
                    SlaTarget.builder(SlaMetric.RESOLUTION, Duration.ofHours(1)).warnings(0.5, 0.5),
            "warnings must be strictly increasing, but was [0.5, 0.5]"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalid")
  void rejectsInvalidSettings(Runnable build, String message) {
    assertThatThrownBy(build::run).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> SlaTarget.builder(null, Duration.ofHours(1)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("metric");
    assertThatThrownBy(
            () -> SlaTarget.builder(SlaMetric.RESOLUTION, Duration.ofHours(1)).calendar(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("calendar");
  }
}
