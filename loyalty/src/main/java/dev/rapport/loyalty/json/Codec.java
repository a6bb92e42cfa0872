package dev.rapport.loyalty.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * How one type is written to and read from JSON, independent of the mapper's settings, and its
 * adapters to Jackson. Immutable and thread-safe.
 */
final class Codec<T> {
  /** Writes a value. */
  interface Writer<T> {
    void write(T value, JsonGenerator out) throws IOException;
  }

  /** Reads a value. */
  interface Reader<T> {
    T read(JsonIn in) throws JsonMappingException;
  }

  private final Class<T> type;
  private final Writer<T> writer;
  private final Reader<T> reader;

  private Codec(Class<T> type, Writer<T> writer, Reader<T> reader) {
    this.type = type;
    this.writer = writer;
    this.reader = reader;
  }

  static <T> Codec<T> of(Class<T> type, Writer<T> writer, Reader<T> reader) {
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

  StdSerializer<T> serializer() {
    return new Serializer<>(this);
  }

  /** Returns a deserializer of {@code subtype}: reads with this codec, rejects other subtypes. */
  <S extends T> StdDeserializer<S> deserializer(Class<S> subtype, Function<T, String> describe) {
    return new Deserializer<>(this, subtype, describe);
  }

  private static final class Serializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<T> codec;

    Serializer(Codec<T> codec) {
      super(codec.type);
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      codec.write(value, gen);
    }
  }

  private static final class Deserializer<T, S extends T> extends StdDeserializer<S> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<T> codec;
    private final Class<S> subtype;
    private final transient Function<T, String> describe;

    Deserializer(Codec<T> codec, Class<S> subtype, Function<T, String> describe) {
      super(subtype);
      this.codec = codec;
      this.subtype = subtype;
      this.describe = describe;
    }

    @Override
    public S deserialize(com.fasterxml.jackson.core.JsonParser parser, DeserializationContext ctxt)
        throws IOException {
      JsonIn in = JsonIn.read(parser, subtype);
      T value = codec.read(in);
      if (!subtype.isInstance(value)) {
        throw in.error(
            "must be a " + subtype.getSimpleName() + ", but was " + describe.apply(value));
      }
      return subtype.cast(value);
    }
  }
}
