package dev.rapport.loyalty;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A view of one lot of points with a remainder: opened by an earn, a manual credit or a rollback
 * with a new expiry, with its own availability and expiry. Immutable and thread-safe.
 *
 * @param id the lot's id, the sequence number of the entry that opened it
 * @param openedBy the idempotency key of that entry
 * @param openedAt when that entry's event occurred
 * @param remainder the points left, greater than zero
 * @param availableAt when the points become available (before this, they are pending)
 * @param expiresAt when the remainder expires (exclusive); empty if never
 */
public record Lot(
    long id,
    IdempotencyKey openedBy,
    Instant openedAt,
    long remainder,
    Instant availableAt,
    Optional<Instant> expiresAt) {

  /** The state of a lot at an instant. */
  public enum Status {
    /** Not available yet: inside its pending period. */
    PENDING,
    /** Available for redemption. */
    AVAILABLE,
    /** Past its expiry, waiting for {@link PointsLedger#expire} to write the expire entry. */
    EXPIRED
  }

  /** Validates the parts. */
  public Lot {
    Checks.nonNegative(id, "id");
    Objects.requireNonNull(openedBy, "openedBy");
    Objects.requireNonNull(openedAt, "openedAt");
    Checks.positive(remainder, "remainder");
    Objects.requireNonNull(availableAt, "availableAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** Returns the lot's state at {@code instant}; expiry wins over pending. */
  public Status statusAt(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    if (expiresAt.isPresent() && !instant.isBefore(expiresAt.get())) {
      return Status.EXPIRED;
    }
    return instant.isBefore(availableAt) ? Status.PENDING : Status.AVAILABLE;
  }
}
