package dev.rapport.loyalty;

/** How a redemption rollback gives points back. */
public enum RollbackExpiry {
  /**
   * To the lots they were taken from, with those lots' original expiry; points whose lot has
   * expired in the meantime are not given back (they would have expired anyway).
   */
  ORIGINAL,
  /**
   * As a new lot, available at once, expiring as the program's expiry policy says from the
   * rollback's local date.
   */
  NEW
}
