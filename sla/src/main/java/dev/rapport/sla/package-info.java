/**
 * SLA policies, the SLA engine that replays a ticket's timeline on a business-hours calendar, and
 * the breach schedule.
 */
package dev.rapport.sla;
