package dev.rapport.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SlaReportExampleTest {

  @Test
  void printsEveryMeasurementOfTheTicketAndItsNextDeadline() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SlaReportExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String report = bytes.toString(StandardCharsets.UTF_8);

    assertThat(report)
        .contains("Ticket T-1042 at Tue 12 Jan 09:45, policy urgent")
        // Friday 15:30 + 1.5 hours to closing, Monday 09:00 + 1.25 hours: answered within 4 hours.
        .containsPattern(
            "FIRST_RESPONSE +1 standard ACHIEVED +2h45 +1h15 +Mon 11 Jan 11:30 Mon 11 Jan 10:15")
        // Raised to urgent at 11:05: the standard cycle is cancelled, an urgent one starts.
        .containsPattern("NEXT_RESPONSE +1 standard CANCELLED +0h05")
        .containsPattern("NEXT_RESPONSE +1 urgent +ACHIEVED +0h35")
        // The message at 16:30 waits overnight: 30 minutes on Monday, 30 on Tuesday, breached
        // 09:30.
        .containsPattern("NEXT_RESPONSE +2 urgent +BREACHED +1h15 +-0h15 +Tue 12 Jan 09:30")
        // The wait for the customer (11:40 to 16:30) does not count.
        .containsPattern("RESOLUTION +1 urgent +RUNNING +1h50 +6h10 +Tue 12 Jan 15:55")
        .contains("Next deadline: RESOLUTION warning at 50% on Tue 12 Jan 11:55");
  }
}
