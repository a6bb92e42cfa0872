package dev.rapport.sla;

import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.core.time.TimeInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Business time on one calendar over the instants of one evaluation: {@code at[0] <= at[1] <= ...
 * <= at[n]}, the event groups and {@code now}. Gap {@code j} is {@code [at[j], at[j + 1])}. Not
 * thread-safe; made and used by one {@link Evaluation}.
 *
 * <p>For an evaluation spanning at most {@link #VIEW_SPAN} the clock asks the calendar once for its
 * open intervals over {@code [at[0], at[n])} and answers every question from them with arithmetic
 * on nanoseconds: the business time of each gap, and the instant a threshold is reached within the
 * span. Past the span (a due instant after {@code now}), and for longer spans, it asks {@link
 * BusinessCalendar#between} and {@link BusinessCalendar#plus}, whose cost does not grow with the
 * span. Either way the answers are the calendar's.
 */
final class GapClock {
  /** The longest span answered from the calendar's open intervals. */
  static final Duration VIEW_SPAN = Duration.ofDays(31);

  private final BusinessCalendar calendar;
  private final Instant[] at;
  private final int n;
  // -1 until computed: the business time of gap j, in nanoseconds.
  private final long[] gaps;
  // View mode: open intervals as nanoseconds from at[0], with the business time before each.
  private final boolean view;
  private long[] starts;
  private long[] ends;
  private long[] before;
  private long[] businessAt;
  private long total;

  GapClock(BusinessCalendar calendar, Instant[] at, int n) {
    this.calendar = calendar;
    this.at = at;
    this.n = n;
    this.gaps = new long[n];
    this.view = Duration.between(at[0], at[n]).compareTo(VIEW_SPAN) <= 0;
    if (view) {
      buildView();
    } else {
      Arrays.fill(gaps, -1);
    }
  }

  BusinessCalendar calendar() {
    return calendar;
  }

  /** Returns the business time of gap {@code j}, in nanoseconds. */
  long gap(int j) {
    long value = gaps[j];
    if (value < 0) {
      value = calendar.between(at[j], at[j + 1]).toNanos();
      gaps[j] = value;
    }
    return value;
  }

  /**
   * Returns the earliest instant at which {@code nanos} (positive) of business time has elapsed
   * since {@code at[k]}, for {@code k} in {@code [0, n]}; it may lie after {@code at[n]}.
   */
  Instant reach(int k, long nanos) {
    if (!view) {
      return calendar.plus(at[k], Duration.ofNanos(nanos));
    }
    long target = businessAt[k] + nanos;
    if (target > total) {
      return calendar.plus(at[n], Duration.ofNanos(target - total));
    }
    // The first interval whose end reaches the target.
    int low = 0;
    int high = starts.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (before[mid] + (ends[mid] - starts[mid]) >= target) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return at[0].plusNanos(starts[low] + (target - before[low]));
  }

  private void buildView() {
    List<TimeInterval> intervals = calendar.openIntervals(at[0], at[n]);
    int count = intervals.size();
    starts = new long[count];
    ends = new long[count];
    before = new long[count];
    long sum = 0;
    for (int i = 0; i < count; i++) {
      TimeInterval interval = intervals.get(i);
      starts[i] = nanosFrom(at[0], interval.start());
      ends[i] = nanosFrom(at[0], interval.end());
      before[i] = sum;
      sum += ends[i] - starts[i];
    }
    total = sum;
    // Business time before each instant, in one merge-like pass (the instants are in order).
    businessAt = new long[n + 1];
    int i = 0;
    for (int k = 1; k <= n; k++) {
      long offset = offset(k);
      while (i < count && ends[i] <= offset) {
        i++;
      }
      long business;
      if (i == count) {
        business = total;
      } else if (starts[i] < offset) {
        business = before[i] + (offset - starts[i]);
      } else {
        business = before[i];
      }
      businessAt[k] = business;
      gaps[k - 1] = business - businessAt[k - 1];
    }
  }

  private long offset(int k) {
    return nanosFrom(at[0], at[k]);
  }

  private static long nanosFrom(Instant origin, Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond() - origin.getEpochSecond(), 1_000_000_000L),
        instant.getNano() - origin.getNano());
  }
}
