package dev.rapport.core.ticket;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import dev.rapport.core.AgentId;
import dev.rapport.core.Priority;
import dev.rapport.core.TeamId;
import dev.rapport.core.TicketId;
import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.internal.EventKind;
import dev.rapport.core.ticket.internal.TimelineColumns;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ordered, validated history of one ticket, and the ticket's state at any instant.
 *
 * <p>A timeline starts with {@link TicketCreated} and grows with {@link #append}, which returns a
 * new timeline. It rejects, with an {@link InvalidTimelineEventException} naming the event and the
 * reason:
 *
 * <ul>
 *   <li>an event earlier than the event before it (events at the same instant are allowed, in the
 *       order given) or earlier than the creation;
 *   <li>a second {@link TicketCreated}, or a first event that is not one;
 *   <li>any event after the ticket is {@code CLOSED}, by a status change or a {@link Merged};
 *   <li>a {@link StatusChanged} that {@link TicketStatus#canTransitionTo} forbids, one to the
 *       current status, and {@code SOLVED -> OPEN}, which must be a {@link Reopened};
 *   <li>a {@link Reopened} of a ticket that is not {@code SOLVED};
 *   <li>events that would change nothing: a priority change to the current priority, an assignment
 *       to the current assignee, adding a tag the ticket has or removing one it lacks, and a merge
 *       of a ticket into itself.
 * </ul>
 *
 * <p>Messages, replies and acknowledgements are allowed in every status but {@code CLOSED} and
 * change no state: a customer message on a {@code SOLVED} ticket leaves it {@code SOLVED} (a caller
 * that reopens on such a message appends a {@link Reopened}), and a reply does not open a {@code
 * NEW} ticket by itself.
 *
 * <p>The state at an instant {@code t} is the state after the last event at or before {@code t}, so
 * a change at {@code t} is in effect at {@code t} (intervals are half-open). States are computed
 * once, when the timeline is built, and queries binary-search them: no query replays events or
 * allocates.
 *
 * <p>Immutable and thread-safe.
 */
public final class TicketTimeline {
  // TicketStatus.allowedNext() builds a new set per call; the replay asks once per status change.
  private static final Map<TicketStatus, Set<TicketStatus>> ALLOWED_NEXT = allowedNext();

  static {
    TimelineColumns.register(new ColumnAccess());
  }

  private final ImmutableList<TicketEvent> events;
  // Instants of the events, split for an allocation-free binary search and for TimelineColumns.
  private final long[] seconds;
  private final int[] nanos;
  // For TimelineColumns: each event's EventKind ordinal and the status ordinal after it.
  private final byte[] kinds;
  private final byte[] statuses;
  // states[i] is the state right after events[i]; consecutive equal states share one instance.
  private final TicketState[] states;
  private final ImmutableList<StatusInterval> statusIntervals;

  private TicketTimeline(
      ImmutableList<TicketEvent> events,
      long[] seconds,
      int[] nanos,
      byte[] kinds,
      byte[] statuses,
      TicketState[] states) {
    this.events = events;
    this.seconds = seconds;
    this.nanos = nanos;
    this.kinds = kinds;
    this.statuses = statuses;
    this.states = states;
    this.statusIntervals = intervals(events, states);
  }

  /** Returns the timeline of a ticket that has just been created. */
  public static TicketTimeline of(TicketCreated created) {
    Objects.requireNonNull(created, "created");
    return of(List.of(created));
  }

  /**
   * Returns the timeline of {@code events}, validating each in order; the first must be a {@link
   * TicketCreated}.
   *
   * @throws IllegalArgumentException if {@code events} is empty
   * @throws InvalidTimelineEventException for the first event that is not allowed after the ones
   *     before it
   */
  public static TicketTimeline of(List<? extends TicketEvent> events) {
    Objects.requireNonNull(events, "events");
    if (events.isEmpty()) {
      throw new IllegalArgumentException("events must not be empty");
    }
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i) == null) {
        throw new NullPointerException("events must not contain null, but events[" + i + "] was");
      }
    }
    ImmutableList<TicketEvent> list = ImmutableList.copyOf(events);
    if (!(list.get(0) instanceof TicketCreated)) {
      throw new InvalidTimelineEventException(
          0, list.get(0), "the first event must be TicketCreated");
    }
    TicketCreated created = (TicketCreated) list.get(0);
    int n = list.size();
    long[] seconds = new long[n];
    int[] nanos = new int[n];
    byte[] kinds = new byte[n];
    byte[] statuses = new byte[n];
    TicketState[] states = new TicketState[n];
    for (int i = 0; i < n; i++) {
      TicketEvent event = list.get(i);
      states[i] =
          i == 0
              ? TicketState.initial(created)
              : next(i, created, list.get(i - 1), states[i - 1], event);
      setColumns(i, event, states[i], seconds, nanos, kinds, statuses);
    }
    return new TicketTimeline(list, seconds, nanos, kinds, statuses, states);
  }

  /**
   * Returns a new timeline with {@code event} added at the end; this timeline is unchanged. Costs a
   * copy of the timeline (O(n)).
   *
   * @throws InvalidTimelineEventException if the event is not allowed after this timeline's events
   */
  public TicketTimeline append(TicketEvent event) {
    Objects.requireNonNull(event, "event");
    int n = events.size();
    TicketState state = next(n, created(), events.get(n - 1), states[n - 1], event);
    ImmutableList<TicketEvent> list =
        ImmutableList.<TicketEvent>builderWithExpectedSize(n + 1).addAll(events).add(event).build();
    long[] newSeconds = Arrays.copyOf(seconds, n + 1);
    int[] newNanos = Arrays.copyOf(nanos, n + 1);
    byte[] newKinds = Arrays.copyOf(kinds, n + 1);
    byte[] newStatuses = Arrays.copyOf(statuses, n + 1);
    TicketState[] newStates = Arrays.copyOf(states, n + 1);
    newStates[n] = state;
    setColumns(n, event, state, newSeconds, newNanos, newKinds, newStatuses);
    return new TicketTimeline(list, newSeconds, newNanos, newKinds, newStatuses, newStates);
  }

  /** Returns the events in order, as an immutable list. */
  public List<TicketEvent> events() {
    return events;
  }

  /** Returns the number of events, at least 1. */
  public int size() {
    return events.size();
  }

  /** Returns the first event. */
  public TicketCreated created() {
    return (TicketCreated) events.get(0);
  }

  /** Returns the ticket's id. */
  public TicketId ticketId() {
    return created().ticketId();
  }

  /** Returns the instant of the last event (the creation, for a new ticket). */
  public Instant lastEventAt() {
    return events.get(events.size() - 1).at();
  }

  /**
   * Returns the state right after the event at {@code index}, which counts from 0 (the creation).
   * With {@link #events()}, this lets a caller replay the timeline without rebuilding state.
   *
   * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0, size())}
   */
  public TicketState stateAfter(int index) {
    Objects.checkIndex(index, states.length);
    return states[index];
  }

  /**
   * Returns the state at {@code instant}: after every event at or before it.
   *
   * @throws IllegalArgumentException if {@code instant} is before the creation
   */
  public TicketState stateAt(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    long s = instant.getEpochSecond();
    int ns = instant.getNano();
    int low = 0;
    int high = seconds.length - 1;
    int found = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (seconds[mid] < s || (seconds[mid] == s && nanos[mid] <= ns)) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    if (found < 0) {
      throw new IllegalArgumentException(
          "instant must not be before the ticket's creation at "
              + created().at()
              + ", but was "
              + instant);
    }
    return states[found];
  }

  /** Returns the status at {@code instant}; see {@link #stateAt}. */
  public TicketStatus statusAt(Instant instant) {
    return stateAt(instant).status();
  }

  /** Returns the priority at {@code instant}; see {@link #stateAt}. */
  public Priority priorityAt(Instant instant) {
    return stateAt(instant).priority();
  }

  /** Returns the tags at {@code instant}, an immutable sorted set; see {@link #stateAt}. */
  public Set<String> tagsAt(Instant instant) {
    return stateAt(instant).tags();
  }

  /** Returns the assigned agent at {@code instant}, if any; see {@link #stateAt}. */
  public Optional<AgentId> agentAt(Instant instant) {
    return stateAt(instant).agentId();
  }

  /** Returns the assigned team at {@code instant}, if any; see {@link #stateAt}. */
  public Optional<TeamId> teamAt(Instant instant) {
    return stateAt(instant).teamId();
  }

  /** Returns the state after the last event. */
  public TicketState currentState() {
    return states[states.length - 1];
  }

  /** Returns the status after the last event. */
  public TicketStatus currentStatus() {
    return currentState().status();
  }

  /** Returns the ticket this one was merged into, if it was merged. */
  public Optional<TicketId> mergedInto() {
    TicketEvent last = events.get(events.size() - 1);
    return last instanceof Merged ? Optional.of(((Merged) last).into()) : Optional.empty();
  }

  /**
   * Returns the statuses the ticket went through, in order, as half-open intervals from the
   * creation on; the last has no end. Computed once when the timeline is built.
   */
  public List<StatusInterval> statusIntervals() {
    return statusIntervals;
  }

  /** Two timelines are equal when their event lists are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof TicketTimeline && events.equals(((TicketTimeline) other).events);
  }

  @Override
  public int hashCode() {
    return events.hashCode();
  }

  /** Returns a one-line summary: ticket, number of events, time span and current status. */
  @Override
  public String toString() {
    return "TicketTimeline[ticketId="
        + ticketId()
        + ", events="
        + events.size()
        + ", from="
        + created().at()
        + ", to="
        + lastEventAt()
        + ", status="
        + currentStatus()
        + "]";
  }

  private static void setColumns(
      int i,
      TicketEvent event,
      TicketState state,
      long[] seconds,
      int[] nanos,
      byte[] kinds,
      byte[] statuses) {
    seconds[i] = event.at().getEpochSecond();
    nanos[i] = event.at().getNano();
    kinds[i] = (byte) EventKind.of(event).ordinal();
    statuses[i] = (byte) state.status().ordinal();
  }

  /** {@link TimelineColumns}' columns: the timeline's own arrays. */
  private static final class ColumnAccess implements TimelineColumns.Access {
    @Override
    public long[] epochSeconds(TicketTimeline timeline) {
      return timeline.seconds;
    }

    @Override
    public int[] nanos(TicketTimeline timeline) {
      return timeline.nanos;
    }

    @Override
    public byte[] kinds(TicketTimeline timeline) {
      return timeline.kinds;
    }

    @Override
    public byte[] statuses(TicketTimeline timeline) {
      return timeline.statuses;
    }
  }

  /**
   * Returns the state after {@code event}, which would be event number {@code index}, given the
   * creation, the event before it and the state after that; throws if the event is not allowed.
   */
  private static TicketState next(
      int index,
      TicketCreated created,
      TicketEvent previous,
      TicketState state,
      TicketEvent event) {
    Instant at = event.at();
    if (at.isBefore(created.at())) {
      throw reject(index, event, "it is before the ticket's creation at " + created.at());
    }
    if (at.isBefore(previous.at())) {
      throw reject(
          index,
          event,
          "it is before the previous event at " + previous.at() + "; events must be in time order");
    }
    if (event instanceof TicketCreated) {
      throw reject(index, event, "a timeline has one TicketCreated, as its first event");
    }
    if (state.status() == TicketStatus.CLOSED) {
      String why =
          previous instanceof Merged
              ? "the ticket was merged into " + ((Merged) previous).into()
              : "the ticket is CLOSED";
      throw reject(index, event, why + "; no event may follow");
    }
    if (event instanceof CustomerMessage
        || event instanceof AgentReply
        || event instanceof Acknowledged) {
      return state;
    }
    if (event instanceof StatusChanged) {
      return changeStatus(index, event, state, ((StatusChanged) event).to());
    }
    if (event instanceof Reopened) {
      if (state.status() != TicketStatus.SOLVED) {
        throw reject(
            index, event, "only a SOLVED ticket can be reopened, but it is " + state.status());
      }
      return state.withStatus(TicketStatus.OPEN);
    }
    if (event instanceof Merged) {
      TicketId into = ((Merged) event).into();
      if (into.equals(created.ticketId())) {
        throw reject(index, event, "a ticket cannot be merged into itself");
      }
      return state.withStatus(TicketStatus.CLOSED);
    }
    if (event instanceof PriorityChanged) {
      Priority to = ((PriorityChanged) event).to();
      if (to == state.priority()) {
        throw reject(index, event, "the priority is already " + to);
      }
      return state.withPriority(to);
    }
    if (event instanceof Assigned) {
      Assigned assigned = (Assigned) event;
      if (assigned.agentId().equals(state.agentId()) && assigned.teamId().equals(state.teamId())) {
        throw reject(
            index,
            event,
            "the ticket is already assigned to "
                + assigned.agentId().map(a -> "agent " + a).orElse("no agent")
                + " and "
                + assigned.teamId().map(t -> "team " + t).orElse("no team"));
      }
      return state.withAssignment(assigned.agentId(), assigned.teamId());
    }
    return changeTags(index, (TagsChanged) event, state);
  }

  private static TicketState changeStatus(
      int index, TicketEvent event, TicketState state, TicketStatus to) {
    TicketStatus from = state.status();
    if (to == from) {
      throw reject(index, event, "the status is already " + to);
    }
    if (from == TicketStatus.SOLVED && to == TicketStatus.OPEN) {
      throw reject(index, event, "SOLVED -> OPEN is not allowed; use Reopened");
    }
    if (!ALLOWED_NEXT.get(from).contains(to)) {
      Set<TicketStatus> allowed = EnumSet.copyOf(ALLOWED_NEXT.get(from));
      String alternative = "";
      if (from == TicketStatus.SOLVED) {
        allowed.remove(TicketStatus.OPEN);
        alternative = ", or Reopened";
      }
      throw reject(
          index,
          event,
          from
              + " -> "
              + to
              + " is not allowed; from "
              + from
              + " the status may change to "
              + allowed
              + alternative);
    }
    return state.withStatus(to);
  }

  private static TicketState changeTags(int index, TagsChanged change, TicketState state) {
    Set<String> tags = state.tags();
    for (String tag : change.added()) {
      if (tags.contains(tag)) {
        throw reject(index, change, "tag \"" + tag + "\" is already present");
      }
    }
    for (String tag : change.removed()) {
      if (!tags.contains(tag)) {
        throw reject(index, change, "tag \"" + tag + "\" is not present");
      }
    }
    Set<String> result = new TreeSet<>(tags);
    result.addAll(change.added());
    result.removeAll(change.removed());
    return state.withTags(result);
  }

  private static InvalidTimelineEventException reject(int index, TicketEvent event, String reason) {
    return new InvalidTimelineEventException(index, event, reason);
  }

  private static Map<TicketStatus, Set<TicketStatus>> allowedNext() {
    Map<TicketStatus, Set<TicketStatus>> allowed = new EnumMap<>(TicketStatus.class);
    for (TicketStatus status : TicketStatus.values()) {
      allowed.put(status, Sets.immutableEnumSet(status.allowedNext()));
    }
    return Collections.unmodifiableMap(allowed);
  }

  private static ImmutableList<StatusInterval> intervals(
      List<TicketEvent> events, TicketState[] states) {
    ImmutableList.Builder<StatusInterval> result = ImmutableList.builder();
    TicketStatus status = states[0].status();
    Instant start = events.get(0).at();
    for (int i = 1; i < states.length; i++) {
      if (states[i].status() != status) {
        Instant at = events.get(i).at();
        result.add(new StatusInterval(status, start, Optional.of(at)));
        status = states[i].status();
        start = at;
      }
    }
    result.add(new StatusInterval(status, start, Optional.empty()));
    return result.build();
  }
}
