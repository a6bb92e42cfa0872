package dev.rapport.loyalty.referral;

import static dev.rapport.loyalty.referral.Fixtures.ANA;
import static dev.rapport.loyalty.referral.Fixtures.ANA_CODE;
import static dev.rapport.loyalty.referral.Fixtures.BEN;
import static dev.rapport.loyalty.referral.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.loyalty.referral.spi.ReferralHistory;
import org.junit.jupiter.api.Test;

class ReferralCandidateTest {
  @Test
  void carriesWhatTheRulesSeeAndRejectsNulls() {
    ReferralCandidate candidate =
        new ReferralCandidate(
            ReferralCandidate.Stage.QUALIFICATION,
            T0.plusSeconds(5),
            ReferralId.of("R1"),
            ANA_CODE,
            T0,
            ReferralParty.of(ANA),
            ReferralParty.of(BEN),
            true,
            EmailNormalizer.standard(),
            ReferralHistory.empty());
    assertThat(candidate.stage()).isEqualTo(ReferralCandidate.Stage.QUALIFICATION);
    assertThat(candidate.codeUsedAt()).isBefore(candidate.at());
    assertThat(candidate.refereeAlreadyCustomer()).isTrue();
    assertThatThrownBy(
            () ->
                new ReferralCandidate(
                    ReferralCandidate.Stage.CODE_USED,
                    T0,
                    ReferralId.of("R1"),
                    ANA_CODE,
                    T0,
                    ReferralParty.of(ANA),
                    ReferralParty.of(BEN),
                    false,
                    EmailNormalizer.standard(),
                    null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("history");
  }
}
