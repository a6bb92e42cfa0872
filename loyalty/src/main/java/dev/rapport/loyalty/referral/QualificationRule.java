package dev.rapport.loyalty.referral;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * What the referee must do, within the attribution window, for a referral to qualify. Immutable and
 * thread-safe.
 *
 * <ul>
 *   <li>{@link FirstOrder}: the referee's first order after the code use decides. If it reaches the
 *       minimum the referral qualifies; if not, the referral is rejected ({@link
 *       RejectionReason#FIRST_ORDER_BELOW_MINIMUM}) and later orders do not count.
 *   <li>{@link AnyOrder}: the first order in the window that reaches the minimum qualifies; smaller
 *       orders are ignored.
 *   <li>{@link NamedEvent}: a {@link QualifyingEvent} of the given name qualifies; orders do not.
 * </ul>
 *
 * <p>Amounts are compared exactly ({@link BigDecimal#compareTo}), and an order in another currency
 * than the minimum's is an error: convert it before passing it in.
 */
public sealed interface QualificationRule
    permits QualificationRule.FirstOrder, QualificationRule.AnyOrder, QualificationRule.NamedEvent {

  /** Returns the rule "the first order must reach {@code minimum} in {@code currency}". */
  static FirstOrder firstOrderAtLeast(BigDecimal minimum, Currency currency) {
    return new FirstOrder(minimum, currency);
  }

  /** Returns the rule "any order in the window that reaches {@code minimum} qualifies". */
  static AnyOrder anyOrderAtLeast(BigDecimal minimum, Currency currency) {
    return new AnyOrder(minimum, currency);
  }

  /** Returns the rule "a qualifying event named {@code name} qualifies". */
  static NamedEvent event(String name) {
    return new NamedEvent(name);
  }

  /**
   * The referee's first order after the code use decides.
   *
   * @param minimum the least order amount that qualifies, zero or more
   * @param currency the currency of the minimum and of the orders
   */
  record FirstOrder(BigDecimal minimum, Currency currency) implements QualificationRule {
    /** Validates the minimum. */
    public FirstOrder {
      checkMinimum(minimum, currency);
    }
  }

  /**
   * Any order of the referee in the window that reaches the minimum qualifies.
   *
   * @param minimum the least order amount that qualifies, zero or more
   * @param currency the currency of the minimum and of the orders
   */
  record AnyOrder(BigDecimal minimum, Currency currency) implements QualificationRule {
    /** Validates the minimum. */
    public AnyOrder {
      checkMinimum(minimum, currency);
    }
  }

  /**
   * A {@link QualifyingEvent} with this name qualifies, such as {@code "subscription_started"}.
   *
   * @param name the event name, compared exactly
   */
  record NamedEvent(String name) implements QualificationRule {
    /** Validates the name. */
    public NamedEvent {
      Checks.text(name, "name");
    }
  }

  private static void checkMinimum(BigDecimal minimum, Currency currency) {
    Objects.requireNonNull(minimum, "minimum");
    Objects.requireNonNull(currency, "currency");
    if (minimum.signum() < 0) {
      throw new IllegalArgumentException(
          "minimum must not be negative, but was " + minimum.toPlainString());
    }
  }
}
