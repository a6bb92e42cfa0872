package dev.rapport.feedback.loop;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link SurveyThrottle} needs to know about one customer: when a survey was last sent to
 * them and when they last answered one. Immutable and thread-safe.
 *
 * @param lastSent when a survey was last sent, if ever
 * @param lastAnswered when the customer last answered a survey, if ever
 */
public record ContactHistory(Optional<Instant> lastSent, Optional<Instant> lastAnswered) {
  private static final ContactHistory NONE = new ContactHistory(Optional.empty(), Optional.empty());

  /** Validates that neither component is null. */
  public ContactHistory {
    Objects.requireNonNull(lastSent, "lastSent");
    Objects.requireNonNull(lastAnswered, "lastAnswered");
  }

  /** Returns the history of a customer never surveyed. */
  public static ContactHistory none() {
    return NONE;
  }

  /** Returns a copy with a survey sent at {@code at}. */
  public ContactHistory withSent(Instant at) {
    return new ContactHistory(Optional.of(Objects.requireNonNull(at, "at")), lastAnswered);
  }

  /** Returns a copy with an answer at {@code at}. */
  public ContactHistory withAnswered(Instant at) {
    return new ContactHistory(lastSent, Optional.of(Objects.requireNonNull(at, "at")));
  }
}
