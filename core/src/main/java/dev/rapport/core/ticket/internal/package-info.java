/**
 * Not an API: a ticket timeline's events as columns of plain numbers, for Rapport's own engines.
 * The entry point is {@link dev.rapport.core.ticket.internal.TimelineColumns}. The package is
 * exported only to {@code dev.rapport.sla} and may change in any release.
 */
package dev.rapport.core.ticket.internal;
