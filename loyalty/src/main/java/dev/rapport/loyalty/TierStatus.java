package dev.rapport.loyalty;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A member's tier at an instant, with the history that led to it. Immutable and thread-safe.
 *
 * @param tier the current tier
 * @param qualifyingValue the qualifying value in the current window (points or money)
 * @param history every change, oldest first; empty if the member never left the first tier
 * @param nextReview the next review instant after the evaluation instant
 */
public record TierStatus(
    Tier tier, BigDecimal qualifyingValue, List<TierChange> history, Instant nextReview) {
  /** Validates the parts. */
  public TierStatus {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(qualifyingValue, "qualifyingValue");
    history = ImmutableList.copyOf(Objects.requireNonNull(history, "history"));
    Objects.requireNonNull(nextReview, "nextReview");
  }

  /** Returns when the current tier was reached; empty if it is the first tier, never left. */
  public Optional<Instant> since() {
    return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1).at());
  }
}
