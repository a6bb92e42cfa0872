package dev.rapport.loyalty.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class InvalidReferralCodeExceptionTest {
  @Test
  void carriesTheProblemTheInputAndTheIndex() {
    InvalidReferralCodeException e =
        catchThrowableOfType(
            InvalidReferralCodeException.class, () -> ReferralCode.parse("ab-1defgh"));

    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.problem()).isEqualTo(InvalidReferralCodeException.Problem.AMBIGUOUS_CHARACTER);
    assertThat(e.input()).isEqualTo("ab-1defgh");
    assertThat(e.index()).hasValue(3);
  }
}
