package dev.rapport.sla;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A mergeable distribution of durations (response and resolution times) with percentiles in bounded
 * memory: a log-bucketed histogram, like HdrHistogram with two significant binary digits.
 *
 * <p>Durations are truncated to whole milliseconds and counted in buckets: exactly below 64 ms,
 * then 32 buckets per power of two (a bucket's width is at most 1/32 of its lower bound), so at
 * most 1,888 buckets cover every {@code long} of milliseconds, and a histogram of times up to a
 * month has about 700. Count, minimum, maximum and total are exact.
 *
 * <p>{@link #percentile} is the nearest-rank percentile (the smallest recorded value such that at
 * least {@code p} percent of the values are at most it), estimated as the middle of its bucket and
 * clamped to {@code [min, max]}: it is within {@code 1/64} (1.6%) of the exact value, plus less
 * than one millisecond.
 *
 * <p>A monoid: {@link #empty()} and {@link #merge} (associative and commutative). Immutable and
 * thread-safe; {@code equals} compares the recorded distribution.
 */
public final class DurationHistogram {
  /** Buckets per power of two above 64 ms, as a power of two. */
  static final int SUB_BITS = 5;

  private static final int SUB = 1 << SUB_BITS;
  private static final DurationHistogram EMPTY =
      new DurationHistogram(new long[0], 0, Duration.ZERO, Duration.ZERO, Duration.ZERO);

  private final long[] counts;
  private final long count;
  private final Duration min;
  private final Duration max;
  private final Duration total;

  private DurationHistogram(long[] counts, long count, Duration min, Duration max, Duration total) {
    this.counts = counts;
    this.count = count;
    this.min = min;
    this.max = max;
    this.total = total;
  }

  /** Returns the histogram of no durations. */
  public static DurationHistogram empty() {
    return EMPTY;
  }

  /** Returns the histogram of {@code durations}. */
  public static DurationHistogram of(Duration... durations) {
    Objects.requireNonNull(durations, "durations");
    Recorder recorder = new Recorder();
    for (Duration duration : durations) {
      recorder.record(duration);
    }
    return recorder.toHistogram();
  }

  /**
   * Returns this histogram with {@code duration} added.
   *
   * @throws IllegalArgumentException if {@code duration} is negative
   */
  public DurationHistogram plus(Duration duration) {
    Recorder recorder = new Recorder();
    recorder.add(this);
    recorder.record(duration);
    return recorder.toHistogram();
  }

  /**
   * Returns the histogram of this one's durations and {@code other}'s.
   *
   * @throws ArithmeticException if the count or total overflows
   */
  public DurationHistogram merge(DurationHistogram other) {
    Objects.requireNonNull(other, "other");
    if (other.count == 0) {
      return this;
    }
    if (count == 0) {
      return other;
    }
    Recorder recorder = new Recorder();
    recorder.add(this);
    recorder.add(other);
    return recorder.toHistogram();
  }

  /** Returns the number of durations recorded. */
  public long count() {
    return count;
  }

  /** Returns the shortest duration recorded, exactly; empty if none was. */
  public Optional<Duration> min() {
    return count == 0 ? Optional.empty() : Optional.of(min);
  }

  /** Returns the longest duration recorded, exactly; empty if none was. */
  public Optional<Duration> max() {
    return count == 0 ? Optional.empty() : Optional.of(max);
  }

  /** Returns the sum of the durations recorded, exactly. */
  public Duration total() {
    return total;
  }

  /** Returns the mean duration, truncated to the nanosecond; empty if none was recorded. */
  public Optional<Duration> mean() {
    return count == 0 ? Optional.empty() : Optional.of(total.dividedBy(count));
  }

  /**
   * Returns the nearest-rank {@code percent} percentile, within 1/64 plus one millisecond (see
   * above); empty if no duration was recorded. {@code percentile(100)} is the maximum, exactly.
   *
   * @throws IllegalArgumentException unless {@code percent} is in (0, 100]
   */
  public Optional<Duration> percentile(double percent) {
    if (!(percent > 0 && percent <= 100)) {
      throw new IllegalArgumentException("percent must be in (0, 100], but was " + percent);
    }
    if (count == 0) {
      return Optional.empty();
    }
    long rank = Math.max(1, (long) Math.ceil(percent / 100 * count));
    if (rank >= count) {
      return Optional.of(max);
    }
    long seen = 0;
    for (int i = 0; i < counts.length; i++) {
      seen += counts[i];
      if (seen >= rank) {
        Duration estimate = Duration.ofMillis(lowerBound(i) + width(i) / 2);
        return Optional.of(
            estimate.compareTo(min) < 0 ? min : estimate.compareTo(max) > 0 ? max : estimate);
      }
    }
    throw new AssertionError("counts must add up to count " + count);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DurationHistogram
        && count == ((DurationHistogram) other).count
        && min.equals(((DurationHistogram) other).min)
        && max.equals(((DurationHistogram) other).max)
        && total.equals(((DurationHistogram) other).total)
        && Arrays.equals(counts, ((DurationHistogram) other).counts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(count, min, max, total, Arrays.hashCode(counts));
  }

  /** Returns the count and, if any, minimum, median, 90th percentile and maximum. */
  @Override
  public String toString() {
    if (count == 0) {
      return "DurationHistogram[count=0]";
    }
    return "DurationHistogram[count="
        + count
        + ", min="
        + min
        + ", p50="
        + percentile(50).orElseThrow()
        + ", p90="
        + percentile(90).orElseThrow()
        + ", max="
        + max
        + "]";
  }

  /** Returns the bucket of a duration of {@code millis} milliseconds, not negative. */
  static int bucket(long millis) {
    if (millis < 2 * SUB) {
      return (int) millis;
    }
    int exponent = 63 - Long.numberOfLeadingZeros(millis);
    return (exponent - SUB_BITS + 1) * SUB + (int) ((millis >>> (exponent - SUB_BITS)) & (SUB - 1));
  }

  /** Returns the smallest number of milliseconds in bucket {@code index}. */
  static long lowerBound(int index) {
    if (index < 2 * SUB) {
      return index;
    }
    int exponent = index / SUB + SUB_BITS - 1;
    return (long) (SUB + index % SUB) << (exponent - SUB_BITS);
  }

  /** Returns the number of millisecond values in bucket {@code index}. */
  static long width(int index) {
    return index < 2 * SUB ? 1 : 1L << (index / SUB - 1);
  }

  /** Accumulates durations mutably; turned into a histogram at the end. Not thread-safe. */
  static final class Recorder {
    private long[] counts = new long[0];
    private long count;
    private Duration min = Duration.ZERO;
    private Duration max = Duration.ZERO;
    private Duration total = Duration.ZERO;

    void record(Duration duration) {
      Objects.requireNonNull(duration, "duration");
      if (duration.isNegative()) {
        throw new IllegalArgumentException("duration must not be negative, but was " + duration);
      }
      int index = bucket(duration.toMillis());
      grow(index + 1);
      counts[index]++;
      if (count == 0 || duration.compareTo(min) < 0) {
        min = duration;
      }
      if (count == 0 || duration.compareTo(max) > 0) {
        max = duration;
      }
      count = Math.addExact(count, 1);
      total = total.plus(duration);
    }

    void add(DurationHistogram histogram) {
      if (histogram.count == 0) {
        return;
      }
      grow(histogram.counts.length);
      for (int i = 0; i < histogram.counts.length; i++) {
        counts[i] = Math.addExact(counts[i], histogram.counts[i]);
      }
      if (count == 0 || histogram.min.compareTo(min) < 0) {
        min = histogram.min;
      }
      if (count == 0 || histogram.max.compareTo(max) > 0) {
        max = histogram.max;
      }
      count = Math.addExact(count, histogram.count);
      total = total.plus(histogram.total);
    }

    DurationHistogram toHistogram() {
      if (count == 0) {
        return EMPTY;
      }
      int length = counts.length;
      while (counts[length - 1] == 0) {
        length--;
      }
      return new DurationHistogram(Arrays.copyOf(counts, length), count, min, max, total);
    }

    private void grow(int length) {
      if (length > counts.length) {
        counts = Arrays.copyOf(counts, Math.max(length, counts.length + counts.length / 2));
      }
    }
  }
}
