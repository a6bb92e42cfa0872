/**
 * Runnable examples of Rapport. {@link dev.rapport.examples.Demo} is what the README's run
 * command starts; each other class here is a small program with a {@code main} that shows one
 * engine, starting with {@link dev.rapport.examples.QuickStart}, the README's quick start; {@link
 * dev.rapport.examples.ReferralExample} follows a referral from code to reward to reversal.
 */
package dev.rapport.examples;
