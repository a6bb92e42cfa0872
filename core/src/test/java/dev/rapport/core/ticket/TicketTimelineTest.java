package dev.rapport.core.ticket;

import static dev.rapport.core.TicketStatus.CLOSED;
import static dev.rapport.core.TicketStatus.NEW;
import static dev.rapport.core.TicketStatus.ON_HOLD;
import static dev.rapport.core.TicketStatus.OPEN;
import static dev.rapport.core.TicketStatus.PENDING_CUSTOMER;
import static dev.rapport.core.TicketStatus.SOLVED;
import static dev.rapport.core.ticket.Fixtures.ANA;
import static dev.rapport.core.ticket.Fixtures.BEN;
import static dev.rapport.core.ticket.Fixtures.OTHER_TICKET;
import static dev.rapport.core.ticket.Fixtures.SUPPORT;
import static dev.rapport.core.ticket.Fixtures.TICKET;
import static dev.rapport.core.ticket.Fixtures.at;
import static dev.rapport.core.ticket.Fixtures.created;
import static dev.rapport.core.ticket.Fixtures.nextDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rapport.core.Priority;
import dev.rapport.core.TicketStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TicketTimelineTest {

  /** A day in the life of T-1; the comments give each event's index. */
  private static final List<TicketEvent> DAY =
      List.of(
          /* 0 */ created(),
          /* 1 */ Assigned.toTeam(at("09:05"), SUPPORT),
          /* 2 */ new StatusChanged(at("09:10"), OPEN),
          /* 3 */ AgentReply.publicReply(at("09:30"), ANA),
          /* 4 */ new StatusChanged(at("09:30"), PENDING_CUSTOMER),
          /* 5 */ new CustomerMessage(at("11:00")),
          /* 6 */ new StatusChanged(at("11:00"), OPEN),
          /* 7 */ new PriorityChanged(at("12:00"), Priority.HIGH),
          /* 8 */ new TagsChanged(at("12:00"), Set.of("vip"), Set.of("billing")),
          /* 9 */ Assigned.to(at("13:00"), ANA, SUPPORT),
          /* 10 */ new Acknowledged(at("13:00"), ANA),
          /* 11 */ new StatusChanged(at("15:00"), SOLVED),
          /* 12 */ new CustomerMessage(at("16:00")),
          /* 13 */ new Reopened(at("17:00")),
          /* 14 */ new StatusChanged(at("18:00"), ON_HOLD),
          /* 15 */ new StatusChanged(nextDay("09:00"), SOLVED),
          /* 16 */ new StatusChanged(nextDay("10:00"), CLOSED));

  private static final TicketTimeline TIMELINE = TicketTimeline.of(DAY);

  @Test
  void answersTheStatusAtEachInstant() {
    // A change at t is in effect at t; just before t the old status holds.
    assertThat(TIMELINE.statusAt(at("09:00"))).isEqualTo(NEW);
    assertThat(TIMELINE.statusAt(at("09:10").minusNanos(1))).isEqualTo(NEW);
    assertThat(TIMELINE.statusAt(at("09:10"))).isEqualTo(OPEN);
    // Reply and PENDING_CUSTOMER share 09:30: the state after both.
    assertThat(TIMELINE.statusAt(at("09:30"))).isEqualTo(PENDING_CUSTOMER);
    assertThat(TIMELINE.statusAt(at("11:00").minusNanos(1))).isEqualTo(PENDING_CUSTOMER);
    assertThat(TIMELINE.statusAt(at("11:00"))).isEqualTo(OPEN);
    assertThat(TIMELINE.statusAt(at("15:00"))).isEqualTo(SOLVED);
    // The customer's message at 16:00 leaves the ticket SOLVED.
    assertThat(TIMELINE.statusAt(at("16:30"))).isEqualTo(SOLVED);
    assertThat(TIMELINE.statusAt(at("17:00"))).isEqualTo(OPEN);
    assertThat(TIMELINE.statusAt(at("18:00"))).isEqualTo(ON_HOLD);
    assertThat(TIMELINE.statusAt(nextDay("09:00"))).isEqualTo(SOLVED);
    assertThat(TIMELINE.statusAt(nextDay("10:00"))).isEqualTo(CLOSED);
    assertThat(TIMELINE.statusAt(Instant.parse("2030-01-01T00:00:00Z"))).isEqualTo(CLOSED);
  }

  @Test
  void answersPriorityTagsAndAssigneeAtEachInstant() {
    assertThat(TIMELINE.priorityAt(at("12:00").minusNanos(1))).isEqualTo(Priority.NORMAL);
    assertThat(TIMELINE.priorityAt(at("12:00"))).isEqualTo(Priority.HIGH);
    assertThat(TIMELINE.tagsAt(at("11:59"))).containsExactly("billing");
    assertThat(TIMELINE.tagsAt(at("12:00"))).containsExactly("vip");
    assertThat(TIMELINE.teamAt(at("09:04"))).isEmpty();
    assertThat(TIMELINE.teamAt(at("09:05"))).contains(SUPPORT);
    assertThat(TIMELINE.agentAt(at("12:59"))).isEmpty();
    assertThat(TIMELINE.agentAt(at("13:00"))).contains(ANA);
    assertThat(TIMELINE.stateAt(at("13:00")))
        .isEqualTo(
            new TicketState(
                OPEN, Priority.HIGH, Set.of("vip"), Optional.of(ANA), Optional.of(SUPPORT)));
  }

  @Test
  void rejectsQueriesBeforeTheCreation() {
    assertThatThrownBy(() -> TIMELINE.statusAt(at("08:59")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "instant must not be before the ticket's creation at 2026-11-23T09:00:00Z, but was"
                + " 2026-11-23T08:59:00Z");
  }

  @Test
  void exposesTheEventsAndTheStateAfterEach() {
    assertThat(TIMELINE.events()).isEqualTo(DAY);
    assertThat(TIMELINE.size()).isEqualTo(17);
    assertThat(TIMELINE.created()).isEqualTo(created());
    assertThat(TIMELINE.ticketId()).isEqualTo(TICKET);
    assertThat(TIMELINE.lastEventAt()).isEqualTo(nextDay("10:00"));
    assertThat(TIMELINE.currentStatus()).isEqualTo(CLOSED);
    assertThat(TIMELINE.currentState()).isSameAs(TIMELINE.stateAfter(16));
    assertThat(TIMELINE.stateAfter(0))
        .isEqualTo(
            new TicketState(
                NEW, Priority.NORMAL, Set.of("billing"), Optional.empty(), Optional.empty()));
    assertThat(TIMELINE.stateAfter(3).status()).isEqualTo(OPEN);
    assertThat(TIMELINE.stateAfter(4).status()).isEqualTo(PENDING_CUSTOMER);
    assertThat(TIMELINE.mergedInto()).isEmpty();
    assertThatThrownBy(() -> TIMELINE.stateAfter(17)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> TIMELINE.events().add(new CustomerMessage(at("10:00"))))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void listsTheStatusIntervals() {
    assertThat(TIMELINE.statusIntervals())
        .containsExactly(
            new StatusInterval(NEW, at("09:00"), Optional.of(at("09:10"))),
            new StatusInterval(OPEN, at("09:10"), Optional.of(at("09:30"))),
            new StatusInterval(PENDING_CUSTOMER, at("09:30"), Optional.of(at("11:00"))),
            new StatusInterval(OPEN, at("11:00"), Optional.of(at("15:00"))),
            new StatusInterval(SOLVED, at("15:00"), Optional.of(at("17:00"))),
            new StatusInterval(OPEN, at("17:00"), Optional.of(at("18:00"))),
            new StatusInterval(ON_HOLD, at("18:00"), Optional.of(nextDay("09:00"))),
            new StatusInterval(SOLVED, nextDay("09:00"), Optional.of(nextDay("10:00"))),
            new StatusInterval(CLOSED, nextDay("10:00"), Optional.empty()));
  }

  @Test
  void keepsAnEmptyIntervalWhenTwoChangesShareAnInstant() {
    TicketTimeline timeline =
        TicketTimeline.of(
            List.of(
                created(),
                new StatusChanged(at("10:00"), OPEN),
                new StatusChanged(at("10:00"), ON_HOLD)));
    assertThat(timeline.statusIntervals())
        .containsExactly(
            new StatusInterval(NEW, at("09:00"), Optional.of(at("10:00"))),
            new StatusInterval(OPEN, at("10:00"), Optional.of(at("10:00"))),
            new StatusInterval(ON_HOLD, at("10:00"), Optional.empty()));
    assertThat(timeline.statusAt(at("10:00"))).isEqualTo(ON_HOLD);
  }

  @Test
  void appendingOneByOneGivesTheSameTimelineAndLeavesTheOriginalAlone() {
    TicketTimeline timeline = TicketTimeline.of(created());
    List<TicketTimeline> steps = new ArrayList<>();
    for (TicketEvent event : DAY.subList(1, DAY.size())) {
      steps.add(timeline);
      timeline = timeline.append(event);
    }
    assertThat(timeline).isEqualTo(TIMELINE).hasSameHashCodeAs(TIMELINE);
    assertThat(timeline.statusIntervals()).isEqualTo(TIMELINE.statusIntervals());
    for (int i = 0; i < steps.size(); i++) {
      assertThat(steps.get(i).size()).isEqualTo(i + 1);
      assertThat(steps.get(i).currentState()).isEqualTo(TIMELINE.stateAfter(i));
    }
  }

  @Test
  void aMergedTicketIsClosedAndNamesTheTicketItWentInto() {
    TicketTimeline timeline =
        TicketTimeline.of(created()).append(new Merged(at("10:00"), OTHER_TICKET));
    assertThat(timeline.currentStatus()).isEqualTo(CLOSED);
    assertThat(timeline.mergedInto()).contains(OTHER_TICKET);
    assertThat(timeline.statusIntervals())
        .containsExactly(
            new StatusInterval(NEW, at("09:00"), Optional.of(at("10:00"))),
            new StatusInterval(CLOSED, at("10:00"), Optional.empty()));
  }

  @Test
  void toStringSummarises() {
    assertThat(TIMELINE)
        .hasToString(
            "TicketTimeline[ticketId=T-1, events=17, from=2026-11-23T09:00:00Z,"
                + " to=2026-11-24T10:00:00Z, status=CLOSED]");
  }

  @Test
  void equalityFollowsTheEvents() {
    TicketTimeline shorter = TicketTimeline.of(DAY.subList(0, 16));
    assertThat(TicketTimeline.of(new ArrayList<>(DAY))).isEqualTo(TIMELINE);
    assertThat(shorter).isNotEqualTo(TIMELINE);
    assertThat(TIMELINE).isNotEqualTo(DAY);
  }

  @Test
  void rejectsAnEmptyListAndNulls() {
    assertThatThrownBy(() -> TicketTimeline.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("events must not be empty");
    assertThatThrownBy(() -> TicketTimeline.of(Arrays.asList(created(), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("events must not contain null, but events[1] was");
    assertThatThrownBy(() -> TIMELINE.append(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("event");
  }

  @Test
  void theExceptionCarriesIndexEventAndReason() {
    StatusChanged event = new StatusChanged(at("10:00"), CLOSED);
    InvalidTimelineEventException e =
        catchThrowableOfType(
            () -> TicketTimeline.of(List.of(created(), event)),
            InvalidTimelineEventException.class);
    assertThat(e.index()).isEqualTo(1);
    assertThat(e.event()).isSameAs(event);
    assertThat(e.reason())
        .isEqualTo(
            "NEW -> CLOSED is not allowed; from NEW the status may change to"
                + " [OPEN, PENDING_CUSTOMER, ON_HOLD, SOLVED]");
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }

  // ---------------------------------------------------------------- rejections, table-driven

  /** Returns T-1 created at 09:00 and moved to {@code status} at 10:00 (CLOSED via SOLVED). */
  private static List<TicketEvent> inStatus(TicketStatus status) {
    List<TicketEvent> events = new ArrayList<>(List.of(created()));
    if (status == CLOSED) {
      events.add(new StatusChanged(at("10:00"), SOLVED));
      events.add(new StatusChanged(at("10:00"), CLOSED));
    } else if (status != NEW) {
      events.add(new StatusChanged(at("10:00"), status));
    }
    return events;
  }

  private static List<TicketEvent> with(List<TicketEvent> base, TicketEvent... more) {
    List<TicketEvent> events = new ArrayList<>(base);
    events.addAll(Arrays.asList(more));
    return events;
  }

  static Stream<Arguments> rejections() {
    return Stream.of(
        Arguments.of(
            "out of order",
            with(inStatus(NEW), new CustomerMessage(at("10:00"))),
            new CustomerMessage(at("09:30")),
            "event 2 (CustomerMessage[at=2026-11-23T09:30:00Z]) rejected: it is before the"
                + " previous event at 2026-11-23T10:00:00Z; events must be in time order"),
        Arguments.of(
            "before creation",
            inStatus(NEW),
            new CustomerMessage(at("08:00")),
            "event 1 (CustomerMessage[at=2026-11-23T08:00:00Z]) rejected: it is before the"
                + " ticket's creation at 2026-11-23T09:00:00Z"),
        Arguments.of(
            "a second creation",
            inStatus(NEW),
            created(),
            "event 1 ("
                + created()
                + ") rejected: a timeline has one TicketCreated, as its first"
                + " event"),
        Arguments.of(
            "after a merge",
            with(inStatus(OPEN), new Merged(at("11:00"), OTHER_TICKET)),
            new CustomerMessage(at("12:00")),
            "event 3 (CustomerMessage[at=2026-11-23T12:00:00Z]) rejected: the ticket was merged"
                + " into T-2; no event may follow"),
        Arguments.of(
            "after close",
            inStatus(CLOSED),
            new Reopened(at("12:00")),
            "event 3 (Reopened[at=2026-11-23T12:00:00Z]) rejected: the ticket is CLOSED; no event"
                + " may follow"),
        Arguments.of(
            "a reply after close",
            inStatus(CLOSED),
            AgentReply.internalNote(at("12:00"), ANA),
            "event 3 (AgentReply[at=2026-11-23T12:00:00Z, agentId=ana, visibility=INTERNAL])"
                + " rejected: the ticket is CLOSED; no event may follow"),
        Arguments.of(
            "a change to the same status",
            inStatus(OPEN),
            new StatusChanged(at("11:00"), OPEN),
            "event 2 (StatusChanged[at=2026-11-23T11:00:00Z, to=OPEN]) rejected: the status is"
                + " already OPEN"),
        Arguments.of(
            "SOLVED -> OPEN as a status change",
            inStatus(SOLVED),
            new StatusChanged(at("11:00"), OPEN),
            "event 2 (StatusChanged[at=2026-11-23T11:00:00Z, to=OPEN]) rejected: SOLVED -> OPEN"
                + " is not allowed; use Reopened"),
        Arguments.of(
            "a reopen of an open ticket",
            inStatus(OPEN),
            new Reopened(at("11:00")),
            "event 2 (Reopened[at=2026-11-23T11:00:00Z]) rejected: only a SOLVED ticket can be"
                + " reopened, but it is OPEN"),
        Arguments.of(
            "a merge into itself",
            inStatus(OPEN),
            new Merged(at("11:00"), TICKET),
            "event 2 (Merged[at=2026-11-23T11:00:00Z, into=T-1]) rejected: a ticket cannot be"
                + " merged into itself"),
        Arguments.of(
            "the same priority",
            inStatus(OPEN),
            new PriorityChanged(at("11:00"), Priority.NORMAL),
            "event 2 (PriorityChanged[at=2026-11-23T11:00:00Z, to=NORMAL]) rejected: the priority"
                + " is already NORMAL"),
        Arguments.of(
            "the same assignment",
            with(inStatus(OPEN), Assigned.toAgent(at("11:00"), BEN)),
            Assigned.toAgent(at("11:30"), BEN),
            "event 3 (Assigned[at=2026-11-23T11:30:00Z, agentId=Optional[ben],"
                + " teamId=Optional.empty]) rejected: the ticket is already assigned to agent ben"
                + " and no team"),
        Arguments.of(
            "adding a tag that is present",
            inStatus(OPEN),
            TagsChanged.adding(at("11:00"), "billing", "vip"),
            "event 2 (TagsChanged[at=2026-11-23T11:00:00Z, added=[billing, vip], removed=[]])"
                + " rejected: tag \"billing\" is already present"),
        Arguments.of(
            "removing a tag that is absent",
            inStatus(OPEN),
            TagsChanged.removing(at("11:00"), "vip"),
            "event 2 (TagsChanged[at=2026-11-23T11:00:00Z, added=[], removed=[vip]]) rejected:"
                + " tag \"vip\" is not present"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejections")
  void rejects(String name, List<TicketEvent> base, TicketEvent event, String message) {
    TicketTimeline timeline = TicketTimeline.of(base);
    assertThatThrownBy(() -> timeline.append(event))
        .isInstanceOf(InvalidTimelineEventException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> TicketTimeline.of(with(base, event)))
        .isInstanceOf(InvalidTimelineEventException.class)
        .hasMessage(message);
  }

  @Test
  void rejectsAFirstEventThatIsNotTheCreation() {
    assertThatThrownBy(() -> TicketTimeline.of(List.of(new CustomerMessage(at("09:00")))))
        .isInstanceOf(InvalidTimelineEventException.class)
        .hasMessage(
            "event 0 (CustomerMessage[at=2026-11-23T09:00:00Z]) rejected: the first event must be"
                + " TicketCreated");
  }

  /** Every transition the status machine forbids, with the alternatives the message lists. */
  static Stream<Arguments> forbiddenTransitions() {
    String fromNew = "[OPEN, PENDING_CUSTOMER, ON_HOLD, SOLVED]";
    String fromOpen = "[PENDING_CUSTOMER, ON_HOLD, SOLVED]";
    String fromPending = "[OPEN, ON_HOLD, SOLVED]";
    String fromOnHold = "[OPEN, PENDING_CUSTOMER, SOLVED]";
    String fromSolved = "[CLOSED], or Reopened";
    return Stream.of(
        Arguments.of(NEW, CLOSED, fromNew),
        Arguments.of(OPEN, NEW, fromOpen),
        Arguments.of(OPEN, CLOSED, fromOpen),
        Arguments.of(PENDING_CUSTOMER, NEW, fromPending),
        Arguments.of(PENDING_CUSTOMER, CLOSED, fromPending),
        Arguments.of(ON_HOLD, NEW, fromOnHold),
        Arguments.of(ON_HOLD, CLOSED, fromOnHold),
        Arguments.of(SOLVED, NEW, fromSolved),
        Arguments.of(SOLVED, PENDING_CUSTOMER, fromSolved),
        Arguments.of(SOLVED, ON_HOLD, fromSolved));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("forbiddenTransitions")
  void rejectsForbiddenTransitions(TicketStatus from, TicketStatus to, String alternatives) {
    List<TicketEvent> base = inStatus(from);
    StatusChanged event = new StatusChanged(at("11:00"), to);
    assertThatThrownBy(() -> TicketTimeline.of(base).append(event))
        .isInstanceOf(InvalidTimelineEventException.class)
        .hasMessage(
            "event "
                + base.size()
                + " ("
                + event
                + ") rejected: "
                + from
                + " -> "
                + to
                + " is not allowed; from "
                + from
                + " the status may change to "
                + alternatives);
  }

  @Test
  void theForbiddenTableCoversEveryForbiddenPair() {
    // From the five statuses other than CLOSED to any other status: 5 * 5 = 25 pairs. The
    // machine allows NEW 4, OPEN 3, PENDING 3, ON_HOLD 3, SOLVED 2 (OPEN, CLOSED) = 15 of them,
    // so 25 - 15 = 10 are forbidden. (SOLVED -> OPEN is allowed by the machine but must be a
    // Reopened; it has its own case in rejections().)
    Set<List<TicketStatus>> table = new HashSet<>();
    forbiddenTransitions()
        .forEach(a -> table.add(List.of((TicketStatus) a.get()[0], (TicketStatus) a.get()[1])));
    assertThat(table).hasSize(10);
    for (TicketStatus from : TicketStatus.values()) {
      for (TicketStatus to : TicketStatus.values()) {
        boolean forbidden = from != CLOSED && from != to && !from.canTransitionTo(to);
        assertThat(table.contains(List.of(from, to))).as(from + " -> " + to).isEqualTo(forbidden);
      }
    }
  }

  @Test
  void everyAllowedTransitionIsAccepted() {
    for (TicketStatus from : List.of(NEW, OPEN, PENDING_CUSTOMER, ON_HOLD, SOLVED)) {
      for (TicketStatus to : from.allowedNext()) {
        if (from == SOLVED && to == OPEN) {
          continue;
        }
        TicketTimeline timeline =
            TicketTimeline.of(inStatus(from)).append(new StatusChanged(at("11:00"), to));
        assertThat(timeline.currentStatus()).as(from + " -> " + to).isEqualTo(to);
      }
    }
  }

  @Test
  void messagesRepliesAndAcknowledgementsChangeNoState() {
    TicketTimeline solved = TicketTimeline.of(inStatus(SOLVED));
    TicketTimeline after =
        solved
            .append(new CustomerMessage(at("11:00")))
            .append(AgentReply.publicReply(at("11:00"), ANA))
            .append(new Acknowledged(at("11:00"), ANA));
    assertThat(after.currentState()).isSameAs(solved.currentState());
  }

  @Test
  void eventsAtTheCreationInstantAreAllowed() {
    TicketTimeline timeline =
        TicketTimeline.of(created())
            .append(new StatusChanged(at("09:00"), OPEN))
            .append(AgentReply.publicReply(at("09:00"), ANA));
    assertThat(timeline.statusAt(at("09:00"))).isEqualTo(OPEN);
  }
}
