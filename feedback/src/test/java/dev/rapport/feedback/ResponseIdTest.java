package dev.rapport.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResponseIdTest {

  @Test
  void comparesAndPrintsItsValue() {
    assertThat(ResponseId.of("R-1")).hasToString("R-1").isLessThan(ResponseId.of("R-2"));
  }

  @Test
  void rejectsBadValues() {
    assertThatThrownBy(() -> ResponseId.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("responseId must not be blank, but was \" \"");
    assertThatThrownBy(() -> ResponseId.of("a\tb"))
        .hasMessage("responseId must not contain control characters, but had one at index 1");
    assertThatThrownBy(() -> ResponseId.of("x".repeat(257)))
        .hasMessage("responseId must be at most 256 characters, but was 257");
    assertThatThrownBy(() -> ResponseId.of(null)).isInstanceOf(NullPointerException.class);
  }
}
