package dev.rapport.feedback.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentimentScorerTest {
  /** A tiny lexicon, so each rule's arithmetic can be checked by hand. */
  private static final SentimentScorer TINY =
      SentimentScorer.builder()
          .term("good", 2)
          .term("bad", -2)
          .term("on hold", -1)
          .intensifier("very", 0.3)
          .intensifier("a bit", -0.3)
          .negation("not")
          .negation("don't")
          .build();

  private static double normalised(double sum) {
    return sum / Math.sqrt(sum * sum + 15);
  }

  @ParameterizedTest(name = "\"{0}\" sums to {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "good | 2",
        "bad | -2",
        "very good | 2.3",
        "a bit bad | -1.7",
        "not good | -1.48",
        "I don't think it is good | 2",
        "not very good | -1.702",
        "GOOD and fine | 2.733",
        "good but bad | -2",
        "bad but good | 2",
        "good! | 2.292",
        "good!!!!!! | 3.168",
        "on hold, bad | -3",
        "nothing here | 0"
      })
  void rulesCombineAsDocumented(String text, double sum) {
    assertThat(TINY.score(text).score()).isCloseTo(normalised(sum), within(1e-9));
  }

  @Test
  void negationReachesThreeWordsBack() {
    assertThat(TINY.score("not at all good").score()).isCloseTo(normalised(-1.48), within(1e-9));
    assertThat(TINY.score("not at all very good").score())
        .isCloseTo(normalised(2 + 0.3), within(1e-9));
  }

  @Test
  void capsCountOnlyInMixedCaseText() {
    assertThat(TINY.score("GOOD").score()).isCloseTo(normalised(2), within(1e-9));
  }

  @Test
  void labelsFollowTheThresholds() {
    assertThat(TINY.score("good").label()).isEqualTo(Sentiment.Label.POSITIVE);
    assertThat(TINY.score("bad").label()).isEqualTo(Sentiment.Label.NEGATIVE);
    assertThat(TINY.score("nothing").label()).isEqualTo(Sentiment.Label.NEUTRAL);
    SentimentScorer strict = SentimentScorer.builder(TINY).thresholds(-0.6, 0.6).build();
    assertThat(strict.score("good").label()).isEqualTo(Sentiment.Label.NEUTRAL);
    assertThat(strict.label(0.6)).isEqualTo(Sentiment.Label.POSITIVE);
  }

  @Test
  void englishExamples() {
    SentimentScorer english = SentimentScorer.english();
    assertThat(english.score("Great service, thank you!").label())
        .isEqualTo(Sentiment.Label.POSITIVE);
    assertThat(english.score("The agent was rude and unhelpful.").label())
        .isEqualTo(Sentiment.Label.NEGATIVE);
    assertThat(english.score("Not bad at all").label()).isEqualTo(Sentiment.Label.POSITIVE);
    assertThat(english.score("I called about my invoice.").score()).isZero();
    assertThat(english.score("The wait was long but the agent was fantastic.").label())
        .isEqualTo(Sentiment.Label.POSITIVE);
    assertThat(english.toString()).startsWith("SentimentScorer[");
  }

  @Test
  void scoresStayInRangeForAnyText() {
    SentimentScorer english = SentimentScorer.english();
    qt().withExamples(500)
        .forAll(strings().allPossible().ofLengthBetween(0, 200))
        .checkAssert(text -> assertThat(english.score(text).score()).isBetween(-1.0, 1.0));
    assertThat(english.score("terrible awful horrible worst useless rude ".repeat(50)).score())
        .isBetween(-1.0, -0.99);
  }

  @Test
  void builderValidation() {
    assertThatThrownBy(() -> SentimentScorer.builder().term("good", 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("valence must be from -4 to 4, but was 5.0 for \"good\"");
    assertThatThrownBy(() -> SentimentScorer.builder().term("one two three four", 1))
        .hasMessage("term must be one to three words, but was \"one two three four\"");
    assertThatThrownBy(() -> SentimentScorer.builder().term("!!", 1))
        .hasMessage("term must be one to three words, but was \"!!\"");
    assertThatThrownBy(() -> SentimentScorer.builder().intensifier("very", 2))
        .hasMessage("amount must be from -1 to 1, but was 2.0 for \"very\"");
    assertThatThrownBy(() -> SentimentScorer.builder().negation("no way"))
        .hasMessage("negation must be one word, but was \"no way\"");
    assertThatThrownBy(() -> SentimentScorer.builder().thresholds(0.5, 0.1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("negative threshold must be below the positive threshold 0.1, but was 0.5");
    assertThatThrownBy(() -> SentimentScorer.builder().thresholds(-2, 0.1))
        .hasMessage("thresholds must be from -1 to 1, but were -2.0, 0.1");
  }
}
