package dev.rapport.loyalty.referral.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a value with one of the format classes' write methods. Immutable and thread-safe. */
final class FormatSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  /** A format's write method. */
  interface Writer<T> {
    void write(T value, JsonGenerator out) throws IOException;
  }

  private final transient Writer<T> writer;

  FormatSerializer(Class<T> type, Writer<T> writer) {
    super(type);
    this.writer = writer;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    writer.write(value, gen);
  }
}
