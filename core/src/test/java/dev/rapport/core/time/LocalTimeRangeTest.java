package dev.rapport.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalTimeRangeTest {

  static Stream<Arguments> ranges() {
    return Stream.of(
        Arguments.of("09:00-17:00", false, "PT8H"),
        Arguments.of("22:00-02:00", true, "PT4H"),
        Arguments.of("18:00-00:00", false, "PT6H"),
        Arguments.of("00:00-00:00", false, "PT24H"),
        Arguments.of("00:00-06:30", false, "PT6H30M"),
        Arguments.of("12:00:30-11:59:59", true, "PT23H59M29S"),
        Arguments.of("23:59:59-00:00", false, "PT1S"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ranges")
  void parsesAndDescribes(String text, boolean overnight, String nominal) {
    LocalTimeRange range = LocalTimeRange.parse(text);
    assertThat(range.toString()).isEqualTo(text);
    assertThat(range.isOvernight()).isEqualTo(overnight);
    assertThat(range.nominalDuration()).isEqualTo(Duration.parse(nominal));
    assertThat(range.endSecond() - range.startSecond())
        .isEqualTo(Duration.parse(nominal).getSeconds());
    assertThat(LocalTimeRange.of(range.start(), range.end())).isEqualTo(range);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "09:00", "09:00-", "-17:00", "9-17", "09:00-17:00-18:00", "a-b"})
  void parseRejectsWhatIsNotARange(String text) {
    assertThatThrownBy(() -> LocalTimeRange.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text must be a range such as 09:00-17:00, but was \"" + text + "\"");
  }

  @Test
  void rejectsEmptyRangesFractionsAndNulls() {
    assertThatThrownBy(() -> LocalTimeRange.parse("09:00-09:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "end must differ from start (a range is not empty; 00:00-00:00 is the whole day), but"
                + " was 09:00-09:00");
    assertThatThrownBy(() -> LocalTimeRange.of(LocalTime.NOON, LocalTime.of(13, 0, 0, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end must be a whole second, but was 13:00:00.000000001");
    assertThatThrownBy(() -> LocalTimeRange.of(null, LocalTime.NOON))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("start");
    assertThatThrownBy(() -> LocalTimeRange.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }
}
