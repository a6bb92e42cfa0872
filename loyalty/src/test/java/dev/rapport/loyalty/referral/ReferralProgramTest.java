package dev.rapport.loyalty.referral;

import static dev.rapport.loyalty.referral.Fixtures.program;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferralProgramTest {
  @Test
  void hasTheDocumentedDefaults() {
    ReferralProgram p = program().build();

    assertThat(p.name()).isEqualTo("friends");
    assertThat(p.attributionWindow()).isEqualTo(ReferralProgram.DEFAULT_ATTRIBUTION_WINDOW);
    assertThat(p.attributionWindow()).isEqualTo(Duration.ofDays(30));
    assertThat(p.rewardHold()).isZero();
    assertThat(p.caps()).isEmpty();
    assertThat(p.clawback()).isEqualTo(ReferralClawback.BOTH_SIDES);
    assertThat(p.clawbackWindow()).isEmpty();
    assertThat(p.fraudRules()).containsExactly((FraudRule[]) StandardFraudRule.values());
    assertThat(p.emails()).isEqualTo(EmailNormalizer.standard());
    assertThat(p.toString())
        .isEqualTo(
            "ReferralProgram{friends, referrer 500 points, referee 250 points,"
                + " FirstOrder[minimum=EUR 20.00], window PT720H, clawback BOTH_SIDES,"
                + " fraud rules [SELF_REFERRAL_CUSTOMER, SELF_REFERRAL_EMAIL,"
                + " SELF_REFERRAL_PAYMENT, SELF_REFERRAL_ADDRESS, SELF_REFERRAL_DEVICE,"
                + " REFEREE_ALREADY_CUSTOMER]}");
  }

  @Test
  void aBuilderFromAProgramDerivesAnEqualOrVariedProgram() {
    ReferralProgram p =
        program()
            .rewardHold(Duration.ofDays(14))
            .cap(ReferrerCap.rolling(5, Duration.ofDays(30)))
            .clawbackWindow(Duration.ofDays(60))
            .fraudRule(VelocityRule.perDevice(2, Duration.ofDays(1)))
            .build();

    assertThat(ReferralProgram.builder(p).build()).isEqualTo(p).hasSameHashCodeAs(p);
    ReferralProgram variant =
        ReferralProgram.builder(p).noClawbackWindow().caps(List.of()).noReferrerReward().build();
    assertThat(variant.clawbackWindow()).isEmpty();
    assertThat(variant.caps()).isEmpty();
    assertThat(variant.referrerReward()).isEmpty();
    assertThat(variant).isNotEqualTo(p);
    assertThat(p.toString())
        .contains("hold PT336H", "caps [5 per rolling PT720H]", "within PT1440H");
  }

  @Test
  void gettersHandOutNoMutableState() {
    ReferralProgram p = program().cap(ReferrerCap.rolling(5, Duration.ofDays(30))).build();
    assertThatThrownBy(() -> p.caps().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> p.fraudRules().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void settersCheckTheirArguments() {
    ReferralProgram.Builder b = program();
    assertThatThrownBy(() -> ReferralProgram.builder(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank, but was \"\"");
    assertThatThrownBy(() -> b.attributionWindow(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attributionWindow must be positive, but was PT0S");
    assertThatThrownBy(() -> b.rewardHold(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rewardHold must not be negative, but was PT-1S");
    assertThatThrownBy(() -> b.clawbackWindow(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("clawbackWindow must be positive, but was PT0S");
    assertThatThrownBy(() -> b.referrerReward(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("reward");
    assertThatThrownBy(() -> b.fraudRules(java.util.Arrays.asList((FraudRule) null)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> b.cap(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("cap");
  }

  @Test
  void buildChecksTheRulesThatSpanSettings() {
    assertThatThrownBy(() -> ReferralProgram.builder("p").referrerReward(Reward.points(1)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "qualification must be set, but was not; e.g. QualificationRule.firstOrderAtLeast");
    assertThatThrownBy(() -> program().noReferrerReward().noRefereeReward().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "rewards must include one for the referrer or the referee, but both were empty");
    assertThatThrownBy(
            () ->
                program()
                    .clawbackWindow(Duration.ofDays(1))
                    .clawback(ReferralClawback.NONE)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("clawbackWindow must not be set when clawback is NONE, but was PT24H");
    assertThatThrownBy(() -> program().fraudRule(StandardFraudRule.SELF_REFERRAL_EMAIL).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("fraudRules must not repeat a rule, but were [");
    FraudRule custom = c -> Optional.empty();
    assertThat(program().fraudRules(List.of(custom)).build().fraudRules()).containsExactly(custom);
    assertThat(
            program()
                .qualification(QualificationRule.anyOrderAtLeast(Fixtures.eur("10")))
                .build()
                .qualification())
        .isInstanceOf(QualificationRule.AnyOrder.class);
  }
}
