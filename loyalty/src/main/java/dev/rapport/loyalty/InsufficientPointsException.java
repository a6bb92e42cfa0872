package dev.rapport.loyalty;

/**
 * Thrown when a redemption (or a manual debit that may not go negative) asks for more points than
 * are available; nothing is written. Carries both numbers. Immutable and thread-safe.
 */
public final class InsufficientPointsException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final long available;
  private final long requested;

  /** Creates the exception for {@code requested} points when {@code available} are available. */
  public InsufficientPointsException(long available, long requested) {
    super("points must be at most the " + available + " available, but was " + requested);
    this.available = available;
    this.requested = requested;
  }

  /** Returns the points that were available. */
  public long available() {
    return available;
  }

  /** Returns the points that were requested. */
  public long requested() {
    return requested;
  }
}
