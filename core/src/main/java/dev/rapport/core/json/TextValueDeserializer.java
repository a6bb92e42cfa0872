package dev.rapport.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;

/**
 * Reads a value from a JSON string with its {@link TextCodec}; any other JSON token is an error,
 * whatever coercions the mapper allows. Immutable and thread-safe.
 */
final class TextValueDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient TextCodec<T> codec;

  TextValueDeserializer(TextCodec<T> codec) {
    super(codec.type());
    this.codec = codec;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw MismatchedInputException.from(
          parser,
          codec.type(),
          codec.type().getSimpleName()
              + ": must be a JSON string, but was "
              + parser.currentToken());
    }
    String text = parser.getText();
    try {
      return codec.parse(text);
    } catch (IllegalArgumentException e) {
      throw InvalidFormatException.from(
          parser, codec.type().getSimpleName() + ": " + e.getMessage(), text, codec.type());
    }
  }

  /** Returns a deserializer of map keys with the same codec. */
  KeyDeserializer forKeys() {
    return new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
        try {
          return codec.parse(key);
        } catch (IllegalArgumentException e) {
          return ctxt.handleWeirdKey(codec.type(), key, "%s", e.getMessage());
        }
      }
    };
  }
}
