package dev.rapport.examples.desk;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * What to simulate: how many days from which Monday, how many tickets arrive on an average day, and
 * the seed that makes the run repeatable. Immutable and thread-safe.
 *
 * @param days the number of days simulated, 1 to 366
 * @param ticketsPerDay the average number of tickets created per day, 1 to 20,000
 * @param seed the seed of every random choice: the same configuration gives the same results
 * @param start the first day simulated (UTC), a Monday from 2000 to 2199
 */
public record DeskConfig(int days, int ticketsPerDay, long seed, LocalDate start) {
  /** The days simulated unless set: 30. */
  public static final int DEFAULT_DAYS = 30;

  /** The average tickets per day unless set: 300. */
  public static final int DEFAULT_TICKETS_PER_DAY = 300;

  /** The seed unless set: 42. */
  public static final long DEFAULT_SEED = 42;

  /**
   * The first day unless set: Monday 3 May 2027, so that a default month holds Ascension Day and
   * Whit Monday (Berlin closed) and Memorial Day (New York closed).
   */
  public static final LocalDate DEFAULT_START = LocalDate.of(2027, 5, 3);

  /** The most days simulated. */
  public static final int MAX_DAYS = 366;

  /** The most tickets per day. */
  public static final int MAX_TICKETS_PER_DAY = 20_000;

  /** Checks every component. */
  public DeskConfig {
    if (days < 1 || days > MAX_DAYS) {
      throw new IllegalArgumentException(
          "days must be from 1 to " + MAX_DAYS + ", but was " + days);
    }
    if (ticketsPerDay < 1 || ticketsPerDay > MAX_TICKETS_PER_DAY) {
      throw new IllegalArgumentException(
          "ticketsPerDay must be from 1 to " + MAX_TICKETS_PER_DAY + ", but was " + ticketsPerDay);
    }
    Objects.requireNonNull(start, "start");
    if (start.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException("start must be a Monday, but was " + start.getDayOfWeek());
    }
    if (start.getYear() < 2000 || start.getYear() > 2199) {
      throw new IllegalArgumentException(
          "start must be in the years 2000 to 2199, but was " + start);
    }
  }

  /** Returns the defaults: 30 days of 300 tickets a day from {@link #DEFAULT_START}, seed 42. */
  public static DeskConfig defaults() {
    return new DeskConfig(DEFAULT_DAYS, DEFAULT_TICKETS_PER_DAY, DEFAULT_SEED, DEFAULT_START);
  }

  /** Returns the first instant simulated: midnight UTC at the start of {@link #start()}. */
  public java.time.Instant startInstant() {
    return start.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** Returns the end of the simulation (exclusive): midnight UTC after the last day. */
  public java.time.Instant endInstant() {
    return start.plusDays(days).atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
