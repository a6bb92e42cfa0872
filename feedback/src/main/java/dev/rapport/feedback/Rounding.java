package dev.rapport.feedback;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Optional;

/**
 * Display rounding of scores, done once and only for display. Ties round half up, away from zero
 * and symmetrically for negatives (12.5 shows 13, -12.5 shows -13). Shares of a whole use
 * largest-remainder rounding, so the displayed percentages always sum to exactly 100. Thread-safe
 * (stateless).
 */
public final class Rounding {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Rounding() {}

  /** Returns {@code value} rounded to an integer, ties away from zero. */
  public static long halfUp(double value) {
    return halfUp(value, 0).longValueExact();
  }

  /**
   * Returns {@code value} rounded to {@code decimals} places, ties away from zero. The value is
   * taken as its shortest decimal form (so 2.675 rounds to 2.68).
   */
  public static BigDecimal halfUp(double value, int decimals) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be finite, but was " + value);
    }
    if (decimals < 0) {
      throw new IllegalArgumentException("decimals must not be negative, but was " + decimals);
    }
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
  }

  /**
   * Returns the exact percentage {@code 100 * part / total} rounded to an integer, ties away from
   * zero; {@code part} may be negative (an NPS numerator). Empty when {@code total} is 0.
   */
  public static Optional<Long> percent(long part, long total) {
    if (total < 0) {
      throw new IllegalArgumentException("total must not be negative, but was " + total);
    }
    if (total == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(part)
            .multiply(HUNDRED)
            .divide(BigDecimal.valueOf(total), 0, RoundingMode.HALF_UP)
            .longValueExact());
  }

  /**
   * Returns whole percentages of {@code counts} that sum to exactly 100, by the largest-remainder
   * method: each share is rounded down, then the remaining points go to the largest remainders
   * (ties to the larger count, then to the earlier position). Empty when every count is 0.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public static Optional<ImmutableList<Integer>> percentages(long... counts) {
    long total = 0;
    for (long count : counts) {
      if (count < 0) {
        throw new IllegalArgumentException(
            "counts must not be negative, but was " + Arrays.toString(counts));
      }
      total = Math.addExact(total, count);
    }
    if (total == 0) {
      return Optional.empty();
    }
    int n = counts.length;
    int[] result = new int[n];
    long[] remainders = new long[n];
    int assigned = 0;
    BigDecimal bigTotal = BigDecimal.valueOf(total);
    for (int i = 0; i < n; i++) {
      BigDecimal[] qr =
          BigDecimal.valueOf(counts[i]).multiply(HUNDRED).divideAndRemainder(bigTotal);
      result[i] = qr[0].intValueExact();
      remainders[i] = qr[1].longValueExact();
      assigned += result[i];
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) -> {
          int byRemainder = Long.compare(remainders[b], remainders[a]);
          if (byRemainder != 0) {
            return byRemainder;
          }
          int byCount = Long.compare(counts[b], counts[a]);
          return byCount != 0 ? byCount : Integer.compare(a, b);
        });
    for (int k = 0; k < 100 - assigned; k++) {
      result[order[k]]++;
    }
    ImmutableList.Builder<Integer> list = ImmutableList.builderWithExpectedSize(n);
    for (int value : result) {
      list.add(value);
    }
    return Optional.of(list.build());
  }
}
