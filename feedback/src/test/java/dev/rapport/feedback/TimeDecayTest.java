package dev.rapport.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rapport.core.Channel;
import dev.rapport.core.CustomerId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeDecayTest {
  private static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");
  private static final TimeDecay DECAY = TimeDecay.halfLife(Duration.ofDays(30));

  private static SurveyResponse at(String id, SurveyScale scale, int value, Duration age) {
    return SurveyResponse.builder(
            ResponseId.of(id), scale, CustomerId.of("C"), Channel.EMAIL, NOW.minus(age))
        .answered(value)
        .build();
  }

  @Test
  void weightsHalveEveryHalfLife() {
    assertThat(DECAY.weight(NOW, NOW)).isEqualTo(1.0);
    assertThat(DECAY.weight(NOW.minus(Duration.ofDays(30)), NOW)).isCloseTo(0.5, within(1e-15));
    assertThat(DECAY.weight(NOW.minus(Duration.ofDays(90)), NOW)).isCloseTo(0.125, within(1e-15));
  }

  @Test
  void decayedNpsWithEffectiveSampleSize() {
    // A promoter today (w 1) and a detractor 30 days ago (w 0.5).
    List<SurveyResponse> responses =
        List.of(
            at("a", SurveyScale.nps(), 10, Duration.ZERO),
            at("b", SurveyScale.nps(), 0, Duration.ofDays(30)));
    TimeDecay.DecayedScore score = DECAY.nps(responses, NOW).orElseThrow();
    assertThat(score.score()).isCloseTo(100 * (1 - 0.5) / 1.5, within(1e-9));
    assertThat(score.totalWeight()).isCloseTo(1.5, within(1e-12));
    assertThat(score.effectiveSampleSize()).isCloseTo(2.25 / 1.25, within(1e-12));
    double mean = 0.5 / 1.5;
    double variance = (1 * (1 - mean) * (1 - mean) + 0.5 * (-1 - mean) * (-1 - mean)) / 1.5;
    assertThat(score.standardError()).isCloseTo(100 * Math.sqrt(variance / 1.8), within(1e-9));
    assertThat(score.interval(0.95).contains(score.score())).isTrue();
  }

  @Test
  void equalWeightsGiveThePlainScoreAndFullSampleSize() {
    List<SurveyResponse> responses =
        List.of(
            at("a", SurveyScale.csat5(), 5, Duration.ZERO),
            at("b", SurveyScale.csat5(), 2, Duration.ZERO),
            at("c", SurveyScale.csat5(), 4, Duration.ZERO));
    TimeDecay.DecayedScore score = DECAY.satisfiedShare(responses, NOW).orElseThrow();
    assertThat(score.score()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(score.effectiveSampleSize()).isCloseTo(3, within(1e-12));
  }

  @Test
  void noAnswersIsInsufficientData() {
    assertThat(DECAY.nps(List.of(), NOW)).isEmpty();
    assertThat(DECAY.nps(List.of(Fixtures.skipped("s", SurveyScale.nps())), Fixtures.T0)).isEmpty();
  }

  @Test
  void rejectsFutureResponsesOtherScalesAndBadHalfLives() {
    SurveyResponse future = at("f", SurveyScale.nps(), 9, Duration.ofDays(-1));
    assertThatThrownBy(() -> DECAY.nps(List.of(future), NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at must not be after now 2026-11-30T00:00:00Z, but was 2026-12-01T00:00:00Z");
    assertThatThrownBy(
            () -> DECAY.nps(List.of(at("c", SurveyScale.csat5(), 3, Duration.ZERO)), NOW))
        .hasMessage("response scale must be NPS, but was CSAT 1-5 (satisfied from 4) for c");
    assertThatThrownBy(() -> TimeDecay.halfLife(Duration.ZERO))
        .hasMessage("halfLife must be positive, but was PT0S");
    assertThat(DECAY).hasToString("TimeDecay[halfLife=PT720H]");
  }
}
