package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rapport.core.json.RapportCoreModule;
import dev.rapport.core.ticket.TicketEvent;
import dev.rapport.core.ticket.TicketTimeline;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** JSON round trips of generated timelines through {@link RapportCoreModule}. */
class TimelineJsonPropertyTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  @Test
  void aRoundTripIsLosslessAndRewritingGivesTheSameText() {
    qt().withExamples(300)
        .forAll(QtTimelineGens.timelines())
        .checkAssert(
            timeline -> {
              String json = write(MAPPER, timeline);
              TicketTimeline read = read(json, TicketTimeline.class);
              assertThat(read).isEqualTo(timeline);
              assertThat(read.statusIntervals()).isEqualTo(timeline.statusIntervals());
              assertThat(write(MAPPER, read)).isEqualTo(json);
            });
  }

  @Test
  void everyEventRoundTripsOnItsOwn() {
    qt().withExamples(100)
        .forAll(QtTimelineGens.timelines())
        .checkAssert(
            timeline -> {
              for (TicketEvent event : timeline.events()) {
                String json = write(MAPPER, event);
                assertThat(read(json, TicketEvent.class)).isEqualTo(event);
                assertThat(read(json, event.getClass())).isEqualTo(event);
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
              String json = write(pretty, timeline);
              assertThat(json).contains("\n");
              assertThat(read(json, TicketTimeline.class)).isEqualTo(timeline);
            });
  }

  private static String write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
