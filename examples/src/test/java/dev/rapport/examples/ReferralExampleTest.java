package dev.rapport.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReferralExampleTest {

  @Test
  void theReferralIsPaidOnceAndReversedOnce() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ReferralExample.run(
        new PrintStream(bytes, true, StandardCharsets.UTF_8), new SplittableRandom(7));
    String text = bytes.toString(StandardCharsets.UTF_8);

    assertThat(text)
        .contains(": CHECK_FAILED")
        .contains(", Ana's")
        .contains("referral signup-ana2 is REJECTED")
        .contains("self_referral_email")
        .contains("GRANT 500 points to REFERRER ana [referral/signup-ben/referrer/grant]")
        .contains("GRANT 250 points to REFEREE ben [referral/signup-ben/referee/grant]")
        .contains("REVOKE 500 points to REFERRER ana [referral/signup-ben/referrer/revoke]")
        .contains("nothing to do (a repeat)")
        .contains("signup-ben: REVERSED []")
        .contains("Ana's ledger: 2 entries, balance 0")
        .contains("Ben's ledger: 2 entries, balance 0");
    assertThat(text.split("REVOKE", -1)).hasSize(3);
  }
}
