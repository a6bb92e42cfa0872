package dev.rapport.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Objects;

/**
 * A calendar bucket: a day, ISO week, month or quarter, identified by its first day. The bucket of
 * an instant depends on the zone: 2024-03-31T23:30Z is in March in America/New_York and in April in
 * Europe/Berlin. Buckets order by granularity, then by start. Immutable and thread-safe.
 *
 * @param granularity the bucket's size
 * @param start its first day, which must be the first day of such a bucket (a Monday for a week)
 */
public record Bucket(Granularity granularity, LocalDate start) implements Comparable<Bucket> {
  private static final Comparator<Bucket> ORDER =
      Comparator.comparing(Bucket::granularity).thenComparing(Bucket::start);

  /** Validates that {@code start} begins a bucket of this granularity. */
  public Bucket {
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(start, "start");
    if (!granularity.startOf(start).equals(start)) {
      throw new IllegalArgumentException(
          "start must be the first day of a " + granularity + " bucket, but was " + start);
    }
  }

  /** Returns the bucket of {@code granularity} that contains {@code date}. */
  public static Bucket of(Granularity granularity, LocalDate date) {
    Objects.requireNonNull(granularity, "granularity");
    return new Bucket(granularity, granularity.startOf(Objects.requireNonNull(date, "date")));
  }

  /** Returns the bucket that contains {@code instant}'s local date in {@code zone}. */
  public static Bucket of(Granularity granularity, Instant instant, ZoneId zone) {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(zone, "zone");
    return of(granularity, instant.atZone(zone).toLocalDate());
  }

  /** Returns the bucket numbered {@code index} (see {@link Granularity#indexOf}). */
  static Bucket ofIndex(Granularity granularity, int index) {
    return new Bucket(granularity, granularity.startOfIndex(index));
  }

  /** Returns this bucket's number, consecutive for consecutive buckets. */
  int index() {
    return granularity.indexOf(start);
  }

  /** Returns the day after the bucket's last day (the bucket is {@code [start, end)}). */
  public LocalDate end() {
    return granularity.next(start);
  }

  /** Returns the next bucket. */
  public Bucket next() {
    return new Bucket(granularity, granularity.next(start));
  }

  /** Returns the previous bucket. */
  public Bucket previous() {
    return new Bucket(granularity, granularity.previous(start));
  }

  /** Returns whether {@code date} is in this bucket. */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start) && date.isBefore(end());
  }

  /** Returns whether this bucket is before {@code other} (same granularity required). */
  public boolean isBefore(Bucket other) {
    Objects.requireNonNull(other, "other");
    if (other.granularity != granularity) {
      throw new IllegalArgumentException(
          "other must be a " + granularity + " bucket, but was " + other.granularity);
    }
    return start.isBefore(other.start);
  }

  @Override
  public int compareTo(Bucket other) {
    return ORDER.compare(this, other);
  }

  /**
   * Returns the label: {@code 2024-03-31}, {@code 2024-W13}, {@code 2024-03} or {@code 2024-Q1}.
   */
  @Override
  public String toString() {
    return granularity.label(start);
  }
}
