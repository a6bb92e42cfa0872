package dev.rapport.sla;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;
import java.util.Objects;

/** Argument checks shared by the SLA value types. */
final class Checks {
  /** The longest policy name, tag or segment accepted, in UTF-16 code units. */
  static final int MAX_LENGTH = 100;

  private Checks() {}

  /**
   * Returns {@code value} if it is a valid name: 1 to {@value #MAX_LENGTH} characters, no control
   * characters, no white space at either end. {@code what} names it in messages.
   */
  static String name(String value, String what) {
    Objects.requireNonNull(value, what);
    length(value, what);
    if (value.isBlank()
        || Character.isWhitespace(value.charAt(0))
        || Character.isWhitespace(value.charAt(value.length() - 1))) {
      throw new IllegalArgumentException(
          what + " must not be blank or start or end with white space, but was \"" + value + "\"");
    }
    controls(value, what);
    return value;
  }

  /**
   * Returns {@code tag} if a ticket could carry it: 1 to {@value #MAX_LENGTH} characters, no white
   * space and no control characters (the rules of {@code TicketCreated}).
   */
  static String tag(String tag) {
    Objects.requireNonNull(tag, "tag");
    length(tag, "tag");
    controls(tag, "tag");
    for (int i = 0; i < tag.length(); i++) {
      if (Character.isWhitespace(tag.charAt(i))) {
        throw new IllegalArgumentException(
            "tag must not contain white space, but was \"" + tag + "\"");
      }
    }
    return tag;
  }

  /** Returns the tags as a sorted immutable set, each checked with {@link #tag}; not empty. */
  static ImmutableSortedSet<String> tags(Collection<String> tags, String what) {
    Objects.requireNonNull(tags, what);
    for (String tag : tags) {
      if (tag == null) {
        throw new NullPointerException(what + " must not contain null, but was " + tags);
      }
      tag(tag);
    }
    notEmpty(tags, what);
    return ImmutableSortedSet.copyOf(tags);
  }

  /** Returns the segments as a sorted immutable set, each checked with {@link #name}; not empty. */
  static ImmutableSortedSet<String> segments(Collection<String> segments, String what) {
    Objects.requireNonNull(segments, what);
    for (String segment : segments) {
      if (segment == null) {
        throw new NullPointerException(what + " must not contain null, but was " + segments);
      }
      name(segment, "segment");
    }
    notEmpty(segments, what);
    return ImmutableSortedSet.copyOf(segments);
  }

  /** Throws unless {@code values} has at least one element. */
  static void notEmpty(Collection<?> values, String what) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty, but was " + values);
    }
  }

  private static void length(String value, String what) {
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          what + " must have 1 to " + MAX_LENGTH + " characters, but had " + value.length());
    }
  }

  private static void controls(String value, String what) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(
            what + " must not contain control characters, but had one at index " + i);
      }
    }
  }
}
