package dev.rapport.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LoyaltyYearExampleTest {

  @Test
  void printsTheMembersYearWithItsExplanationsClawbackExpiryAndTiers() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      LoyaltyYearExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String year = bytes.toString(StandardCharsets.UTF_8);

    assertThat(year)
        // 10 points per USD 1.00 on USD 18.50 of beans, doubled by the beans multiplier.
        .containsPattern("spend +\\+185 +USD 18.50 at 10 points per USD 1.00")
        .containsPattern("beans x2 +\\+185 +185 spend points x2")
        .containsPattern("review +\\+0 +review_written, cap of 1 per day reached")
        // Half of the machine refunded: the recorded earn's share, not today's rules.
        .containsPattern("Half the espresso machine refunded.* -830 +\\[CLAWBACK\\]")
        .containsPattern("The order is cancelled: the points come back +\\+500")
        .containsPattern("what is left of signup expired +-250 +\\[EXPIRE\\]")
        .contains("green -> silver (UPGRADE)")
        .contains("silver -> gold (UPGRADE)")
        .contains("150 points of goodwill/TICKET-4412, usable through 2026-02-16");
  }
}
