package dev.rapport.core.ticket;

import dev.rapport.core.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stretch of time during which a ticket had one status: half-open {@code [start, end)}, with no
 * end while the status is current. An interval may be empty ({@code start == end}) when two status
 * changes share an instant. Immutable and thread-safe.
 *
 * @param status the status during the interval
 * @param start the instant the ticket entered the status (inclusive)
 * @param end the instant it left it (exclusive), empty while the status is current
 */
public record StatusInterval(TicketStatus status, Instant start, Optional<Instant> end) {

  /** Checks that every component is present and that {@code end} is not before {@code start}. */
  public StatusInterval {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isPresent() && end.get().isBefore(start)) {
      throw new IllegalArgumentException(
          "end must not be before start " + start + ", but was " + end.get());
    }
  }

  /** Returns whether {@code instant} lies in {@code [start, end)}. */
  public boolean contains(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return !instant.isBefore(start) && (end.isEmpty() || instant.isBefore(end.get()));
  }

  /**
   * Returns the interval's length, counting an open interval up to {@code now}; zero if {@code now}
   * is before the start.
   */
  public Duration durationUntil(Instant now) {
    Objects.requireNonNull(now, "now");
    Instant stop = end.isPresent() && end.get().isBefore(now) ? end.get() : now;
    return stop.isBefore(start) ? Duration.ZERO : Duration.between(start, stop);
  }
}
