package dev.rapport.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BucketTest {

  @Test
  void issueVectorTheSameInstantIsInMarchInNewYorkAndAprilInBerlin() {
    Instant at = Instant.parse("2024-03-31T23:30:00Z");
    assertThat(Bucket.of(Granularity.MONTH, at, ZoneId.of("America/New_York")))
        .hasToString("2024-03");
    assertThat(Bucket.of(Granularity.MONTH, at, ZoneId.of("Europe/Berlin"))).hasToString("2024-04");
    assertThat(Bucket.of(Granularity.QUARTER, at, ZoneId.of("America/New_York")))
        .hasToString("2024-Q1");
    assertThat(Bucket.of(Granularity.QUARTER, at, ZoneId.of("Europe/Berlin")))
        .hasToString("2024-Q2");
  }

  static Stream<Arguments> labels() {
    return Stream.of(
        Arguments.of(Granularity.DAY, "2024-03-31", "2024-03-31", "2024-04-01"),
        Arguments.of(Granularity.ISO_WEEK, "2024-03-31", "2024-W13", "2024-04-01"),
        Arguments.of(Granularity.ISO_WEEK, "2021-01-03", "2020-W53", "2021-01-04"),
        Arguments.of(Granularity.ISO_WEEK, "2024-12-30", "2025-W01", "2025-01-06"),
        Arguments.of(Granularity.MONTH, "2024-02-29", "2024-02", "2024-03-01"),
        Arguments.of(Granularity.QUARTER, "2024-12-31", "2024-Q4", "2025-01-01"));
  }

  @ParameterizedTest(name = "{0} of {1} is {2}")
  @MethodSource("labels")
  void bucketsOfDates(Granularity granularity, String date, String label, String end) {
    Bucket bucket = Bucket.of(granularity, LocalDate.parse(date));
    assertThat(bucket).hasToString(label);
    assertThat(bucket.end()).isEqualTo(LocalDate.parse(end));
    assertThat(bucket.contains(LocalDate.parse(date))).isTrue();
    assertThat(bucket.contains(bucket.end())).isFalse();
    assertThat(bucket.next().start()).isEqualTo(bucket.end());
    assertThat(bucket.next().previous()).isEqualTo(bucket);
    assertThat(Bucket.ofIndex(granularity, bucket.index())).isEqualTo(bucket);
    assertThat(bucket.next().index()).isEqualTo(bucket.index() + 1);
    assertThat(bucket.isBefore(bucket.next())).isTrue();
    assertThat(bucket.compareTo(bucket.next())).isNegative();
  }

  @Test
  void rejectsUnalignedStartsAndMixedGranularities() {
    assertThatThrownBy(() -> new Bucket(Granularity.ISO_WEEK, LocalDate.of(2024, 3, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("start must be the first day of a ISO_WEEK bucket, but was 2024-03-31");
    Bucket day = Bucket.of(Granularity.DAY, LocalDate.of(2024, 1, 1));
    assertThatThrownBy(() -> day.isBefore(Bucket.of(Granularity.MONTH, LocalDate.of(2024, 1, 1))))
        .hasMessage("other must be a DAY bucket, but was MONTH");
  }
}
