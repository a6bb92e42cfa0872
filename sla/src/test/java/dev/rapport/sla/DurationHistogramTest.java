package dev.rapport.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

class DurationHistogramTest {

  /** Durations from zero to about a month, log-uniform, with nanoseconds. */
  private static Gen<Duration> durations() {
    return doubles()
        .between(0, Math.log(3e15))
        .zip(
            longs().between(0, 999_999),
            (exp, nanos) -> Duration.ofNanos((long) Math.exp(exp) + nanos));
  }

  static Stream<Arguments> buckets() {
    return Stream.of(
        Arguments.of(0L, 0, 0L, 1L),
        Arguments.of(63L, 63, 63L, 1L),
        Arguments.of(64L, 64, 64L, 2L),
        Arguments.of(65L, 64, 64L, 2L),
        Arguments.of(127L, 95, 126L, 2L),
        Arguments.of(128L, 96, 128L, 4L),
        Arguments.of(3_600_000L, 566, 3_538_944L, 65_536L),
        Arguments.of(Long.MAX_VALUE, 1887, 0x7E00000000000000L, 1L << 57));
  }

  @ParameterizedTest(name = "{0} ms")
  @MethodSource("buckets")
  void bucketsHaveTheDocumentedBoundsAndWidths(long millis, int bucket, long lower, long width) {
    assertThat(DurationHistogram.bucket(millis)).isEqualTo(bucket);
    assertThat(DurationHistogram.lowerBound(bucket)).isEqualTo(lower);
    assertThat(DurationHistogram.width(bucket)).isEqualTo(width);
    assertThat(millis).isBetween(lower, lower + (width - 1));
  }

  @Test
  void everyBucketStartsWhereThePreviousEnds() {
    for (int i = 1; i <= 1887; i++) {
      assertThat(DurationHistogram.lowerBound(i))
          .as("bucket %d", i)
          .isEqualTo(DurationHistogram.lowerBound(i - 1) + DurationHistogram.width(i - 1));
      assertThat(DurationHistogram.width(i))
          .isLessThanOrEqualTo(Math.max(1, DurationHistogram.lowerBound(i) / 32));
    }
  }

  @Test
  void percentilesAreWithinTheDocumentedErrorOfTheExactNearestRank() {
    qt().withExamples(300)
        .forAll(lists().of(durations()).ofSizeBetween(1, 300), doubles().between(0.001, 100))
        .checkAssert(
            (values, percent) -> {
              DurationHistogram histogram = DurationHistogram.of(values.toArray(new Duration[0]));
              List<Duration> sorted = new ArrayList<>(values);
              sorted.sort(null);
              int rank = (int) Math.max(1, Math.ceil(percent / 100 * values.size()));
              Duration exact = sorted.get(rank - 1);
              Duration estimate = histogram.percentile(percent).orElseThrow();
              long tolerance = exact.toNanos() / 64 + Duration.ofMillis(1).toNanos();
              assertThat(Math.abs(estimate.toNanos() - exact.toNanos()))
                  .as("p%s of %s: %s vs %s", percent, values.size(), estimate, exact)
                  .isLessThanOrEqualTo(tolerance);
              assertThat(histogram.count()).isEqualTo(values.size());
              assertThat(histogram.min()).contains(sorted.get(0));
              assertThat(histogram.max()).contains(sorted.get(sorted.size() - 1));
              assertThat(histogram.percentile(100)).contains(sorted.get(sorted.size() - 1));
              assertThat(histogram.total())
                  .isEqualTo(values.stream().reduce(Duration.ZERO, Duration::plus));
            });
  }

  @Test
  void mergeIsAssociativeAndCommutativeWithEmptyAsIdentity() {
    qt().withExamples(200)
        .forAll(
            lists().of(durations()).ofSizeBetween(0, 30),
            lists().of(durations()).ofSizeBetween(0, 30),
            lists().of(durations()).ofSizeBetween(0, 30))
        .checkAssert(
            (a, b, c) -> {
              DurationHistogram x = DurationHistogram.of(a.toArray(new Duration[0]));
              DurationHistogram y = DurationHistogram.of(b.toArray(new Duration[0]));
              DurationHistogram z = DurationHistogram.of(c.toArray(new Duration[0]));
              assertThat(x.merge(y).merge(z)).isEqualTo(x.merge(y.merge(z)));
              assertThat(x.merge(y)).isEqualTo(y.merge(x));
              assertThat(x.merge(DurationHistogram.empty())).isEqualTo(x);
              List<Duration> all = new ArrayList<>(a);
              all.addAll(b);
              assertThat(x.merge(y)).isEqualTo(DurationHistogram.of(all.toArray(new Duration[0])));
              DurationHistogram added = x;
              for (Duration d : b) {
                added = added.plus(d);
              }
              assertThat(added).isEqualTo(x.merge(y));
            });
  }

  @Test
  void anEmptyHistogramHasNoStatistics() {
    DurationHistogram empty = DurationHistogram.empty();
    assertThat(empty.count()).isZero();
    assertThat(empty.min()).isEmpty();
    assertThat(empty.mean()).isEmpty();
    assertThat(empty.percentile(50)).isEmpty();
    assertThat(empty).hasToString("DurationHistogram[count=0]");
  }

  @Test
  void meanIsExact() {
    assertThat(
            DurationHistogram.of(
                    Duration.ofMinutes(10), Duration.ofMinutes(20), Duration.ofNanos(3))
                .mean())
        .contains(Duration.ofMinutes(10).plusNanos(1));
  }

  @Test
  void rejectsNegativeDurationsAndBadPercentiles() {
    assertThatThrownBy(() -> DurationHistogram.of(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duration must not be negative, but was PT-1S");
    assertThatThrownBy(() -> DurationHistogram.empty().percentile(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("percent must be in (0, 100], but was 0.0");
    assertThatThrownBy(() -> DurationHistogram.empty().percentile(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
