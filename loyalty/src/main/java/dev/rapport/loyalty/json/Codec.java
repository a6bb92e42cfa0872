package dev.rapport.loyalty.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.rapport.core.json.internal.JsonAdapters;
import dev.rapport.core.json.internal.JsonIn;
import java.io.IOException;
import java.util.Map;
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

  /**
   * Adds a deserializer of each permitted subtype of this codec's sealed type: reads with this
   * codec and rejects a value of another subtype, naming both by the value of {@code "type"} they
   * are written with, in the words of the core module's event readers, at the value's {@code
   * "type"}: {@code type: expected a rule of type "spend", but was "event"}.
   *
   * @param noun what a value is called in the message, with its article, such as {@code "a rule"}
   * @param jsonNames the value of {@code "type"} of each subtype, keyed by the exact class of the
   *     values: the table the codec's reader and writer use
   * @throws IllegalStateException if this codec's type is not sealed, or a subtype has no name
   */
  void addSubtypesTo(
      JsonAdapters.Table table, String noun, Map<Class<? extends T>, String> jsonNames) {
    if (!type.isSealed()) {
      throw new IllegalStateException(
          "the type of a codec with subtypes must be sealed, but was " + type.getName());
    }
    for (Class<?> subtype : type.getPermittedSubclasses()) {
      addSubtypeTo(table, subtype.asSubclass(type), noun, jsonNames);
    }
  }

  private <S extends T> void addSubtypeTo(
      JsonAdapters.Table table,
      Class<S> subtype,
      String noun,
      Map<Class<? extends T>, String> jsonNames) {
    String expected = jsonNames.get(subtype);
    if (expected == null) {
      throw new IllegalStateException(
          "every subtype of "
              + type.getName()
              + " must have a JSON type name, but "
              + subtype.getName()
              + " has none");
    }
    table.reader(
        subtype,
        in -> {
          T value = read(in);
          if (!subtype.isInstance(value)) {
            throw in.wrongKind(noun, expected, jsonNames.get(value.getClass()));
          }
          return subtype.cast(value);
        });
  }
}
