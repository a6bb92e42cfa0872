package dev.rapport.loyalty.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class QualificationRuleTest {
  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void factoriesMakeTheRecords() {
    assertThat(QualificationRule.firstOrderAtLeast(new BigDecimal("20.00"), EUR))
        .isEqualTo(new QualificationRule.FirstOrder(new BigDecimal("20.00"), EUR));
    assertThat(QualificationRule.anyOrderAtLeast(BigDecimal.ZERO, EUR))
        .isEqualTo(new QualificationRule.AnyOrder(BigDecimal.ZERO, EUR));
    assertThat(QualificationRule.event("subscribed"))
        .isEqualTo(new QualificationRule.NamedEvent("subscribed"));
    assertThat(QualificationRule.firstOrderAtLeast(BigDecimal.ONE, EUR))
        .isNotEqualTo(QualificationRule.anyOrderAtLeast(BigDecimal.ONE, EUR));
  }

  @Test
  void rejectsNegativeMinimumsMissingCurrenciesAndBlankNames() {
    assertThatThrownBy(() -> QualificationRule.firstOrderAtLeast(new BigDecimal("-0.01"), EUR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimum must not be negative, but was -0.01");
    assertThatThrownBy(() -> QualificationRule.anyOrderAtLeast(new BigDecimal("-1E+2"), EUR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimum must not be negative, but was -100");
    assertThatThrownBy(() -> QualificationRule.anyOrderAtLeast(BigDecimal.ONE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("currency");
    assertThatThrownBy(() -> QualificationRule.event(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank, but was \"\"");
  }
}
