package dev.rapport.feedback.loop;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether to send a survey now, and if not, why. A throttled or unsampled survey is dropped, not
 * deferred: the caller must not send it later. Immutable and thread-safe.
 *
 * @param outcome send, throttled or not sampled
 * @param quietUntil for a throttled survey, the first instant a survey could be sent again
 */
public record ThrottleDecision(Outcome outcome, Optional<Instant> quietUntil) {

  /** What to do with the survey. Thread-safe (an enum). */
  public enum Outcome {
    /** Send the survey. */
    SEND,
    /** Drop it: the customer was surveyed (or answered) too recently. */
    THROTTLED,
    /** Drop it: the customer is outside the deterministic sample. */
    NOT_SAMPLED
  }

  /** Validates that a quiet-until instant is present exactly when throttled. */
  public ThrottleDecision {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(quietUntil, "quietUntil");
    if ((outcome == Outcome.THROTTLED) != quietUntil.isPresent()) {
      throw new IllegalArgumentException(
          "quietUntil must be present exactly when THROTTLED, but was "
              + quietUntil
              + " for "
              + outcome);
    }
  }

  /** Returns whether to send the survey. */
  public boolean shouldSend() {
    return outcome == Outcome.SEND;
  }
}
