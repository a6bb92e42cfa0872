package dev.rapport.core.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A non-empty, half-open stretch of time {@code [start, end)}, such as one open interval of a
 * {@link BusinessCalendar}. Immutable and thread-safe.
 *
 * @param start the first instant inside the interval
 * @param end the first instant after it, strictly after {@code start}
 */
public record TimeInterval(Instant start, Instant end) {

  /** Checks that both ends are present and that {@code end} is after {@code start}. */
  public TimeInterval {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end must be after start " + start + ", but was " + end);
    }
  }

  /** Returns the elapsed time from {@code start} to {@code end}, always positive. */
  public Duration duration() {
    return Duration.between(start, end);
  }

  /** Returns whether {@code start <= instant < end}. */
  public boolean contains(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  /** Returns {@code [start, end)} in ISO-8601 form, such as {@code [2027-01-04T14:00:00Z, ...)}. */
  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
