package dev.rapport.loyalty.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RejectionReasonTest {
  @Test
  void printsCodeAndDetail() {
    assertThat(RejectionReason.of("self_referral_email", "same mailbox"))
        .isEqualTo(new RejectionReason("self_referral_email", "same mailbox"))
        .hasToString("self_referral_email: same mailbox");
    assertThat(RejectionReason.of("acme.blocklist_2", "listed").code())
        .isEqualTo("acme.blocklist_2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Self", "1abc", "a-b", "a b", "_a"})
  void codesAreLowerCaseIdentifiers(String code) {
    assertThatThrownBy(() -> RejectionReason.of(code, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "code must be a lower-case letter, then at most 63 lower-case letters, digits, _ or ., "
                + "but was \""
                + code
                + "\"");
  }

  @Test
  void codesAreAtMost64CharactersAndDetailsAreText() {
    assertThat(RejectionReason.of("a".repeat(64), "x").code()).hasSize(64);
    assertThatThrownBy(() -> RejectionReason.of("a".repeat(65), "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RejectionReason.of("a", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("detail must not be blank, but was \"\"");
  }

  @Test
  void builtInCodesAreValid() {
    for (String code :
        new String[] {
          RejectionReason.SELF_REFERRAL_CUSTOMER,
          RejectionReason.SELF_REFERRAL_EMAIL,
          RejectionReason.SELF_REFERRAL_PAYMENT,
          RejectionReason.SELF_REFERRAL_ADDRESS,
          RejectionReason.SELF_REFERRAL_DEVICE,
          RejectionReason.REFEREE_ALREADY_CUSTOMER,
          RejectionReason.VELOCITY_REFERRER,
          RejectionReason.VELOCITY_DEVICE,
          RejectionReason.VELOCITY_NETWORK,
          RejectionReason.REFEREE_ALREADY_REFERRED,
          RejectionReason.SUPERSEDED,
          RejectionReason.FIRST_ORDER_BELOW_MINIMUM,
          RejectionReason.REFERRER_CAP_REACHED,
          RejectionReason.MANUAL_REJECTION
        }) {
      assertThat(RejectionReason.of(code, "x").code()).isEqualTo(code);
    }
  }
}
