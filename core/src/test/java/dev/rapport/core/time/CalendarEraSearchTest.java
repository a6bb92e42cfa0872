package dev.rapport.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link CalendarEra#lastAtOrBefore}, the branch-free search, against a linear scan. */
class CalendarEraSearchTest {

  /** The last index in [from, to) whose value is at most key, or from - 1: the obvious way. */
  private static int linear(int[] sorted, int from, int to, long key) {
    int result = from - 1;
    for (int i = from; i < to; i++) {
      if (sorted[i] <= key) {
        result = i;
      }
    }
    return result;
  }

  @Test
  void findsWhatALinearScanFinds() {
    SplittableRandom random = new SplittableRandom(2026_11_30L);
    for (int round = 0; round < 2_000; round++) {
      int[] sorted = new int[random.nextInt(12)];
      for (int i = 0; i < sorted.length; i++) {
        // Few distinct values, so runs of equal values are common.
        sorted[i] = random.nextInt(20);
      }
      Arrays.sort(sorted);
      int from = random.nextInt(sorted.length + 1);
      int to = from + random.nextInt(sorted.length - from + 1);
      for (long key = -1; key <= 21; key++) {
        assertThat(CalendarEra.lastAtOrBefore(sorted, from, to, key))
            .as("%s in [%d, %d) for %d", Arrays.toString(sorted), from, to, key)
            .isEqualTo(linear(sorted, from, to, key));
      }
    }
  }
}
