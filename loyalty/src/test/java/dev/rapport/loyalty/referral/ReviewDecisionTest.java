package dev.rapport.loyalty.referral;

import static dev.rapport.loyalty.referral.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewDecisionTest {
  @Test
  void factoriesAndDescriptions() {
    ReviewDecision approve = ReviewDecision.approve(T0, ReferralId.of("R1"), "rita");
    ReviewDecision reject = ReviewDecision.reject(T0, ReferralId.of("R1"), "rita", "same card");

    assertThat(approve.verdict()).isEqualTo(ReviewDecision.Verdict.APPROVE);
    assertThat(approve.note()).isEmpty();
    assertThat(approve.describe()).isEqualTo("approved by rita");
    assertThat(reject.verdict()).isEqualTo(ReviewDecision.Verdict.REJECT);
    assertThat(reject.describe()).isEqualTo("rejected by rita: same card");
  }

  @Test
  void validates() {
    assertThatThrownBy(() -> ReviewDecision.approve(T0, ReferralId.of("R1"), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reviewer must not be blank, but was \"\"");
    assertThatThrownBy(
            () ->
                new ReviewDecision(
                    T0,
                    ReferralId.of("R1"),
                    ReviewDecision.Verdict.REJECT,
                    "rita",
                    Optional.of("line\nbreak")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("note must not contain control characters, but was \"line\nbreak\"");
    assertThatThrownBy(
            () -> new ReviewDecision(T0, ReferralId.of("R1"), null, "rita", Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("verdict");
  }
}
