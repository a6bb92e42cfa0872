package dev.rapport.core.ticket;

import java.time.Instant;

/**
 * One thing that happened to a ticket, at an instant. The hierarchy is sealed: a {@link
 * TicketTimeline} knows every kind of event and how each changes the ticket's state.
 *
 * <ul>
 *   <li>{@link TicketCreated}: always the first event; carries the ticket's identity, channel,
 *       priority, tags and customer segment.
 *   <li>{@link CustomerMessage}, {@link AgentReply} (public or internal): the conversation.
 *   <li>{@link StatusChanged}, {@link Reopened}, {@link Merged}: the status machine.
 *   <li>{@link PriorityChanged}, {@link Assigned}, {@link TagsChanged}: the ticket's attributes.
 *   <li>{@link Acknowledged}: an agent took ownership; stops escalation chains.
 * </ul>
 *
 * <p>Every implementation is an immutable record validated in its constructor, so thread-safe.
 * Whether an event is allowed after the events before it is the timeline's decision, not the
 * event's.
 */
public sealed interface TicketEvent
    permits TicketCreated,
        CustomerMessage,
        AgentReply,
        StatusChanged,
        PriorityChanged,
        Assigned,
        TagsChanged,
        Merged,
        Reopened,
        Acknowledged {

  /** Returns the instant at which the event happened. */
  Instant at();
}
