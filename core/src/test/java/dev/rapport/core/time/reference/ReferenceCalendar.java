package dev.rapport.core.time.reference;

import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.core.time.LocalTimeRange;
import dev.rapport.core.time.TimeInterval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The slow, obviously correct model of a {@link BusinessCalendar}, for tests: it reads only the
 * calendar's public configuration, builds each local date's concrete open intervals with {@link
 * ZonedDateTime#of} (which resolves gaps forward and overlaps to the earlier offset), joins them,
 * and walks them a week at a time from the start instant. Its cost grows with the distance walked.
 * Arguments are not validated: call it with what {@code BusinessCalendar} accepts. It lives in a
 * package of its own so that the testkit's tests (a named module that reads core) can use it from
 * core's test jar.
 */
public final class ReferenceCalendar {
  private static final Duration CHUNK = Duration.ofDays(7);

  private final BusinessCalendar calendar;
  private final ZoneId zone;
  private final boolean weeklyEmpty;
  private final boolean weeklyFull;
  private final LocalDate lastSpecialDate;
  private final LocalDate firstSpecialDate;

  /** Returns the model of {@code calendar}. */
  public ReferenceCalendar(BusinessCalendar calendar) {
    this.calendar = calendar;
    this.zone = calendar.zone();
    long weeklySeconds = 0;
    for (List<LocalTimeRange> ranges : calendar.weeklySchedule().values()) {
      for (LocalTimeRange range : ranges) {
        weeklySeconds += range.nominalDuration().getSeconds();
      }
    }
    this.weeklyEmpty = weeklySeconds == 0;
    this.weeklyFull = weeklySeconds == Duration.ofDays(7).getSeconds();
    LocalDate first = LocalDate.MAX;
    LocalDate last = LocalDate.MIN;
    for (LocalDate date : calendar.closedDates()) {
      first = min(first, date);
      last = max(last, date);
    }
    for (LocalDate date : calendar.overrides().keySet()) {
      first = min(first, date);
      last = max(last, date);
    }
    this.firstSpecialDate = first;
    this.lastSpecialDate = last;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private List<LocalTimeRange> rangesStartingOn(LocalDate date) {
    List<LocalTimeRange> override = calendar.overrides().get(date);
    if (override != null) {
      return override;
    }
    if (calendar.closedDates().contains(date)) {
      return List.of();
    }
    return calendar.weeklySchedule().getOrDefault(date.getDayOfWeek(), List.of());
  }

  /** As {@link BusinessCalendar}'s method of the same name. */
  public List<TimeInterval> openIntervals(Instant from, Instant to) {
    LocalDate first = from.atZone(zone).toLocalDate().minusDays(4);
    LocalDate last = to.atZone(zone).toLocalDate().plusDays(1);
    List<TimeInterval> raw = new ArrayList<>();
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
      for (LocalTimeRange range : rangesStartingOn(date)) {
        // The end is on the next day when it is midnight or not after the start.
        LocalDate endDate = range.end().isAfter(range.start()) ? date : date.plusDays(1);
        Instant start = ZonedDateTime.of(date.atTime(range.start()), zone).toInstant();
        Instant end = ZonedDateTime.of(endDate.atTime(range.end()), zone).toInstant();
        if (start.isBefore(end)) {
          raw.add(new TimeInterval(start, end));
        }
      }
    }
    raw.sort(Comparator.comparing(TimeInterval::start));
    List<TimeInterval> merged = new ArrayList<>();
    Instant start = null;
    Instant end = null;
    for (TimeInterval interval : raw) {
      if (start != null && !interval.start().isAfter(end)) {
        end = interval.end().isAfter(end) ? interval.end() : end;
      } else {
        addClipped(merged, start, end, from, to);
        start = interval.start();
        end = interval.end();
      }
    }
    addClipped(merged, start, end, from, to);
    return merged;
  }

  private static void addClipped(
      List<TimeInterval> out, Instant start, Instant end, Instant from, Instant to) {
    if (start == null) {
      return;
    }
    Instant s = start.isBefore(from) ? from : start;
    Instant e = end.isAfter(to) ? to : end;
    if (s.isBefore(e)) {
      out.add(new TimeInterval(s, e));
    }
  }

  /** As {@link BusinessCalendar}'s method of the same name. */
  public boolean isOpen(Instant t) {
    return !openIntervals(t, t.plusNanos(1)).isEmpty();
  }

  /** As {@link BusinessCalendar}'s method of the same name. */
  public Instant nextOpen(Instant t) {
    for (Instant cursor = t; ; cursor = cursor.plus(CHUNK)) {
      List<TimeInterval> open = openIntervals(cursor, cursor.plus(CHUNK));
      if (!open.isEmpty()) {
        return open.get(0).start();
      }
      checkMoreOpenTime(t, cursor.plus(CHUNK));
    }
  }

  /** As {@link BusinessCalendar}'s method of the same name. */
  public Instant nextClose(Instant t) {
    Instant open = nextOpen(t);
    for (Instant cursor = open; ; cursor = cursor.plus(CHUNK)) {
      List<TimeInterval> intervals = openIntervals(cursor, cursor.plus(CHUNK));
      if (intervals.isEmpty() || !intervals.get(0).start().equals(cursor)) {
        return cursor;
      }
      Instant end = intervals.get(0).end();
      if (end.isBefore(cursor.plus(CHUNK))) {
        return end;
      }
      LocalDate date = cursor.atZone(zone).toLocalDate();
      if (weeklyFull && date.isAfter(lastSpecialDate.plusDays(8))) {
        throw new IllegalStateException("calendar never closes after " + t);
      }
      checkRange(t, cursor.plus(CHUNK));
    }
  }

  /** As {@link BusinessCalendar}'s method of the same name. */
  public Instant plus(Instant t, Duration d) {
    if (d.isZero()) {
      return nextOpen(t);
    }
    Duration remaining = d;
    for (Instant cursor = t; ; cursor = cursor.plus(CHUNK)) {
      for (TimeInterval interval : openIntervals(cursor, cursor.plus(CHUNK))) {
        Duration length = interval.duration();
        if (remaining.compareTo(length) <= 0) {
          return interval.start().plus(remaining);
        }
        remaining = remaining.minus(length);
      }
      checkMoreOpenTime(t, cursor.plus(CHUNK));
    }
  }

  /** As {@link BusinessCalendar}'s method of the same name. */
  public Instant minus(Instant t, Duration d) {
    if (d.isZero()) {
      return t;
    }
    Duration remaining = d;
    for (Instant cursor = t; ; cursor = cursor.minus(CHUNK)) {
      List<TimeInterval> intervals = openIntervals(cursor.minus(CHUNK), cursor);
      for (int i = intervals.size() - 1; i >= 0; i--) {
        TimeInterval interval = intervals.get(i);
        Duration length = interval.duration();
        if (remaining.compareTo(length) <= 0) {
          return interval.end().minus(remaining);
        }
        remaining = remaining.minus(length);
      }
      Instant earlier = cursor.minus(CHUNK);
      LocalDate date = earlier.atZone(zone).toLocalDate();
      if (weeklyEmpty && date.isBefore(firstSpecialDate.minusDays(8))) {
        throw new IllegalStateException(
            "calendar must be open for " + d + " before " + t + ", but is open for less");
      }
      if (earlier.isBefore(BusinessCalendar.EARLIEST)) {
        throw new ArithmeticException("minus(" + t + ", " + d + ") is before the supported range");
      }
    }
  }

  /** As {@link BusinessCalendar}'s method of the same name. */
  public Duration between(Instant a, Instant b) {
    Duration total = Duration.ZERO;
    for (Instant cursor = a; cursor.isBefore(b); cursor = cursor.plus(CHUNK)) {
      Instant end = cursor.plus(CHUNK).isBefore(b) ? cursor.plus(CHUNK) : b;
      for (TimeInterval interval : openIntervals(cursor, end)) {
        total = total.plus(interval.duration());
      }
    }
    return total;
  }

  private void checkMoreOpenTime(Instant t, Instant cursor) {
    LocalDate date = cursor.atZone(zone).toLocalDate();
    if (weeklyEmpty && date.isAfter(lastSpecialDate.plusDays(8))) {
      throw new IllegalStateException("calendar never opens after " + t);
    }
    checkRange(t, cursor);
  }

  private static void checkRange(Instant t, Instant cursor) {
    if (cursor.isAfter(BusinessCalendar.LATEST.plus(CHUNK))) {
      throw new ArithmeticException("result for " + t + " is after the supported range");
    }
  }
}
