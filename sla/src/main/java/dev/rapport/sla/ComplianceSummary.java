package dev.rapport.sla;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How a group of SLA measurements turned out: how many were achieved, breached and cancelled, and
 * the distribution of the business time the completed ones took (see {@link DurationHistogram} for
 * its precision).
 *
 * <p>{@link #plus(Measurement)} counts a measurement by its state: {@code ACHIEVED}, {@code
 * BREACHED} (whether or not it has completed since) and {@code CANCELLED} measurements count;
 * {@code RUNNING} and {@code PAUSED} ones have no outcome yet and are ignored. The elapsed time of
 * an achieved measurement, and of a breached one that has completed, goes into {@link
 * #responseTimes()}.
 *
 * <p>A monoid: {@link #empty()} and {@link #merge} (associative and commutative), so summaries of
 * partitions (by ticket shard, by day) add up. Immutable and thread-safe; {@code equals} compares
 * every count and the distribution.
 *
 * @see SlaCompliance for summaries per policy, metric, priority, channel, team or agent
 */
public final class ComplianceSummary {
  private static final ComplianceSummary EMPTY =
      new ComplianceSummary(0, 0, 0, DurationHistogram.empty());

  private final long achieved;
  private final long breached;
  private final long cancelled;
  private final DurationHistogram responseTimes;

  private ComplianceSummary(
      long achieved, long breached, long cancelled, DurationHistogram responseTimes) {
    this.achieved = achieved;
    this.breached = breached;
    this.cancelled = cancelled;
    this.responseTimes = responseTimes;
  }

  /** Returns the summary of no measurements. */
  public static ComplianceSummary empty() {
    return EMPTY;
  }

  /** Returns this summary with {@code measurement} counted (see above). */
  public ComplianceSummary plus(Measurement measurement) {
    Objects.requireNonNull(measurement, "measurement");
    if (measurement.state().isPending()) {
      return this;
    }
    Tally tally = new Tally();
    tally.add(this);
    tally.add(measurement);
    return tally.toSummary();
  }

  /** Returns the summary of this summary's measurements and {@code other}'s. */
  public ComplianceSummary merge(ComplianceSummary other) {
    Objects.requireNonNull(other, "other");
    return new ComplianceSummary(
        Math.addExact(achieved, other.achieved),
        Math.addExact(breached, other.breached),
        Math.addExact(cancelled, other.cancelled),
        responseTimes.merge(other.responseTimes));
  }

  /** Returns the number of measurements achieved within their target. */
  public long achieved() {
    return achieved;
  }

  /** Returns the number of measurements that breached their target. */
  public long breached() {
    return breached;
  }

  /** Returns the number of measurements cancelled without an outcome. */
  public long cancelled() {
    return cancelled;
  }

  /**
   * Returns the share of achieved among achieved and breached measurements, in [0, 1]; empty when
   * there are none (no data is not 0% compliance).
   */
  public OptionalDouble achievedShare() {
    long decided = achieved + breached;
    return decided == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) achieved / decided);
  }

  /** Returns the distribution of the business time that the completed measurements took. */
  public DurationHistogram responseTimes() {
    return responseTimes;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ComplianceSummary
        && achieved == ((ComplianceSummary) other).achieved
        && breached == ((ComplianceSummary) other).breached
        && cancelled == ((ComplianceSummary) other).cancelled
        && responseTimes.equals(((ComplianceSummary) other).responseTimes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(achieved, breached, cancelled, responseTimes);
  }

  @Override
  public String toString() {
    return "ComplianceSummary[achieved="
        + achieved
        + ", breached="
        + breached
        + ", cancelled="
        + cancelled
        + ", responseTimes="
        + responseTimes
        + "]";
  }

  /** Counts measurements mutably; turned into a summary at the end. Not thread-safe. */
  static final class Tally {
    private long achieved;
    private long breached;
    private long cancelled;
    private final DurationHistogram.Recorder responseTimes = new DurationHistogram.Recorder();

    /** Counts {@code measurement} as {@link ComplianceSummary#plus} describes. */
    void add(Measurement measurement) {
      switch (measurement.state()) {
        case ACHIEVED:
          achieved = Math.addExact(achieved, 1);
          responseTimes.record(measurement.elapsed());
          break;
        case BREACHED:
          breached = Math.addExact(breached, 1);
          if (!measurement.isOpen()) {
            responseTimes.record(measurement.elapsed());
          }
          break;
        case CANCELLED:
          cancelled = Math.addExact(cancelled, 1);
          break;
        default:
          break;
      }
    }

    void add(ComplianceSummary summary) {
      achieved = Math.addExact(achieved, summary.achieved);
      breached = Math.addExact(breached, summary.breached);
      cancelled = Math.addExact(cancelled, summary.cancelled);
      responseTimes.add(summary.responseTimes);
    }

    ComplianceSummary toSummary() {
      DurationHistogram histogram = responseTimes.toHistogram();
      return achieved == 0 && breached == 0 && cancelled == 0 && histogram.count() == 0
          ? EMPTY
          : new ComplianceSummary(achieved, breached, cancelled, histogram);
    }
  }
}
