package dev.rapport.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NpsReportExampleTest {

  @Test
  void flagsTheChatDropInWeek41AndNothingElse() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NpsReportExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String report = bytes.toString(StandardCharsets.UTF_8);

    assertThat(report).startsWith("NPS by channel and ISO week (Europe/Berlin)");
    List<String> flagged =
        report.lines().filter(line -> line.contains("** significant")).collect(Collectors.toList());
    assertThat(flagged).hasSize(1);
    assertThat(flagged.get(0)).startsWith("  2026-W41").endsWith("** significant drop");
    assertThat(report).contains("CHAT", "EMAIL", "PHONE", "Detractor comments by theme: {waiting=");
    // Eight weeks per channel, each with an interval.
    assertThat(report.lines().filter(line -> line.matches("  2026-W\\d\\d .*\\[.*\\].*")))
        .hasSize(24);
  }
}
