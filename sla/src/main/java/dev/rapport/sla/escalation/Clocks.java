package dev.rapport.sla.escalation;

import dev.rapport.core.time.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;

/**
 * Delay arithmetic on a {@link DelayClock}: business time on a calendar, or wall-clock time. A
 * delay that never completes (a calendar that never opens again, or an instant past {@link
 * BusinessCalendar#LATEST}) gives null: the step waits for ever.
 */
final class Clocks {
  private Clocks() {}

  /** Returns the instant {@code d} after {@code t} on {@code clock}, or null if there is none. */
  static Instant plus(DelayClock clock, BusinessCalendar calendar, Instant t, Duration d) {
    if (t.isAfter(BusinessCalendar.LATEST)) {
      return null;
    }
    if (clock == DelayClock.WALL) {
      Instant result = t.plus(d);
      return result.isAfter(BusinessCalendar.LATEST) ? null : result;
    }
    return plus(calendar, t, d);
  }

  /** Returns {@code calendar.plus(t, d)}, or null if the calendar never gets there. */
  static Instant plus(BusinessCalendar calendar, Instant t, Duration d) {
    if (t.isAfter(BusinessCalendar.LATEST)) {
      return null;
    }
    try {
      return calendar.plus(t, d);
    } catch (IllegalStateException | ArithmeticException e) {
      return null;
    }
  }

  /** Returns {@code calendar.nextOpen(t)}, or null if the calendar never opens again. */
  static Instant nextOpen(BusinessCalendar calendar, Instant t) {
    return plus(calendar, t, Duration.ZERO);
  }

  /** Returns the time from {@code a} to {@code b}, {@code a <= b}, on {@code clock}. */
  static Duration between(DelayClock clock, BusinessCalendar calendar, Instant a, Instant b) {
    return clock == DelayClock.WALL ? Duration.between(a, b) : calendar.between(a, b);
  }

  /** Returns the later of two instants. */
  static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
