package dev.rapport.loyalty.referral;

import static dev.rapport.loyalty.referral.Fixtures.ANA;
import static dev.rapport.loyalty.referral.Fixtures.ANA_CODE;
import static dev.rapport.loyalty.referral.Fixtures.CAL;
import static dev.rapport.loyalty.referral.Fixtures.T0;
import static dev.rapport.loyalty.referral.Fixtures.program;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.CustomerId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VelocityRuleTest {

  /** Records a referral of a new referee on {@code device} and {@code network} at {@code at}. */
  private static void use(
      Harness h, String id, CustomerId referrer, Instant at, String device, String network) {
    ReferralParty referee =
        ReferralParty.builder(CustomerId.of("f-" + id)).deviceId(device).networkId(network).build();
    h.handle(
        new CodeUsed(at, ReferralId.of(id), ANA_CODE, ReferralParty.of(referrer), referee, false));
  }

  private static ReferralCandidate candidate(Harness h, Instant at, String device, String network) {
    return new ReferralCandidate(
        ReferralCandidate.Stage.CODE_USED,
        at,
        ReferralId.of("new"),
        ANA_CODE,
        at,
        ReferralParty.of(ANA),
        ReferralParty.builder(CustomerId.of("new")).deviceId(device).networkId(network).build(),
        false,
        EmailNormalizer.standard(),
        h.store);
  }

  @Test
  void countsPerDeviceAndPerNetworkInTheWindowIncludingTheNewReferral() {
    Harness h = new Harness(program().fraudRules(java.util.List.of()).build());
    use(h, "1", ANA, T0, "d1", "n1");
    use(h, "2", CAL, T0.plusSeconds(10), "d1", "n2");
    use(h, "3", CAL, T0.plusSeconds(20), "d2", "n1");
    Instant at = T0.plus(Duration.ofHours(1));

    assertThat(VelocityRule.perDevice(2, Duration.ofDays(1)).check(candidate(h, at, "d1", "n9")))
        .contains(
            RejectionReason.of(
                RejectionReason.VELOCITY_DEVICE,
                "3 referrals by one device of the referee within PT24H, more than the 2 allowed"));
    assertThat(VelocityRule.perDevice(3, Duration.ofDays(1)).check(candidate(h, at, "d1", "n9")))
        .isEmpty();
    assertThat(VelocityRule.perNetwork(2, Duration.ofDays(1)).check(candidate(h, at, "d9", "n1")))
        .map(RejectionReason::code)
        .contains(RejectionReason.VELOCITY_NETWORK);
    assertThat(
            VelocityRule.perNetwork(2, Duration.ofMinutes(60)).check(candidate(h, at, "d9", "n1")))
        .as("the window is (at - 60 min, at]: the code use at exactly T0 is outside")
        .isEmpty();
    assertThat(VelocityRule.perReferrer(2, Duration.ofDays(1)).check(candidate(h, at, "d9", "n9")))
        .isEmpty();
    assertThat(VelocityRule.perReferrer(1, Duration.ofDays(1)).check(candidate(h, at, "d9", "n9")))
        .map(RejectionReason::detail)
        .contains("2 referrals by referrer ana within PT24H, more than the 1 allowed");
  }

  @Test
  void findsNothingAtQualification() {
    Harness h = new Harness(program().build());
    use(h, "1", ANA, T0, "d1", "n1");
    ReferralCandidate atCodeUse = candidate(h, T0.plusSeconds(1), "d1", "n1");
    ReferralCandidate atQualification =
        new ReferralCandidate(
            ReferralCandidate.Stage.QUALIFICATION,
            atCodeUse.at(),
            atCodeUse.referralId(),
            atCodeUse.code(),
            atCodeUse.codeUsedAt(),
            atCodeUse.referrer(),
            atCodeUse.referee(),
            false,
            atCodeUse.emails(),
            atCodeUse.history());

    VelocityRule rule = VelocityRule.perDevice(1, Duration.ofDays(1));
    assertThat(rule.check(atCodeUse)).isPresent();
    assertThat(rule.check(atQualification)).isEqualTo(Optional.empty());
  }

  @Test
  void validatesItsArguments() {
    assertThat(VelocityRule.perReferrer(5, Duration.ofDays(30)))
        .isEqualTo(new VelocityRule(VelocityRule.Scope.REFERRER, 5, Duration.ofDays(30)));
    assertThat(VelocityRule.Scope.NETWORK.reasonCode()).isEqualTo("velocity_network");
    assertThatThrownBy(() -> VelocityRule.perDevice(0, Duration.ofDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max must be at least 1, but was 0");
    assertThatThrownBy(() -> VelocityRule.perNetwork(1, Duration.ofDays(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window must be positive, but was PT-24H");
    assertThatThrownBy(() -> new VelocityRule(null, 1, Duration.ofDays(1)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("scope");
  }
}
