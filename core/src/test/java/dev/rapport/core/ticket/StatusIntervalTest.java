package dev.rapport.core.ticket;

import static dev.rapport.core.ticket.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.TicketStatus;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusIntervalTest {
  private static final StatusInterval CLOSED_INTERVAL =
      new StatusInterval(TicketStatus.OPEN, at("10:00"), Optional.of(at("12:00")));
  private static final StatusInterval OPEN_ENDED =
      new StatusInterval(TicketStatus.ON_HOLD, at("12:00"), Optional.empty());

  @Test
  void containsIsHalfOpen() {
    assertThat(CLOSED_INTERVAL.contains(at("09:59"))).isFalse();
    assertThat(CLOSED_INTERVAL.contains(at("10:00"))).isTrue();
    assertThat(CLOSED_INTERVAL.contains(at("12:00").minusNanos(1))).isTrue();
    assertThat(CLOSED_INTERVAL.contains(at("12:00"))).isFalse();
    assertThat(OPEN_ENDED.contains(at("12:00").plus(Duration.ofDays(400)))).isTrue();
    assertThat(
            new StatusInterval(TicketStatus.OPEN, at("10:00"), Optional.of(at("10:00")))
                .contains(at("10:00")))
        .isFalse();
  }

  @Test
  void durationUntilCountsUpToTheEndOrNow() {
    // [10:00, 12:00) is 2 h whenever now is at or after 12:00, and 1 h at 11:00.
    assertThat(CLOSED_INTERVAL.durationUntil(at("18:00"))).isEqualTo(Duration.ofHours(2));
    assertThat(CLOSED_INTERVAL.durationUntil(at("11:00"))).isEqualTo(Duration.ofHours(1));
    assertThat(CLOSED_INTERVAL.durationUntil(at("09:00"))).isEqualTo(Duration.ZERO);
    // Open-ended from 12:00: 12:00 to 13:30 is 90 min.
    assertThat(OPEN_ENDED.durationUntil(at("13:30"))).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void rejectsAnEndBeforeTheStart() {
    assertThatThrownBy(
            () -> new StatusInterval(TicketStatus.OPEN, at("10:00"), Optional.of(at("09:00"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "end must not be before start 2026-11-23T10:00:00Z, but was 2026-11-23T09:00:00Z");
    assertThatThrownBy(() -> new StatusInterval(TicketStatus.OPEN, null, Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("start");
  }
}
