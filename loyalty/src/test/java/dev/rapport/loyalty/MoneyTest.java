package dev.rapport.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MoneyTest {

  static Stream<Arguments> canonicalForms() {
    return Stream.of(
        Arguments.of("12.5", "USD", "USD 12.50"),
        Arguments.of("12.500", "USD", "USD 12.50"),
        Arguments.of("0.125", "USD", "USD 0.125"),
        Arguments.of("1E+2", "USD", "USD 100.00"),
        Arguments.of("0", "USD", "USD 0.00"),
        Arguments.of("100.0", "JPY", "JPY 100"),
        Arguments.of("1.2345", "BHD", "BHD 1.2345"),
        Arguments.of("7", "XXX", "XXX 7"));
  }

  @ParameterizedTest(name = "{0} {1} is {2}")
  @MethodSource("canonicalForms")
  void keepsAmountsInACanonicalFormThatRoundTrips(String amount, String currency, String text) {
    Money money = Money.of(amount, currency);

    assertThat(money).hasToString(text);
    assertThat(Money.parse(text)).isEqualTo(money);
  }

  @Test
  void equalityIsNumeric() {
    assertThat(Money.of("12.5", "USD"))
        .isEqualTo(Money.of("12.50", "USD"))
        .hasSameHashCodeAs(Money.of("12.500", "USD"));
    assertThat(Money.of("12.5", "USD")).isNotEqualTo(Money.of("12.5", "EUR"));
    assertThat(Money.zero(Currency.getInstance("USD")).isZero()).isTrue();
  }

  @Test
  void addsAndComparesInOneCurrency() {
    Money a = Money.of("0.10", "USD");
    Money b = Money.of("0.20", "USD");

    assertThat(a.plus(b)).isEqualTo(Money.of("0.30", "USD"));
    assertThat(a.compareAmount(b)).isNegative();
    assertThat(b.compareAmount(a)).isPositive();
    assertThat(a.compareAmount(Money.of("0.1", "USD"))).isZero();
    assertThatThrownBy(() -> a.plus(Money.of("1", "EUR")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("other must be in USD, but was EUR 1.00");
  }

  static Stream<Arguments> badInput() {
    return Stream.of(
        Arguments.of("-1", "USD", "amount must not be negative, but was -1"),
        Arguments.of(
            "1,5", "USD", "amount must be a decimal number such as 12.50, but was \"1,5\""),
        Arguments.of("1", "usd", "currency must be an ISO 4217 code such as USD, but was \"usd\""));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("badInput")
  void rejectsBadInput(String amount, String currency, String message) {
    assertThatThrownBy(() -> Money.of(amount, currency))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void rejectsBadText() {
    assertThatThrownBy(() -> Money.parse("12.50"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "text must be a currency code and an amount such as \"USD 12.50\", but was \"12.50\"");
    assertThatThrownBy(() -> Money.parse("USD 1 2")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Money(null, Currency.getInstance("USD"))).hasMessage("amount");
    assertThatThrownBy(() -> new Money(BigDecimal.ONE, null)).hasMessage("currency");
  }
}
