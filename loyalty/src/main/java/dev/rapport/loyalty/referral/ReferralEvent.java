package dev.rapport.loyalty.referral;

import java.time.Instant;

/**
 * Something that happened that a referral program reacts to, handed to {@link
 * ReferralEngine#handle}: a code used at sign-up ({@link CodeUsed}), an order placed ({@link
 * OrderPlaced}) or refunded ({@link OrderRefunded}), a named event ({@link QualifyingEvent}), or a
 * reviewer's decision ({@link ReviewDecision}). Events are immutable records, thread-safe.
 *
 * <p>Every event may be delivered more than once: handling a duplicate changes nothing and gives no
 * instruction.
 */
public sealed interface ReferralEvent
    permits CodeUsed, OrderPlaced, OrderRefunded, QualifyingEvent, ReviewDecision {
  /** Returns when the event happened; windows are judged by this instant. */
  Instant at();
}
