package dev.rapport.core;

/**
 * The urgency of a ticket, in increasing order: {@code LOW < NORMAL < HIGH < URGENT} by {@link
 * #compareTo}. Thread-safe (an enum).
 */
public enum Priority {
  /** The least urgent. */
  LOW,
  /** The usual urgency. */
  NORMAL,
  /** More urgent than usual. */
  HIGH,
  /** The most urgent. */
  URGENT;

  /** Returns whichever of this and {@code other} is more urgent. */
  public Priority atLeast(Priority other) {
    return other.compareTo(this) > 0 ? other : this;
  }
}
