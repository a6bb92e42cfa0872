/**
 * SLA policies, the SLA engine that replays a ticket's timeline on business-hours calendars, the
 * breach schedule and compliance summaries.
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
 *       tickets, in time order;
 *   <li>{@link dev.rapport.sla.SlaCompliance}, {@link dev.rapport.sla.ComplianceSummary} and {@link
 *       dev.rapport.sla.DurationHistogram}: mergeable compliance summaries per policy, metric,
 *       priority, channel, team or agent.
 * </ul>
 */
package dev.rapport.sla;
