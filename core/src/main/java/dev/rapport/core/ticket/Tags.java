package dev.rapport.core.ticket;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

/** Validation of tags and customer segments, shared by the event records. */
final class Tags {
  /** The longest tag or segment accepted, in UTF-16 code units. */
  static final int MAX_LENGTH = 100;

  private Tags() {}

  /**
   * Returns {@code tags} as an immutable set in natural (code unit) order, after checking each tag
   * with {@link #checkTag}; {@code name} names the collection in messages.
   */
  static ImmutableSortedSet<String> copyOf(Collection<String> tags, String name) {
    Objects.requireNonNull(tags, name);
    for (String tag : tags) {
      if (tag == null) {
        throw new IllegalArgumentException(name + " must not contain null, but was " + tags);
      }
      checkTag(tag);
    }
    return ImmutableSortedSet.copyOf(tags);
  }

  /**
   * Returns the tags of a varargs array as an immutable sorted set, rejecting nulls, invalid tags
   * and repeated tags (a repeat is a caller's mistake, not something to drop silently).
   */
  static ImmutableSortedSet<String> ofArray(String[] tags, String name) {
    Objects.requireNonNull(tags, name);
    ImmutableSortedSet<String> set = copyOf(Arrays.asList(tags), name);
    if (set.size() != tags.length) {
      throw new IllegalArgumentException(
          name + " must not repeat a tag, but was " + Arrays.toString(tags));
    }
    return set;
  }

  /**
   * Returns {@code tag} if it is a valid tag: not empty, at most {@value #MAX_LENGTH} characters,
   * no white space and no control characters.
   */
  static String checkTag(String tag) {
    checkLength(tag, "tag");
    for (int i = 0; i < tag.length(); i++) {
      char c = tag.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        throw new IllegalArgumentException(
            "tag must not contain white space or control characters, but was \""
                + printable(tag)
                + "\"");
      }
    }
    return tag;
  }

  /**
   * Returns {@code segment} if it is a valid customer segment: not blank, at most {@value
   * #MAX_LENGTH} characters, no control characters, no white space at either end.
   */
  static String checkSegment(String segment) {
    checkLength(segment, "segment");
    if (segment.isBlank()
        || Character.isWhitespace(segment.charAt(0))
        || Character.isWhitespace(segment.charAt(segment.length() - 1))) {
      throw new IllegalArgumentException(
          "segment must not be blank or start or end with white space, but was \""
              + printable(segment)
              + "\"");
    }
    if (segment.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "segment must not contain control characters, but was \"" + printable(segment) + "\"");
    }
    return segment;
  }

  private static void checkLength(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          name + " must have 1 to " + MAX_LENGTH + " characters, but had " + value.length());
    }
  }

  /** Returns {@code value} with control characters escaped as backslash-u sequences. */
  private static String printable(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
