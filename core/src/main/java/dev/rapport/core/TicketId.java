package dev.rapport.core;

/**
 * Identifies a ticket by the caller's own key (a database id, a UUID, an external reference).
 *
 * <p>The value is not blank, at most 256 characters, has no leading or trailing white space and
 * no control characters. Instances are immutable and thread-safe.
 *
 * @param value the caller's key, compared exactly (case-sensitive)
 */
public record TicketId(String value) implements Comparable<TicketId> {
  /** Validates the value; see the type's description for the rules. */
  public TicketId {
    Identifiers.check(value, "ticketId");
  }

  /** Returns the id with this value; same as the constructor, reads better in call chains. */
  public static TicketId of(String value) {
    return new TicketId(value);
  }

  @Override
  public int compareTo(TicketId other) {
    return value.compareTo(other.value);
  }

  /** Returns the value itself, so ids print plainly in logs and messages. */
  @Override
  public String toString() {
    return value;
  }
}
