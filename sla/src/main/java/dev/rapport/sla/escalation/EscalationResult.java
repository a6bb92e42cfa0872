package dev.rapport.sla.escalation;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link EscalationEngine#due} returns: the steps that fell due since the state was saved,
 * the steps skipped in that time, the state to save once the steps are acted on, and when to ask
 * again.
 *
 * <p>Immutable and thread-safe.
 *
 * @param evaluatedAt the engine's {@code now}
 * @param steps the steps to act on, due at or before {@code evaluatedAt}, in due order (ties in
 *     policy order, then by id); immutable (copied)
 * @param skipped the steps skipped at or before {@code evaluatedAt}, reported once each for the
 *     audit log, in the same order; immutable (copied)
 * @param state the state given to the engine with {@code steps} and {@code skipped} recorded
 * @param nextDueAt the instant, after {@code evaluatedAt}, at which the next step falls due if the
 *     ticket does not change before then; empty if none will without a change (the chains are
 *     stopped, exhausted, or wait for an event such as a status change or a paused SLA resuming)
 */
public record EscalationResult(
    Instant evaluatedAt,
    List<EscalationStep> steps,
    List<EscalationStep> skipped,
    EscalationState state,
    Optional<Instant> nextDueAt) {

  /** Checks every component and copies the lists. */
  public EscalationResult {
    Objects.requireNonNull(evaluatedAt, "evaluatedAt");
    steps = ImmutableList.copyOf(Checks.noNulls(steps, "steps"));
    skipped = ImmutableList.copyOf(Checks.noNulls(skipped, "skipped"));
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(nextDueAt, "nextDueAt");
    if (nextDueAt.isPresent() && !nextDueAt.get().isAfter(evaluatedAt)) {
      throw new IllegalArgumentException(
          "nextDueAt must be after evaluatedAt " + evaluatedAt + ", but was " + nextDueAt.get());
    }
  }
}
