package dev.rapport.sla.escalation;

import dev.rapport.core.TicketStatus;
import dev.rapport.sla.SlaMetric;
import java.time.Duration;
import java.util.Objects;

/**
 * When a level of an {@link EscalationPolicy} may fire. A level fires at the first instant, at or
 * after the step before it in the chain, at which its trigger holds (and its conditions allow; see
 * {@link EscalationLevel}). Delays are measured on the level's {@link DelayClock}; SLA shares and
 * breaches on the SLA target's own calendar, as the {@link dev.rapport.sla.SlaEngine} measures them.
 *
 * <ul>
 *   <li>{@link SinceCreated}: a delay after the ticket was created (after the start of the cycle,
 *       in a cycle after the first).
 *   <li>{@link SinceStatus}: the ticket has been in a status for a delay, without leaving it.
 *   <li>{@link NoPublicReplyFor}: no public agent reply for a duration.
 *   <li>{@link SlaShareConsumed}: a share of an SLA target's time is used up (75% of {@code
 *       FIRST_RESPONSE}, say).
 *   <li>{@link SlaBreached}: an SLA target is breached.
 *   <li>{@link AfterPrevious}: a delay after the step before it in the chain, which makes a chain
 *       of escalation delays ("escalates after 10 minutes") that a repetition replays.
 * </ul>
 *
 * <p>Every time-based trigger counts from an anchor in the current cycle, never before the cycle's
 * start: the ticket's creation in the first cycle, the event that began the cycle in a later one
 * (see {@link Restart}). An SLA trigger holds once a measurement of its metric crossed the share
 * within the cycle.
 *
 * <p>Every implementation is an immutable record, so thread-safe.
 */
public sealed interface EscalationTrigger
    permits EscalationTrigger.SinceCreated,
        EscalationTrigger.SinceStatus,
        EscalationTrigger.NoPublicReplyFor,
        EscalationTrigger.SlaShareConsumed,
        EscalationTrigger.SlaBreached,
        EscalationTrigger.AfterPrevious {

  /** Returns {@link SinceCreated}{@code (delay)}. */
  static EscalationTrigger sinceCreated(Duration delay) {
    return new SinceCreated(delay);
  }

  /** Returns {@link SinceStatus}{@code (status, delay)}. */
  static EscalationTrigger sinceStatus(TicketStatus status, Duration delay) {
    return new SinceStatus(status, delay);
  }

  /** Returns {@link NoPublicReplyFor}{@code (duration)}. */
  static EscalationTrigger noPublicReplyFor(Duration duration) {
    return new NoPublicReplyFor(duration);
  }

  /** Returns {@link SlaShareConsumed}{@code (metric, share)}. */
  static EscalationTrigger slaShareConsumed(SlaMetric metric, double share) {
    return new SlaShareConsumed(metric, share);
  }

  /** Returns {@link SlaBreached}{@code (metric)}. */
  static EscalationTrigger slaBreached(SlaMetric metric) {
    return new SlaBreached(metric);
  }

  /** Returns {@link AfterPrevious}{@code (delay)}. */
  static EscalationTrigger afterPrevious(Duration delay) {
    return new AfterPrevious(delay);
  }

  /**
   * Holds once {@code delay} has passed since the ticket was created; in a cycle after the first,
   * since the cycle began. A delay of zero holds at once (on business time, once the calendar is
   * open).
   *
   * @param delay the delay, in {@code [0, 3650 days]}
   */
  record SinceCreated(Duration delay) implements EscalationTrigger {
    /** Checks the delay. */
    public SinceCreated {
      Checks.delay(delay, "delay");
    }

    @Override
    public String toString() {
      return "sinceCreated(" + delay + ")";
    }
  }

  /**
   * Holds while the ticket is in {@code status} and has been, without leaving it, for {@code
   * delay}, counted from when it entered the status or from the start of the cycle, whichever is
   * later. Leaving the status resets it; entering again starts a new count.
   *
   * @param status the status, not {@code CLOSED} (a closed ticket stops every chain)
   * @param delay the delay, in {@code [0, 3650 days]}
   */
  record SinceStatus(TicketStatus status, Duration delay) implements EscalationTrigger {
    /** Checks the status and the delay. */
    public SinceStatus {
      Objects.requireNonNull(status, "status");
      if (status == TicketStatus.CLOSED) {
        throw new IllegalArgumentException(
            "status must not be CLOSED (a closed ticket stops every chain), but was " + status);
      }
      Checks.delay(delay, "delay");
    }

    @Override
    public String toString() {
      return "sinceStatus(" + status + ", " + delay + ")";
    }
  }

  /**
   * Holds once no public agent reply has been sent for {@code duration}: counted from the last
   * public reply, or from the start of the cycle if there has been none since. A public reply
   * resets it (a reply exactly at the instant it would hold is in time).
   *
   * @param duration the silence, in {@code (0, 3650 days]}
   */
  record NoPublicReplyFor(Duration duration) implements EscalationTrigger {
    /** Checks the duration. */
    public NoPublicReplyFor {
      Checks.positiveDelay(duration, "duration");
    }

    @Override
    public String toString() {
      return "noPublicReplyFor(" + duration + ")";
    }
  }

  /**
   * Holds once a measurement of {@code metric} has used up {@code share} of its target's duration,
   * at an instant within the cycle. The share is a business-time share on the SLA target's
   * calendar, paused as the target pauses; it need not be one of the target's warning thresholds
   * (when it is, the instant is the one the SLA report gives).
   *
   * @param metric the SLA metric
   * @param share the share of the target's duration, in (0, 1); use {@link SlaBreached} for 1
   */
  record SlaShareConsumed(SlaMetric metric, double share) implements EscalationTrigger {
    /** Checks the metric and the share. */
    public SlaShareConsumed {
      Objects.requireNonNull(metric, "metric");
      if (!(share > 0 && share < 1)) {
        throw new IllegalArgumentException(
            "share must be in (0, 1) (use slaBreached for 1), but was " + share);
      }
    }

    @Override
    public String toString() {
      return "slaShareConsumed(" + metric + ", " + share + ")";
    }
  }

  /**
   * Holds once a measurement of {@code metric} breached its target, at an instant within the
   * cycle.
   *
   * @param metric the SLA metric
   */
  record SlaBreached(SlaMetric metric) implements EscalationTrigger {
    /** Checks the metric. */
    public SlaBreached {
      Objects.requireNonNull(metric, "metric");
    }

    @Override
    public String toString() {
      return "slaBreached(" + metric + ")";
    }
  }

  /**
   * Holds once {@code delay} has passed since the step before it in the chain fired or was
   * skipped. For the first level of the chain that step is the start of the cycle; for the first
   * level of a repetition, the start of the repetition (see {@link Repeat}).
   *
   * @param delay the delay, in {@code [0, 3650 days]}
   */
  record AfterPrevious(Duration delay) implements EscalationTrigger {
    /** Checks the delay. */
    public AfterPrevious {
      Checks.delay(delay, "delay");
    }

    @Override
    public String toString() {
      return "afterPrevious(" + delay + ")";
    }
  }
}
