package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rapport.core.json.RapportCoreModule;
import dev.rapport.core.ticket.TicketEvent;
import dev.rapport.core.ticket.TicketTimeline;
import org.junit.jupiter.api.Test;

/** JSON round trips of generated timelines through {@link RapportCoreModule}. */
class TimelineJsonPropertyTest {
  private static final ObjectMapper MAPPER = Json.MAPPER;

  @Test
  void aRoundTripIsLosslessAndRewritingGivesTheSameText() {
    qt().withExamples(300)
        .forAll(QtTimelineGens.timelines())
        .checkAssert(
            timeline -> {
              String json = Json.write(MAPPER, timeline);
              TicketTimeline read = Json.read(json, TicketTimeline.class);
              assertThat(read).isEqualTo(timeline);
              assertThat(read.statusIntervals()).isEqualTo(timeline.statusIntervals());
              assertThat(Json.write(MAPPER, read)).isEqualTo(json);
            });
  }

  @Test
  void everyEventRoundTripsOnItsOwn() {
    qt().withExamples(100)
        .forAll(QtTimelineGens.timelines())
        .checkAssert(
            timeline -> {
              for (TicketEvent event : timeline.events()) {
                String json = Json.write(MAPPER, event);
                assertThat(Json.read(json, TicketEvent.class)).isEqualTo(event);
                assertThat(Json.read(json, event.getClass())).isEqualTo(event);
              }
            });
  }

  @Test
  void prettyPrintingChangesOnlyTheLayout() {
    ObjectMapper pretty =
        new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT);
    qt().withExamples(50)
        .forAll(QtTimelineGens.timelines())
        .checkAssert(
            timeline -> {
              String json = Json.write(pretty, timeline);
              assertThat(json).contains("\n");
              assertThat(Json.read(json, TicketTimeline.class)).isEqualTo(timeline);
            });
  }
}
