package dev.rapport.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.rapport.core.json.internal.JsonIn;
import dev.rapport.core.ticket.InvalidTimelineEventException;
import dev.rapport.core.ticket.TicketEvent;
import dev.rapport.core.ticket.TicketTimeline;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A timeline as {@code {"events": [...]}}, each event in the form {@link EventType} defines; read,
 * the events are validated as a {@link TicketTimeline}, and a rejected event is an error at its
 * path, {@code events[i]}. Thread-safe (stateless).
 */
final class TimelineJson {
  private static final String EVENTS = "events";

  private TimelineJson() {}

  static void write(TicketTimeline value, JsonGenerator out, SerializerProvider provider)
      throws IOException {
    out.writeStartObject(value);
    out.writeArrayFieldStart(EVENTS);
    for (TicketEvent event : value.events()) {
      EventType.write(event, out);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  static TicketTimeline read(JsonIn in) throws JsonMappingException {
    in.object("a timeline", EVENTS);
    JsonIn eventsIn = in.get(EVENTS);
    List<JsonIn> elements = eventsIn.elements();
    List<TicketEvent> events = new ArrayList<>(elements.size());
    for (JsonIn element : elements) {
      events.add(EventType.read(element));
    }
    try {
      return TicketTimeline.of(events);
    } catch (InvalidTimelineEventException e) {
      throw elements.get(e.index()).error(e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw eventsIn.error(e.getMessage(), e);
    }
  }
}
