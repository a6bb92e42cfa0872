package dev.rapport.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExpiryPolicyTest {

  static Stream<Arguments> expiries() {
    return Stream.of(
        // 23:30 local on 10 March in New York is 03:30Z on the 11th; a UTC date would be a day off.
        Arguments.of(
            ExpiryPolicy.rollingDays(365),
            "2025-03-11T03:30:00Z",
            "America/New_York",
            "2026-03-11T04:00:00Z"),
        Arguments.of(
            ExpiryPolicy.rollingDays(1),
            "2025-03-08T12:00:00Z",
            "America/New_York",
            "2025-03-10T04:00:00Z"),
        Arguments.of(
            ExpiryPolicy.endOfMonth(0), "2025-01-31T22:00:00Z", "UTC", "2025-02-01T00:00:00Z"),
        Arguments.of(
            ExpiryPolicy.endOfMonth(1), "2025-01-31T22:00:00Z", "UTC", "2025-03-01T00:00:00Z"),
        Arguments.of(
            ExpiryPolicy.endOfMonth(1), "2024-01-31T22:00:00Z", "UTC", "2024-03-01T00:00:00Z"),
        Arguments.of(
            ExpiryPolicy.endOfMonth(12), "2025-01-15T00:00:00Z", "UTC", "2026-02-01T00:00:00Z"),
        Arguments.of(
            ExpiryPolicy.endOfYear(0),
            "2025-12-31T23:30:00-05:00",
            "America/New_York",
            "2026-01-01T05:00:00Z"),
        Arguments.of(
            ExpiryPolicy.endOfYear(1),
            "2025-06-01T00:00:00Z",
            "Asia/Kolkata",
            "2026-12-31T18:30:00Z"),
        // A day that starts at 01:00 (no midnight, DST in Santiago): the end of the day before it.
        Arguments.of(
            ExpiryPolicy.rollingDays(1),
            "2025-09-04T15:00:00Z",
            "America/Santiago",
            "2025-09-06T04:00:00Z"));
  }

  @ParameterizedTest(name = "{0} from {1} in {2}")
  @MethodSource("expiries")
  void expiresAtTheStartOfTheLocalDayAfterTheLastDay(
      ExpiryPolicy policy, String earned, String zone, String expiry) {
    assertThat(
            policy.expiryOf(
                Instant.parse(earned.replace("-05:00", "Z"))
                    .plusSeconds(earned.endsWith("-05:00") ? 5 * 3600 : 0),
                ZoneId.of(zone)))
        .contains(Instant.parse(expiry));
  }

  @Test
  void noneNeverExpires() {
    assertThat(ExpiryPolicy.none().expiryOf(Instant.EPOCH, ZoneId.of("UTC")))
        .isEqualTo(Optional.empty());
    assertThat(ExpiryPolicy.none().kind()).isEqualTo(ExpiryPolicy.Kind.NONE);
    assertThat(ExpiryPolicy.none().amount()).isZero();
  }

  @Test
  void isAValueThatPrintsItsFactory() {
    assertThat(ExpiryPolicy.of(ExpiryPolicy.Kind.ROLLING_DAYS, 30))
        .isEqualTo(ExpiryPolicy.rollingDays(30))
        .hasSameHashCodeAs(ExpiryPolicy.rollingDays(30));
    assertThat(ExpiryPolicy.of(ExpiryPolicy.Kind.NONE, 0)).isSameAs(ExpiryPolicy.none());
    assertThat(ExpiryPolicy.rollingDays(30)).isNotEqualTo(ExpiryPolicy.endOfMonth(30));
    assertThat(ExpiryPolicy.rollingDays(365)).hasToString("rollingDays(365)");
    assertThat(ExpiryPolicy.endOfMonth(1)).hasToString("endOfMonth(1)");
    assertThat(ExpiryPolicy.endOfYear(0)).hasToString("endOfYear(0)");
    assertThat(ExpiryPolicy.none()).hasToString("none()");
  }

  @Test
  void rejectsAmountsOutOfRange() {
    assertThatThrownBy(() -> ExpiryPolicy.rollingDays(0))
        .hasMessage("days must be in [1, 36600], but was 0");
    assertThatThrownBy(() -> ExpiryPolicy.endOfMonth(-1))
        .hasMessage("monthsAfter must be in [0, 1200], but was -1");
    assertThatThrownBy(() -> ExpiryPolicy.endOfYear(101))
        .hasMessage("yearsAfter must be in [0, 100], but was 101");
    assertThatThrownBy(() -> ExpiryPolicy.of(ExpiryPolicy.Kind.NONE, 3))
        .hasMessage("amount must be in [0, 0], but was 3");
  }
}
