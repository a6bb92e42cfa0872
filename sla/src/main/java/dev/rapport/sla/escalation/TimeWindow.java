package dev.rapport.sla.escalation;

import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.core.time.LocalTimeRange;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A time-of-week window in local time, such as "Monday to Friday 22:00-06:00 and all weekend": the
 * hours in which a level of an {@link EscalationPolicy} may fire (see {@link OutsideWindow}). The
 * policy reads the window in its calendar's zone, so the window follows that zone's daylight-saving
 * changes: 22:00 in Berlin is 21:00 UTC in winter and 20:00 UTC in summer.
 *
 * <p>Ranges follow {@link LocalTimeRange} and the weekly schedule of a {@link BusinessCalendar}: a
 * range belongs to the day on which it starts, an end at or before the start is on the next day
 * ({@code 22:00-06:00} runs overnight), {@code 00:00-00:00} is the whole day, and local times in a
 * daylight-saving gap move forward by the gap. Ranges of one day must not overlap; touching ranges
 * join.
 *
 * <pre>{@code
 * TimeWindow nights =
 *     TimeWindow.builder()
 *         .open(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(22, 0), LocalTime.of(6, 0))
 *         .open(EnumSet.of(SATURDAY, SUNDAY), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@code equals} compares the ranges.
 */
public final class TimeWindow {
  private final Map<DayOfWeek, List<LocalTimeRange>> ranges;

  private TimeWindow(Map<DayOfWeek, List<LocalTimeRange>> ranges) {
    this.ranges = ranges;
  }

  /** Returns a builder of a window, with nothing open yet. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the window open on each of {@code days} from {@code start} to {@code end}.
   *
   * @throws IllegalArgumentException if {@code days} is empty or the range is invalid
   */
  public static TimeWindow of(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
    return builder().open(days, start, end).build();
  }

  /** Returns the ranges by day of week, sorted, touching ranges joined; immutable. */
  public Map<DayOfWeek, List<LocalTimeRange>> ranges() {
    return ranges;
  }

  /** Returns whether the window is open at {@code instant}, read in {@code zone}. */
  public boolean contains(Instant instant, ZoneId zone) {
    Objects.requireNonNull(instant, "instant");
    return in(zone).isOpen(instant);
  }

  /** Returns the window as a calendar in {@code zone}: open exactly when the window is. */
  BusinessCalendar in(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    BusinessCalendar.Builder calendar = BusinessCalendar.builder(zone);
    ranges.forEach(
        (day, dayRanges) -> dayRanges.forEach(r -> calendar.open(day, r.start(), r.end())));
    return calendar.build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TimeWindow && ranges.equals(((TimeWindow) other).ranges);
  }

  @Override
  public int hashCode() {
    return ranges.hashCode();
  }

  /** Returns the ranges, readably: {@code TimeWindow{MONDAY=[22:00-06:00], ...}}. */
  @Override
  public String toString() {
    return "TimeWindow" + ranges;
  }

  /**
   * Builds a {@link TimeWindow}. Each method checks its own arguments; {@link #build()} checks that
   * ranges do not overlap. Not thread-safe: a builder belongs to one thread.
   */
  public static final class Builder {
    // The ranges are checked and normalised by a calendar's builder; the zone does not matter.
    private final BusinessCalendar.Builder calendar = BusinessCalendar.builder(ZoneOffset.UTC);
    private boolean empty = true;

    private Builder() {}

    /**
     * Opens {@code day} from {@code start} to {@code end} every week; may be called several times.
     *
     * @throws IllegalArgumentException if a time is not a whole second, or {@code start} equals
     *     {@code end} and is not midnight
     */
    public Builder open(DayOfWeek day, LocalTime start, LocalTime end) {
      calendar.open(day, start, end);
      empty = false;
      return this;
    }

    /**
     * Opens each of {@code days} from {@code start} to {@code end} every week.
     *
     * @throws IllegalArgumentException if {@code days} is empty or the range is invalid
     */
    public Builder open(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
      Objects.requireNonNull(days, "days");
      calendar.open(Checks.noNulls(days, "days"), start, end);
      empty = false;
      return this;
    }

    /**
     * Returns the window.
     *
     * @throws IllegalStateException if no range was opened, or ranges overlap
     */
    public TimeWindow build() {
      if (empty) {
        throw new IllegalStateException("a time window must open some range, but has none");
      }
      return new TimeWindow(calendar.build().weeklySchedule());
    }
  }
}
