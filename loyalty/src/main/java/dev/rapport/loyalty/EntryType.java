package dev.rapport.loyalty;

/** The kinds of {@link LedgerEntry}, one per kind of {@link LedgerRequest}. */
public enum EntryType {
  /** Points earned on an order or an event; opens a lot. */
  EARN,
  /** Points spent; consumes available lots, soonest-expiring first. */
  REDEEM,
  /** The remainder of a lot that passed its expiry. */
  EXPIRE,
  /** Points an earn gave, taken back for a full or partial refund. */
  CLAWBACK,
  /** Points of a redemption given back when the order paid with them is cancelled. */
  REDEMPTION_ROLLBACK,
  /** Points given by hand (goodwill); opens a lot available at once. */
  MANUAL_CREDIT,
  /** Points taken by hand (a correction). */
  MANUAL_DEBIT,
  /** A pending earn made available before its pending period ends. */
  PENDING_ACTIVATION,
  /** A pending earn voided before it became available. */
  PENDING_CANCELLATION
}
