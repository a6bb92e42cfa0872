package dev.rapport.loyalty;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an activity earns: the points, rounded once, and the explanation lines that sum to them.
 * {@link #toEarn} turns it into the ledger request that records both. Immutable and thread-safe.
 *
 * @param points the points, zero or more
 * @param lines the explanation, line by line, summing to {@code points}
 * @param orderAmount the purchase total, for proportional clawback on refunds; empty for events
 */
public record EarningResult(long points, List<ExplanationLine> lines, Optional<Money> orderAmount) {
  /** Validates the parts and that the lines sum to the points. */
  public EarningResult {
    Checks.nonNegative(points, "points");
    lines = ImmutableList.copyOf(Objects.requireNonNull(lines, "lines"));
    Objects.requireNonNull(orderAmount, "orderAmount");
    long sum = 0;
    for (ExplanationLine line : lines) {
      sum = Math.addExact(sum, line.points());
    }
    if (sum != points) {
      throw new IllegalArgumentException(
          "lines must sum to the points " + points + ", but summed to " + sum);
    }
  }

  /** Returns the request that earns these points, with this explanation, under {@code origin}. */
  public LedgerRequest.Earn toEarn(Origin origin) {
    return new LedgerRequest.Earn(origin, points, orderAmount, lines);
  }
}
