package dev.rapport.loyalty.referral;

import static dev.rapport.loyalty.referral.Fixtures.ANA;
import static dev.rapport.loyalty.referral.Fixtures.ANA_CODE;
import static dev.rapport.loyalty.referral.Fixtures.BEN;
import static dev.rapport.loyalty.referral.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.loyalty.referral.spi.ReferralHistory;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StandardFraudRuleTest {

  private static ReferralCandidate candidate(
      ReferralParty referrer, ReferralParty referee, boolean alreadyCustomer) {
    return new ReferralCandidate(
        ReferralCandidate.Stage.CODE_USED,
        T0,
        ReferralId.of("R1"),
        ANA_CODE,
        T0,
        referrer,
        referee,
        alreadyCustomer,
        EmailNormalizer.standard(),
        ReferralHistory.empty());
  }

  static Stream<Arguments> cases() {
    UnaryOperator<ReferralParty.Builder> none = b -> b;
    return Stream.of(
        Arguments.of(
            StandardFraudRule.SELF_REFERRAL_CUSTOMER,
            none,
            none,
            true,
            "ana",
            "the referee is the referrer, customer ana"),
        Arguments.of(StandardFraudRule.SELF_REFERRAL_CUSTOMER, none, none, false, "ben", null),
        Arguments.of(
            StandardFraudRule.SELF_REFERRAL_EMAIL,
            (UnaryOperator<ReferralParty.Builder>) b -> b.email("Jane.Doe@gmail.com"),
            (UnaryOperator<ReferralParty.Builder>) b -> b.email("janedoe+x@googlemail.com"),
            false,
            "ben",
            "the referee's email reaches the referrer's mailbox janedoe@gmail.com"),
        Arguments.of(
            StandardFraudRule.SELF_REFERRAL_EMAIL,
            (UnaryOperator<ReferralParty.Builder>) b -> b.email("jane.doe@example.com"),
            (UnaryOperator<ReferralParty.Builder>) b -> b.email("janedoe@example.com"),
            false,
            "ben",
            null),
        Arguments.of(
            StandardFraudRule.SELF_REFERRAL_EMAIL,
            (UnaryOperator<ReferralParty.Builder>) b -> b.email("+x@gmail.com"),
            (UnaryOperator<ReferralParty.Builder>) b -> b.email("+X@gmail.com"),
            false,
            "ben",
            "the referee's email reaches the referrer's mailbox +x@gmail.com"),
        Arguments.of(
            StandardFraudRule.SELF_REFERRAL_EMAIL,
            (UnaryOperator<ReferralParty.Builder>) b -> b.email("a@gmail.com"),
            none,
            false,
            "ben",
            null),
        Arguments.of(
            StandardFraudRule.SELF_REFERRAL_PAYMENT,
            (UnaryOperator<ReferralParty.Builder>) b -> b.paymentFingerprint("fp1", "fp2"),
            (UnaryOperator<ReferralParty.Builder>) b -> b.paymentFingerprint("fp2"),
            false,
            "ben",
            "the referee uses the referrer's payment method"),
        Arguments.of(
            StandardFraudRule.SELF_REFERRAL_PAYMENT,
            (UnaryOperator<ReferralParty.Builder>) b -> b.paymentFingerprint("fp1"),
            (UnaryOperator<ReferralParty.Builder>) b -> b.paymentFingerprint("FP1"),
            false,
            "ben",
            null),
        Arguments.of(
            StandardFraudRule.SELF_REFERRAL_ADDRESS,
            (UnaryOperator<ReferralParty.Builder>) b -> b.address("12 Main St., Apt 4"),
            (UnaryOperator<ReferralParty.Builder>) b -> b.address("12  main st apt 4"),
            false,
            "ben",
            "the referee uses the referrer's postal address"),
        Arguments.of(
            StandardFraudRule.SELF_REFERRAL_ADDRESS,
            (UnaryOperator<ReferralParty.Builder>) b -> b.address("12 Main St"),
            (UnaryOperator<ReferralParty.Builder>) b -> b.address("121 Main St"),
            false,
            "ben",
            null),
        Arguments.of(
            StandardFraudRule.SELF_REFERRAL_ADDRESS,
            (UnaryOperator<ReferralParty.Builder>) b -> b.address("--"),
            (UnaryOperator<ReferralParty.Builder>) b -> b.address("//"),
            false,
            "ben",
            null),
        Arguments.of(
            StandardFraudRule.SELF_REFERRAL_DEVICE,
            (UnaryOperator<ReferralParty.Builder>) b -> b.deviceId("d1"),
            (UnaryOperator<ReferralParty.Builder>) b -> b.deviceId("d0", "d1"),
            false,
            "ben",
            "the referee uses the referrer's device"),
        Arguments.of(
            StandardFraudRule.SELF_REFERRAL_DEVICE,
            none,
            (UnaryOperator<ReferralParty.Builder>) b -> b.deviceId("d1"),
            false,
            "ben",
            null),
        Arguments.of(
            StandardFraudRule.REFEREE_ALREADY_CUSTOMER,
            none,
            none,
            true,
            "ben",
            "customer ben was already a customer"),
        Arguments.of(StandardFraudRule.REFEREE_ALREADY_CUSTOMER, none, none, false, "ben", null));
  }

  @ParameterizedTest(name = "{0} #{index}")
  @MethodSource("cases")
  void findsWhatItLooksFor(
      StandardFraudRule rule,
      UnaryOperator<ReferralParty.Builder> referrer,
      UnaryOperator<ReferralParty.Builder> referee,
      boolean alreadyCustomer,
      String refereeId,
      String detail) {
    ReferralCandidate candidate =
        candidate(
            referrer.apply(ReferralParty.builder(ANA)).build(),
            referee.apply(ReferralParty.builder(refereeId.equals("ana") ? ANA : BEN)).build(),
            alreadyCustomer);

    Optional<RejectionReason> found = rule.check(candidate);

    if (detail == null) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).contains(RejectionReason.of(rule.reasonCode(), detail));
    }
  }

  @ParameterizedTest
  @MethodSource("addressKeys")
  void addressKeysIgnoreCasePunctuationAndSpacing(String address, String key) {
    assertThat(StandardFraudRule.addressKey(address)).isEqualTo(key);
  }

  static Stream<Arguments> addressKeys() {
    return Stream.of(
        Arguments.of("12 Main St., Apt 4", "12 main st apt 4"),
        Arguments.of("  12\tMAIN-st\napt #4 ", "12 main st apt 4"),
        Arguments.of("Ｒｕｅ  de l'Église 3", "rue de l église 3"),
        Arguments.of("---", ""));
  }
}
