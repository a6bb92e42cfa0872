/** Loyalty programs: the points ledger, earning rules, expiry, tiers and redemption. */
package dev.rapport.loyalty;
