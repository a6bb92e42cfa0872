package dev.rapport.core.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Objects;

/**
 * Jackson serializers and deserializers made of functions, and a table of them that a Jackson
 * {@link Module} registers in one call:
 *
 * <pre>{@code
 * JsonAdapters.table()
 *     .both(SlaPolicy.class, json::writePolicy, json::policy)
 *     .writer(SlaReport.class, (value, out, provider) -> ReportJson.writeReport(value, out))
 *     .registerIn(context);
 * }</pre>
 *
 * Deserializers read the value strictly with {@link JsonIn}, whatever the mapper's settings. The
 * serializers and deserializers are immutable and thread-safe if their functions are; a {@link
 * Table} is not thread-safe (it is filled and registered within one {@code setupModule} call).
 */
public final class JsonAdapters {
  private JsonAdapters() {}

  /** Writes a value of {@code T}. */
  @FunctionalInterface
  public interface Writer<T> {
    /** Writes {@code value} as one complete JSON value. */
    void write(T value, JsonGenerator out, SerializerProvider provider) throws IOException;
  }

  /** Reads a value of {@code T} from the strict tree of the document. */
  @FunctionalInterface
  public interface Reader<T> {
    /** Returns the value {@code in} describes. */
    T read(JsonIn in) throws IOException;
  }

  /** Returns a serializer of {@code type} that calls {@code writer}. */
  public static <T> JsonSerializer<T> serializer(Class<T> type, Writer<? super T> writer) {
    return new FunctionSerializer<>(type, writer);
  }

  /**
   * Returns a deserializer of {@code type} that reads with {@link JsonIn} and calls {@code reader}.
   */
  public static <T> JsonDeserializer<T> deserializer(Class<T> type, Reader<? extends T> reader) {
    return new FunctionDeserializer<>(type, reader);
  }

  /** Returns an empty table. */
  public static Table table() {
    return new Table();
  }

  /** The serializers and deserializers of a module; not thread-safe. */
  public static final class Table {
    private final SimpleSerializers serializers = new SimpleSerializers();
    private final SimpleDeserializers deserializers = new SimpleDeserializers();

    private Table() {}

    /** Adds a serializer of {@code type}. */
    public <T> Table writer(Class<T> type, Writer<? super T> writer) {
      serializers.addSerializer(type, serializer(type, writer));
      return this;
    }

    /** Adds a deserializer of {@code type}. */
    public <T> Table reader(Class<T> type, Reader<? extends T> reader) {
      deserializers.addDeserializer(type, deserializer(type, reader));
      return this;
    }

    /** Adds a serializer and a deserializer of {@code type}. */
    public <T> Table both(Class<T> type, Writer<? super T> writer, Reader<? extends T> reader) {
      return writer(type, writer).reader(type, reader);
    }

    /** Registers the serializers and deserializers added so far. */
    public void registerIn(Module.SetupContext context) {
      context.addSerializers(serializers);
      context.addDeserializers(deserializers);
    }
  }

  private static final class FunctionSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Writer<? super T> writer;

    FunctionSerializer(Class<T> type, Writer<? super T> writer) {
      super(type);
      this.writer = Objects.requireNonNull(writer, "writer");
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializerProvider provider)
        throws IOException {
      writer.write(value, out, provider);
    }
  }

  private static final class FunctionDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Reader<? extends T> reader;

    FunctionDeserializer(Class<T> type, Reader<? extends T> reader) {
      super(type);
      this.reader = Objects.requireNonNull(reader, "reader");
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
      return reader.read(JsonIn.read(parser, ctxt, handledType()));
    }
  }
}
