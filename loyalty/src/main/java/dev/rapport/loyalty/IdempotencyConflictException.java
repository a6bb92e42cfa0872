package dev.rapport.loyalty;

import java.util.Objects;

/**
 * Thrown when a request reuses the idempotency key of an earlier, different request; nothing is
 * written. Carries the key and both requests. Immutable and thread-safe.
 */
public final class IdempotencyConflictException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final transient IdempotencyKey key;
  private final transient LedgerRequest original;
  private final transient LedgerRequest conflicting;

  /** Creates the exception for {@code conflicting}, whose key {@code original} already used. */
  public IdempotencyConflictException(LedgerRequest original, LedgerRequest conflicting) {
    super(
        "idempotency key \""
            + Objects.requireNonNull(original, "original").key()
            + "\" must identify one request, but was used for "
            + original
            + " and now for "
            + Objects.requireNonNull(conflicting, "conflicting"));
    this.key = original.key();
    this.original = original;
    this.conflicting = conflicting;
  }

  /** Returns the key. */
  public IdempotencyKey key() {
    return key;
  }

  /** Returns the request first written with the key. */
  public LedgerRequest original() {
    return original;
  }

  /** Returns the request that reused the key. */
  public LedgerRequest conflicting() {
    return conflicting;
  }
}
