package dev.rapport.feedback;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * The size of a calendar bucket: a day, an ISO week (Monday to Sunday, numbered by its ISO
 * week-based year), a month or a quarter, in the caller's time zone. Thread-safe (an enum).
 */
public enum Granularity {
  /** One calendar day. */
  DAY,
  /** An ISO-8601 week, Monday to Sunday. */
  ISO_WEEK,
  /** A calendar month. */
  MONTH,
  /** A calendar quarter: January to March, April to June, and so on. */
  QUARTER;

  /** Returns the first day of the bucket that contains {@code date}. */
  public LocalDate startOf(LocalDate date) {
    switch (this) {
      case DAY:
        return date;
      case ISO_WEEK:
        return date.minusDays(date.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
      case MONTH:
        return date.withDayOfMonth(1);
      default:
        return LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }
  }

  /** Returns the first day of the next bucket after the one starting on {@code start}. */
  LocalDate next(LocalDate start) {
    switch (this) {
      case DAY:
        return start.plusDays(1);
      case ISO_WEEK:
        return start.plusWeeks(1);
      case MONTH:
        return start.plusMonths(1);
      default:
        return start.plusMonths(3);
    }
  }

  /** Returns the first day of the bucket before the one starting on {@code start}. */
  LocalDate previous(LocalDate start) {
    switch (this) {
      case DAY:
        return start.minusDays(1);
      case ISO_WEEK:
        return start.minusWeeks(1);
      case MONTH:
        return start.minusMonths(1);
      default:
        return start.minusMonths(3);
    }
  }

  /**
   * Returns a number for the bucket of {@code date}, consecutive buckets having consecutive
   * numbers: the epoch day, the week since 1969-12-29, or months or quarters since year 0.
   */
  int indexOf(LocalDate date) {
    switch (this) {
      case DAY:
        return Math.toIntExact(date.toEpochDay());
      case ISO_WEEK:
        return Math.toIntExact(Math.floorDiv(date.toEpochDay() + 3, 7));
      case MONTH:
        return date.getYear() * 12 + date.getMonthValue() - 1;
      default:
        return date.getYear() * 4 + (date.getMonthValue() - 1) / 3;
    }
  }

  /** Returns the first day of the bucket numbered {@code index} by {@link #indexOf}. */
  LocalDate startOfIndex(int index) {
    switch (this) {
      case DAY:
        return LocalDate.ofEpochDay(index);
      case ISO_WEEK:
        return LocalDate.ofEpochDay(index * 7L - 3);
      case MONTH:
        return LocalDate.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1, 1);
      default:
        return LocalDate.of(Math.floorDiv(index, 4), Math.floorMod(index, 4) * 3 + 1, 1);
    }
  }

  /** Returns the bucket's label: 2024-03-31, 2024-W13, 2024-03 or 2024-Q1. */
  String label(LocalDate start) {
    switch (this) {
      case DAY:
        return start.toString();
      case ISO_WEEK:
        return String.format(
            java.util.Locale.ROOT,
            "%d-W%02d",
            start.get(IsoFields.WEEK_BASED_YEAR),
            start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH:
        return String.format(
            java.util.Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
      default:
        return start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
    }
  }
}
