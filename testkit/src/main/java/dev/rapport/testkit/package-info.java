/**
 * Test support for Rapport users: {@link dev.rapport.testkit.TestClock}, and generators of
 * Rapport values as plain {@code Function<RandomGenerator, T>} values (wrap them in any
 * property-testing library) with QuickTheories adapters. Ticket timelines: {@link
 * dev.rapport.testkit.TimelineGenerators} and {@link dev.rapport.testkit.QtTimelineGens}. Loyalty
 * programs, money, purchases, events, ledger requests and ledgers: {@link
 * dev.rapport.testkit.LoyaltyGenerators} and {@link dev.rapport.testkit.QtLoyaltyGens}.
 */
package dev.rapport.testkit;
