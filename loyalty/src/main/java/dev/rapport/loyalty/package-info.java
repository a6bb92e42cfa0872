/**
 * Loyalty programs: the points ledger, expiry, pending points and redemption.
 *
 * <p>Entry points: {@link dev.rapport.loyalty.LoyaltyProgram} (the rules, made by a builder) and
 * {@link dev.rapport.loyalty.PointsLedger} (one member account's append-only history of {@link
 * dev.rapport.loyalty.LedgerEntry} records, written with {@link dev.rapport.loyalty.LedgerRequest}s
 * and read as {@link dev.rapport.loyalty.Balance}s and {@link dev.rapport.loyalty.Lot}s).
 */
package dev.rapport.loyalty;
