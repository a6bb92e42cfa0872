package dev.rapport.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a value as the JSON string of its {@link TextCodec}. Immutable and thread-safe. */
final class TextValueSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient TextCodec<T> codec;

  TextValueSerializer(TextCodec<T> codec) {
    super(codec.type());
    this.codec = codec;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeString(codec.format(value));
  }
}
