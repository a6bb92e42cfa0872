/**
 * Jackson support for Rapport SLA: {@link dev.rapport.sla.json.RapportSlaModule} reads and writes
 * policy sets, policies, targets and conditions, and writes reports. Jackson is an optional
 * dependency; only this package uses it.
 */
package dev.rapport.sla.json;
