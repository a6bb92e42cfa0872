/**
 * What the demo shows of a simulation: {@link dev.rapport.examples.report.ConsoleSummary} prints
 * the compact summary; the statistics come from the engines (compliance summaries, NPS and CSAT
 * intervals, significance tests of week-over-week changes).
 */
package dev.rapport.examples.report;
