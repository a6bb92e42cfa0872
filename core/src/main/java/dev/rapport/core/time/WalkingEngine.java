package dev.rapport.core.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The simple engine: builds each local day's concrete open intervals with {@link ZonedDateTime}
 * and walks them a week at a time. Obviously correct, slow for long durations.
 */
final class WalkingEngine {
  private static final Duration CHUNK = Duration.ofDays(7);

  private final BusinessCalendar calendar;
  private final ZoneId zone;
  private final boolean weeklyEmpty;
  private final boolean weeklyFull;
  private final LocalDate lastSpecialDate;
  private final LocalDate firstSpecialDate;

  WalkingEngine(BusinessCalendar calendar) {
    this.calendar = calendar;
    this.zone = calendar.zone();
    long weeklySeconds = 0;
    for (List<LocalTimeRange> ranges : calendar.weeklySchedule().values()) {
      for (LocalTimeRange range : ranges) {
        weeklySeconds += range.nominalDuration().getSeconds();
      }
    }
    this.weeklyEmpty = weeklySeconds == 0;
    this.weeklyFull = weeklySeconds == 7L * LocalTimeRange.SECONDS_PER_DAY;
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

  /** The merged open intervals that meet {@code [from, to)}, clipped to it. */
  List<TimeInterval> openIntervals(Instant from, Instant to) {
    LocalDate first = from.atZone(zone).toLocalDate().minusDays(4);
    LocalDate last = to.atZone(zone).toLocalDate().plusDays(1);
    List<TimeInterval> raw = new ArrayList<>();
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
      for (LocalTimeRange range : rangesStartingOn(date)) {
        Instant start =
            ZonedDateTime.of(date.atStartOfDay().plusSeconds(range.startSecond()), zone)
                .toInstant();
        Instant end =
            ZonedDateTime.of(date.atStartOfDay().plusSeconds(range.endSecond()), zone).toInstant();
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

  boolean isOpen(Instant t) {
    return !openIntervals(t, t.plusNanos(1)).isEmpty();
  }

  Instant nextOpen(Instant t) {
    for (Instant cursor = t; ; cursor = cursor.plus(CHUNK)) {
      List<TimeInterval> open = openIntervals(cursor, cursor.plus(CHUNK));
      if (!open.isEmpty()) {
        return open.get(0).start();
      }
      checkMoreOpenTime(t, cursor.plus(CHUNK));
    }
  }

  Instant nextClose(Instant t) {
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

  Instant plus(Instant t, Duration d) {
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

  Instant minus(Instant t, Duration d) {
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
        throw new ArithmeticException(
            "minus(" + t + ", " + d + ") is before the supported range");
      }
    }
  }

  Duration between(Instant a, Instant b) {
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
