package dev.rapport.loyalty;

/**
 * What a clawback (or a manual debit) does when the member no longer has the points it must take: a
 * refunded order whose points were already spent.
 */
public enum ClawbackPolicy {
  /** Take what there is and forgive the rest: the balance never goes below zero. */
  CLAMP_TO_ZERO,
  /**
   * Take everything due: the balance goes negative (a deficit), and later earns, credits and
   * rollbacks pay the deficit off before they add to any lot.
   */
  ALLOW_NEGATIVE
}
