/**
 * Loyalty programs: the points ledger, earning rules with explanations, expiry, pending points,
 * redemption and tiers.
 *
 * <p>Entry points:
 *
 * <ul>
 *   <li>{@link dev.rapport.loyalty.LoyaltyProgram}: the rules, made by a builder, with {@link
 *       dev.rapport.loyalty.EarningRule}s and a {@link dev.rapport.loyalty.TierPolicy}.
 *   <li>{@link dev.rapport.loyalty.PointsLedger}: one member account's append-only history of
 *       {@link dev.rapport.loyalty.LedgerEntry} records, written with {@link
 *       dev.rapport.loyalty.LedgerRequest}s and read as {@link dev.rapport.loyalty.Balance}s and
 *       {@link dev.rapport.loyalty.Lot}s.
 *   <li>{@link dev.rapport.loyalty.EarningEngine}: what an {@link dev.rapport.loyalty.Activity}
 *       earns, line by line; {@link dev.rapport.loyalty.TierEngine}: a member's tier and its
 *       history.
 *   <li>{@link dev.rapport.loyalty.LoyaltyService}: load, apply, store and retry over a {@link
 *       dev.rapport.loyalty.spi.LedgerStore}.
 * </ul>
 */
package dev.rapport.loyalty;
