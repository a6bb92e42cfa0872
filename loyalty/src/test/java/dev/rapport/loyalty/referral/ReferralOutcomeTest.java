package dev.rapport.loyalty.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferralOutcomeTest {
  @Test
  void emptyIsEmptyAndListsAreCopied() {
    assertThat(ReferralOutcome.empty().isEmpty()).isTrue();
    List<Referral> referrals = new ArrayList<>();
    ReferralOutcome outcome = new ReferralOutcome(referrals, List.of());
    Referral referral =
        ReferralEngine.of(Fixtures.program().build())
            .handle(
                Fixtures.codeUsed("R1", Fixtures.day(0), Fixtures.ANA, Fixtures.BEN),
                dev.rapport.loyalty.referral.spi.ReferralHistory.empty())
            .referrals()
            .get(0);
    referrals.add(referral);

    assertThat(outcome.referrals()).isEmpty();
    assertThat(new ReferralOutcome(referrals, List.of()).isEmpty()).isFalse();
    assertThatThrownBy(() -> new ReferralOutcome(null, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("referrals");
  }
}
