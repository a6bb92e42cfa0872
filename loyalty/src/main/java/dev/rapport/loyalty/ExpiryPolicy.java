package dev.rapport.loyalty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * When earned points expire, computed from the local date of the earn in the program's zone, and
 * always at the end of a local day (the start of the next one, exclusive), never at a UTC midnight:
 * points earned at 23:30 on 10 March in New York with {@code rollingDays(365)} can be redeemed
 * through all of 10 March the next year, local time.
 *
 * <ul>
 *   <li>{@link #none()}: never.
 *   <li>{@link #rollingDays(int) rollingDays(n)}: at the end of the local day {@code n} days after
 *       the earn's.
 *   <li>{@link #endOfMonth(int) endOfMonth(n)}: at the end of the last day of the month {@code n}
 *       months after the earn's ({@code endOfMonth(1)} from 31 January is the end of the last day
 *       of February).
 *   <li>{@link #endOfYear(int) endOfYear(n)}: at the end of 31 December of the year {@code n} years
 *       after the earn's.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class ExpiryPolicy {
  /** The kinds of expiry. */
  public enum Kind {
    /** Points never expire. */
    NONE,
    /** A number of days after the earn's local date. */
    ROLLING_DAYS,
    /** The end of a month, a number of months after the earn's. */
    END_OF_MONTH,
    /** The end of a year, a number of years after the earn's. */
    END_OF_YEAR
  }

  private static final ExpiryPolicy NONE = new ExpiryPolicy(Kind.NONE, 0);

  private final Kind kind;
  private final int amount;

  private ExpiryPolicy(Kind kind, int amount) {
    this.kind = kind;
    this.amount = amount;
  }

  /** Returns the policy under which points never expire. */
  public static ExpiryPolicy none() {
    return NONE;
  }

  /**
   * Returns expiry at the end of the local day {@code days} days after the earn's.
   *
   * @throws IllegalArgumentException unless {@code days} is in {@code [1, 36600]}
   */
  public static ExpiryPolicy rollingDays(int days) {
    return new ExpiryPolicy(Kind.ROLLING_DAYS, check(days, 1, 36_600, "days"));
  }

  /**
   * Returns expiry at the end of the month {@code monthsAfter} months after the earn's (0: the
   * earn's own month).
   *
   * @throws IllegalArgumentException unless {@code monthsAfter} is in {@code [0, 1200]}
   */
  public static ExpiryPolicy endOfMonth(int monthsAfter) {
    return new ExpiryPolicy(Kind.END_OF_MONTH, check(monthsAfter, 0, 1_200, "monthsAfter"));
  }

  /**
   * Returns expiry at the end of the year {@code yearsAfter} years after the earn's (0: the earn's
   * own year).
   *
   * @throws IllegalArgumentException unless {@code yearsAfter} is in {@code [0, 100]}
   */
  public static ExpiryPolicy endOfYear(int yearsAfter) {
    return new ExpiryPolicy(Kind.END_OF_YEAR, check(yearsAfter, 0, 100, "yearsAfter"));
  }

  /**
   * Returns the policy of {@code kind} with {@code amount} (days, months or years; 0 for {@link
   * Kind#NONE}), as {@link #kind()} and {@link #amount()} describe it.
   */
  public static ExpiryPolicy of(Kind kind, int amount) {
    Objects.requireNonNull(kind, "kind");
    switch (kind) {
      case NONE:
        check(amount, 0, 0, "amount");
        return NONE;
      case ROLLING_DAYS:
        return rollingDays(amount);
      case END_OF_MONTH:
        return endOfMonth(amount);
      case END_OF_YEAR:
        return endOfYear(amount);
      default:
        throw new AssertionError(kind);
    }
  }

  private static int check(int value, int min, int max, String name) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be in [" + min + ", " + max + "], but was " + value);
    }
    return value;
  }

  /** Returns the kind. */
  public Kind kind() {
    return kind;
  }

  /** Returns the days, months or years; 0 for {@link Kind#NONE}. */
  public int amount() {
    return amount;
  }

  /**
   * Returns when points earned at {@code earnedAt} expire, reading the local date in {@code zone};
   * empty if never.
   */
  public Optional<Instant> expiryOf(Instant earnedAt, ZoneId zone) {
    Objects.requireNonNull(earnedAt, "earnedAt");
    Objects.requireNonNull(zone, "zone");
    if (kind == Kind.NONE) {
      return Optional.empty();
    }
    LocalDate date = LocalDate.ofInstant(earnedAt, zone);
    LocalDate lastDay;
    switch (kind) {
      case ROLLING_DAYS:
        lastDay = date.plusDays(amount);
        break;
      case END_OF_MONTH:
        lastDay = YearMonth.from(date).plusMonths(amount).atEndOfMonth();
        break;
      case END_OF_YEAR:
        lastDay = LocalDate.of(date.getYear() + amount, 12, 31);
        break;
      default:
        throw new AssertionError(kind);
    }
    return Optional.of(endOfDay(lastDay, zone));
  }

  /** Returns the end of local day {@code date}: the start of the next day in {@code zone}. */
  static Instant endOfDay(LocalDate date, ZoneId zone) {
    return date.plusDays(1).atStartOfDay(zone).toInstant();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExpiryPolicy
        && kind == ((ExpiryPolicy) o).kind
        && amount == ((ExpiryPolicy) o).amount;
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + amount;
  }

  /**
   * Returns the factory call that makes this policy: {@code "rollingDays(365)"}, {@code "none()"}.
   */
  @Override
  public String toString() {
    switch (kind) {
      case NONE:
        return "none()";
      case ROLLING_DAYS:
        return "rollingDays(" + amount + ")";
      case END_OF_MONTH:
        return "endOfMonth(" + amount + ")";
      case END_OF_YEAR:
        return "endOfYear(" + amount + ")";
      default:
        throw new AssertionError(kind);
    }
  }
}
