package dev.rapport.feedback.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.rapport.core.json.internal.JsonAdapters;
import dev.rapport.core.json.internal.JsonIn;
import java.io.IOException;

/**
 * How one Rapport feedback type is written as a JSON object and read back strictly. Immutable and
 * thread-safe.
 */
abstract class Codec<T> {
  private final Class<T> type;

  Codec(Class<T> type) {
    this.type = type;
  }

  Class<T> type() {
    return type;
  }

  /** Writes {@code value} as a complete JSON object. */
  abstract void write(T value, JsonGenerator out) throws IOException;

  /** Reads the object {@code in}; domain validation errors become errors at its path. */
  abstract T read(JsonIn in) throws JsonMappingException;

  /** Adds this codec's serializer and deserializer to {@code table}. */
  void addTo(JsonAdapters.Table table) {
    table.both(type, (value, out, provider) -> write(value, out), this::read);
  }
}
