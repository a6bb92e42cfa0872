package dev.rapport.examples;

import dev.rapport.examples.desk.DeskConfig;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The command-line options of {@link SupportDeskDemo}, parsed strictly: an unknown option, a
 * missing or malformed value, or a value out of range is an {@link IllegalArgumentException} whose
 * message says which and why. Immutable and thread-safe.
 *
 * @param config what to simulate
 * @param out where to write the HTML report
 * @param help whether {@code --help} was asked for
 */
record DemoOptions(DeskConfig config, Path out, boolean help) {
  static final Path DEFAULT_OUT = Path.of("target", "rapport-report.html");

  static final String USAGE =
      String.join(
          System.lineSeparator(),
          "Usage: java -jar rapport-demo.jar [options]",
          "",
          "Simulates a support desk and prints a summary; writes an HTML report.",
          "",
          "Options:",
          "  --days N             days to simulate, 1 to "
              + DeskConfig.MAX_DAYS
              + " (default "
              + DeskConfig.DEFAULT_DAYS
              + ")",
          "  --tickets-per-day N  average tickets per day, 1 to "
              + DeskConfig.MAX_TICKETS_PER_DAY
              + " (default "
              + DeskConfig.DEFAULT_TICKETS_PER_DAY
              + ")",
          "  --seed N             seed of the simulation, any long (default "
              + DeskConfig.DEFAULT_SEED
              + ")",
          "  --out FILE           where to write the HTML report (default " + DEFAULT_OUT + ")",
          "  --help               print this message");

  DemoOptions {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(out, "out");
  }

  /** Parses {@code args}; options may be written {@code --days 7} or {@code --days=7}. */
  static DemoOptions parse(String... args) {
    Objects.requireNonNull(args, "args");
    int days = DeskConfig.DEFAULT_DAYS;
    int perDay = DeskConfig.DEFAULT_TICKETS_PER_DAY;
    long seed = DeskConfig.DEFAULT_SEED;
    Path out = DEFAULT_OUT;
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = Objects.requireNonNull(args[i], "args");
      String name = arg;
      Optional<String> inline = Optional.empty();
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        inline = Optional.of(arg.substring(eq + 1));
      }
      switch (name) {
        case "--help":
        case "-h":
          if (inline.isPresent()) {
            throw new IllegalArgumentException(name + " takes no value, but was given " + arg);
          }
          help = true;
          continue;
        case "--days":
        case "--tickets-per-day":
        case "--seed":
        case "--out":
          break;
        default:
          throw new IllegalArgumentException("unknown option " + arg);
      }
      String value;
      if (inline.isPresent()) {
        value = inline.get();
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException(name + " needs a value");
      }
      switch (name) {
        case "--days":
          days = intValue(name, value, 1, DeskConfig.MAX_DAYS);
          break;
        case "--tickets-per-day":
          perDay = intValue(name, value, 1, DeskConfig.MAX_TICKETS_PER_DAY);
          break;
        case "--seed":
          seed = longValue(name, value);
          break;
        default:
          out = path(name, value);
      }
    }
    return new DemoOptions(new DeskConfig(days, perDay, seed, DeskConfig.DEFAULT_START), out, help);
  }

  private static int intValue(String name, String value, int min, int max) {
    long parsed = longValue(name, value);
    if (parsed < min || parsed > max) {
      throw new IllegalArgumentException(
          name + " must be from " + min + " to " + max + ", but was " + value);
    }
    return (int) parsed;
  }

  private static long longValue(String name, String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name + " must be a whole number, but was \"" + value + "\"", e);
    }
  }

  private static Path path(String name, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must be a file name, but was empty");
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException(
          name + " must be a file name, but was \"" + value + "\"", e);
    }
  }
}
