/**
 * The shared vocabulary of Rapport: identifiers ({@link dev.rapport.core.CustomerId}, {@link
 * dev.rapport.core.TicketId}, {@link dev.rapport.core.AgentId}, {@link dev.rapport.core.TeamId}),
 * {@link dev.rapport.core.Channel}, {@link dev.rapport.core.Priority} and {@link
 * dev.rapport.core.TicketStatus} with its allowed transitions.
 *
 * <p>The ticket timeline is in {@code dev.rapport.core.ticket}, the business-hours calendar in
 * {@code dev.rapport.core.time}, JSON support in {@code dev.rapport.core.json}.
 */
package dev.rapport.core;
