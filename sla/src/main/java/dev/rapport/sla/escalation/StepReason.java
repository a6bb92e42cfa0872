package dev.rapport.sla.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Why an escalation step fired (or was skipped) when it did: the audit record of a step, for logs
 * and for the people the step reaches.
 *
 * <p>For a delay trigger ({@code sinceCreated}, {@code sinceStatus}, {@code noPublicReplyFor},
 * {@code afterPrevious}) the trigger measured {@code measured} on {@code clock} time from {@code
 * since} (the creation or cycle start, the entry into the status, the last public reply, the step
 * before) against the threshold {@code threshold}, the trigger's delay. For an SLA trigger, {@code
 * since} is the start of the SLA measurement, {@code threshold} the share of the target's duration
 * (the whole duration for a breach) and {@code measured} the business time the SLA had used when
 * the trigger held, on the SLA target's calendar; {@code clock} is then {@code BUSINESS}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param trigger the level's trigger
 * @param clock the clock the trigger measured on
 * @param since the instant the trigger measured from
 * @param triggeredAt the first instant, for this step, at which the trigger held; the step is due
 *     at or after it
 * @param threshold what the trigger waited for
 * @param measured what the trigger had measured at the step's instant (for an SLA trigger, at
 *     {@code triggeredAt}); at least {@code threshold}
 * @param readyAt when the chain reached this step: the instant of the step before it, the start of
 *     the cycle, or the start of the repetition
 * @param waitedForWindow the instant the step was due outside its level's window, when it then
 *     waited for the window (and for its trigger to hold inside it)
 * @param skipped why the step was skipped, if it was
 */
public record StepReason(
    EscalationTrigger trigger,
    DelayClock clock,
    Instant since,
    Instant triggeredAt,
    Duration threshold,
    Duration measured,
    Instant readyAt,
    Optional<Instant> waitedForWindow,
    Optional<SkipReason> skipped) {

  /** Checks every component. */
  public StepReason {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(triggeredAt, "triggeredAt");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(measured, "measured");
    Objects.requireNonNull(readyAt, "readyAt");
    Objects.requireNonNull(waitedForWindow, "waitedForWindow");
    Objects.requireNonNull(skipped, "skipped");
    if (threshold.isNegative()) {
      throw new IllegalArgumentException("threshold must not be negative, but was " + threshold);
    }
    if (measured.compareTo(threshold) < 0) {
      throw new IllegalArgumentException(
          "measured must be at least threshold " + threshold + ", but was " + measured);
    }
  }

  /**
   * Returns the reason as a sentence, such as {@code sinceStatus(OPEN, PT2H): PT2H of BUSINESS
   * time since 2027-01-04T09:00:00Z reached the threshold PT2H at 2027-01-04T11:00:00Z; the chain
   * was ready at 2027-01-04T09:00:00Z}.
   */
  public String describe() {
    StringBuilder out =
        new StringBuilder()
            .append(trigger)
            .append(": ")
            .append(measured)
            .append(" of ")
            .append(clock)
            .append(" time since ")
            .append(since)
            .append(" (threshold ")
            .append(threshold)
            .append(", held from ")
            .append(triggeredAt)
            .append("); the chain was ready at ")
            .append(readyAt);
    waitedForWindow.ifPresent(t -> out.append("; due at ").append(t).append(", outside the window"));
    skipped.ifPresent(s -> out.append("; skipped: ").append(s));
    return out.toString();
  }
}
