package dev.rapport.loyalty;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a ledger write comes from and why: its idempotency key, the instant the business event
 * occurred (the purchase, the refund; not the time of the attempt, so that a retry is the same
 * request), the source, a reason for people reading the history, and the actor. Every {@link
 * LedgerRequest} and so every {@link LedgerEntry} carries one. Immutable and thread-safe.
 *
 * @param key the idempotency key
 * @param occurredAt when the event occurred; lot availability and expiry are computed from it
 * @param source what the write comes from
 * @param reason why, for people: not blank, at most 500 characters, no control characters
 * @param actor who caused it
 */
public record Origin(
    IdempotencyKey key, Instant occurredAt, SourceRef source, String reason, Actor actor) {
  /** The longest reason accepted. */
  public static final int MAX_REASON_LENGTH = 500;

  /** Validates every part. */
  public Origin {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(source, "source");
    Checks.text(reason, "reason", MAX_REASON_LENGTH);
    Objects.requireNonNull(actor, "actor");
  }

  /** Returns the origin with key {@code key}; see the record components. */
  public static Origin of(
      String key, Instant occurredAt, SourceRef source, String reason, Actor actor) {
    return new Origin(IdempotencyKey.of(key), occurredAt, source, reason, actor);
  }
}
