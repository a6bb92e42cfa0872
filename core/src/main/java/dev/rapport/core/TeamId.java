package dev.rapport.core;

/**
 * Identifies a team by the caller's own key (a database id, a UUID, an external reference).
 *
 * <p>The value is not blank, at most 256 characters, has no leading or trailing white space and
 * no control characters. Instances are immutable and thread-safe.
 *
 * @param value the caller's key, compared exactly (case-sensitive)
 */
public record TeamId(String value) implements Comparable<TeamId> {
  /** Validates the value; see the type's description for the rules. */
  public TeamId {
    Identifiers.check(value, "teamId");
  }

  /** Returns the id with this value; same as the constructor, reads better in call chains. */
  public static TeamId of(String value) {
    return new TeamId(value);
  }

  @Override
  public int compareTo(TeamId other) {
    return value.compareTo(other.value);
  }

  /** Returns the value itself, so ids print plainly in logs and messages. */
  @Override
  public String toString() {
    return value;
  }
}
