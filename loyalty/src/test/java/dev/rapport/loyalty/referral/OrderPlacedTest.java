package dev.rapport.loyalty.referral;

import static dev.rapport.loyalty.referral.Fixtures.BEN;
import static dev.rapport.loyalty.referral.Fixtures.T0;
import static dev.rapport.loyalty.referral.Fixtures.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderPlacedTest {
  @Test
  void ofHasNoSignals() {
    OrderPlaced order = OrderPlaced.of(T0, BEN, "O1", eur("0.00"));
    assertThat(order.at()).isEqualTo(T0);
    assertThat(order.paymentFingerprint()).isEmpty();
    assertThat(order.shippingAddress()).isEmpty();
  }

  @Test
  void validates() {
    assertThatThrownBy(() -> OrderPlaced.of(T0, BEN, " ", eur("1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("orderId must not be blank, but was \" \"");
    assertThatThrownBy(
            () -> new OrderPlaced(T0, BEN, "O1", eur("1"), Optional.of(""), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("paymentFingerprint must not be blank, but was \"\"");
    assertThatThrownBy(() -> OrderPlaced.of(T0, BEN, "O1", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("amount");
  }
}
