package dev.rapport.sla;

import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.core.time.internal.BusinessCoordinates;
import java.time.Instant;

/**
 * Business time on one calendar over the instants of one evaluation, {@code at[0] <= at[1] <= ...
 * <= at[n]} (the event groups and {@code now}), given as epoch seconds and nanoseconds. Gap {@code
 * j} is {@code [at[j], at[j + 1])}. Not thread-safe; made and used by one {@link Evaluation}.
 *
 * <p>The clock asks the calendar once for the {@linkplain BusinessCoordinates business coordinate}
 * of every instant, so the business time of a gap is a subtraction, and the instant a threshold is
 * reached after {@code at[k]} is one lookup from a known coordinate. The answers are the calendar's
 * own ({@link BusinessCalendar#between} and {@link BusinessCalendar#plus}), with no intermediate
 * objects, however long the span.
 */
final class GapClock {
  private final BusinessCalendar calendar;
  // The business coordinate of at[k], in nanoseconds from base.
  private final long[] coordinates;
  private final int base;

  GapClock(BusinessCalendar calendar, long[] epochSeconds, int[] nanos, int n) {
    this.calendar = calendar;
    this.coordinates = new long[n + 1];
    this.base = BusinessCoordinates.coordinates(calendar, epochSeconds, nanos, n + 1, coordinates);
  }

  BusinessCalendar calendar() {
    return calendar;
  }

  /** Returns the business time of gap {@code j}, in nanoseconds. */
  long gap(int j) {
    return coordinates[j + 1] - coordinates[j];
  }

  /** Returns the business time of gaps {@code [from, to)}, in nanoseconds. */
  long between(int from, int to) {
    return coordinates[to] - coordinates[from];
  }

  /**
   * Returns the earliest instant at which {@code nanos} (positive) of business time has elapsed
   * since {@code atK}, which is {@code at[k]}, for {@code k} in {@code [0, n]}; it may lie after
   * {@code at[n]}.
   */
  Instant reach(int k, Instant atK, long nanos) {
    return BusinessCoordinates.plus(calendar, base, atK, coordinates[k], nanos);
  }
}
