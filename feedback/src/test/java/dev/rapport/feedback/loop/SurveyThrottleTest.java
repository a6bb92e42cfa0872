package dev.rapport.feedback.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.rapport.core.CustomerId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SurveyThrottleTest {
  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
  private static final CustomerId C1 = CustomerId.of("C-1");

  @ParameterizedTest(name = "{0}: sent {1} days ago, answered {2} days ago -> {3}")
  @CsvSource({
    "LAST_SENT, 10, -1, THROTTLED",
    "LAST_SENT, 14, -1, SEND",
    "LAST_SENT, 20, 3, SEND",
    "LAST_ANSWERED, 20, 3, THROTTLED",
    "LAST_ANSWERED, 3, -1, SEND",
    "LATEST_OF_BOTH, 20, 3, THROTTLED",
    "LATEST_OF_BOTH, 3, 20, THROTTLED",
    "LATEST_OF_BOTH, 15, 20, SEND",
    "LATEST_OF_BOTH, -1, -1, SEND"
  })
  void noSurveyWithinTheGapCountedAsConfigured(
      SurveyThrottle.CountFrom countFrom,
      int sentDaysAgo,
      int answeredDaysAgo,
      ThrottleDecision.Outcome expected) {
    SurveyThrottle throttle =
        SurveyThrottle.builder(Duration.ofDays(14)).countFrom(countFrom).build();
    ContactHistory history = new ContactHistory(daysAgo(sentDaysAgo), daysAgo(answeredDaysAgo));
    assertThat(throttle.decide(C1, history, NOW).outcome()).isEqualTo(expected);
  }

  private static Optional<Instant> daysAgo(int days) {
    return days < 0 ? Optional.empty() : Optional.of(NOW.minus(Duration.ofDays(days)));
  }

  @Test
  void aThrottledSurveyIsDroppedAndSaysWhenTheQuietPeriodEnds() {
    SurveyThrottle throttle = SurveyThrottle.builder(Duration.ofDays(14)).build();
    ThrottleDecision decision =
        throttle.decide(C1, ContactHistory.none().withSent(NOW.minus(Duration.ofDays(10))), NOW);
    assertThat(decision.shouldSend()).isFalse();
    assertThat(decision.quietUntil()).contains(NOW.plus(Duration.ofDays(4)));
    // The gap is half-open: exactly 14 days later a survey may go.
    assertThat(
            throttle
                .decide(C1, ContactHistory.none().withSent(NOW.minus(Duration.ofDays(14))), NOW)
                .shouldSend())
        .isTrue();
  }

  @Test
  void samplingMatchesSha256VectorsComputedElsewhere() {
    // Python: int.from_bytes(sha256(b"nps-2026\0" + id).digest()[:8], "big") < rate * 2**64.
    SurveyThrottle half =
        SurveyThrottle.builder(Duration.ZERO).sampleRate(0.5).salt("nps-2026").build();
    SurveyThrottle quarter =
        SurveyThrottle.builder(Duration.ZERO).sampleRate(0.25).salt("nps-2026").build();
    assertThat(half.isSampled(CustomerId.of("C-1"))).isTrue();
    assertThat(half.isSampled(CustomerId.of("C-2"))).isFalse();
    assertThat(half.isSampled(CustomerId.of("C-3"))).isFalse();
    assertThat(half.isSampled(CustomerId.of("C-42"))).isTrue();
    assertThat(quarter.isSampled(CustomerId.of("C-1"))).isTrue();
    assertThat(quarter.isSampled(CustomerId.of("C-42"))).isFalse();
    assertThat(half.decide(CustomerId.of("C-2"), ContactHistory.none(), NOW).outcome())
        .isEqualTo(ThrottleDecision.Outcome.NOT_SAMPLED);
  }

  @Test
  void aThirtyPercentSampleOfOneHundredThousandCustomersIsExactlyWhatSha256Gives() {
    // Python counted 30,018 of C-0 .. C-99999 in the sample with this salt.
    SurveyThrottle throttle =
        SurveyThrottle.builder(Duration.ZERO).sampleRate(0.3).salt("nps-2026").build();
    long sampled =
        IntStream.range(0, 100_000)
            .filter(i -> throttle.isSampled(CustomerId.of("C-" + i)))
            .count();
    assertThat(sampled).isEqualTo(30_018);
  }

  @Test
  void samplingIsMonotoneInTheRateAndEveryoneOrNoOneAtTheEnds() {
    SurveyThrottle none = SurveyThrottle.builder(Duration.ZERO).sampleRate(0).salt("s").build();
    SurveyThrottle all = SurveyThrottle.builder(Duration.ZERO).sampleRate(1).build();
    qt().withExamples(300)
        .forAll(
            integers().between(0, 1_000_000),
            integers().between(0, 100),
            integers().between(0, 100))
        .checkAssert(
            (id, a, b) -> {
              CustomerId customer = CustomerId.of("C-" + id);
              SurveyThrottle low =
                  SurveyThrottle.builder(Duration.ZERO)
                      .sampleRate(Math.min(a, b) / 100.0)
                      .salt("s")
                      .build();
              SurveyThrottle high =
                  SurveyThrottle.builder(Duration.ZERO)
                      .sampleRate(Math.max(a, b) / 100.0)
                      .salt("s")
                      .build();
              if (low.isSampled(customer)) {
                assertThat(high.isSampled(customer)).isTrue();
              }
              assertThat(none.isSampled(customer)).isFalse();
              assertThat(all.isSampled(customer)).isTrue();
            });
  }

  @Test
  void builderValidation() {
    assertThatThrownBy(() -> SurveyThrottle.builder(Duration.ofDays(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimumGap must not be negative, but was PT-24H");
    assertThatThrownBy(() -> SurveyThrottle.builder(Duration.ZERO).sampleRate(1.5))
        .hasMessage("sampleRate must be from 0 to 1, but was 1.5");
    assertThatThrownBy(() -> SurveyThrottle.builder(Duration.ZERO).salt(" "))
        .hasMessage("salt must not be blank, but was \" \"");
    assertThatThrownBy(() -> SurveyThrottle.builder(Duration.ZERO).sampleRate(0.5).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("salt must be set when sampleRate is below 1, but was unset (sampleRate 0.5)");
    SurveyThrottle throttle =
        SurveyThrottle.builder(Duration.ofDays(7)).sampleRate(0.5).salt("q4").build();
    assertThat(throttle)
        .hasToString(
            "SurveyThrottle[minimumGap=PT168H, countFrom=LAST_SENT, sampleRate=0.5, salt=\"q4\"]")
        .isEqualTo(SurveyThrottle.builder(Duration.ofDays(7)).sampleRate(0.5).salt("q4").build());
  }

  @Test
  void rejectsAHistoryFromTheFuture() {
    SurveyThrottle throttle = SurveyThrottle.builder(Duration.ofDays(1)).build();
    assertThatThrownBy(
            () -> throttle.decide(C1, ContactHistory.none().withAnswered(NOW.plusSeconds(1)), NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "lastAnswered must not be after now 2026-11-30T12:00:00Z, but was"
                + " 2026-11-30T12:00:01Z");
  }
}
