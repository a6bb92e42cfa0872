package dev.rapport.loyalty;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * A multiplier on the spend points of some products or categories ("2x on shoes"): adds {@code
 * (multiplier - 1)} times the spend points that the {@link SpendRule}s evaluated before it gave the
 * matching lines. Several multipliers add up ("2x on shoes" and "3x on brand X" give a shoe of
 * brand X 1 + 1 + 2 = 4 times); they do not compound. Immutable and thread-safe.
 *
 * @param name the rule's name
 * @param priority higher rules are evaluated first; must be below a spend rule's
 * @param stop whether lower rules are skipped once this one applies
 * @param multiplier the multiplier, greater than zero (below one lowers the points)
 * @param products the products it applies to
 * @param categories the categories it applies to; a line matches if its product or its category is
 *     listed, and at least one of the two sets is not empty
 */
public record MultiplierRule(
    String name,
    int priority,
    boolean stop,
    BigDecimal multiplier,
    Set<String> products,
    Set<String> categories)
    implements EarningRule {
  /** Validates the parts. */
  public MultiplierRule {
    EarningRule.checkName(name);
    multiplier = checkMultiplier(multiplier, "multiplier");
    products = SpendRule.categories(products, "products");
    categories = SpendRule.categories(categories, "categories");
    if (products.isEmpty() && categories.isEmpty()) {
      throw new IllegalArgumentException("products or categories must not be empty, but both were");
    }
  }

  /** Returns {@code value} without trailing zeros if it is greater than zero. */
  static BigDecimal checkMultiplier(BigDecimal value, String name) {
    Objects.requireNonNull(value, name);
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(
          name + " must be positive, but was " + value.toPlainString());
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** Returns a rule at priority 0, without stop, multiplying the lines of {@code categories}. */
  public static MultiplierRule forCategories(
      String name, BigDecimal multiplier, String... categories) {
    return new MultiplierRule(
        name, 0, false, multiplier, Set.of(), ImmutableSet.copyOf(Arrays.asList(categories)));
  }

  /** Returns a rule at priority 0, without stop, multiplying the lines of {@code products}. */
  public static MultiplierRule forProducts(String name, BigDecimal multiplier, String... products) {
    return new MultiplierRule(
        name, 0, false, multiplier, ImmutableSet.copyOf(Arrays.asList(products)), Set.of());
  }

  /** Returns this rule at {@code newPriority}. */
  public MultiplierRule withPriority(int newPriority) {
    return new MultiplierRule(name, newPriority, stop, multiplier, products, categories);
  }

  /** Returns this rule with the stop flag set to {@code newStop}. */
  public MultiplierRule withStop(boolean newStop) {
    return new MultiplierRule(name, priority, newStop, multiplier, products, categories);
  }

  /** True if the rule applies to {@code item}. */
  boolean matches(LineItem item) {
    return products.contains(item.product()) || categories.contains(item.category());
  }
}
