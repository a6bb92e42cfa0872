package dev.rapport.feedback.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
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
  abstract T read(JsonObject in) throws JsonMappingException;

  /** A parse step that may throw {@link IllegalArgumentException}. */
  interface Parse<R> {
    R apply() throws IllegalArgumentException;
  }

  /**
   * Runs {@code parse}, turning its {@link IllegalArgumentException} into an error at {@code name}.
   */
  static <R> R at(JsonObject in, String name, Parse<R> parse) throws JsonMappingException {
    try {
      return parse.apply();
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw in.invalid(name, e.getMessage());
    }
  }

  /** Runs {@code parse}, turning its exceptions into an error about the whole object. */
  static <R> R whole(JsonObject in, Parse<R> parse) throws JsonMappingException {
    try {
      return parse.apply();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw in.invalidObject(e.getMessage());
    }
  }
}
