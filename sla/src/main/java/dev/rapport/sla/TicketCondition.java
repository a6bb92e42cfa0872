package dev.rapport.sla;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import dev.rapport.core.Channel;
import dev.rapport.core.Priority;
import dev.rapport.core.ticket.TicketCreated;
import dev.rapport.core.ticket.TicketState;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which tickets an {@link SlaPolicy} applies to: data, not a lambda, so that a policy can be
 * printed, compared and written to JSON. A condition looks at what a ticket is at one instant: its
 * channel and customer segment, which {@link TicketCreated} fixes for the ticket's life, and its
 * priority and tags, which {@link TicketState} gives (they change, and the policy is chosen again
 * when they do).
 *
 * <p>The customer segment is the one {@link TicketCreated#segment()} carries; a ticket without one
 * matches no {@link SegmentIn}. Build conditions with the static factories ({@link #priorityIn},
 * {@link #channelIn}, {@link #hasAnyTag}, {@link #hasAllTags}, {@link #segmentIn}, {@link #all},
 * {@link #any}, {@link #not}, {@link #always}) or the records' constructors; every set and list is
 * copied and must not be empty.
 *
 * <p>Every implementation is an immutable record (or, for {@link Always}, an enum constant), so
 * thread-safe.
 */
public sealed interface TicketCondition
    permits TicketCondition.Always,
        TicketCondition.PriorityIn,
        TicketCondition.ChannelIn,
        TicketCondition.HasAnyTag,
        TicketCondition.HasAllTags,
        TicketCondition.SegmentIn,
        TicketCondition.All,
        TicketCondition.Any,
        TicketCondition.Not {

  /**
   * Returns whether a ticket created by {@code created} and now in {@code state} satisfies this
   * condition.
   */
  boolean matches(TicketCreated created, TicketState state);

  /** Returns the condition every ticket satisfies. */
  static TicketCondition always() {
    return Always.INSTANCE;
  }

  /** Returns the condition that the ticket's priority is one of {@code priorities}. */
  static TicketCondition priorityIn(Priority... priorities) {
    return new PriorityIn(setOf("priorities", priorities));
  }

  /** Returns the condition that the ticket came through one of {@code channels}. */
  static TicketCondition channelIn(Channel... channels) {
    return new ChannelIn(setOf("channels", channels));
  }

  /** Returns the condition that the ticket has at least one of {@code tags}. */
  static TicketCondition hasAnyTag(String... tags) {
    return new HasAnyTag(setOf("tags", tags));
  }

  /** Returns the condition that the ticket has every one of {@code tags}. */
  static TicketCondition hasAllTags(String... tags) {
    return new HasAllTags(setOf("tags", tags));
  }

  /** Returns the condition that the ticket's customer segment is one of {@code segments}. */
  static TicketCondition segmentIn(String... segments) {
    return new SegmentIn(setOf("segments", segments));
  }

  /** Returns the condition that every one of {@code conditions} holds. */
  static TicketCondition all(TicketCondition... conditions) {
    return new All(Arrays.asList(Objects.requireNonNull(conditions, "conditions")));
  }

  /** Returns the condition that at least one of {@code conditions} holds. */
  static TicketCondition any(TicketCondition... conditions) {
    return new Any(Arrays.asList(Objects.requireNonNull(conditions, "conditions")));
  }

  /** Returns the condition that {@code condition} does not hold. */
  static TicketCondition not(TicketCondition condition) {
    return new Not(condition);
  }

  /**
   * Every ticket: the condition of a catch-all policy.
   *
   * <p>Printed as {@code always}.
   */
  enum Always implements TicketCondition {
    /** The only instance. */
    INSTANCE;

    @Override
    public boolean matches(TicketCreated created, TicketState state) {
      return true;
    }

    @Override
    public String toString() {
      return "always";
    }
  }

  /**
   * The ticket's current priority is one of {@code priorities}.
   *
   * @param priorities the priorities, an immutable set (copied), not empty
   */
  record PriorityIn(Set<Priority> priorities) implements TicketCondition {
    /** Copies and checks the set. */
    public PriorityIn {
      priorities = Sets.immutableEnumSet(nonNullElements(priorities, "priorities"));
      Checks.notEmpty(priorities, "priorities");
    }

    @Override
    public boolean matches(TicketCreated created, TicketState state) {
      return priorities.contains(state.priority());
    }

    @Override
    public String toString() {
      return "priorityIn" + priorities;
    }
  }

  /**
   * The ticket came through one of {@code channels}.
   *
   * @param channels the channels, an immutable set (copied), not empty
   */
  record ChannelIn(Set<Channel> channels) implements TicketCondition {
    /** Copies and checks the set. */
    public ChannelIn {
      channels = Sets.immutableEnumSet(nonNullElements(channels, "channels"));
      Checks.notEmpty(channels, "channels");
    }

    @Override
    public boolean matches(TicketCreated created, TicketState state) {
      return channels.contains(created.channel());
    }

    @Override
    public String toString() {
      return "channelIn" + channels;
    }
  }

  /**
   * The ticket currently has at least one of {@code tags}.
   *
   * @param tags valid ticket tags, an immutable sorted set (copied), not empty
   */
  record HasAnyTag(Set<String> tags) implements TicketCondition {
    /** Copies and checks the tags. */
    public HasAnyTag {
      tags = Checks.tags(tags, "tags");
    }

    @Override
    public boolean matches(TicketCreated created, TicketState state) {
      Set<String> ticketTags = state.tags();
      for (String tag : tags) {
        if (ticketTags.contains(tag)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String toString() {
      return "hasAnyTag" + tags;
    }
  }

  /**
   * The ticket currently has every one of {@code tags}.
   *
   * @param tags valid ticket tags, an immutable sorted set (copied), not empty
   */
  record HasAllTags(Set<String> tags) implements TicketCondition {
    /** Copies and checks the tags. */
    public HasAllTags {
      tags = Checks.tags(tags, "tags");
    }

    @Override
    public boolean matches(TicketCreated created, TicketState state) {
      return state.tags().containsAll(tags);
    }

    @Override
    public String toString() {
      return "hasAllTags" + tags;
    }
  }

  /**
   * The ticket's customer segment, from {@link TicketCreated#segment()}, is one of {@code
   * segments}; a ticket without a segment does not match.
   *
   * @param segments valid segments, an immutable sorted set (copied), not empty
   */
  record SegmentIn(Set<String> segments) implements TicketCondition {
    /** Copies and checks the segments. */
    public SegmentIn {
      segments = Checks.segments(segments, "segments");
    }

    @Override
    public boolean matches(TicketCreated created, TicketState state) {
      return created.segment().isPresent() && segments.contains(created.segment().get());
    }

    @Override
    public String toString() {
      return "segmentIn" + segments;
    }
  }

  /**
   * Every one of {@code conditions} holds; they are tested in order, stopping at the first that
   * does not.
   *
   * @param conditions the conditions, an immutable list (copied), not empty
   */
  record All(List<TicketCondition> conditions) implements TicketCondition {
    /** Copies and checks the list. */
    public All {
      conditions = ImmutableList.copyOf(nonNullElements(conditions, "conditions"));
      Checks.notEmpty(conditions, "conditions");
    }

    @Override
    public boolean matches(TicketCreated created, TicketState state) {
      for (TicketCondition condition : conditions) {
        if (!condition.matches(created, state)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public String toString() {
      return conditions.stream()
          .map(Object::toString)
          .collect(Collectors.joining(", ", "all(", ")"));
    }
  }

  /**
   * At least one of {@code conditions} holds; they are tested in order, stopping at the first that
   * does.
   *
   * @param conditions the conditions, an immutable list (copied), not empty
   */
  record Any(List<TicketCondition> conditions) implements TicketCondition {
    /** Copies and checks the list. */
    public Any {
      conditions = ImmutableList.copyOf(nonNullElements(conditions, "conditions"));
      Checks.notEmpty(conditions, "conditions");
    }

    @Override
    public boolean matches(TicketCreated created, TicketState state) {
      for (TicketCondition condition : conditions) {
        if (condition.matches(created, state)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String toString() {
      return conditions.stream()
          .map(Object::toString)
          .collect(Collectors.joining(", ", "any(", ")"));
    }
  }

  /**
   * {@code condition} does not hold.
   *
   * @param condition the condition negated
   */
  record Not(TicketCondition condition) implements TicketCondition {
    /** Checks that the condition is present. */
    public Not {
      Objects.requireNonNull(condition, "condition");
    }

    @Override
    public boolean matches(TicketCreated created, TicketState state) {
      return !condition.matches(created, state);
    }

    @Override
    public String toString() {
      return "not(" + condition + ")";
    }
  }

  /**
   * Returns {@code values} after checking that neither it nor any element is null; {@code what}
   * names it in messages.
   */
  private static <C extends Collection<?>> C nonNullElements(C values, String what) {
    Objects.requireNonNull(values, what);
    for (Object value : values) {
      if (value == null) {
        throw new NullPointerException(what + " must not contain null, but was " + values);
      }
    }
    return values;
  }

  /**
   * Returns the elements of an array (a factory's varargs) as a set in their order, rejecting nulls
   * and repeats (a repeat is a caller's mistake, not something to drop silently).
   */
  private static <T> Set<T> setOf(String what, T[] values) {
    Objects.requireNonNull(values, what);
    Set<T> set = new LinkedHashSet<>(nonNullElements(Arrays.asList(values), what));
    if (set.size() != values.length) {
      throw new IllegalArgumentException(
          what + " must not repeat a value, but was " + Arrays.toString(values));
    }
    return set;
  }
}
