package dev.rapport.loyalty.referral;

import static dev.rapport.loyalty.referral.Fixtures.BEN;
import static dev.rapport.loyalty.referral.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QualifyingEventTest {
  @Test
  void hasANonBlankName() {
    assertThat(new QualifyingEvent(T0, BEN, "subscribed").name()).isEqualTo("subscribed");
    assertThatThrownBy(() -> new QualifyingEvent(T0, BEN, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank, but was \"\"");
    assertThatThrownBy(() -> new QualifyingEvent(null, BEN, "x"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("at");
  }
}
