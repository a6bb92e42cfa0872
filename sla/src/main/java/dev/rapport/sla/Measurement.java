package dev.rapport.sla;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One measurement of an SLA target on a ticket: one cycle of a metric under one target, as an
 * {@link SlaEngine} found it at the report's instant.
 *
 * <p>Times are business time on the target's calendar: {@code elapsed} counts the open hours during
 * which the clock ran, {@code paused} the open hours during which the measurement was open but its
 * clock paused (by a pause status, or a solve for a response metric); closed hours count in
 * neither. Instants are exact.
 *
 * <p>Which optional components are present depends on the state (the constructor checks it):
 *
 * <table>
 *   <caption>Components by state</caption>
 *   <tr><th>state</th><th>stoppedAt</th><th>dueAt</th><th>achievedAt</th><th>breachedAt</th>
 *       <th>nextWarning</th></tr>
 *   <tr><td>RUNNING</td><td>-</td><td>yes</td><td>-</td><td>-</td><td>if one is left</td></tr>
 *   <tr><td>PAUSED</td><td>-</td><td>-</td><td>-</td><td>-</td><td>-</td></tr>
 *   <tr><td>ACHIEVED</td><td>yes</td><td>yes</td><td>= stoppedAt</td><td>-</td><td>-</td></tr>
 *   <tr><td>BREACHED</td><td>if completed</td><td>= breachedAt</td><td>-</td><td>yes</td>
 *       <td>-</td></tr>
 *   <tr><td>CANCELLED</td><td>yes</td><td>-</td><td>-</td><td>-</td><td>-</td></tr>
 * </table>
 *
 * <p>{@code dueAt} is when the elapsed time reaches the target if the clock runs on from the
 * report's instant (RUNNING), from the stop (ACHIEVED: the deadline that was met), or the breach
 * itself. A paused measurement has no due instant: it depends on when the pause ends.
 *
 * <p>A measurement holds its times as nanoseconds and its optional instants as nullable fields; the
 * {@link Duration}s and {@link Optional}s its accessors return are made on each call. (The engine
 * makes about ten measurements per ticket, and most callers read only a few components of each.)
 * Two measurements are equal when all their components are; {@link #toString()} lists them all.
 *
 * <p>Immutable and thread-safe.
 */
public final class Measurement {
  private static final Duration MAX_NANOS = Duration.ofNanos(Long.MAX_VALUE);

  private final SlaMetric metric;
  private final int cycle;
  private final String policy;
  private final SlaTarget target;
  private final MeasurementState state;
  private final Instant startedAt;
  private final Instant stoppedAt; // null while open
  private final long elapsedNanos;
  private final long pausedNanos;
  private final Instant dueAt; // null when PAUSED or CANCELLED
  private final List<SlaWarning> warnings;
  private final SlaWarning nextWarning; // null when none

  /**
   * Creates a measurement with the given components, checking each, and that the optional ones
   * match the state (see the table above).
   *
   * @param metric the metric measured
   * @param cycle the metric's cycle, from 1 (first response, resolution and agent work time have
   *     one)
   * @param policy the name of the policy whose target this is
   * @param target the target, a target for {@code metric}
   * @param state where the measurement stands
   * @param startedAt where the measurement counts from: the start of its cycle, or the policy
   *     change that started it (see {@link Reselection})
   * @param stoppedAt when the metric completed or the measurement was cancelled, if it has; not
   *     before {@code startedAt}
   * @param elapsed business time the clock ran; not negative, and at most {@code Long.MAX_VALUE}
   *     nanoseconds (292 years)
   * @param paused business time the measurement was open with its clock paused; as {@code elapsed}
   * @param dueAt when the target is (or was) reached, as above
   * @param achievedAt when the metric completed within the target: {@code stoppedAt} if ACHIEVED
   * @param breachedAt when the target was reached before the metric completed: {@code dueAt} if
   *     BREACHED
   * @param warnings the warning thresholds crossed, in order, with their instants (copied)
   * @param nextWarning the next threshold and when the running clock will cross it
   * @throws IllegalArgumentException if a component is out of range or does not match the state
   */
  public Measurement(
      SlaMetric metric,
      int cycle,
      String policy,
      SlaTarget target,
      MeasurementState state,
      Instant startedAt,
      Optional<Instant> stoppedAt,
      Duration elapsed,
      Duration paused,
      Optional<Instant> dueAt,
      Optional<Instant> achievedAt,
      Optional<Instant> breachedAt,
      List<SlaWarning> warnings,
      Optional<SlaWarning> nextWarning) {
    this(
        metric,
        cycle,
        policy,
        target,
        state,
        startedAt,
        Objects.requireNonNull(stoppedAt, "stoppedAt").orElse(null),
        nanos(elapsed, "elapsed"),
        nanos(paused, "paused"),
        Objects.requireNonNull(dueAt, "dueAt").orElse(null),
        ImmutableList.copyOf(Objects.requireNonNull(warnings, "warnings")),
        Objects.requireNonNull(nextWarning, "nextWarning").orElse(null));
    Objects.requireNonNull(achievedAt, "achievedAt");
    Objects.requireNonNull(breachedAt, "breachedAt");
    require(achievedAt.equals(achievedAt()), state, "achievedAt", achievedAt.orElse(null));
    require(breachedAt.equals(breachedAt()), state, "breachedAt", breachedAt.orElse(null));
  }

  /**
   * The engine's constructor: nullable instants, times in nanoseconds, warnings already immutable.
   * Checks what the public constructor checks, except what it derives ({@code achievedAt}, {@code
   * breachedAt}).
   */
  Measurement(
      SlaMetric metric,
      int cycle,
      String policy,
      SlaTarget target,
      MeasurementState state,
      Instant startedAt,
      Instant stoppedAt,
      long elapsedNanos,
      long pausedNanos,
      Instant dueAt,
      ImmutableList<SlaWarning> warnings,
      SlaWarning nextWarning) {
    this.metric = Objects.requireNonNull(metric, "metric");
    if (cycle < 1) {
      throw new IllegalArgumentException("cycle must be at least 1, but was " + cycle);
    }
    this.cycle = cycle;
    this.policy = Objects.requireNonNull(policy, "policy");
    this.target = Objects.requireNonNull(target, "target");
    if (target.metric() != metric) {
      throw new IllegalArgumentException(
          "target must be a target for " + metric + ", but was one for " + target.metric());
    }
    this.state = Objects.requireNonNull(state, "state");
    this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
    this.stoppedAt = stoppedAt;
    this.elapsedNanos = nonNegative(elapsedNanos, "elapsed");
    this.pausedNanos = nonNegative(pausedNanos, "paused");
    this.dueAt = dueAt;
    this.warnings = warnings;
    this.nextWarning = nextWarning;
    require(
        (stoppedAt != null) != state.isPending() || state == MeasurementState.BREACHED,
        state,
        "stoppedAt",
        stoppedAt);
    require(
        (dueAt != null)
            == (state != MeasurementState.PAUSED && state != MeasurementState.CANCELLED),
        state,
        "dueAt",
        dueAt);
    require(
        nextWarning == null || state == MeasurementState.RUNNING,
        state,
        "nextWarning",
        nextWarning);
    if (stoppedAt != null && stoppedAt.isBefore(startedAt)) {
      throw new IllegalArgumentException(
          "stoppedAt must not be before startedAt " + startedAt + ", but was " + stoppedAt);
    }
  }

  /** Returns the metric measured. */
  public SlaMetric metric() {
    return metric;
  }

  /**
   * Returns the metric's cycle, from 1 (first response, resolution and agent work time have one).
   */
  public int cycle() {
    return cycle;
  }

  /** Returns the name of the policy whose target this is. */
  public String policy() {
    return policy;
  }

  /** Returns the target, a target for {@link #metric()}. */
  public SlaTarget target() {
    return target;
  }

  /** Returns where the measurement stands. */
  public MeasurementState state() {
    return state;
  }

  /**
   * Returns where the measurement counts from: the start of its cycle, or the policy change that
   * started it (see {@link Reselection}).
   */
  public Instant startedAt() {
    return startedAt;
  }

  /** Returns when the metric completed or the measurement was cancelled, if it has. */
  public Optional<Instant> stoppedAt() {
    return Optional.ofNullable(stoppedAt);
  }

  /** Returns the business time the clock ran; never negative. */
  public Duration elapsed() {
    return Duration.ofNanos(elapsedNanos);
  }

  /** Returns the business time the measurement was open with its clock paused; never negative. */
  public Duration paused() {
    return Duration.ofNanos(pausedNanos);
  }

  /**
   * Returns when the target is (or was) reached: if the clock runs on from the report's instant
   * (RUNNING), from the stop (ACHIEVED), or the breach (BREACHED). Empty when PAUSED or CANCELLED.
   */
  public Optional<Instant> dueAt() {
    return Optional.ofNullable(dueAt);
  }

  /** Returns when the metric completed within the target: {@link #stoppedAt()} if ACHIEVED. */
  public Optional<Instant> achievedAt() {
    return state == MeasurementState.ACHIEVED ? Optional.of(stoppedAt) : Optional.empty();
  }

  /**
   * Returns when the target was reached before the metric completed: {@link #dueAt()} if BREACHED.
   */
  public Optional<Instant> breachedAt() {
    return state == MeasurementState.BREACHED ? Optional.of(dueAt) : Optional.empty();
  }

  /** Returns the warning thresholds crossed, in order, with their instants; an immutable list. */
  public List<SlaWarning> warnings() {
    return warnings;
  }

  /** Returns the next threshold and when the running clock will cross it, if one is left. */
  public Optional<SlaWarning> nextWarning() {
    return Optional.ofNullable(nextWarning);
  }

  /**
   * Returns the target's duration minus the elapsed time: positive while the target is not reached,
   * zero or negative (the time overdue) once it is.
   */
  public Duration remaining() {
    return target.duration().minusNanos(elapsedNanos);
  }

  /** Returns whether the measurement has not stopped: its clock may still run. */
  public boolean isOpen() {
    return stoppedAt == null;
  }

  @Override
  public boolean equals(Object other) {
    if (other == this) {
      return true;
    }
    if (!(other instanceof Measurement)) {
      return false;
    }
    Measurement that = (Measurement) other;
    return metric == that.metric
        && cycle == that.cycle
        && state == that.state
        && elapsedNanos == that.elapsedNanos
        && pausedNanos == that.pausedNanos
        && policy.equals(that.policy)
        && target.equals(that.target)
        && startedAt.equals(that.startedAt)
        && Objects.equals(stoppedAt, that.stoppedAt)
        && Objects.equals(dueAt, that.dueAt)
        && warnings.equals(that.warnings)
        && Objects.equals(nextWarning, that.nextWarning);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        metric,
        cycle,
        policy,
        target,
        state,
        startedAt,
        stoppedAt,
        elapsedNanos,
        pausedNanos,
        dueAt,
        warnings,
        nextWarning);
  }

  /** Returns all the components, named, in the order of the public constructor's parameters. */
  @Override
  public String toString() {
    return "Measurement[metric="
        + metric
        + ", cycle="
        + cycle
        + ", policy="
        + policy
        + ", target="
        + target
        + ", state="
        + state
        + ", startedAt="
        + startedAt
        + ", stoppedAt="
        + stoppedAt()
        + ", elapsed="
        + elapsed()
        + ", paused="
        + paused()
        + ", dueAt="
        + dueAt()
        + ", achievedAt="
        + achievedAt()
        + ", breachedAt="
        + breachedAt()
        + ", warnings="
        + warnings
        + ", nextWarning="
        + nextWarning()
        + "]";
  }

  private static long nanos(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, but was " + value);
    }
    if (value.compareTo(MAX_NANOS) > 0) {
      throw new IllegalArgumentException(
          name
              + " must be at most "
              + MAX_NANOS
              + " (Long.MAX_VALUE nanoseconds), but was "
              + value);
    }
    return value.toNanos();
  }

  private static long nonNegative(long nanos, String name) {
    if (nanos < 0) {
      throw new IllegalArgumentException(
          name + " must not be negative, but was " + Duration.ofNanos(nanos));
    }
    return nanos;
  }

  /** Checks that an optional component, {@code value} or null if absent, matches the state. */
  private static void require(boolean ok, MeasurementState state, String name, Object value) {
    if (!ok) {
      // The Optional only on failure: the engine makes many measurements.
      throw new IllegalArgumentException(
          name
              + " must match state "
              + state
              + " (see Measurement), but was "
              + Optional.ofNullable(value));
    }
  }
}
