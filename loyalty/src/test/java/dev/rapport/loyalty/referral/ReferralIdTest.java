package dev.rapport.loyalty.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReferralIdTest {
  @Test
  void isAValidatedStringThatPrintsPlainly() {
    assertThat(ReferralId.of("signup-42")).isEqualTo(new ReferralId("signup-42"));
    assertThat(ReferralId.of("signup-42")).hasToString("signup-42");
    assertThat(ReferralId.of("a")).isLessThan(ReferralId.of("b"));
    assertThatThrownBy(() -> ReferralId.of(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("referralId must not be blank, but was \"\"");
    assertThatThrownBy(() -> ReferralId.of("a\tb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("referralId must not contain control characters, but was \"a\tb\"");
    assertThat(ReferralId.of("x".repeat(200)).value()).hasSize(ReferralId.MAX_LENGTH);
    assertThatThrownBy(() -> ReferralId.of("x".repeat(201)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("referralId must be at most 200 characters, but was \"xxx");
    assertThatThrownBy(() -> ReferralId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("referralId");
  }
}
