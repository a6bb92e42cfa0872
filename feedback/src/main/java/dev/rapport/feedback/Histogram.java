package dev.rapport.feedback;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableLongArray;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An immutable count per value of a scale, the representation of the CSAT, CES and rating
 * summaries. Thread-safe.
 */
final class Histogram {
  private final SurveyScale scale;
  private final long[] counts;
  private final long total;

  private Histogram(SurveyScale scale, long[] counts, long total) {
    this.scale = scale;
    this.counts = counts;
    this.total = total;
  }

  static Histogram empty(SurveyScale scale) {
    return new Histogram(Objects.requireNonNull(scale, "scale"), new long[scale.size()], 0);
  }

  /** Returns the histogram with these counts, lowest value first. */
  static Histogram of(SurveyScale scale, long... counts) {
    Objects.requireNonNull(scale, "scale");
    if (counts.length != scale.size()) {
      throw new IllegalArgumentException(
          "counts must have "
              + scale.size()
              + " values for "
              + scale
              + ", but had "
              + counts.length);
    }
    long total = 0;
    for (long count : counts) {
      if (count < 0) {
        throw new IllegalArgumentException("counts must not be negative, but had " + count);
      }
      total = Math.addExact(total, count);
    }
    return new Histogram(scale, counts.clone(), total);
  }

  SurveyScale scale() {
    return scale;
  }

  long total() {
    return total;
  }

  long countOf(int value) {
    return counts[scale.check(value) - scale.min()];
  }

  ImmutableLongArray counts() {
    return ImmutableLongArray.copyOf(counts);
  }

  /** Returns the number of answers from {@code from} to {@code to}, both included. */
  long between(int from, int to) {
    long sum = 0;
    for (int v = Math.max(from, scale.min()); v <= Math.min(to, scale.max()); v++) {
      sum += counts[v - scale.min()];
    }
    return sum;
  }

  Histogram add(SurveyResponse response) {
    Objects.requireNonNull(response, "response");
    if (!response.scale().equals(scale)) {
      throw new IllegalArgumentException(
          "response scale must be "
              + scale
              + ", but was "
              + response.scale()
              + " for "
              + response.id());
    }
    if (!response.isAnswered()) {
      return this;
    }
    return add(response.value().getAsInt());
  }

  Histogram add(int value) {
    long[] next = counts.clone();
    int i = scale.check(value) - scale.min();
    next[i] = Math.addExact(next[i], 1);
    return new Histogram(scale, next, Math.addExact(total, 1));
  }

  Histogram merge(Histogram other) {
    Objects.requireNonNull(other, "other");
    if (!other.scale.equals(scale)) {
      throw new IllegalArgumentException(
          "other must be on " + scale + ", but was on " + other.scale);
    }
    long[] next = new long[counts.length];
    for (int i = 0; i < next.length; i++) {
      next[i] = Math.addExact(counts[i], other.counts[i]);
    }
    return new Histogram(scale, next, Math.addExact(total, other.total));
  }

  OptionalDouble mean() {
    if (total == 0) {
      return OptionalDouble.empty();
    }
    double sum = 0;
    for (int i = 0; i < counts.length; i++) {
      sum += (double) counts[i] * (scale.min() + i);
    }
    return OptionalDouble.of(sum / total);
  }

  OptionalDouble share(long part) {
    return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / total);
  }

  Optional<ImmutableList<Integer>> percentages() {
    return Rounding.percentages(counts);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Histogram
        && ((Histogram) o).scale.equals(scale)
        && java.util.Arrays.equals(((Histogram) o).counts, counts);
  }

  @Override
  public int hashCode() {
    return 31 * scale.hashCode() + java.util.Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return scale + " " + java.util.Arrays.toString(counts);
  }
}
