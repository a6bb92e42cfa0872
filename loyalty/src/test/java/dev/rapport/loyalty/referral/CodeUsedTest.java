package dev.rapport.loyalty.referral;

import static dev.rapport.loyalty.referral.Fixtures.ANA;
import static dev.rapport.loyalty.referral.Fixtures.BEN;
import static dev.rapport.loyalty.referral.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodeUsedTest {
  @Test
  void isAnEventAtItsInstantAndRejectsNulls() {
    CodeUsed event = Fixtures.codeUsed("R1", T0, ANA, BEN);
    ReferralEvent asEvent = event;
    assertThat(asEvent.at()).isEqualTo(T0);
    assertThat(event.referralId()).isEqualTo(ReferralId.of("R1"));
    assertThatThrownBy(
            () ->
                new CodeUsed(
                    T0,
                    ReferralId.of("R1"),
                    null,
                    ReferralParty.of(ANA),
                    ReferralParty.of(BEN),
                    false))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("code");
    assertThatThrownBy(
            () ->
                new CodeUsed(
                    T0, ReferralId.of("R1"), Fixtures.ANA_CODE, ReferralParty.of(ANA), null, false))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("referee");
  }

  @Test
  void recognisesTheReferralItMade() {
    Harness h = new Harness(Fixtures.program().build());
    CodeUsed event = Fixtures.codeUsed("R1", T0, ANA, BEN);
    h.handle(event);

    assertThat(event.made(h.referral("R1"))).isTrue();
    assertThat(Fixtures.codeUsed("R1", T0.plusSeconds(1), ANA, BEN).made(h.referral("R1")))
        .isFalse();
    assertThat(Fixtures.codeUsed("R1", T0, Fixtures.CAL, BEN).made(h.referral("R1"))).isFalse();
  }
}
