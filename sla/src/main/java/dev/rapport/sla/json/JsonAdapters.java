package dev.rapport.sla.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.google.common.collect.ImmutableMap;
import dev.rapport.core.time.BusinessCalendar;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;

/**
 * What the Jackson modules of this package share: serializers and deserializers made of functions,
 * the check of a module's named calendars, and how a calendar is read (a name or core's calendar
 * JSON) and written. Thread-safe (stateless).
 */
final class JsonAdapters {
  private JsonAdapters() {}

  /** Writes a value of {@code T}. */
  interface WriteFunction<T> {
    void write(T value, JsonGenerator out, SerializerProvider provider) throws IOException;
  }

  /** Reads a value of {@code T} from the strict tree of the document. */
  interface ReadFunction<T> {
    T read(JsonIn in, DeserializationContext ctxt) throws IOException;
  }

  /** A serializer that calls a {@link WriteFunction}. */
  static final class Writer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient WriteFunction<T> function;

    Writer(Class<T> type, WriteFunction<T> function) {
      super(type);
      this.function = function;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      function.write(value, out, provider);
    }
  }

  /** A deserializer that reads the document strictly and calls a {@link ReadFunction}. */
  static final class Reader<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient ReadFunction<T> function;

    Reader(Class<T> type, ReadFunction<T> function) {
      super(type);
      this.function = function;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
      return function.read(JsonIn.read(parser, handledType()), ctxt);
    }
  }

  /**
   * Returns a copy of a module's named calendars.
   *
   * @throws IllegalArgumentException if a name is blank
   */
  static ImmutableMap<String, BusinessCalendar> namedCalendars(
      Map<String, BusinessCalendar> calendars) {
    Objects.requireNonNull(calendars, "calendars");
    calendars.forEach(
        (name, calendar) -> {
          Objects.requireNonNull(name, "calendars must not contain a null name");
          Objects.requireNonNull(calendar, "calendars must not contain a null calendar");
          if (name.isBlank()) {
            throw new IllegalArgumentException(
                "calendar names must not be blank, but was \"" + name + "\"");
          }
        });
    return ImmutableMap.copyOf(calendars);
  }

  /**
   * Reads a calendar: the name of one of {@code calendars}, or a calendar object in core's JSON;
   * {@code module} names the module that takes the names, for the message.
   */
  static BusinessCalendar readCalendar(
      JsonIn in,
      DeserializationContext ctxt,
      ImmutableMap<String, BusinessCalendar> calendars,
      String module)
      throws IOException {
    if (in.node().isTextual()) {
      BusinessCalendar calendar = calendars.get(in.text());
      if (calendar == null) {
        throw in.error(
            "unknown calendar \""
                + in.text()
                + "\": must be one of "
                + calendars.keySet()
                + " (give "
                + module
                + " a map of named calendars)");
      }
      return calendar;
    }
    if (!in.node().isObject()) {
      throw in.error("must be a calendar's name or a calendar object");
    }
    try {
      return ctxt.readTreeAsValue(in.node(), BusinessCalendar.class);
    } catch (JsonMappingException e) {
      throw in.nestedError(e);
    }
  }

  /** Writes a calendar by its name in {@code calendars}, or else in core's calendar JSON. */
  static void writeCalendar(
      BusinessCalendar calendar,
      ImmutableMap<String, BusinessCalendar> calendars,
      JsonGenerator out,
      SerializerProvider provider)
      throws IOException {
    for (Map.Entry<String, BusinessCalendar> entry : calendars.entrySet()) {
      if (entry.getValue().equals(calendar)) {
        out.writeString(entry.getKey());
        return;
      }
    }
    provider.defaultSerializeValue(calendar, out);
  }
}
