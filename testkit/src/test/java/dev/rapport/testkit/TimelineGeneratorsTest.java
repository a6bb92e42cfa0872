package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.AgentReply;
import dev.rapport.core.ticket.Reopened;
import dev.rapport.core.ticket.TicketEvent;
import dev.rapport.core.ticket.TicketTimeline;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class TimelineGeneratorsTest {

  @Test
  void generatedTimelinesAreValid() {
    qt().withExamples(500)
        .forAll(QtTimelineGens.timelines())
        .checkAssert(
            timeline -> assertThat(TicketTimeline.of(timeline.events())).isEqualTo(timeline));
  }

  @Test
  void respectsTheMaximumNumberOfEvents() {
    Function<RandomGenerator, TicketTimeline> upTo5 = TimelineGenerators.timelines(5);
    SplittableRandom random = new SplittableRandom(7);
    Set<Integer> sizes = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      sizes.add(upTo5.apply(random).size());
    }
    assertThat(sizes).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    assertThatThrownBy(() -> TimelineGenerators.timelines(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxEvents must be at least 1, but was 0");
  }

  @Test
  void aSeededSourceRepeatsItsTimelines() {
    Function<RandomGenerator, TicketTimeline> timelines = TimelineGenerators.timelines();
    qt().withExamples(50)
        .forAll(longs().all())
        .checkAssert(
            seed ->
                assertThat(timelines.apply(new SplittableRandom(seed)))
                    .isEqualTo(timelines.apply(new SplittableRandom(seed))));
  }

  /** Over many timelines, the walk reaches every kind of event, status and gap it promises. */
  @Test
  void coversEveryEventTypeStatusAndGapSize() {
    Function<RandomGenerator, TicketTimeline> timelines = TimelineGenerators.timelines();
    SplittableRandom random = new SplittableRandom(2026_11_23L);
    Set<Class<?>> types = new HashSet<>();
    Set<TicketStatus> statuses = new HashSet<>();
    boolean zeroGap = false;
    boolean multiDayGap = false;
    boolean fraction = false;
    boolean internal = false;
    boolean reopenedThenSolvedAgain = false;
    for (int i = 0; i < 2000; i++) {
      TicketTimeline timeline = timelines.apply(random);
      List<TicketEvent> events = timeline.events();
      for (int j = 0; j < events.size(); j++) {
        TicketEvent event = events.get(j);
        types.add(event.getClass());
        statuses.add(timeline.stateAfter(j).status());
        fraction |= event.at().getNano() != 0;
        internal |= event instanceof AgentReply && !((AgentReply) event).isPublic();
        if (j > 0) {
          Duration gap = Duration.between(events.get(j - 1).at(), event.at());
          zeroGap |= gap.isZero();
          multiDayGap |= gap.compareTo(Duration.ofDays(1)) > 0;
        }
        if (event instanceof Reopened) {
          for (int k = j + 1; k < events.size(); k++) {
            reopenedThenSolvedAgain |= timeline.stateAfter(k).status() == TicketStatus.SOLVED;
          }
        }
      }
    }
    assertThat(types).hasSize(10);
    assertThat(statuses).containsExactlyInAnyOrder(TicketStatus.values());
    assertThat(zeroGap).isTrue();
    assertThat(multiDayGap).isTrue();
    assertThat(fraction).isTrue();
    assertThat(internal).isTrue();
    assertThat(reopenedThenSolvedAgain).isTrue();
  }

  @Test
  void createdEventsStartBetween2020And2030() {
    qt().withExamples(300)
        .forAll(QtTimelineGens.from(TimelineGenerators.createdEvents()))
        .checkAssert(
            created ->
                assertThat(created.at())
                    .isBetween(
                        Instant.parse("2020-01-01T00:00:00Z"),
                        Instant.parse("2030-01-01T00:00:00Z")));
  }

  @Test
  void nextEventsAreAcceptedByTheTimeline() {
    qt().withExamples(300)
        .forAll(QtTimelineGens.timelines().map(Open::withoutClosingEvent), longs().all())
        .checkAssert(
            (timeline, seed) -> {
              TicketEvent next =
                  TimelineGenerators.nextEvents(timeline).apply(new SplittableRandom(seed));
              assertThat(timeline.append(next).size()).isEqualTo(timeline.size() + 1);
            });
  }

  @Test
  void nextEventsRejectsAClosedTimeline() {
    SplittableRandom random = new SplittableRandom(1);
    TicketTimeline closed = null;
    while (closed == null) {
      TicketTimeline candidate = TimelineGenerators.timelines().apply(random);
      if (candidate.currentStatus() == TicketStatus.CLOSED) {
        closed = candidate;
      }
    }
    TicketTimeline finalClosed = closed;
    assertThatThrownBy(() -> TimelineGenerators.nextEvents(finalClosed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("timeline must accept another event, but was CLOSED: ");
  }
}
