package dev.rapport.testkit;

import dev.rapport.core.time.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.quicktheories.core.Gen;

/**
 * QuickTheories adapters of {@link CalendarGenerators}: each draws its random numbers from
 * QuickTheories (through {@link QtTimelineGens#from}), so a failing example shrinks towards fewer
 * ranges, earlier choices and shorter durations. Calendars are shown by their {@code toString}.
 *
 * <p>Needs QuickTheories on the class path (an optional dependency of the testkit). Thread-safe
 * (stateless).
 */
// QuickTheories is optional ("requires static"): a caller of this class has it and reads it itself.
@SuppressWarnings("exports")
public final class QtCalendarGens {
  private QtCalendarGens() {}

  /** Returns {@link CalendarGenerators#zones()} as a QuickTheories generator. */
  public static Gen<ZoneId> zones() {
    return QtTimelineGens.from(CalendarGenerators.zones());
  }

  /** Returns {@link CalendarGenerators#calendars()} as a QuickTheories generator. */
  public static Gen<BusinessCalendar> calendars() {
    return QtTimelineGens.from(CalendarGenerators.calendars()).describedAs(Object::toString);
  }

  /** Returns {@link CalendarGenerators#instants()} as a QuickTheories generator. */
  public static Gen<Instant> instants() {
    return QtTimelineGens.from(CalendarGenerators.instants());
  }

  /** Returns {@link CalendarGenerators#durations()} as a QuickTheories generator. */
  public static Gen<Duration> durations() {
    return QtTimelineGens.from(CalendarGenerators.durations());
  }
}
