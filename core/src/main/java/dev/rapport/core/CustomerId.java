package dev.rapport.core;

/**
 * Identifies a customer by the caller's own key (a database id, a UUID, an external reference).
 *
 * <p>The value is not blank, at most 256 characters, has no leading or trailing white space and
 * no control characters. Instances are immutable and thread-safe.
 *
 * @param value the caller's key, compared exactly (case-sensitive)
 */
public record CustomerId(String value) implements Comparable<CustomerId> {
  /** Validates the value; see the type's description for the rules. */
  public CustomerId {
    Identifiers.check(value, "customerId");
  }

  /** Returns the id with this value; same as the constructor, reads better in call chains. */
  public static CustomerId of(String value) {
    return new CustomerId(value);
  }

  @Override
  public int compareTo(CustomerId other) {
    return value.compareTo(other.value);
  }

  /** Returns the value itself, so ids print plainly in logs and messages. */
  @Override
  public String toString() {
    return value;
  }
}
