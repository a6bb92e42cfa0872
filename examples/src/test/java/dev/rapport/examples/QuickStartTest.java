package dev.rapport.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void theTicketBeforeThanksgivingIsDueFridayMorning() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    // Wednesday 16:30 + 30 minutes to closing, Thanksgiving closed, Friday 09:00 + 30 minutes.
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("First reply due 2027-11-26T09:30-05:00[America/New_York]")
        .contains("Business time from creation to due: PT1H");
  }
}
