package dev.rapport.loyalty;

import static dev.rapport.loyalty.Fixtures.USD;
import static dev.rapport.loyalty.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PointsRateTest {

  static Stream<Arguments> conversions() {
    PointsRate ten = PointsRate.perUnit(BigDecimal.TEN, USD);
    PointsRate third = PointsRate.of(1, usd("3.00"));
    PointsRate half = new PointsRate(new BigDecimal("0.5"), usd("1"));
    return Stream.of(
        Arguments.of(ten, "26.83", RoundingMode.DOWN, 268L),
        Arguments.of(ten, "26.83", RoundingMode.HALF_UP, 268L),
        Arguments.of(ten, "26.85", RoundingMode.HALF_EVEN, 268L),
        Arguments.of(ten, "26.80", RoundingMode.UNNECESSARY, 268L),
        Arguments.of(third, "3.00", RoundingMode.UNNECESSARY, 1L),
        Arguments.of(third, "1.00", RoundingMode.UP, 1L),
        Arguments.of(third, "1.00", RoundingMode.DOWN, 0L),
        Arguments.of(third, "2.00", RoundingMode.HALF_UP, 1L),
        Arguments.of(half, "5.00", RoundingMode.HALF_EVEN, 2L),
        Arguments.of(half, "5.00", RoundingMode.HALF_UP, 3L),
        Arguments.of(half, "6.00", RoundingMode.UNNECESSARY, 3L));
  }

  @ParameterizedTest(name = "{0}: {1} {2} gives {3}")
  @MethodSource("conversions")
  void convertsExactlyAndRoundsOnce(
      PointsRate rate, String amount, RoundingMode mode, long points) {
    assertThat(rate.pointsFor(usd(amount), mode)).isEqualTo(points);
  }

  @Test
  void inexactWithoutARoundingModeThrows() {
    assertThatThrownBy(
            () -> PointsRate.of(1, usd("3.00")).pointsFor(usd("1.00"), RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void keepsPointsWithoutTrailingZerosAndPrintsReadably() {
    PointsRate rate = new PointsRate(new BigDecimal("10.00"), usd("1"));

    assertThat(rate.points()).isEqualByComparingTo("10").hasScaleOf(0);
    assertThat(rate).isEqualTo(PointsRate.perUnit(new BigDecimal("1E+1"), USD));
    assertThat(rate).hasToString("10 points per USD 1.00");
    assertThat(rate.currency()).isEqualTo(USD);
  }

  @Test
  void rejectsNonPositiveRatesAndOtherCurrencies() {
    assertThatThrownBy(() -> new PointsRate(BigDecimal.ZERO, usd("1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("points must be positive, but was 0");
    assertThatThrownBy(() -> PointsRate.of(10, usd("0.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("per must be positive, but was USD 0.00");
    assertThatThrownBy(
            () -> PointsRate.of(10, usd("1")).pointsFor(Money.of("1", "EUR"), RoundingMode.DOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must be in USD, but was EUR 1.00");
  }
}
