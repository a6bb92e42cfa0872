package dev.rapport.loyalty.referral.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Reads a value as a tree and hands it to one of the format classes' read methods, whatever the
 * mapper's settings: the format's own checks are the only ones. Immutable and thread-safe.
 */
final class FormatDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  /** A format's read method. */
  interface Reader<T> {
    T read(JsonIn in) throws JsonMappingException;
  }

  private final transient Reader<T> reader;
  private final Class<T> type;

  FormatDeserializer(Class<T> type, Reader<T> reader) {
    super(type);
    this.type = type;
    this.reader = reader;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
    JsonNode node = ctxt.readTree(parser);
    return reader.read(JsonIn.root(parser, type, node));
  }
}
