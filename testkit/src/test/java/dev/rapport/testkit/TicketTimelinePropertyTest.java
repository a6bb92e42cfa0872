package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.CustomerMessage;
import dev.rapport.core.ticket.InvalidTimelineEventException;
import dev.rapport.core.ticket.StatusInterval;
import dev.rapport.core.ticket.TicketEvent;
import dev.rapport.core.ticket.TicketTimeline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Properties of {@code TicketTimeline} over generated timelines, against {@link ReplayModel}. */
class TicketTimelinePropertyTest {

  @Test
  void stateAtAnyInstantMatchesTheReplayModel() {
    qt().withExamples(300)
        .forAll(QtTimelineGens.timelines(), longs().all())
        .checkAssert(
            (timeline, seed) -> {
              List<TicketEvent> events = timeline.events();
              List<Instant> probes = new ArrayList<>();
              for (TicketEvent event : events) {
                probes.add(event.at());
                probes.add(event.at().plusNanos(1));
                if (event.at().isAfter(timeline.created().at())) {
                  probes.add(event.at().minusNanos(1));
                }
              }
              SplittableRandom random = new SplittableRandom(seed);
              long span =
                  Duration.between(timeline.created().at(), timeline.lastEventAt())
                      .plusDays(1)
                      .toNanos();
              for (int i = 0; i < 20; i++) {
                probes.add(timeline.created().at().plusNanos(random.nextLong(span)));
              }
              for (Instant probe : probes) {
                assertThat(timeline.stateAt(probe))
                    .as("state at %s", probe)
                    .isEqualTo(ReplayModel.stateAt(events, probe));
              }
            });
  }

  @Test
  void stateAfterEachEventMatchesTheModelAtThatEventsPosition() {
    qt().withExamples(300)
        .forAll(QtTimelineGens.timelines())
        .checkAssert(
            timeline -> {
              List<TicketEvent> events = timeline.events();
              for (int i = 0; i < events.size(); i++) {
                // The model replays by instant, so compare with the prefix up to event i.
                assertThat(timeline.stateAfter(i))
                    .isEqualTo(ReplayModel.stateAt(events.subList(0, i + 1), events.get(i).at()));
              }
            });
  }

  @Test
  void statusIntervalsTileTheTimelineFromCreationAndMatchStatusAt() {
    qt().withExamples(300)
        .forAll(QtTimelineGens.timelines())
        .checkAssert(
            timeline -> {
              List<StatusInterval> intervals = timeline.statusIntervals();
              assertThat(intervals.get(0).start()).isEqualTo(timeline.created().at());
              assertThat(intervals.get(0).status()).isEqualTo(TicketStatus.NEW);
              for (int i = 0; i < intervals.size(); i++) {
                StatusInterval interval = intervals.get(i);
                boolean last = i == intervals.size() - 1;
                assertThat(interval.end().isEmpty()).isEqualTo(last);
                if (!last) {
                  StatusInterval next = intervals.get(i + 1);
                  assertThat(interval.end()).contains(next.start());
                  assertThat(next.status()).isNotEqualTo(interval.status());
                }
                if (last || interval.end().get().isAfter(interval.start())) {
                  assertThat(timeline.statusAt(interval.start())).isEqualTo(interval.status());
                }
              }
              assertThat(intervals.get(intervals.size() - 1).status())
                  .isEqualTo(timeline.currentStatus());
            });
  }

  @Test
  void appendingOneByOneEqualsValidatingTheList() {
    qt().withExamples(200)
        .forAll(QtTimelineGens.timelines())
        .checkAssert(
            timeline -> {
              List<TicketEvent> events = timeline.events();
              TicketTimeline grown = TicketTimeline.of(timeline.created());
              for (TicketEvent event : events.subList(1, events.size())) {
                grown = grown.append(event);
              }
              assertThat(grown).isEqualTo(timeline);
              assertThat(grown.statusIntervals()).isEqualTo(timeline.statusIntervals());
              assertThat(grown.currentState()).isEqualTo(timeline.currentState());
            });
  }

  @Test
  void anEventBeforeTheLastIsRejected() {
    qt().withExamples(200)
        .forAll(QtTimelineGens.timelines().map(Open::withoutClosingEvent))
        .checkAssert(
            timeline -> {
              CustomerMessage early = new CustomerMessage(timeline.lastEventAt().minusNanos(1));
              assertThatThrownBy(() -> timeline.append(early))
                  .isInstanceOf(InvalidTimelineEventException.class)
                  .hasMessageContaining("rejected: it is before the");
            });
  }
}
