package dev.rapport.loyalty;

/**
 * One earning rule of a {@link LoyaltyProgram}: {@link SpendRule}, {@link MultiplierRule}, {@link
 * CampaignRule} or {@link EventRule}.
 *
 * <p>The {@link EarningEngine} evaluates a program's rules from the highest {@link #priority()} to
 * the lowest (rules of equal priority in the order they were added). A rule <em>applies</em> when
 * it adds a line to the explanation with points; a capped event rule adds a line of 0 points and
 * does not apply. After a rule with {@link #stop()} applies, no lower rule is evaluated.
 *
 * <p>All rules are immutable records; each has {@code withPriority} and {@code withStop} to derive
 * a variant. Thread-safe.
 */
public sealed interface EarningRule permits SpendRule, MultiplierRule, CampaignRule, EventRule {
  /** The longest rule name accepted. */
  int MAX_NAME_LENGTH = 200;

  /** Returns the rule's name, unique in its program; explanation lines and caps use it. */
  String name();

  /** Returns the priority: higher rules are evaluated first. */
  int priority();

  /** Returns true if no lower rule is evaluated once this one applies. */
  boolean stop();

  /** Checks a rule name; see {@link #name()}. */
  static String checkName(String name) {
    return Checks.key(name, "name", MAX_NAME_LENGTH);
  }
}
