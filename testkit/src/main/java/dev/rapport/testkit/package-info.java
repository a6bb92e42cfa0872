/**
 * Test support for Rapport users: {@link dev.rapport.testkit.TestClock}, and generators of Rapport
 * values as plain {@code Function<RandomGenerator, T>} values (wrap them in any property-testing
 * library) with QuickTheories adapters. Ticket timelines: {@link
 * dev.rapport.testkit.TimelineGenerators} and {@link dev.rapport.testkit.QtTimelineGens}. Business
 * calendars, zones, instants and durations: {@link dev.rapport.testkit.CalendarGenerators} and
 * {@link dev.rapport.testkit.QtCalendarGens}. Survey responses, scales and summaries: {@link
 * dev.rapport.testkit.FeedbackGenerators} and {@link dev.rapport.testkit.QtFeedbackGens}. Loyalty
 * programs, money, purchases, member events, ledger requests and ledgers: {@link
 * dev.rapport.testkit.LoyaltyGenerators} and {@link dev.rapport.testkit.QtLoyaltyGens}.
 */
package dev.rapport.testkit;
