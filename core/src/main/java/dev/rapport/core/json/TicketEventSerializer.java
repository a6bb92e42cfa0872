package dev.rapport.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.rapport.core.ticket.TicketEvent;
import java.io.IOException;

/** Writes any {@link TicketEvent} with its logical type name. Immutable and thread-safe. */
final class TicketEventSerializer extends StdSerializer<TicketEvent> {
  private static final long serialVersionUID = 1L;

  TicketEventSerializer() {
    super(TicketEvent.class);
  }

  @Override
  public void serialize(TicketEvent value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    EventType.write(value, gen);
  }
}
