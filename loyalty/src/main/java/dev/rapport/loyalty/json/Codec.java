package dev.rapport.loyalty.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.rapport.core.json.internal.JsonAdapters;
import dev.rapport.core.json.internal.JsonIn;
import java.io.IOException;
import java.util.function.Function;

/**
 * How one type is written to and read from JSON, independent of the mapper's settings, and how it
 * is added to a module's table of Jackson adapters. Immutable and thread-safe.
 */
final class Codec<T> {
  /** Writes a value. */
  interface Writer<T> {
    void write(T value, JsonGenerator out) throws IOException;
  }

  private final Class<T> type;
  private final Writer<T> writer;
  private final JsonIn.Read<T> reader;

  private Codec(Class<T> type, Writer<T> writer, JsonIn.Read<T> reader) {
    this.type = type;
    this.writer = writer;
    this.reader = reader;
  }

  static <T> Codec<T> of(Class<T> type, Writer<T> writer, JsonIn.Read<T> reader) {
    return new Codec<>(type, writer, reader);
  }

  /** A value written as a JSON string: {@code format} and {@code parse} round-trip. */
  static <T> Codec<T> text(Class<T> type, Function<T, String> format, Function<String, T> parse) {
    return new Codec<>(
        type, (value, out) -> out.writeString(format.apply(value)), in -> in.parsed(parse, type));
  }

  Class<T> type() {
    return type;
  }

  void write(T value, JsonGenerator out) throws IOException {
    writer.write(value, out);
  }

  T read(JsonIn in) throws JsonMappingException {
    return reader.read(in);
  }

  /** Writes property {@code name} with this codec. */
  void writeField(String name, T value, JsonGenerator out) throws IOException {
    out.writeFieldName(name);
    write(value, out);
  }

  /** Adds this codec's serializer and deserializer to {@code table}. */
  void addTo(JsonAdapters.Table table) {
    table.both(type, (value, out, provider) -> write(value, out), this::read);
  }

  /** Adds a deserializer of {@code subtype}: reads with this codec, rejects other subtypes. */
  <S extends T> void addSubtypeTo(
      JsonAdapters.Table table, Class<S> subtype, Function<T, String> describe) {
    table.reader(
        subtype,
        in -> {
          T value = read(in);
          if (!subtype.isInstance(value)) {
            throw in.error(
                "must be a " + subtype.getSimpleName() + ", but was " + describe.apply(value));
          }
          return subtype.cast(value);
        });
  }
}
