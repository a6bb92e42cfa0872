package dev.rapport.core.time.internal;

import dev.rapport.core.time.BusinessCalendar;
import java.time.Instant;
import java.util.Objects;

/**
 * Business time on a {@link BusinessCalendar} as plain numbers, for an engine that asks one
 * calendar many questions about one ordered set of instants (the SLA engine: the business time
 * between consecutive events, and when a threshold is reached after one of them) and should make no
 * objects but its results. Not an API: exported only to {@code dev.rapport.sla}.
 *
 * <p>The <em>business coordinate</em> of an instant is the business time, in nanoseconds, from a
 * base point of the calendar (the start of the calendar's compiled era that holds the first
 * instant, identified by the {@code int} that {@link #coordinates} returns) to the instant. So
 * {@code calendar.between(a, b).toNanos()} is the coordinate of {@code b} minus that of {@code a},
 * and {@link #plus} is {@link BusinessCalendar#plus} from an instant whose coordinate is known.
 *
 * <p>Thread-safe: calendars are immutable, and the methods write only to the caller's array.
 */
public final class BusinessCoordinates {
  private static volatile Access access;

  private BusinessCoordinates() {}

  /**
   * The operations, implemented in {@code dev.rapport.core.time}, which can see a calendar's
   * compiled form; {@link BusinessCalendar} registers it once, when it is initialised. The
   * implementation is stateless and thread-safe.
   */
  public interface Access {
    /** See {@link BusinessCoordinates#coordinates}. */
    int coordinates(
        BusinessCalendar calendar, long[] epochSeconds, int[] nanos, int count, long[] out);

    /** See {@link BusinessCoordinates#plus}. */
    Instant plus(BusinessCalendar calendar, int base, Instant t, long coordinate, long nanos);
  }

  /**
   * Registers the implementation; called once by {@link BusinessCalendar}.
   *
   * @throws IllegalStateException if one is registered already
   */
  public static synchronized void register(Access implementation) {
    Objects.requireNonNull(implementation, "implementation");
    if (access != null) {
      throw new IllegalStateException("access must be registered once, but was registered twice");
    }
    access = implementation;
  }

  /**
   * Writes into {@code out[i]}, for each {@code i < count}, the business coordinate of the instant
   * {@code Instant.ofEpochSecond(epochSeconds[i], nanos[i])}, and returns the base the coordinates
   * count from. (The instants come as columns, as {@link
   * dev.rapport.core.ticket.internal.TimelineColumns} gives them, so the caller makes no {@code
   * Instant}s.)
   *
   * @param epochSeconds the instants' epoch seconds, at least {@code count}
   * @param nanos the instants' nanoseconds of the second, each in [0, 999,999,999], at least {@code
   *     count}
   * @param count how many instants, at least 1; they must be in order (each at or after the one
   *     before it)
   * @param out where the coordinates go, at least {@code count} long
   * @throws IllegalArgumentException if an instant is outside the calendar's supported range, or
   *     the instants are out of order
   * @throws ArithmeticException if the business time between the instants overflows a {@code long}
   *     of nanoseconds (about 292 years of it)
   */
  public static int coordinates(
      BusinessCalendar calendar, long[] epochSeconds, int[] nanos, int count, long[] out) {
    return access().coordinates(calendar, epochSeconds, nanos, count, out);
  }

  /**
   * Returns {@code calendar.plus(t, Duration.ofNanos(nanos))}, given the coordinate of {@code t}
   * from {@code base} (as {@link #coordinates} returned them), with the same results and errors.
   *
   * @param nanos business time to add, positive
   * @throws IllegalArgumentException if {@code nanos} is not positive
   * @throws IllegalStateException if the calendar is never open for {@code nanos} after {@code t}
   * @throws ArithmeticException if the result is after {@link BusinessCalendar#LATEST}
   */
  public static Instant plus(
      BusinessCalendar calendar, int base, Instant t, long coordinate, long nanos) {
    return access().plus(calendar, base, t, coordinate, nanos);
  }

  private static Access access() {
    Access result = access;
    if (result == null) {
      // Initialising BusinessCalendar registers the implementation.
      Objects.requireNonNull(BusinessCalendar.EARLIEST, "EARLIEST");
      result = access;
    }
    return result;
  }
}
