package dev.rapport.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.examples.desk.DeskConfig;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DemoOptionsTest {

  @Test
  void noOptionsGiveTheDefaults() {
    DemoOptions options = DemoOptions.parse();

    assertThat(options.config()).isEqualTo(DeskConfig.defaults());
    assertThat(options.out()).isEqualTo(Path.of("target", "rapport-report.html"));
    assertThat(options.help()).isFalse();
  }

  @Test
  void everyOptionIsRead() {
    DemoOptions options =
        DemoOptions.parse(
            "--days", "7", "--tickets-per-day=120", "--seed", "-3", "--out", "x/report.html");

    assertThat(options.config().days()).isEqualTo(7);
    assertThat(options.config().ticketsPerDay()).isEqualTo(120);
    assertThat(options.config().seed()).isEqualTo(-3);
    assertThat(options.out()).isEqualTo(Path.of("x/report.html"));
  }

  @Test
  void helpIsAnOption() {
    assertThat(DemoOptions.parse("--help").help()).isTrue();
    assertThat(DemoOptions.parse("-h").help()).isTrue();
  }

  static Stream<Arguments> badOptions() {
    return Stream.of(
        Arguments.of(new String[] {"--dayz", "3"}, "unknown option --dayz"),
        Arguments.of(new String[] {"30"}, "unknown option 30"),
        Arguments.of(new String[] {"--days"}, "--days needs a value"),
        Arguments.of(
            new String[] {"--days", "thirty"}, "--days must be a whole number, but was \"thirty\""),
        Arguments.of(new String[] {"--days", "0"}, "--days must be from 1 to 366, but was 0"),
        Arguments.of(new String[] {"--days", "367"}, "--days must be from 1 to 366, but was 367"),
        Arguments.of(
            new String[] {"--tickets-per-day=0"},
            "--tickets-per-day must be from 1 to 20000, but was 0"),
        Arguments.of(
            new String[] {"--tickets-per-day", "99999999999999999999"},
            "--tickets-per-day must be a whole number"),
        Arguments.of(
            new String[] {"--seed", "1.5"}, "--seed must be a whole number, but was \"1.5\""),
        Arguments.of(new String[] {"--out", " "}, "--out must be a file name, but was empty"),
        Arguments.of(new String[] {"--help=yes"}, "--help takes no value"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badOptions")
  void badOptionsAreRejectedWithAMessageThatSaysWhy(String[] args, String message) {
    assertThatThrownBy(() -> DemoOptions.parse(args))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }
}
