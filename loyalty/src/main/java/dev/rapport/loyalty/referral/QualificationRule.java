package dev.rapport.loyalty.referral;

import dev.rapport.loyalty.Money;
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
 * <p>Amounts are compared exactly, and an order in another currency than the minimum's is an error:
 * convert it before passing it in.
 */
public sealed interface QualificationRule
    permits QualificationRule.FirstOrder, QualificationRule.AnyOrder, QualificationRule.NamedEvent {

  /** Returns the rule "the first order must reach {@code minimum}". */
  static FirstOrder firstOrderAtLeast(Money minimum) {
    return new FirstOrder(minimum);
  }

  /** Returns the rule "any order in the window that reaches {@code minimum} qualifies". */
  static AnyOrder anyOrderAtLeast(Money minimum) {
    return new AnyOrder(minimum);
  }

  /** Returns the rule "a qualifying event named {@code name} qualifies". */
  static NamedEvent event(String name) {
    return new NamedEvent(name);
  }

  /**
   * The referee's first order after the code use decides.
   *
   * @param minimum the least order amount that qualifies, zero or more, in the orders' currency
   */
  record FirstOrder(Money minimum) implements QualificationRule {
    /** Checks the minimum is present. */
    public FirstOrder {
      Objects.requireNonNull(minimum, "minimum");
    }
  }

  /**
   * Any order of the referee in the window that reaches the minimum qualifies.
   *
   * @param minimum the least order amount that qualifies, zero or more, in the orders' currency
   */
  record AnyOrder(Money minimum) implements QualificationRule {
    /** Checks the minimum is present. */
    public AnyOrder {
      Objects.requireNonNull(minimum, "minimum");
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
}
