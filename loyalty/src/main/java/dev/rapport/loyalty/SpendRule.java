package dev.rapport.loyalty;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * Points for money spent: the purchase lines whose category is included (all, when none are listed)
 * and not excluded, at an exact {@link PointsRate}. These are the <em>spend points</em> that {@link
 * MultiplierRule}s and {@link CampaignRule}s multiply. Immutable and thread-safe.
 *
 * @param name the rule's name
 * @param priority higher rules are evaluated first
 * @param stop whether lower rules are skipped once this one applies
 * @param rate points per money spent
 * @param includedCategories the categories that earn; empty means all
 * @param excludedCategories the categories that never earn (gift cards, say); disjoint from the
 *     included ones
 */
public record SpendRule(
    String name,
    int priority,
    boolean stop,
    PointsRate rate,
    Set<String> includedCategories,
    Set<String> excludedCategories)
    implements EarningRule {
  /** Validates the parts. */
  public SpendRule {
    EarningRule.checkName(name);
    Objects.requireNonNull(rate, "rate");
    includedCategories = categories(includedCategories, "includedCategories");
    excludedCategories = categories(excludedCategories, "excludedCategories");
    Set<String> both = Sets.intersection(includedCategories, excludedCategories);
    if (!both.isEmpty()) {
      throw new IllegalArgumentException(
          "excludedCategories must not repeat included categories, but both had " + both);
    }
  }

  static ImmutableSet<String> categories(Set<String> categories, String name) {
    Objects.requireNonNull(categories, name);
    for (String category : categories) {
      Checks.key(category, name, 256);
    }
    return ImmutableSet.copyOf(categories);
  }

  /** Returns a rule at priority 0, without stop, earning on every category at {@code rate}. */
  public static SpendRule of(String name, PointsRate rate) {
    return new SpendRule(name, 0, false, rate, Set.of(), Set.of());
  }

  /** Returns this rule earning only on {@code categories}. */
  public SpendRule including(String... categories) {
    return new SpendRule(
        name,
        priority,
        stop,
        rate,
        ImmutableSet.copyOf(Arrays.asList(categories)),
        excludedCategories);
  }

  /** Returns this rule never earning on {@code categories}. */
  public SpendRule excluding(String... categories) {
    return new SpendRule(
        name,
        priority,
        stop,
        rate,
        includedCategories,
        ImmutableSet.copyOf(Arrays.asList(categories)));
  }

  /** Returns this rule at {@code newPriority}. */
  public SpendRule withPriority(int newPriority) {
    return new SpendRule(name, newPriority, stop, rate, includedCategories, excludedCategories);
  }

  /** Returns this rule with the stop flag set to {@code newStop}. */
  public SpendRule withStop(boolean newStop) {
    return new SpendRule(name, priority, newStop, rate, includedCategories, excludedCategories);
  }

  /** True if the rule earns on lines of {@code category}. */
  boolean covers(String category) {
    return (includedCategories.isEmpty() || includedCategories.contains(category))
        && !excludedCategories.contains(category);
  }
}
