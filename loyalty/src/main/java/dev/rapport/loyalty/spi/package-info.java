/**
 * For implementers of ledger storage: {@link dev.rapport.loyalty.spi.LedgerStore} (append-only
 * entries per account with optimistic concurrency), the page it reads, {@link
 * dev.rapport.loyalty.spi.AccountEntries}, and {@link dev.rapport.loyalty.spi.InMemoryLedgerStore},
 * the implementation that ships. Users of a store call it through {@link
 * dev.rapport.loyalty.LoyaltyService}.
 */
package dev.rapport.loyalty.spi;
