package dev.rapport.loyalty.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReferralOrderTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

  private static ReferralOrder order(String amount, String minimum, String refunded) {
    return new ReferralOrder(
        "O1", AT, new BigDecimal(amount), EUR, new BigDecimal(minimum), new BigDecimal(refunded));
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
    assertThat(order.net()).isEqualByComparingTo("37.50");
    assertThat(order.reachedMinimum()).isTrue();
    assertThat(order("19.99", "20", "0").reachedMinimum()).isFalse();
    assertThat(order.withRefunded(new BigDecimal("50.00")).net()).isEqualByComparingTo("0");
  }

  @Test
  void rejectsImpossibleAmounts() {
    assertThatThrownBy(() -> order("-1", "0", "0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must not be negative, but was -1");
    assertThatThrownBy(() -> order("1", "-1", "0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimum must not be negative, but was -1");
    assertThatThrownBy(() -> order("10", "0", "10.01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("refunded must be between 0 and the amount 10, but was 10.01");
    assertThatThrownBy(() -> order("10", "0", "-0.01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("refunded must be between 0 and the amount 10, but was -0.01");
  }
}
