package dev.rapport.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.rapport.core.ticket.InvalidTimelineEventException;
import dev.rapport.core.ticket.TicketEvent;
import dev.rapport.core.ticket.TicketTimeline;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code {"events": [...]}} and validates the events as a {@link TicketTimeline}; a rejected
 * event is an error at its path, {@code events[i]}. Immutable and thread-safe.
 */
final class TicketTimelineDeserializer extends StdDeserializer<TicketTimeline> {
  private static final long serialVersionUID = 1L;
  private static final String EVENTS = "events";

  TicketTimelineDeserializer() {
    super(TicketTimeline.class);
  }

  @Override
  public TicketTimeline deserialize(JsonParser parser, DeserializationContext ctxt)
      throws IOException {
    JsonToken token =
        JsonFields.enterObject(
            parser, TicketTimeline.class, "a timeline must be a JSON object {\"events\": [...]}");
    List<TicketEvent> events = null;
    while (token == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      if (!name.equals(EVENTS)) {
        throw JsonFields.unknownProperty(
            parser, TicketTimeline.class, name, "a timeline", List.of(EVENTS));
      }
      if (events != null) {
        throw error(parser, EVENTS, "property appears more than once");
      }
      parser.nextToken();
      events = readEvents(parser, ctxt);
      token = parser.nextToken();
    }
    if (events == null) {
      throw MismatchedInputException.from(
          parser, TicketTimeline.class, "property \"events\" is required");
    }
    try {
      return TicketTimeline.of(events);
    } catch (InvalidTimelineEventException e) {
      JsonMappingException error =
          JsonMappingException.from(parser, "events[" + e.index() + "]: " + e.getMessage(), e);
      error.prependPath(List.class, e.index());
      error.prependPath(TicketTimeline.class, EVENTS);
      throw error;
    } catch (IllegalArgumentException e) {
      throw error(parser, EVENTS, e.getMessage());
    }
  }

  private static List<TicketEvent> readEvents(JsonParser parser, DeserializationContext ctxt)
      throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw error(parser, EVENTS, "must be a JSON array, but was " + parser.currentToken());
    }
    List<TicketEvent> events = new ArrayList<>();
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      int index = events.size();
      try {
        events.add(EventType.read(parser, ctxt, EVENTS + "[" + index + "]"));
      } catch (JsonMappingException e) {
        e.prependPath(List.class, index);
        e.prependPath(TicketTimeline.class, EVENTS);
        throw e;
      }
    }
    return events;
  }

  private static JsonMappingException error(JsonParser parser, String name, String message) {
    MismatchedInputException e =
        MismatchedInputException.from(parser, TicketTimeline.class, name + ": " + message);
    e.prependPath(TicketTimeline.class, name);
    return e;
  }
}
