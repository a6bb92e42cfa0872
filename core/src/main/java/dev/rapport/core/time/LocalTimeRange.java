package dev.rapport.core.time;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Opening hours on one day of a {@link BusinessCalendar}, in local time: from {@code start} to
 * {@code end}, half-open. The range belongs to the day on which it starts.
 *
 * <ul>
 *   <li>{@code 09:00-17:00}: from 9 in the morning to 5 in the afternoon.
 *   <li>{@code 22:00-02:00}: an end at or before the start is on the next day, so this is an
 *       overnight shift of 4 hours (on a day without a daylight-saving change).
 *   <li>{@code 18:00-00:00}: an end of {@link LocalTime#MIDNIGHT} is the end of the day (24:00).
 *   <li>{@code 00:00-00:00}: the whole day, the only range whose start equals its end.
 * </ul>
 *
 * <p>Both times are whole seconds (a calendar's open intervals then start and end on whole seconds,
 * which keeps its arithmetic exact and fast). A range is shorter than a day, except the whole day.
 * {@link #toString()} and {@link #parse(CharSequence)} round-trip. Immutable and thread-safe.
 *
 * @param start the local time the range opens, a whole second
 * @param end the local time it closes, a whole second, on the next day if not after {@code start}
 */
public record LocalTimeRange(LocalTime start, LocalTime end) {
  static final int SECONDS_PER_DAY = 86_400;

  /** Checks that both times are present whole seconds and that the range is not empty. */
  public LocalTimeRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.getNano() != 0) {
      throw new IllegalArgumentException("start must be a whole second, but was " + start);
    }
    if (end.getNano() != 0) {
      throw new IllegalArgumentException("end must be a whole second, but was " + end);
    }
    if (start.equals(end) && !start.equals(LocalTime.MIDNIGHT)) {
      throw new IllegalArgumentException(
          "end must differ from start (a range is not empty; 00:00-00:00 is the whole day), but"
              + " was "
              + start
              + "-"
              + end);
    }
  }

  /** Returns the range from {@code start} to {@code end}. */
  public static LocalTimeRange of(LocalTime start, LocalTime end) {
    return new LocalTimeRange(start, end);
  }

  /**
   * Parses {@code "HH:mm-HH:mm"} or {@code "HH:mm:ss-HH:mm:ss"}, the form {@link #toString()}
   * writes.
   *
   * @throws IllegalArgumentException if {@code text} is not such a range
   */
  public static LocalTimeRange parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int dash = s.indexOf('-');
    if (dash < 0 || s.indexOf('-', dash + 1) >= 0) {
      throw new IllegalArgumentException(
          "text must be a range such as 09:00-17:00, but was \"" + s + "\"");
    }
    try {
      return new LocalTimeRange(
          LocalTime.parse(s.substring(0, dash)), LocalTime.parse(s.substring(dash + 1)));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "text must be a range such as 09:00-17:00, but was \"" + s + "\"", e);
    }
  }

  /** Returns whether the range ends on the next day, after midnight (such as 22:00-02:00). */
  public boolean isOvernight() {
    return !end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start);
  }

  /**
   * Returns the nominal length, from the local start to the local end: 8 hours for 09:00-17:00, 4
   * for 22:00-02:00, 24 for 00:00-00:00. The real length differs on a daylight-saving change.
   */
  public Duration nominalDuration() {
    return Duration.ofSeconds(endSecond() - startSecond());
  }

  /** The start as seconds after the day's midnight, in {@code [0, 86400)}. */
  int startSecond() {
    return start.toSecondOfDay();
  }

  /**
   * The end as seconds after the midnight that starts the range's day, in {@code (start, start +
   * 86400]}; above 86400 for an overnight range.
   */
  int endSecond() {
    int s = start.toSecondOfDay();
    int e = end.toSecondOfDay();
    return e == 0 || e <= s ? e + SECONDS_PER_DAY : e;
  }

  /** Returns {@code start-end}, such as {@code 09:00-17:00} or {@code 22:00-02:00}. */
  @Override
  public String toString() {
    return start + "-" + end;
  }
}
