package dev.rapport.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupportDeskDemoTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return SupportDeskDemo.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        false);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aSmallRunPrintsEverySectionOfTheSummary() {
    int status =
        run("--days", "8", "--tickets-per-day", "60", "--out", dir.resolve("r.html").toString());

    assertThat(status).isZero();
    assertThat(err()).isEmpty();
    assertThat(out())
        .contains("Simulating 8 days")
        .contains("day 7 of 8:")
        .contains("day 8 of 8:")
        .contains("SLA compliance (achieved of measured)")
        .contains("Breach schedule alerts:")
        .contains("Escalations: L1: 75% used: ")
        .contains("Loyalty points (")
        .contains("Referrals: ")
        .contains("Feedback: ")
        .contains("NPS ")
        .contains("Simulated in ")
        .contains("Report: " + dir.resolve("r.html").toUri());
    assertThat(dir.resolve("r.html")).isNotEmptyFile();
  }

  @Test
  void aReportThatCannotBeWrittenFailsWithAMessage() throws Exception {
    Path blocker = dir.resolve("file");
    java.nio.file.Files.writeString(blocker, "not a folder");

    int status =
        run(
            "--days",
            "2",
            "--tickets-per-day",
            "20",
            "--out",
            blocker.resolve("r.html").toString());

    assertThat(status).isEqualTo(1);
    assertThat(err()).startsWith("rapport-demo: the report could not be written to ");
  }

  @Test
  void helpPrintsTheUsageAndSucceeds() {
    assertThat(run("--help")).isZero();
    assertThat(out()).contains("Usage: java -jar rapport-demo.jar").contains("--tickets-per-day N");
  }

  @Test
  void aBadOptionPrintsTheReasonAndTheUsageAndFailsWithoutAStackTrace() {
    int status = run("--days", "many");

    assertThat(status).isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(err())
        .startsWith("rapport-demo: --days must be a whole number, but was \"many\"")
        .contains("Usage: java -jar rapport-demo.jar")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }
}
