package dev.rapport.loyalty.referral;

import static dev.rapport.loyalty.referral.Fixtures.BEN;
import static dev.rapport.loyalty.referral.Fixtures.EUR;
import static dev.rapport.loyalty.referral.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderPlacedTest {
  @Test
  void ofHasNoSignals() {
    OrderPlaced order = OrderPlaced.of(T0, BEN, "O1", new BigDecimal("0.00"), EUR);
    assertThat(order.at()).isEqualTo(T0);
    assertThat(order.paymentFingerprint()).isEmpty();
    assertThat(order.shippingAddress()).isEmpty();
  }

  @Test
  void validates() {
    assertThatThrownBy(() -> OrderPlaced.of(T0, BEN, "O1", new BigDecimal("-0.01"), EUR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must not be negative, but was -0.01");
    assertThatThrownBy(() -> OrderPlaced.of(T0, BEN, " ", BigDecimal.ONE, EUR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("orderId must not be blank, but was \" \"");
    assertThatThrownBy(
            () ->
                new OrderPlaced(
                    T0, BEN, "O1", BigDecimal.ONE, EUR, Optional.of(""), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("paymentFingerprint must not be blank, but was \"\"");
    assertThatThrownBy(() -> OrderPlaced.of(T0, BEN, "O1", BigDecimal.ONE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("currency");
  }
}
