package dev.rapport.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.rapport.core.ticket.TicketEvent;
import dev.rapport.core.ticket.TicketTimeline;
import java.io.IOException;

/** Writes a timeline as {@code {"events": [...]}}. Immutable and thread-safe. */
final class TicketTimelineSerializer extends StdSerializer<TicketTimeline> {
  private static final long serialVersionUID = 1L;

  TicketTimelineSerializer() {
    super(TicketTimeline.class);
  }

  @Override
  public void serialize(TicketTimeline value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(value);
    gen.writeArrayFieldStart("events");
    for (TicketEvent event : value.events()) {
      EventType.write(event, gen);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }
}
