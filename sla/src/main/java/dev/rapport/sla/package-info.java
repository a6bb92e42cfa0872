/**
 * SLA policies and the SLA engine that replays a ticket's timeline on business-hours calendars.
 *
 * <p>Entry points:
 *
 * <ul>
 *   <li>{@link dev.rapport.sla.SlaPolicySet}, {@link dev.rapport.sla.SlaPolicy}, {@link
 *       dev.rapport.sla.SlaTarget} and {@link dev.rapport.sla.TicketCondition}: what is promised,
 *       to which tickets;
 *   <li>{@link dev.rapport.sla.SlaEngine}: evaluates a ticket's timeline at an instant into an
 *       {@link dev.rapport.sla.SlaReport} of {@link dev.rapport.sla.Measurement}s.
 * </ul>
 */
package dev.rapport.sla;
