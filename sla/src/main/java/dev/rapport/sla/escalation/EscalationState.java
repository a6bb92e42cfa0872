package dev.rapport.sla.escalation;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import dev.rapport.core.TicketId;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * What the escalation engine has already handed out for one ticket: the ids of the steps that
 * fired and of those that were skipped. The engine never returns a step whose id is recorded here,
 * so evaluating twice, or recording the same steps twice, never yields a step twice.
 *
 * <p>The caller keeps one state per ticket next to the ticket: it acts on the steps of an {@link
 * EscalationResult} and then saves {@link EscalationResult#state()}. If it crashes in between, the
 * next evaluation returns the same steps again, with the same ids (at-least-once delivery, made
 * exactly-once by passing {@link StepId#key()} to the notification service).
 *
 * <p>Immutable and thread-safe; {@code equals} compares the ticket and both sets.
 */
public final class EscalationState {
  private final TicketId ticketId;
  private final ImmutableSortedSet<StepId> fired;
  private final ImmutableSortedSet<StepId> skipped;

  private EscalationState(
      TicketId ticketId, ImmutableSortedSet<StepId> fired, ImmutableSortedSet<StepId> skipped) {
    this.ticketId = ticketId;
    this.fired = fired;
    this.skipped = skipped;
  }

  /** Returns the state of a ticket for which nothing has fired yet. */
  public static EscalationState initial(TicketId ticketId) {
    return new EscalationState(
        Objects.requireNonNull(ticketId, "ticketId"),
        ImmutableSortedSet.of(),
        ImmutableSortedSet.of());
  }

  /**
   * Returns the state with these fired and skipped step ids, as read back from storage.
   *
   * @throws IllegalArgumentException if an id is for another ticket, or is in both sets
   */
  public static EscalationState of(
      TicketId ticketId, Collection<StepId> fired, Collection<StepId> skipped) {
    Objects.requireNonNull(ticketId, "ticketId");
    ImmutableSortedSet<StepId> firedIds = ImmutableSortedSet.copyOf(Checks.noNulls(fired, "fired"));
    ImmutableSortedSet<StepId> skippedIds =
        ImmutableSortedSet.copyOf(Checks.noNulls(skipped, "skipped"));
    for (StepId id : Sets.union(firedIds, skippedIds)) {
      checkTicket(ticketId, id);
    }
    Set<StepId> both = Sets.intersection(firedIds, skippedIds);
    if (!both.isEmpty()) {
      throw new IllegalArgumentException(
          "fired and skipped must be disjoint, but both had " + both);
    }
    return new EscalationState(ticketId, firedIds, skippedIds);
  }

  /** Returns the ticket. */
  public TicketId ticketId() {
    return ticketId;
  }

  /** Returns the ids of the steps that fired, in id order; immutable. */
  public Set<StepId> fired() {
    return fired;
  }

  /** Returns the ids of the steps that were skipped, in id order; immutable. */
  public Set<StepId> skipped() {
    return skipped;
  }

  /** Returns whether the step fired or was skipped: whether the engine will never return it. */
  public boolean isHandled(StepId id) {
    Objects.requireNonNull(id, "id");
    return fired.contains(id) || skipped.contains(id);
  }

  /**
   * Returns this state with {@code steps} recorded, each as fired or skipped; a step whose id is
   * already recorded keeps its first record, so recording the same steps again changes nothing.
   *
   * @throws IllegalArgumentException if a step is for another ticket
   */
  public EscalationState record(Collection<EscalationStep> steps) {
    Checks.noNulls(steps, "steps");
    ImmutableSortedSet.Builder<StepId> newFired = null;
    ImmutableSortedSet.Builder<StepId> newSkipped = null;
    for (EscalationStep step : steps) {
      StepId id = checkTicket(ticketId, step.id());
      if (isHandled(id)) {
        continue;
      }
      if (step.isSkipped()) {
        if (newSkipped == null) {
          newSkipped = ImmutableSortedSet.<StepId>naturalOrder().addAll(skipped);
        }
        newSkipped.add(id);
      } else {
        if (newFired == null) {
          newFired = ImmutableSortedSet.<StepId>naturalOrder().addAll(fired);
        }
        newFired.add(id);
      }
    }
    if (newFired == null && newSkipped == null) {
      return this;
    }
    return new EscalationState(
        ticketId,
        newFired == null ? fired : newFired.build(),
        newSkipped == null ? skipped : newSkipped.build());
  }

  private static StepId checkTicket(TicketId ticketId, StepId id) {
    if (!id.ticketId().equals(ticketId)) {
      throw new IllegalArgumentException(
          "step ids must be for ticket " + ticketId + ", but one was " + id);
    }
    return id;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EscalationState
        && ticketId.equals(((EscalationState) other).ticketId)
        && fired.equals(((EscalationState) other).fired)
        && skipped.equals(((EscalationState) other).skipped);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ticketId, fired, skipped);
  }

  /** Returns the ticket and the number of steps fired and skipped, for logs. */
  @Override
  public String toString() {
    return "EscalationState[" + ticketId + ": " + fired.size() + " fired, " + skipped.size()
        + " skipped]";
  }
}
