package dev.rapport.sla.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;

/** What the sla JSON tests read off a {@link JsonMappingException}. */
final class JsonErrors {
  private JsonErrors() {}

  /**
   * Returns the JSON path the exception carries, written as the error messages write it: {@code
   * policies[0].targets.RESOLUTION}.
   */
  static String pathOf(JsonMappingException error) {
    return error.getPath().stream()
        .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }
}
