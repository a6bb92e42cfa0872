package dev.rapport.sla.escalation;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.ticket.TicketState;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One step of an escalation chain that fell due: whom to notify and what to do, the ticket as it
 * was at the step's instant (to resolve {@link NotifyTarget.Assignee} and {@link
 * NotifyTarget.ManagerOfAssigneeTeam}), and why it fired. A skipped step carries the same, with
 * {@link StepReason#skipped()} saying why nothing is to be done.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the step's stable id
 * @param dueAt the instant the step fell due (after waiting for its window, if it did)
 * @param targets whom the step notifies; immutable (copied)
 * @param actions what the step does to the ticket; immutable (copied)
 * @param ticket the ticket's state at {@code dueAt}
 * @param reason why the step fired, or was skipped
 */
public record EscalationStep(
    StepId id,
    Instant dueAt,
    List<NotifyTarget> targets,
    List<EscalationAction> actions,
    TicketState ticket,
    StepReason reason) {

  /** Checks every component and copies the lists. */
  public EscalationStep {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(dueAt, "dueAt");
    targets = ImmutableList.copyOf(Checks.noNulls(targets, "targets"));
    actions = ImmutableList.copyOf(Checks.noNulls(actions, "actions"));
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(reason, "reason");
    if (dueAt.isBefore(reason.triggeredAt())) {
      throw new IllegalArgumentException(
          "dueAt must not be before the trigger held at " + reason.triggeredAt() + ", but was "
              + dueAt);
    }
  }

  /** Returns whether the step was skipped rather than fired. */
  public boolean isSkipped() {
    return reason.skipped().isPresent();
  }

  /**
   * Returns the step as one line for logs and people: {@code T-1/first-response cycle 1 level 2
   * repetition 0 due 2027-01-04T10:00:00Z: notify [manager of the assignee's team], do [raise
   * priority to at least HIGH], because slaBreached(FIRST_RESPONSE): ...}.
   */
  public String describe() {
    return id
        + (isSkipped() ? " skipped at " : " due ")
        + dueAt
        + ": notify "
        + targets
        + ", do "
        + actions
        + ", because "
        + reason.describe();
  }
}
