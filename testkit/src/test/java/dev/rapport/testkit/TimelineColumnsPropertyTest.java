package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.rapport.core.ticket.AgentReply;
import dev.rapport.core.ticket.TicketEvent;
import dev.rapport.core.ticket.TicketTimeline;
import dev.rapport.core.ticket.internal.EventKind;
import dev.rapport.core.ticket.internal.TimelineColumns;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link TimelineColumns} (the SLA engine's compact view of a timeline) against the timeline's own
 * events and states, for timelines built at once and built by appending one event at a time.
 */
class TimelineColumnsPropertyTest {

  private static void assertColumnsMatch(TicketTimeline timeline) {
    List<TicketEvent> events = timeline.events();
    long[] seconds = TimelineColumns.epochSeconds(timeline);
    int[] nanos = TimelineColumns.nanos(timeline);
    byte[] kinds = TimelineColumns.kinds(timeline);
    byte[] statuses = TimelineColumns.statuses(timeline);
    assertThat(seconds).hasSize(events.size());
    assertThat(nanos).hasSize(events.size());
    assertThat(kinds).hasSize(events.size());
    assertThat(statuses).hasSize(events.size());
    for (int i = 0; i < events.size(); i++) {
      TicketEvent event = events.get(i);
      assertThat(seconds[i]).as("seconds[%d]", i).isEqualTo(event.at().getEpochSecond());
      assertThat(nanos[i]).as("nanos[%d]", i).isEqualTo(event.at().getNano());
      assertThat(EventKind.ofOrdinal(kinds[i])).as("kinds[%d]", i).isEqualTo(EventKind.of(event));
      assertThat(statuses[i])
          .as("statuses[%d]", i)
          .isEqualTo((byte) timeline.stateAfter(i).status().ordinal());
    }
  }

  @Test
  void columnsMatchTheEventsAndStates() {
    qt().withExamples(300)
        .forAll(QtTimelineGens.timelines())
        .checkAssert(
            timeline -> {
              assertColumnsMatch(timeline);
              // The same events appended one at a time give the same columns.
              TicketTimeline appended = TicketTimeline.of(timeline.created());
              for (TicketEvent event : timeline.events().subList(1, timeline.size())) {
                appended = appended.append(event);
              }
              assertColumnsMatch(appended);
            });
  }

  @Test
  void everyKindOfEventHasItsOwnKind() {
    qt().withExamples(300)
        .forAll(QtTimelineGens.timelines())
        .checkAssert(
            timeline -> {
              for (TicketEvent event : timeline.events()) {
                EventKind kind = EventKind.of(event);
                if (event instanceof AgentReply) {
                  assertThat(kind)
                      .isEqualTo(
                          ((AgentReply) event).isPublic()
                              ? EventKind.PUBLIC_REPLY
                              : EventKind.INTERNAL_REPLY);
                } else {
                  // One kind per class: the kind's name is the class's, in upper snake case.
                  String name = event.getClass().getSimpleName();
                  assertThat(kind.name().replace("_", ""))
                      .isEqualTo(name.toUpperCase(Locale.ROOT).replace("TICKET", ""));
                }
              }
            });
  }

  @Test
  void registersItsImplementationOnce() {
    assertThatThrownBy(
            () ->
                TimelineColumns.register(
                    new TimelineColumns.Access() {
                      @Override
                      public long[] epochSeconds(TicketTimeline timeline) {
                        return new long[0];
                      }

                      @Override
                      public int[] nanos(TicketTimeline timeline) {
                        return new int[0];
                      }

                      @Override
                      public byte[] kinds(TicketTimeline timeline) {
                        return new byte[0];
                      }

                      @Override
                      public byte[] statuses(TicketTimeline timeline) {
                        return new byte[0];
                      }
                    }))
        .isInstanceOf(IllegalStateException.class);
  }
}
