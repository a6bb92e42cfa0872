package dev.rapport.loyalty.referral;

import dev.rapport.core.CustomerId;
import java.time.Instant;
import java.util.Objects;

/**
 * A named event of a customer, such as {@code "subscription_started"}, that qualifies a referral
 * under a {@link QualificationRule.NamedEvent} rule of the same name; other events change nothing.
 *
 * <p>Immutable and thread-safe.
 *
 * @param at when it happened
 * @param customer whose event it is
 * @param name the event name, compared exactly
 */
public record QualifyingEvent(Instant at, CustomerId customer, String name)
    implements ReferralEvent {

  /** Validates the event. */
  public QualifyingEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(customer, "customer");
    Checks.text(name, "name");
  }
}
