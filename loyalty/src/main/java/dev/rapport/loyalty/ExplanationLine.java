package dev.rapport.loyalty;

/**
 * One line of an earning explanation: which rule gave how many points, on what base. The lines of
 * an {@link EarningResult} (and of the {@link LedgerRequest.Earn} made from it) sum to its total,
 * so a member can be shown exactly where each point came from. Immutable and thread-safe.
 *
 * @param rule the rule's name, or the tier for a tier multiplier line
 * @param base what the rule applied to, for people: {@code "USD 120.00 at 10 points per USD 1.00"}
 * @param points the points of this line after rounding; negative for a multiplier below one, zero
 *     for a rule that matched but was capped
 */
public record ExplanationLine(String rule, String base, long points) {
  /** Validates the texts: not blank, at most 200 and 500 characters, no control characters. */
  public ExplanationLine {
    Checks.text(rule, "rule", 200);
    Checks.text(base, "base", 500);
  }

  /** Returns {@code "rule: points (base)"}. */
  @Override
  public String toString() {
    return rule + ": " + points + " (" + base + ")";
  }
}
