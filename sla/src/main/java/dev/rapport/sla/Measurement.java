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
 * <p>Immutable and thread-safe.
 *
 * @param metric the metric measured
 * @param cycle the metric's cycle, from 1 (first response, resolution and agent work time have one)
 * @param policy the name of the policy whose target this is
 * @param target the target
 * @param state where the measurement stands
 * @param startedAt where the measurement counts from: the start of its cycle, or the policy change
 *     that started it (see {@link Reselection})
 * @param stoppedAt when the metric completed or the measurement was cancelled, if it has
 * @param elapsed business time the clock ran; never negative
 * @param paused business time the measurement was open with its clock paused; never negative
 * @param dueAt when the target is (or was) reached, as above
 * @param achievedAt when the metric completed within the target
 * @param breachedAt when the target was reached before the metric completed
 * @param warnings the warning thresholds crossed, in order, with their instants (immutable, copied)
 * @param nextWarning the next threshold and when the running clock will cross it
 */
public record Measurement(
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

  /** Checks every component, and that the optional ones match the state (see the table above). */
  public Measurement {
    Objects.requireNonNull(metric, "metric");
    if (cycle < 1) {
      throw new IllegalArgumentException("cycle must be at least 1, but was " + cycle);
    }
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(target, "target");
    if (target.metric() != metric) {
      throw new IllegalArgumentException(
          "target must be a target for " + metric + ", but was one for " + target.metric());
    }
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(stoppedAt, "stoppedAt");
    nonNegative(elapsed, "elapsed");
    nonNegative(paused, "paused");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(achievedAt, "achievedAt");
    Objects.requireNonNull(breachedAt, "breachedAt");
    warnings = ImmutableList.copyOf(Objects.requireNonNull(warnings, "warnings"));
    Objects.requireNonNull(nextWarning, "nextWarning");
    boolean pending = state.isPending();
    require(
        stoppedAt.isPresent() != pending || state == MeasurementState.BREACHED,
        state,
        "stoppedAt",
        stoppedAt);
    require(
        dueAt.isPresent()
            == (state != MeasurementState.PAUSED && state != MeasurementState.CANCELLED),
        state,
        "dueAt",
        dueAt);
    require(
        achievedAt.isPresent() == (state == MeasurementState.ACHIEVED)
            && (achievedAt.isEmpty() || achievedAt.equals(stoppedAt)),
        state,
        "achievedAt",
        achievedAt);
    require(
        breachedAt.isPresent() == (state == MeasurementState.BREACHED)
            && (breachedAt.isEmpty() || breachedAt.equals(dueAt)),
        state,
        "breachedAt",
        breachedAt);
    require(
        nextWarning.isEmpty() || state == MeasurementState.RUNNING,
        state,
        "nextWarning",
        nextWarning);
    if (stoppedAt.isPresent()) {
      notBefore(stoppedAt.get(), startedAt, "stoppedAt");
    }
  }

  /**
   * Returns the target's duration minus the elapsed time: positive while the target is not reached,
   * zero or negative (the time overdue) once it is.
   */
  public Duration remaining() {
    return target.duration().minus(elapsed);
  }

  /** Returns whether the measurement has not stopped: its clock may still run. */
  public boolean isOpen() {
    return stoppedAt.isEmpty();
  }

  private static void nonNegative(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, but was " + value);
    }
  }

  private static void notBefore(Instant value, Instant start, String name) {
    if (value.isBefore(start)) {
      throw new IllegalArgumentException(
          name + " must not be before startedAt " + start + ", but was " + value);
    }
  }

  private static void require(boolean ok, MeasurementState state, String name, Object value) {
    if (!ok) {
      throw new IllegalArgumentException(
          name + " must match state " + state + " (see Measurement), but was " + value);
    }
  }
}
