package dev.rapport.feedback;

import java.util.Objects;

/**
 * Identifies a survey response by the caller's own key. The value is not blank, at most 256
 * characters, without white space at either end and without control characters. Immutable and
 * thread-safe.
 *
 * @param value the caller's key, compared exactly
 */
public record ResponseId(String value) implements Comparable<ResponseId> {
  /** Validates the value; see the type's description for the rules. */
  public ResponseId {
    Texts.checkIdentifier(value, "responseId");
  }

  /** Returns the id with this value. */
  public static ResponseId of(String value) {
    return new ResponseId(value);
  }

  @Override
  public int compareTo(ResponseId other) {
    return value.compareTo(Objects.requireNonNull(other, "other").value);
  }

  /** Returns the value itself. */
  @Override
  public String toString() {
    return value;
  }
}
