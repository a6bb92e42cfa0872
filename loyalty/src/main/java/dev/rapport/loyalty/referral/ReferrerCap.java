package dev.rapport.loyalty.referral;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/**
 * A limit on the referrals one referrer is rewarded for in a period: a rolling window ("5 in any 30
 * days") or a calendar month or year in a zone ("20 per calendar year, Paris time").
 *
 * <p>A referral counts against the cap of the period in which it was rewarded, for as long as it
 * stays rewarded: a reversed referral frees its place. A referral that would exceed a cap when it
 * is due to be rewarded is rejected with {@link RejectionReason#REFERRER_CAP_REACHED}: recorded,
 * not paid, and open to a manual approval (which the cap does not stop).
 *
 * <p>Immutable and thread-safe.
 */
public final class ReferrerCap {
  /** The kind of period a cap counts in. */
  public enum Kind {
    /**
     * Any window of the given length: a reward at {@code t} counts the rewards less than a window
     * away, {@code (t - window, t + window)}. Handled in time order there are none after {@code t},
     * so this is the window that ends at the reward; a reward handled late still cannot make any
     * window exceed the cap.
     */
    ROLLING,
    /** The calendar month, in the cap's zone, of the reward. */
    CALENDAR_MONTH,
    /** The calendar year, in the cap's zone, of the reward. */
    CALENDAR_YEAR
  }

  private final int maxRewards;
  private final Kind kind;
  private final Optional<Duration> window;
  private final Optional<ZoneId> zone;

  private ReferrerCap(int maxRewards, Kind kind, Optional<Duration> window, Optional<ZoneId> zone) {
    if (maxRewards < 1) {
      throw new IllegalArgumentException("maxRewards must be at least 1, but was " + maxRewards);
    }
    this.maxRewards = maxRewards;
    this.kind = kind;
    this.window = window;
    this.zone = zone;
  }

  /**
   * Returns a cap of {@code maxRewards} in any rolling {@code window}.
   *
   * @throws IllegalArgumentException if {@code maxRewards} is below 1 or {@code window} is not
   *     positive
   */
  public static ReferrerCap rolling(int maxRewards, Duration window) {
    return new ReferrerCap(
        maxRewards, Kind.ROLLING, Optional.of(Checks.positive(window, "window")), Optional.empty());
  }

  /** Returns a cap of {@code maxRewards} per calendar month in {@code zone}. */
  public static ReferrerCap perMonth(int maxRewards, ZoneId zone) {
    return new ReferrerCap(
        maxRewards,
        Kind.CALENDAR_MONTH,
        Optional.empty(),
        Optional.of(Objects.requireNonNull(zone, "zone")));
  }

  /** Returns a cap of {@code maxRewards} per calendar year in {@code zone}. */
  public static ReferrerCap perYear(int maxRewards, ZoneId zone) {
    return new ReferrerCap(
        maxRewards,
        Kind.CALENDAR_YEAR,
        Optional.empty(),
        Optional.of(Objects.requireNonNull(zone, "zone")));
  }

  /** Returns the most rewards a referrer gets in one period. */
  public int maxRewards() {
    return maxRewards;
  }

  /** Returns the kind of period. */
  public Kind kind() {
    return kind;
  }

  /** Returns the window of a rolling cap; empty for calendar caps. */
  public Optional<Duration> window() {
    return window;
  }

  /** Returns the zone of a calendar cap; empty for rolling caps. */
  public Optional<ZoneId> zone() {
    return zone;
  }

  /**
   * Returns the earliest instant whose reward counts against the cap for a reward at {@code at}:
   * {@code at - window} (itself excluded) for a rolling cap, the start of the calendar month or
   * year of {@code at} for a calendar cap.
   */
  public Instant periodStart(Instant at) {
    Objects.requireNonNull(at, "at");
    if (kind == Kind.ROLLING) {
      return at.minus(window.orElseThrow());
    }
    return calendarStart(LocalDate.ofInstant(at, zone.orElseThrow()));
  }

  /**
   * Returns the instant, itself excluded, before which a reward counts against the cap for a reward
   * at {@code at}: {@code at + window} for a rolling cap, the start of the next calendar month or
   * year for a calendar cap.
   */
  public Instant periodEnd(Instant at) {
    Objects.requireNonNull(at, "at");
    if (kind == Kind.ROLLING) {
      return at.plus(window.orElseThrow());
    }
    LocalDate date = LocalDate.ofInstant(at, zone.orElseThrow());
    return calendarStart(kind == Kind.CALENDAR_MONTH ? date.plusMonths(1) : date.plusYears(1));
  }

  /**
   * Returns whether a reward at {@code rewardedAt} counts against the cap for a reward at {@code
   * at}: less than a window away on either side for a rolling cap, in the same calendar month or
   * year for a calendar cap.
   */
  public boolean counts(Instant rewardedAt, Instant at) {
    Objects.requireNonNull(rewardedAt, "rewardedAt");
    Instant start = periodStart(at);
    boolean afterStart =
        kind == Kind.ROLLING ? rewardedAt.isAfter(start) : !rewardedAt.isBefore(start);
    return afterStart && rewardedAt.isBefore(periodEnd(at));
  }

  /** Returns the start of the calendar month or year of {@code date} in the cap's zone. */
  private Instant calendarStart(LocalDate date) {
    LocalDate first =
        date.with(
            kind == Kind.CALENDAR_MONTH
                ? TemporalAdjusters.firstDayOfMonth()
                : TemporalAdjusters.firstDayOfYear());
    return first.atStartOfDay(zone.orElseThrow()).toInstant();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReferrerCap other
        && maxRewards == other.maxRewards
        && kind == other.kind
        && window.equals(other.window)
        && zone.equals(other.zone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxRewards, kind, window, zone);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case ROLLING -> maxRewards + " per rolling " + window.orElseThrow();
      case CALENDAR_MONTH -> maxRewards + " per calendar month in " + zone.orElseThrow();
      case CALENDAR_YEAR -> maxRewards + " per calendar year in " + zone.orElseThrow();
    };
  }
}
