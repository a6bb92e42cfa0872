package dev.rapport.loyalty;

import java.util.Objects;

/**
 * One line of a purchase: a product, its category, and what was paid for it. Immutable and
 * thread-safe.
 *
 * @param product the product's id (a SKU): not blank, at most 256 characters, no white space at
 *     either end, no control characters
 * @param category the product's category, same rules
 * @param amount what was paid for the line
 */
public record LineItem(String product, String category, Money amount) {
  /** Validates the parts. */
  public LineItem {
    Checks.key(product, "product", 256);
    Checks.key(category, "category", 256);
    Objects.requireNonNull(amount, "amount");
  }

  /** Returns the line; same as the constructor. */
  public static LineItem of(String product, String category, Money amount) {
    return new LineItem(product, category, amount);
  }
}
