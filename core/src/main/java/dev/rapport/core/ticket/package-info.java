/**
 * The history of a ticket: {@link dev.rapport.core.ticket.TicketTimeline}, the sealed {@link
 * dev.rapport.core.ticket.TicketEvent} records it is made of, and the {@link
 * dev.rapport.core.ticket.TicketState} it answers for any instant.
 *
 * <p>Start with {@code TicketTimeline.of(new TicketCreated(...))} and {@code append} events, or
 * validate a stored history with {@code TicketTimeline.of(List)}; a rejected event throws {@link
 * dev.rapport.core.ticket.InvalidTimelineEventException}. JSON support is in {@code
 * dev.rapport.core.json}.
 */
package dev.rapport.core.ticket;
