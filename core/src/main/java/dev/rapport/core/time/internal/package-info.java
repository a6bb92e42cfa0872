/**
 * Not an API: business-time arithmetic on plain numbers for Rapport's own engines. The entry point
 * is {@link dev.rapport.core.time.internal.BusinessCoordinates}. The package is exported only to
 * {@code dev.rapport.sla} and may change in any release.
 */
package dev.rapport.core.time.internal;
