/**
 * Runnable examples of Rapport. {@link dev.rapport.examples.SupportDeskDemo} is what the README's
 * run command starts: a simulated month of a support desk with every engine at work, a console
 * summary and an HTML report. Each other class here is a small program with a {@code main} that
 * shows one engine, starting with {@link dev.rapport.examples.QuickStart}, the README's quick
 * start; {@link dev.rapport.examples.ReferralExample} follows a referral from code to reward to
 * reversal, {@link dev.rapport.examples.NpsReportExample} prints NPS by channel and week, and
 * {@link dev.rapport.examples.EscalationExample} follows an escalation chain over a simulated day.
 */
package dev.rapport.examples;
