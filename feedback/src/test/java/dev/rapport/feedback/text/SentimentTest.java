package dev.rapport.feedback.text;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SentimentTest {

  @Test
  void scoreMustBeInRange() {
    assertThatThrownBy(() -> new Sentiment(1.5, Sentiment.Label.POSITIVE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score must be from -1 to 1, but was 1.5");
    assertThatThrownBy(() -> new Sentiment(0, null)).hasMessage("label");
  }
}
