package dev.rapport.loyalty.referral;

import static dev.rapport.loyalty.referral.Fixtures.BEN;
import static dev.rapport.loyalty.referral.Fixtures.EUR;
import static dev.rapport.loyalty.referral.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OrderRefundedTest {
  @Test
  void carriesTheCumulativeRefundWhichMustBePositive() {
    OrderRefunded refund = new OrderRefunded(T0, BEN, "O1", new BigDecimal("12.50"), EUR);
    assertThat(refund.refundedTotal()).isEqualByComparingTo("12.5");
    assertThatThrownBy(() -> new OrderRefunded(T0, BEN, "O1", BigDecimal.ZERO, EUR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("refundedTotal must be positive, but was 0");
    assertThatThrownBy(() -> new OrderRefunded(T0, null, "O1", BigDecimal.ONE, EUR))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("customer");
  }
}
