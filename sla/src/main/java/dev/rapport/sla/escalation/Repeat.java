package dev.rapport.sla.escalation;

import java.time.Duration;
import java.util.Objects;

/**
 * How an escalation chain repeats after its last level: {@code times} more passes over the levels
 * from {@code fromLevel} to the last, each beginning {@code delay} after the last step of the pass
 * before it (on {@code clock}). In a repetition every level fires as in the first pass, at the
 * first instant at or after the step before it at which its trigger holds, so a chain of {@link
 * EscalationTrigger.AfterPrevious} delays keeps its spacing, and a level whose trigger already holds
 * (a breach, say) fires as soon as the chain reaches it.
 *
 * <pre>{@code
 * // L1 at once, L2 10 minutes later; then twice more, 15 minutes after L2:
 * // L1@0, L2@10, L1@25, L2@35, L1@50, L2@60.
 * Repeat.of(2, Duration.ofMinutes(15))
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param times the number of repetitions after the first pass, in {@code [1, 1000]}
 * @param fromLevel the level each repetition starts from, from 1 (the policy checks it has that many
 *     levels)
 * @param delay how long after the last step of a pass the next repetition begins, in {@code [0,
 *     3650 days]}
 * @param clock the clock {@code delay} is measured on
 */
public record Repeat(int times, int fromLevel, Duration delay, DelayClock clock) {
  /** The most repetitions a policy may ask for. */
  public static final int MAX_TIMES = 1000;

  /** Checks every component. */
  public Repeat {
    if (times < 1 || times > MAX_TIMES) {
      throw new IllegalArgumentException(
          "times must be in [1, " + MAX_TIMES + "], but was " + times);
    }
    if (fromLevel < 1) {
      throw new IllegalArgumentException("fromLevel must be at least 1, but was " + fromLevel);
    }
    Checks.delay(delay, "delay");
    Objects.requireNonNull(clock, "clock");
  }

  /**
   * Returns {@code times} repetitions from level 1, each beginning {@code delay} of business time
   * (see {@link DelayClock#BUSINESS}) after the pass before it.
   */
  public static Repeat of(int times, Duration delay) {
    return new Repeat(times, 1, delay, DelayClock.BUSINESS);
  }

  /** Returns a copy of this repeat that starts each repetition from {@code level}. */
  public Repeat startingAt(int level) {
    return new Repeat(times, level, delay, clock);
  }

  /** Returns a copy of this repeat whose delay is measured on {@code newClock}. */
  public Repeat withClock(DelayClock newClock) {
    return new Repeat(times, fromLevel, delay, newClock);
  }

  /** Returns the settings, readably: {@code 2 times from level 1, PT15M (BUSINESS) apart}. */
  @Override
  public String toString() {
    return times + " times from level " + fromLevel + ", " + delay + " (" + clock + ") apart";
  }
}
