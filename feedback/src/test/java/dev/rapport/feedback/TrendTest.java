package dev.rapport.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.rapport.feedback.stats.Comparison;
import java.time.LocalDate;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TrendTest {
  private static final Bucket W1 = Bucket.of(Granularity.ISO_WEEK, LocalDate.of(2026, 11, 2));

  @Test
  void marksOnlySignificantChangesAndSkipsEmptyBuckets() {
    TreeMap<Bucket, NpsSummary> series = new TreeMap<>();
    series.put(W1, NpsSummary.of(50, 30, 20));
    series.put(W1.next(), NpsSummary.of(52, 29, 19));
    series.put(W1.next().next(), NpsSummary.empty());
    series.put(W1.next().next().next(), NpsSummary.of(80, 15, 5));
    ImmutableList<Trend.Step<NpsSummary>> steps = Trend.ofNps(series, 0.95);
    assertThat(steps).hasSize(2);
    assertThat(Trend.ofNps(series, 0.95, 101)).isEmpty();
    assertThat(steps.get(0).isSignificant()).isFalse();
    assertThat(steps.get(1).from()).isEqualTo(W1.next());
    assertThat(steps.get(1).to()).isEqualTo(W1.next().next().next());
    assertThat(steps.get(1).isSignificant()).isTrue();
    assertThat(steps.get(1).change().change()).isEqualTo(Comparison.Change.INCREASE);
  }

  @Test
  void tinyBucketsAreInsufficientDataNotSignificantDrops() {
    TreeMap<Bucket, NpsSummary> series = new TreeMap<>();
    series.put(W1, NpsSummary.of(60, 30, 10));
    series.put(W1.next(), NpsSummary.of(0, 0, 1));
    series.put(W1.next().next(), NpsSummary.of(58, 31, 11));
    // With the tiny bucket, the Wald test calls one detractor a certain drop (its error is 0).
    assertThat(Trend.ofNps(series, 0.95, 1).get(0).isSignificant()).isTrue();
    ImmutableList<Trend.Step<NpsSummary>> steps = Trend.ofNps(series, 0.95);
    assertThat(steps).hasSize(1);
    assertThat(steps.get(0).to()).isEqualTo(W1.next().next());
    assertThat(steps.get(0).isSignificant()).isFalse();
    assertThatThrownBy(() -> Trend.ofNps(series, 0.95, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimumAnswers must be positive, but was 0");
  }

  @Test
  void csatTrend() {
    TreeMap<Bucket, CsatSummary> series = new TreeMap<>();
    series.put(W1, CsatSummary.of(SurveyScale.csatBinary(), 45, 55));
    series.put(W1.next(), CsatSummary.of(SurveyScale.csatBinary(), 60, 40));
    assertThat(Trend.ofCsat(series, 0.95).get(0).change().change())
        .isEqualTo(Comparison.Change.DECREASE);
    assertThat(Trend.ofCsat(new TreeMap<>(), 0.95)).isEmpty();
  }

  @Test
  void stepsGoForward() {
    Comparison c = Comparison.ofEstimates(0, 1, 0, 1, 0.95);
    assertThatThrownBy(() -> new Trend.Step<>(W1, W1, NpsSummary.empty(), NpsSummary.empty(), c))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("to must be after from 2026-W45, but was 2026-W45");
  }
}
