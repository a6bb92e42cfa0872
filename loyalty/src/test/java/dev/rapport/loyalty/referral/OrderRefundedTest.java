package dev.rapport.loyalty.referral;

import static dev.rapport.loyalty.referral.Fixtures.BEN;
import static dev.rapport.loyalty.referral.Fixtures.T0;
import static dev.rapport.loyalty.referral.Fixtures.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrderRefundedTest {
  @Test
  void carriesTheCumulativeRefundWhichMustBePositive() {
    OrderRefunded refund = new OrderRefunded(T0, BEN, "O1", eur("12.5"));
    assertThat(refund.refundedTotal()).isEqualTo(eur("12.50"));
    assertThatThrownBy(() -> new OrderRefunded(T0, BEN, "O1", eur("0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("refundedTotal must be positive, but was EUR 0.00");
    assertThatThrownBy(() -> new OrderRefunded(T0, null, "O1", eur("1")))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("customer");
  }
}
