package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.rapport.loyalty.referral.ReferralCode;
import org.junit.jupiter.api.Test;

class QtReferralGensTest {
  @Test
  void adaptsTheReferralGenerators() {
    qt().withExamples(100)
        .forAll(QtReferralGens.codes(), QtReferralGens.programs(), QtReferralGens.eventSequences(5))
        .checkAssert(
            (code, program, events) -> {
              assertThat(ReferralCode.tryParse(code.value())).contains(code);
              assertThat(program.name()).startsWith("program-");
              assertThat(events).hasSizeBetween(1, 5);
            });
  }
}
