package dev.rapport.loyalty;

import java.util.Locale;
import java.util.Objects;

/**
 * What a ledger entry comes from: an order, a refund, a member event, a referral, a manual
 * adjustment, or the expiry of a lot. Immutable and thread-safe.
 *
 * @param type the kind of source
 * @param id the source's id in the caller's system: not blank, at most 256 characters, no white
 *     space at either end, no control characters
 */
public record SourceRef(Type type, String id) {
  /** The kinds of source. */
  public enum Type {
    /** A purchase: earn on it, or redeem points to pay for it. */
    ORDER,
    /** A refund or return of (part of) an order. */
    REFUND,
    /** An order cancelled after it was paid with points. */
    CANCELLATION,
    /** A member event: review written, survey completed, birthday, sign-up. */
    EVENT,
    /** A referral reward or its reversal. */
    REFERRAL,
    /** A manual adjustment by an agent or an operator. */
    ADJUSTMENT,
    /** The expiry of a lot, written by {@link PointsLedger#expire}. */
    EXPIRY
  }

  /** Validates the id. */
  public SourceRef {
    Objects.requireNonNull(type, "type");
    Checks.key(id, "id", 256);
  }

  /** Returns a reference to order {@code id}. */
  public static SourceRef order(String id) {
    return new SourceRef(Type.ORDER, id);
  }

  /** Returns a reference to refund {@code id}. */
  public static SourceRef refund(String id) {
    return new SourceRef(Type.REFUND, id);
  }

  /** Returns a reference to the cancellation {@code id} of an order. */
  public static SourceRef cancellation(String id) {
    return new SourceRef(Type.CANCELLATION, id);
  }

  /** Returns a reference to member event {@code id}. */
  public static SourceRef event(String id) {
    return new SourceRef(Type.EVENT, id);
  }

  /** Returns a reference to referral {@code id}. */
  public static SourceRef referral(String id) {
    return new SourceRef(Type.REFERRAL, id);
  }

  /** Returns a reference to manual adjustment {@code id} (a ticket, a case number). */
  public static SourceRef adjustment(String id) {
    return new SourceRef(Type.ADJUSTMENT, id);
  }

  /** Returns {@code "order:O-1"}: the type in lower case, a colon and the id. */
  @Override
  public String toString() {
    return type.name().toLowerCase(Locale.ROOT) + ":" + id;
  }
}
