package dev.rapport.sla.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** What the sla JSON tests read off a {@link JsonMappingException}. */
final class JsonErrors {
  private JsonErrors() {}

  /**
   * Checks that {@code read} throws a {@link JsonMappingException} with exactly {@code message}
   * (path prefix included) and whose path is {@code path}.
   */
  static void assertRejected(ThrowingCallable read, String message, String path) {
    assertThatThrownBy(read)
        .isInstanceOfSatisfying(
            JsonMappingException.class,
            error -> {
              assertThat(error.getOriginalMessage()).isEqualTo(message);
              assertThat(pathOf(error)).isEqualTo(path);
            });
  }

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
