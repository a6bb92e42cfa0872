package dev.rapport.core.ticket;

import com.google.common.collect.Sets;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Tags were added to or removed from the ticket. The two sets are disjoint and not both empty; the
 * timeline rejects adding a tag the ticket has or removing one it lacks, so that no change is
 * silently a no-op. Tags follow the rules of {@link TicketCreated}. Immutable and thread-safe.
 *
 * @param at when the tags changed
 * @param added the tags added, an immutable sorted set (copied)
 * @param removed the tags removed, an immutable sorted set (copied)
 */
public record TagsChanged(Instant at, Set<String> added, Set<String> removed)
    implements TicketEvent {

  /** Validates and copies the tags, and checks that the sets are disjoint and not both empty. */
  public TagsChanged {
    Objects.requireNonNull(at, "at");
    added = Tags.copyOf(added, "added");
    removed = Tags.copyOf(removed, "removed");
    if (added.isEmpty() && removed.isEmpty()) {
      throw new IllegalArgumentException("a tag change must add or remove a tag, but did neither");
    }
    Set<String> both = Sets.intersection(added, removed);
    if (!both.isEmpty()) {
      throw new IllegalArgumentException(
          "added and removed must be disjoint, but both had " + both);
    }
  }

  /** Returns a change that adds {@code tags}. */
  public static TagsChanged adding(Instant at, String... tags) {
    return new TagsChanged(at, Tags.ofArray(tags, "tags"), Set.of());
  }

  /** Returns a change that removes {@code tags}. */
  public static TagsChanged removing(Instant at, String... tags) {
    return new TagsChanged(at, Set.of(), Tags.ofArray(tags, "tags"));
  }
}
