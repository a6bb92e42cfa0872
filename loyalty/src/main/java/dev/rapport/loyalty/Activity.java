package dev.rapport.loyalty;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Something a member did that may earn points: a {@link Purchase} or a {@link MemberEvent}. The
 * {@link EarningEngine} evaluates the program's rules for it. Immutable and thread-safe.
 */
public sealed interface Activity {
  /** Returns when it happened; campaign windows and caps read its local date. */
  Instant at();

  /**
   * A purchase of one or more lines, all in one currency.
   *
   * @param at when it happened
   * @param items the lines, at least one
   */
  record Purchase(Instant at, List<LineItem> items) implements Activity {
    /** Validates the parts and that all lines share a currency. */
    public Purchase {
      Objects.requireNonNull(at, "at");
      items = ImmutableList.copyOf(Objects.requireNonNull(items, "items"));
      if (items.isEmpty()) {
        throw new IllegalArgumentException("items must not be empty");
      }
      for (LineItem item : items) {
        items.get(0).amount().requireSameCurrency(item.amount(), "items");
      }
    }

    /** Returns a purchase of {@code items}. */
    public static Purchase of(Instant at, LineItem... items) {
      return new Purchase(at, List.of(items));
    }

    /** Returns the sum of the lines. */
    public Money total() {
      Money total = Money.zero(items.get(0).amount().currency());
      for (LineItem item : items) {
        total = total.plus(item.amount());
      }
      return total;
    }
  }

  /**
   * A member event: a review written, a survey completed, a birthday, a sign-up.
   *
   * @param at when it happened
   * @param kind the kind of event
   */
  record MemberEvent(Instant at, EventKind kind) implements Activity {
    /** Validates the parts. */
    public MemberEvent {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(kind, "kind");
    }

    /** Returns the event; same as the constructor. */
    public static MemberEvent of(Instant at, EventKind kind) {
      return new MemberEvent(at, kind);
    }
  }
}
