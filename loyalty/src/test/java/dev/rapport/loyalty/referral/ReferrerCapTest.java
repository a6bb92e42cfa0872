package dev.rapport.loyalty.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReferrerCapTest {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Instant AT = Instant.parse("2026-03-15T12:00:00Z");

  static Stream<Arguments> counting() {
    ReferrerCap rolling = ReferrerCap.rolling(5, Duration.ofDays(30));
    ReferrerCap month = ReferrerCap.perMonth(5, PARIS);
    ReferrerCap year = ReferrerCap.perYear(5, PARIS);
    return Stream.of(
        Arguments.of(rolling, "2026-02-13T12:00:00Z", false),
        Arguments.of(rolling, "2026-02-13T12:00:00.000000001Z", true),
        Arguments.of(rolling, "2026-03-15T12:00:00Z", true),
        Arguments.of(rolling, "2026-03-15T12:00:00.000000001Z", true),
        Arguments.of(rolling, "2026-04-14T11:59:59Z", true),
        Arguments.of(rolling, "2026-04-14T12:00:00Z", false),
        Arguments.of(month, "2026-03-31T21:59:59Z", true),
        Arguments.of(month, "2026-03-31T22:00:00Z", false),
        // Paris is UTC+1 until 2026-03-29, then UTC+2.
        Arguments.of(month, "2026-02-28T22:59:59Z", false),
        Arguments.of(month, "2026-02-28T23:00:00Z", true),
        Arguments.of(year, "2025-12-31T22:59:59Z", false),
        Arguments.of(year, "2025-12-31T23:00:00Z", true));
  }

  @ParameterizedTest(name = "{0}: reward at {1} counts: {2}")
  @MethodSource("counting")
  void countsRewardsInThePeriodOfTheInstant(ReferrerCap cap, String rewardedAt, boolean counts) {
    assertThat(cap.counts(Instant.parse(rewardedAt), AT)).isEqualTo(counts);
  }

  @Test
  void periodEnds() {
    assertThat(ReferrerCap.rolling(1, Duration.ofDays(30)).periodEnd(AT))
        .isEqualTo(Instant.parse("2026-04-14T12:00:00Z"));
    // Paris moves to UTC+2 on 2026-03-29: April starts at 22:00 UTC on March 31.
    assertThat(ReferrerCap.perMonth(1, PARIS).periodEnd(AT))
        .isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
    assertThat(ReferrerCap.perYear(1, ZoneId.of("UTC")).periodEnd(AT))
        .isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
  }

  @Test
  void periodStarts() {
    assertThat(ReferrerCap.rolling(1, Duration.ofDays(30)).periodStart(AT))
        .isEqualTo(Instant.parse("2026-02-13T12:00:00Z"));
    assertThat(ReferrerCap.perMonth(1, PARIS).periodStart(AT))
        .isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
    assertThat(ReferrerCap.perYear(1, ZoneId.of("UTC")).periodStart(AT))
        .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Test
  void describesItselfAndComparesByValue() {
    ReferrerCap cap = ReferrerCap.rolling(5, Duration.ofDays(30));
    assertThat(cap.maxRewards()).isEqualTo(5);
    assertThat(cap.kind()).isEqualTo(ReferrerCap.Kind.ROLLING);
    assertThat(cap.window()).contains(Duration.ofDays(30));
    assertThat(cap.zone()).isEmpty();
    assertThat(cap).isEqualTo(ReferrerCap.rolling(5, Duration.ofDays(30)));
    assertThat(cap).hasSameHashCodeAs(ReferrerCap.rolling(5, Duration.ofDays(30)));
    assertThat(cap).isNotEqualTo(ReferrerCap.rolling(6, Duration.ofDays(30)));
    assertThat(cap).hasToString("5 per rolling PT720H");
    assertThat(ReferrerCap.perMonth(2, PARIS)).hasToString("2 per calendar month in Europe/Paris");
    assertThat(ReferrerCap.perYear(3, PARIS).zone()).contains(PARIS);
    assertThat(ReferrerCap.perYear(3, PARIS)).hasToString("3 per calendar year in Europe/Paris");
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> ReferrerCap.rolling(0, Duration.ofDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxRewards must be at least 1, but was 0");
    assertThatThrownBy(() -> ReferrerCap.rolling(1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window must be positive, but was PT0S");
    assertThatThrownBy(() -> ReferrerCap.perMonth(1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("zone");
  }
}
