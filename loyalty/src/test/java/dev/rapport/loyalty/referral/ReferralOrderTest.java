package dev.rapport.loyalty.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.loyalty.Money;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReferralOrderTest {
  private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  private static ReferralOrder order(String amount, String minimum, String refunded) {
    return new ReferralOrder("O1", AT, eur(amount), eur(minimum), eur(refunded));
  }

  static Stream<Arguments> refunds() {
    return Stream.of(
        Arguments.of("50", "20", "0", false),
        Arguments.of("50", "20", "30", false),
        Arguments.of("50", "20", "30.01", true),
        Arguments.of("50", "0", "49.99", false),
        Arguments.of("50", "0", "50", true),
        Arguments.of("15", "20", "0.01", true),
        Arguments.of("0", "0", "0", false));
  }

  @ParameterizedTest(name = "{0} min {1} refunded {2}: undone {3}")
  @MethodSource("refunds")
  void aRefundUndoesTheQualificationWhenLittleEnoughIsLeft(
      String amount, String minimum, String refunded, boolean undone) {
    assertThat(order(amount, minimum, refunded).refundUndoesQualification()).isEqualTo(undone);
  }

  @Test
  void netAndMinimum() {
    ReferralOrder order = order("50.00", "20.00", "12.50");
    assertThat(order.net()).isEqualTo(eur("37.50"));
    assertThat(order.reachedMinimum()).isTrue();
    assertThat(order("19.99", "20", "0").reachedMinimum()).isFalse();
    assertThat(order.withRefunded(eur("50.00")).net().isZero()).isTrue();
  }

  @Test
  void rejectsRefundsAboveTheAmountAndMixedCurrencies() {
    assertThatThrownBy(() -> order("10", "0", "10.01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("refunded must be at most the amount EUR 10.00, but was EUR 10.01");
    assertThatThrownBy(() -> new ReferralOrder("O1", AT, eur("10"), Money.of("1", "USD"), eur("0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "minimum and refunded must be in the order's currency EUR, but were USD 1.00 and EUR"
                + " 0.00");
    assertThatThrownBy(() -> new ReferralOrder("", AT, eur("10"), eur("1"), eur("0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("orderId must not be blank, but was \"\"");
  }
}
