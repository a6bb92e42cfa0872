package dev.rapport.feedback.text;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeyPhraseTest {

  @Test
  void validation() {
    assertThatThrownBy(() -> new KeyPhrase(" ", 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phrase must not be blank, but was \" \"");
    assertThatThrownBy(() -> new KeyPhrase("x", 0, 1))
        .hasMessage("documents must be positive, but was 0");
    assertThatThrownBy(() -> new KeyPhrase("x", 1, 0))
        .hasMessage("score must be positive and finite, but was 0.0");
  }
}
