package dev.rapport.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EscalationExampleTest {

  @Test
  void theChainFiresUntilAcknowledgedAndTheSilenceWatchRestartsOnTheNextMessage() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EscalationExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);

    assertThat(text.lines().filter(line -> line.matches("\\d\\d:\\d\\d  T-1001/.*")).toList())
        .extracting(line -> line.substring(0, line.indexOf(" notifies")))
        .containsExactly(
            "10:30  T-1001/first-response/1/1/0",
            "11:00  T-1001/first-response/1/2/0",
            "11:00  T-1001/silence/1/1/0",
            "11:30  T-1001/first-response/1/3/0",
            "12:30  T-1001/first-response/1/3/1",
            "16:00  T-1001/silence/2/1/0");
    assertThat(text)
        .contains("11:00  applied: priority HIGH")
        .contains("11:00  applied: tagged [escalated]")
        .contains("(assignee ana, team support)")
        .contains("At the end of the day: 6 steps fired, nothing more due")
        .contains("[T-1001/silence/2/1/0] again, same keys");
  }
}
