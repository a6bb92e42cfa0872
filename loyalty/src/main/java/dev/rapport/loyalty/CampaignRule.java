package dev.rapport.loyalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A bonus campaign for purchases on local dates {@code from} to {@code to} (both included, in the
 * program's zone), optionally only from a minimum spend: multiplies all spend points ("double
 * points weekend": adds {@code (multiplier - 1)} times them) and/or adds fixed bonus points per
 * purchase. Immutable and thread-safe.
 *
 * @param name the rule's name
 * @param priority higher rules are evaluated first; a multiplier must be below a spend rule's
 * @param stop whether lower rules are skipped once this one applies
 * @param from the first local date of the campaign
 * @param to the last local date, not before {@code from}
 * @param multiplier the multiplier of the spend points, greater than zero; 1 for none
 * @param bonusPoints fixed points per qualifying purchase, zero or more
 * @param minimumSpend the smallest purchase total that qualifies; empty for any
 */
public record CampaignRule(
    String name,
    int priority,
    boolean stop,
    LocalDate from,
    LocalDate to,
    BigDecimal multiplier,
    long bonusPoints,
    Optional<Money> minimumSpend)
    implements EarningRule {
  /** Validates the parts; a campaign must multiply or add something. */
  public CampaignRule {
    EarningRule.checkName(name);
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from " + from + ", but was " + to);
    }
    multiplier = MultiplierRule.checkMultiplier(multiplier, "multiplier");
    Checks.nonNegative(bonusPoints, "bonusPoints");
    Objects.requireNonNull(minimumSpend, "minimumSpend");
    if (multiplier.compareTo(BigDecimal.ONE) == 0 && bonusPoints == 0) {
      throw new IllegalArgumentException(
          "multiplier must not be 1 when bonusPoints is 0, but was: the campaign would do nothing");
    }
  }

  /** Returns a campaign at priority 0 multiplying spend points by {@code multiplier}. */
  public static CampaignRule multiplier(
      String name, LocalDate from, LocalDate to, BigDecimal multiplier) {
    return new CampaignRule(name, 0, false, from, to, multiplier, 0, Optional.empty());
  }

  /** Returns a campaign at priority 0 adding {@code points} to each purchase. */
  public static CampaignRule bonus(String name, LocalDate from, LocalDate to, long points) {
    return new CampaignRule(name, 0, false, from, to, BigDecimal.ONE, points, Optional.empty());
  }

  /** Returns this campaign for purchases of at least {@code amount}. */
  public CampaignRule withMinimumSpend(Money amount) {
    return new CampaignRule(
        name,
        priority,
        stop,
        from,
        to,
        multiplier,
        bonusPoints,
        Optional.of(Objects.requireNonNull(amount, "amount")));
  }

  /** Returns this rule at {@code newPriority}. */
  public CampaignRule withPriority(int newPriority) {
    return new CampaignRule(
        name, newPriority, stop, from, to, multiplier, bonusPoints, minimumSpend);
  }

  /** Returns this rule with the stop flag set to {@code newStop}. */
  public CampaignRule withStop(boolean newStop) {
    return new CampaignRule(
        name, priority, newStop, from, to, multiplier, bonusPoints, minimumSpend);
  }

  /** True if the campaign multiplies spend points. */
  boolean multiplies() {
    return multiplier.compareTo(BigDecimal.ONE) != 0;
  }
}
