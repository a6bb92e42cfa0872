package dev.rapport.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.rapport.core.ticket.TicketEvent;
import java.io.IOException;

/**
 * Reads a {@link TicketEvent}, or one of its records, from the object form {@link EventType}
 * defines; asked for a specific record, it rejects events of another type. Immutable and
 * thread-safe.
 */
final class TicketEventDeserializer<T extends TicketEvent> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final Class<T> type;

  TicketEventDeserializer(Class<T> type) {
    super(type);
    this.type = type;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
    TicketEvent event = EventType.read(parser, ctxt, "");
    if (!type.isInstance(event)) {
      throw MismatchedInputException.from(
          parser,
          type,
          "expected an event of type \""
              + EventType.of(type).jsonName()
              + "\", but was \""
              + EventType.of(event).jsonName()
              + "\"");
    }
    return type.cast(event);
  }
}
