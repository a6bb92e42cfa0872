package dev.rapport.examples;

import dev.rapport.examples.desk.DeskResults;
import dev.rapport.examples.desk.DeskSimulation;
import dev.rapport.examples.desk.Progress;
import dev.rapport.examples.report.ConsoleSummary;
import dev.rapport.examples.report.HtmlReport;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The demo the README runs: a month of a support desk in one command. It simulates the desk (see
 * {@link DeskSimulation}), prints a compact summary of what Rapport's engines made of it, and
 * writes a self-contained HTML report.
 *
 * <pre>
 * java -jar examples/target/rapport-demo.jar --days 30 --tickets-per-day 400 --seed 42
 * </pre>
 *
 * <p>Bad options print the usage and exit with status 2; they never end in a stack trace.
 */
public final class SupportDeskDemo {
  /** The exit status of a run that went well. */
  static final int OK = 0;

  /** The exit status of bad options. */
  static final int USAGE = 2;

  /** The exit status of a report that could not be written. */
  static final int FAILED = 1;

  private SupportDeskDemo() {}

  /**
   * Runs the demo with the command-line options and exits with a non-zero status if they are bad.
   *
   * @param args the options; {@code --help} lists them
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err, System.console() != null);
    if (status != OK) {
      System.exit(status);
    }
  }

  /** Runs the demo, printing to {@code out} and {@code err}; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err, boolean interactive) {
    DemoOptions options;
    try {
      options = DemoOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("rapport-demo: " + e.getMessage());
      err.println();
      err.println(DemoOptions.USAGE);
      return USAGE;
    }
    if (options.help()) {
      out.println(DemoOptions.USAGE);
      return OK;
    }
    long started = System.nanoTime();
    out.printf(
        Locale.ROOT,
        "Simulating %s of a support desk (%,d tickets a day, seed %d)...%n",
        options.config().days() == 1 ? "1 day" : options.config().days() + " days",
        options.config().ticketsPerDay(),
        options.config().seed());
    DeskResults results = DeskSimulation.run(options.config(), progress(out, interactive));
    double seconds = (System.nanoTime() - started) / 1e9;
    ConsoleSummary.print(results, out);
    out.println();
    out.printf(Locale.ROOT, "Simulated in %.1f s.%n", seconds);
    Path report;
    try {
      report = HtmlReport.write(results, options.out());
    } catch (IOException | UncheckedIOException e) {
      err.println("rapport-demo: the report could not be written to " + options.out() + ": " + e);
      return FAILED;
    }
    out.println("Report: " + report.toUri());
    return OK;
  }

  /** Progress on one line that updates in a terminal; a line a week otherwise. */
  private static Consumer<Progress> progress(PrintStream out, boolean interactive) {
    return p -> {
      String line =
          String.format(
              Locale.ROOT,
              "  day %d of %d: %,d tickets, %,d open",
              p.day(),
              p.days(),
              p.tickets(),
              p.open());
      if (interactive) {
        out.print("\r" + line + (p.day() == p.days() ? System.lineSeparator() : ""));
        out.flush();
      } else if (p.day() % 7 == 0 || p.day() == p.days()) {
        out.println(line);
      }
    };
  }
}
