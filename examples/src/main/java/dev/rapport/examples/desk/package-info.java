/**
 * The support-desk simulation behind the demo. Entry points: {@link
 * dev.rapport.examples.desk.DeskSimulation#run} takes a {@link
 * dev.rapport.examples.desk.DeskConfig} and returns {@link dev.rapport.examples.desk.DeskResults}
 * (tickets, SLA compliance, breach-schedule alerts, loyalty flows, the referral funnel and survey
 * cubes), reporting {@link dev.rapport.examples.desk.Progress} once per simulated day.
 */
package dev.rapport.examples.desk;
