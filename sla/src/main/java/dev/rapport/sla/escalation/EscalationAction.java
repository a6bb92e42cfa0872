package dev.rapport.sla.escalation;

import dev.rapport.core.Priority;
import dev.rapport.core.TeamId;
import dev.rapport.core.ticket.Assigned;
import dev.rapport.core.ticket.PriorityChanged;
import dev.rapport.core.ticket.TagsChanged;
import dev.rapport.core.ticket.TicketEvent;
import dev.rapport.core.ticket.TicketState;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What an escalation step does to the ticket. The engine changes nothing itself: the caller
 * applies an action by appending the event {@link #toEvent} returns to the ticket's timeline (and
 * to its own ticket store), which keeps the timeline the single history of the ticket.
 *
 * <ul>
 *   <li>{@link RaisePriority}: raise the priority to at least a level (never lowers it).
 *   <li>{@link ReassignTo}: assign the ticket to a team's queue.
 *   <li>{@link AddTag}: add a tag, such as {@code "escalated"}.
 * </ul>
 *
 * <p>Every implementation is an immutable record, so thread-safe.
 */
public sealed interface EscalationAction
    permits EscalationAction.RaisePriority, EscalationAction.ReassignTo, EscalationAction.AddTag {

  /** Returns {@link RaisePriority}{@code (atLeast)}. */
  static EscalationAction raisePriority(Priority atLeast) {
    return new RaisePriority(atLeast);
  }

  /** Returns {@link ReassignTo}{@code (teamId)}. */
  static EscalationAction reassignTo(TeamId teamId) {
    return new ReassignTo(teamId);
  }

  /** Returns {@link AddTag}{@code (tag)}. */
  static EscalationAction addTag(String tag) {
    return new AddTag(tag);
  }

  /**
   * Returns the event that applies this action, at {@code at}, to a ticket in {@code state}; empty
   * if the ticket already satisfies it (the timeline rejects events that change nothing).
   */
  Optional<TicketEvent> toEvent(TicketState state, Instant at);

  /**
   * Raise the ticket's priority to at least {@code atLeast}; a ticket at that priority or above is
   * left as it is.
   *
   * @param atLeast the lowest priority the ticket should have
   */
  record RaisePriority(Priority atLeast) implements EscalationAction {
    /** Checks that the priority is present. */
    public RaisePriority {
      Objects.requireNonNull(atLeast, "atLeast");
    }

    @Override
    public Optional<TicketEvent> toEvent(TicketState state, Instant at) {
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(at, "at");
      return state.priority().compareTo(atLeast) < 0
          ? Optional.of(new PriorityChanged(at, atLeast))
          : Optional.empty();
    }

    @Override
    public String toString() {
      return "raise priority to at least " + atLeast;
    }
  }

  /**
   * Assign the ticket to {@code teamId}'s queue, with no agent; a ticket already in that queue
   * without an agent is left as it is.
   *
   * @param teamId the team
   */
  record ReassignTo(TeamId teamId) implements EscalationAction {
    /** Checks that the team is present. */
    public ReassignTo {
      Objects.requireNonNull(teamId, "teamId");
    }

    @Override
    public Optional<TicketEvent> toEvent(TicketState state, Instant at) {
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(at, "at");
      return state.teamId().equals(Optional.of(teamId)) && state.agentId().isEmpty()
          ? Optional.empty()
          : Optional.of(Assigned.toTeam(at, teamId));
    }

    @Override
    public String toString() {
      return "reassign to team " + teamId;
    }
  }

  /**
   * Add {@code tag} to the ticket; a ticket that has it is left as it is.
   *
   * @param tag the tag: 1 to 100 characters, no white space or control characters
   */
  record AddTag(String tag) implements EscalationAction {
    /** Checks the tag. */
    public AddTag {
      Checks.tag(tag);
    }

    @Override
    public Optional<TicketEvent> toEvent(TicketState state, Instant at) {
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(at, "at");
      return state.hasTag(tag) ? Optional.empty() : Optional.of(TagsChanged.adding(at, tag));
    }

    @Override
    public String toString() {
      return "add tag " + tag;
    }
  }
}
