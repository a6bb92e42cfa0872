package dev.rapport.testkit;

import dev.rapport.core.AgentId;
import dev.rapport.core.Channel;
import dev.rapport.core.CustomerId;
import dev.rapport.core.Priority;
import dev.rapport.core.TeamId;
import dev.rapport.core.TicketId;
import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.Acknowledged;
import dev.rapport.core.ticket.AgentReply;
import dev.rapport.core.ticket.Assigned;
import dev.rapport.core.ticket.CustomerMessage;
import dev.rapport.core.ticket.Merged;
import dev.rapport.core.ticket.PriorityChanged;
import dev.rapport.core.ticket.Reopened;
import dev.rapport.core.ticket.StatusChanged;
import dev.rapport.core.ticket.TagsChanged;
import dev.rapport.core.ticket.TicketCreated;
import dev.rapport.core.ticket.TicketEvent;
import dev.rapport.core.ticket.TicketState;
import dev.rapport.core.ticket.TicketTimeline;
import dev.rapport.core.ticket.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Generators of valid ticket timelines for property tests, as plain {@code Function<
 * RandomGenerator, T>} values: call {@code apply(random)} with any {@link RandomGenerator}, or wrap
 * them for a property-testing library ({@link QtTimelineGens} does so for QuickTheories).
 *
 * <p>A generated timeline starts between 2020 and 2030 and takes a random but legal walk: status
 * changes the status machine allows, reopens of solved tickets, public and internal replies,
 * customer messages (also on solved tickets), priority, tag and assignment changes,
 * acknowledgements, and now and then a close or a merge that ends it. Gaps between events run from
 * zero (events sharing an instant) through seconds to days, some with a fraction of a second.
 * Instants are zone-free: no generator needs or assumes a time zone.
 *
 * <p>Each generator is a pure function of the random source it is given, so a seeded source repeats
 * its sequence. Thread-safe (stateless); the random source is the caller's.
 */
public final class TimelineGenerators {
  /** The number of events at most in a timeline from {@link #timelines()}. */
  public static final int DEFAULT_MAX_EVENTS = 30;

  private static final Instant EARLIEST = Instant.parse("2020-01-01T00:00:00Z");
  private static final long START_RANGE_SECONDS =
      Duration.between(EARLIEST, Instant.parse("2030-01-01T00:00:00Z")).getSeconds();
  private static final long LONGEST_GAP_SECONDS = Duration.ofDays(3).getSeconds();

  private static final List<AgentId> AGENTS =
      List.of(AgentId.of("ana"), AgentId.of("ben"), AgentId.of("chen"), AgentId.of("dara"));
  private static final List<TeamId> TEAMS =
      List.of(TeamId.of("support"), TeamId.of("billing"), TeamId.of("tier-2"));
  private static final List<String> TAGS =
      List.of("billing", "vip", "refund", "bug", "outage", "feedback", "café", "how-to");
  private static final List<String> SEGMENTS = List.of("enterprise", "smb", "key accounts");

  private TimelineGenerators() {}

  /** Returns a generator of timelines with 1 to {@value #DEFAULT_MAX_EVENTS} events. */
  public static Function<RandomGenerator, TicketTimeline> timelines() {
    return timelines(DEFAULT_MAX_EVENTS);
  }

  /**
   * Returns a generator of timelines with 1 to {@code maxEvents} events (fewer when the walk ends
   * in a close or a merge).
   *
   * @throws IllegalArgumentException if {@code maxEvents} is less than 1
   */
  public static Function<RandomGenerator, TicketTimeline> timelines(int maxEvents) {
    if (maxEvents < 1) {
      throw new IllegalArgumentException("maxEvents must be at least 1, but was " + maxEvents);
    }
    Function<RandomGenerator, TicketCreated> created = createdEvents();
    return random -> {
      Objects.requireNonNull(random, "random");
      int size = 1 + random.nextInt(maxEvents);
      TicketTimeline timeline = TicketTimeline.of(created.apply(random));
      while (timeline.size() < size && timeline.currentStatus() != TicketStatus.CLOSED) {
        timeline = timeline.append(nextEvent(timeline, random));
      }
      return timeline;
    };
  }

  /**
   * Returns a generator of creation events: any channel and priority, up to three tags, a segment
   * or none.
   */
  public static Function<RandomGenerator, TicketCreated> createdEvents() {
    return random -> {
      Objects.requireNonNull(random, "random");
      Instant at = withFraction(random, EARLIEST.plusSeconds(random.nextLong(START_RANGE_SECONDS)));
      Set<String> tags = new TreeSet<>();
      int tagCount = random.nextInt(4);
      while (tags.size() < tagCount) {
        tags.add(pick(random, TAGS));
      }
      Optional<String> segment =
          random.nextInt(3) == 0 ? Optional.empty() : Optional.of(pick(random, SEGMENTS));
      return new TicketCreated(
          at,
          TicketId.of("T-" + (1 + random.nextInt(99_999))),
          CustomerId.of("C-" + (1 + random.nextInt(9_999))),
          pick(random, List.of(Channel.values())),
          pick(random, List.of(Priority.values())),
          tags,
          segment);
    };
  }

  /**
   * Returns a generator of events that {@code timeline} accepts next, for model-based tests that
   * grow a timeline step by step.
   *
   * @throws IllegalArgumentException if the timeline is {@code CLOSED} and accepts no event
   */
  public static Function<RandomGenerator, TicketEvent> nextEvents(TicketTimeline timeline) {
    Objects.requireNonNull(timeline, "timeline");
    if (timeline.currentStatus() == TicketStatus.CLOSED) {
      throw new IllegalArgumentException(
          "timeline must accept another event, but was CLOSED: " + timeline);
    }
    return random -> nextEvent(timeline, Objects.requireNonNull(random, "random"));
  }

  /**
   * The kinds of next event, with their relative weights: about one step in 330 is a merge, and a
   * solved ticket is closed at a quarter of the rate other statuses change, so that most timelines
   * stay open and many are reopened.
   */
  private enum Kind {
    CUSTOMER_MESSAGE(60),
    AGENT_REPLY(60),
    STATUS_CHANGE(80),
    REOPEN(40),
    PRIORITY_CHANGE(20),
    ASSIGNMENT(20),
    TAGS_CHANGE(20),
    ACKNOWLEDGEMENT(20),
    MERGE(1);

    private final int weight;

    Kind(int weight) {
      this.weight = weight;
    }

    /** Returns this kind's weight in {@code status}; zero if it is not allowed there. */
    int weightIn(TicketStatus status) {
      if (this == REOPEN) {
        return status == TicketStatus.SOLVED ? weight : 0;
      }
      if (this == STATUS_CHANGE && status == TicketStatus.SOLVED) {
        return weight / 4;
      }
      return weight;
    }
  }

  private static TicketEvent nextEvent(TicketTimeline timeline, RandomGenerator random) {
    TicketState state = timeline.currentState();
    Instant at = timeline.lastEventAt().plus(gap(random));
    switch (pickKind(random, state.status())) {
      case CUSTOMER_MESSAGE:
        return new CustomerMessage(at);
      case AGENT_REPLY:
        Visibility visibility = random.nextInt(4) == 0 ? Visibility.INTERNAL : Visibility.PUBLIC;
        return new AgentReply(at, pick(random, AGENTS), visibility);
      case STATUS_CHANGE:
        return new StatusChanged(at, nextStatus(random, state.status()));
      case REOPEN:
        return new Reopened(at);
      case PRIORITY_CHANGE:
        return new PriorityChanged(at, other(random, List.of(Priority.values()), state.priority()));
      case ASSIGNMENT:
        return assignment(random, at, state);
      case TAGS_CHANGE:
        return tagsChange(random, at, state.tags());
      case ACKNOWLEDGEMENT:
        return new Acknowledged(at, pick(random, AGENTS));
      case MERGE:
        // Generated ticket ids start with "T-", so an "M-" id is never the ticket itself.
        return new Merged(at, TicketId.of("M-" + (1 + random.nextInt(99_999))));
      default:
        throw new AssertionError();
    }
  }

  private static Kind pickKind(RandomGenerator random, TicketStatus status) {
    int total = 0;
    for (Kind kind : Kind.values()) {
      total += kind.weightIn(status);
    }
    int ticket = random.nextInt(total);
    for (Kind kind : Kind.values()) {
      ticket -= kind.weightIn(status);
      if (ticket < 0) {
        return kind;
      }
    }
    throw new AssertionError();
  }

  /** A status the machine allows next, except SOLVED -> OPEN, which is a Reopened. */
  private static TicketStatus nextStatus(RandomGenerator random, TicketStatus from) {
    List<TicketStatus> next = new ArrayList<>(from.allowedNext());
    if (from == TicketStatus.SOLVED) {
      next.remove(TicketStatus.OPEN);
    }
    return pick(random, next);
  }

  /** An assignment that differs from the current one, whatever the random source returns. */
  private static Assigned assignment(RandomGenerator random, Instant at, TicketState state) {
    int shape = random.nextInt(3);
    int agent = random.nextInt(AGENTS.size());
    int team = random.nextInt(TEAMS.size());
    Assigned assigned = assigned(at, shape, agent, team);
    if (assigned.agentId().equals(state.agentId()) && assigned.teamId().equals(state.teamId())) {
      assigned = assigned(at, shape, agent + 1, team + 1);
    }
    return assigned;
  }

  private static Assigned assigned(Instant at, int shape, int agent, int team) {
    return new Assigned(
        at,
        shape == 1 ? Optional.empty() : Optional.of(AGENTS.get(agent % AGENTS.size())),
        shape == 0 ? Optional.empty() : Optional.of(TEAMS.get(team % TEAMS.size())));
  }

  /** A change of a quarter of the known tags, on average; at least one. */
  private static TagsChanged tagsChange(RandomGenerator random, Instant at, Set<String> tags) {
    Set<String> added = new TreeSet<>();
    Set<String> removed = new TreeSet<>();
    for (String tag : TAGS) {
      if (random.nextInt(4) == 0) {
        (tags.contains(tag) ? removed : added).add(tag);
      }
    }
    if (added.isEmpty() && removed.isEmpty()) {
      String tag = pick(random, TAGS);
      (tags.contains(tag) ? removed : added).add(tag);
    }
    return new TagsChanged(at, added, removed);
  }

  /**
   * A gap between events: zero one time in eight, otherwise log-uniform from one second to three
   * days, a quarter of them with a fraction of a second.
   */
  private static Duration gap(RandomGenerator random) {
    if (random.nextInt(8) == 0) {
      return Duration.ZERO;
    }
    double exponent = random.nextDouble() * Math.log(LONGEST_GAP_SECONDS);
    long seconds = Math.max(1, Math.min(LONGEST_GAP_SECONDS, Math.round(Math.exp(exponent))));
    Duration gap = Duration.ofSeconds(seconds);
    return random.nextInt(4) == 0 ? gap.plusNanos(1 + random.nextInt(999_999_999)) : gap;
  }

  private static Instant withFraction(RandomGenerator random, Instant instant) {
    return random.nextInt(4) == 0 ? instant.plusNanos(random.nextInt(1_000_000_000)) : instant;
  }

  private static <T> T pick(RandomGenerator random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static <T> T other(RandomGenerator random, List<T> values, T current) {
    List<T> others = new ArrayList<>(values);
    others.remove(current);
    return pick(random, others);
  }
}
