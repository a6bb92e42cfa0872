package dev.rapport.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundingTest {

  @ParameterizedTest(name = "{0} shows {1}")
  @CsvSource({"12.5,13", "-12.5,-13", "12.4999,12", "-0.5,-1", "0.49,0", "2.5,3", "-2.5,-3"})
  void halfUpIsSymmetricForNegatives(double value, long shown) {
    assertThat(Rounding.halfUp(value)).isEqualTo(shown);
  }

  @Test
  void halfUpToDecimalsUsesTheShortestDecimalForm() {
    assertThat(Rounding.halfUp(2.675, 2)).hasToString("2.68");
    assertThat(Rounding.halfUp(-2.675, 2)).hasToString("-2.68");
    assertThatThrownBy(() -> Rounding.halfUp(Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be finite, but was NaN");
  }

  @Test
  void percentIsExact() {
    assertThat(Rounding.percent(1, 8)).contains(13L);
    assertThat(Rounding.percent(-1, 8)).contains(-13L);
    assertThat(Rounding.percent(1, 3)).contains(33L);
    assertThat(Rounding.percent(0, 0)).isEmpty();
  }

  @Test
  void largestRemainderExamples() {
    assertThat(Rounding.percentages(1, 1, 1).orElseThrow()).containsExactly(34, 33, 33);
    assertThat(Rounding.percentages(2, 2, 2, 1).orElseThrow()).containsExactly(29, 29, 28, 14);
    assertThat(Rounding.percentages(0, 5).orElseThrow()).containsExactly(0, 100);
    assertThat(Rounding.percentages(0, 0)).isEmpty();
    assertThatThrownBy(() -> Rounding.percentages(1, -1))
        .hasMessage("counts must not be negative, but was [1, -1]");
  }

  @Test
  void largestRemainderAlwaysSumsToOneHundredAndEachIsWithinOneOfTheExactShare() {
    qt().withExamples(500)
        .forAll(lists().of(longs().between(0, 1_000_000)).ofSizeBetween(1, 12))
        .checkAssert(
            counts -> {
              long[] array = counts.stream().mapToLong(Long::longValue).toArray();
              long total = counts.stream().mapToLong(Long::longValue).sum();
              if (total == 0) {
                assertThat(Rounding.percentages(array)).isEmpty();
                return;
              }
              var shown = Rounding.percentages(array).orElseThrow();
              assertThat(shown.stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
              for (int i = 0; i < array.length; i++) {
                double exact = 100.0 * array[i] / total;
                assertThat((double) shown.get(i))
                    .isBetween(Math.floor(exact), Math.floor(exact) + 1);
              }
            });
  }
}
