package dev.rapport.loyalty;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The lot a ledger entry opens: its points, from when they are available and when they expire,
 * computed once from the local date of the entry in the program's zone and recorded, so that the
 * history replays the same whatever the program says later. Immutable and thread-safe.
 *
 * @param points the lot's points, zero or more (less than the entry's points when part of them paid
 *     off a deficit)
 * @param availableAt when the points stop being pending and can be redeemed
 * @param expiresAt when the remainder expires (exclusive: the points can be redeemed before this
 *     instant, not at it); empty if it never expires
 */
public record LotTerms(long points, Instant availableAt, Optional<Instant> expiresAt) {
  /** Validates the parts. */
  public LotTerms {
    Checks.nonNegative(points, "points");
    Objects.requireNonNull(availableAt, "availableAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
