/**
 * SLA policies, the SLA engine that replays a ticket's timeline on business-hours calendars, and
 * the breach schedule.
 *
 * <p>Entry points:
 *
 * <ul>
 *   <li>{@link dev.rapport.sla.SlaPolicySet}, {@link dev.rapport.sla.SlaPolicy}, {@link
 *       dev.rapport.sla.SlaTarget} and {@link dev.rapport.sla.TicketCondition}: what is promised,
 *       to which tickets;
 *   <li>{@link dev.rapport.sla.SlaEngine}: evaluates a ticket's timeline at an instant into an
 *       {@link dev.rapport.sla.SlaReport} of {@link dev.rapport.sla.Measurement}s;
 *   <li>{@link dev.rapport.sla.BreachSchedule}: the next warning or breach deadline of many open
 *       tickets, in time order.
 * </ul>
 */
package dev.rapport.sla;
