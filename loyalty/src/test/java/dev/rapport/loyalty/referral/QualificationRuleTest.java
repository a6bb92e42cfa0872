package dev.rapport.loyalty.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.loyalty.Money;
import org.junit.jupiter.api.Test;

class QualificationRuleTest {
  @Test
  void factoriesMakeTheRecords() {
    Money twenty = Money.of("20.00", "EUR");
    assertThat(QualificationRule.firstOrderAtLeast(twenty))
        .isEqualTo(new QualificationRule.FirstOrder(Money.of("20", "EUR")));
    assertThat(QualificationRule.anyOrderAtLeast(twenty).minimum()).isEqualTo(twenty);
    assertThat(QualificationRule.event("subscribed"))
        .isEqualTo(new QualificationRule.NamedEvent("subscribed"));
    assertThat(QualificationRule.firstOrderAtLeast(twenty))
        .isNotEqualTo(QualificationRule.anyOrderAtLeast(twenty));
  }

  @Test
  void rejectsMissingMinimumsAndBlankNames() {
    assertThatThrownBy(() -> QualificationRule.firstOrderAtLeast(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("minimum");
    assertThatThrownBy(() -> QualificationRule.anyOrderAtLeast(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("minimum");
    assertThatThrownBy(() -> QualificationRule.event(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank, but was \"\"");
  }
}
