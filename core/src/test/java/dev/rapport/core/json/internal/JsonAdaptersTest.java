package dev.rapport.core.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonAdaptersTest {

  record Point(long x, long y) {}

  record Label(String text) {}

  /** A module whose setup is a table: points both ways, labels written only. */
  private static final class TableModule extends Module {
    @Override
    public String getModuleName() {
      return "table-test";
    }

    @Override
    public Version version() {
      return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
      JsonAdapters.table()
          .both(
              Point.class,
              (value, out, provider) -> {
                out.writeStartObject();
                out.writeNumberField("x", value.x());
                out.writeNumberField("y", value.y());
                out.writeEndObject();
              },
              in -> {
                in.object("a point", "x", "y");
                return new Point(in.get("x").longValue(), in.get("y").longValue());
              })
          .writer(Label.class, (value, out, provider) -> out.writeString(value.text()))
          .registerIn(context);
    }
  }

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new TableModule())
          .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @Test
  void tableWritesAndReadsBack() throws IOException {
    String json = MAPPER.writeValueAsString(new Point(1, -2));

    assertThat(json).isEqualTo("{\"x\":1,\"y\":-2}");
    assertThat(MAPPER.readValue(json, Point.class)).isEqualTo(new Point(1, -2));
    assertThat(MAPPER.writeValueAsString(List.of(new Label("a"), new Label("b"))))
        .isEqualTo("[\"a\",\"b\"]");
  }

  @Test
  void deserializerIsStrictWhateverTheMapperAllows() {
    JsonMappingException unknown =
        catchThrowableOfType(
            JsonMappingException.class,
            () -> MAPPER.readValue("{\"x\": 1, \"y\": 2, \"z\": 3}", Point.class));
    JsonMappingException repeated =
        catchThrowableOfType(
            JsonMappingException.class,
            () -> MAPPER.readValue("{\"x\": 1, \"y\": 2, \"x\": 3}", Point.class));
    JsonMappingException coerced =
        catchThrowableOfType(
            JsonMappingException.class,
            () -> MAPPER.readValue("{\"x\": \"1\", \"y\": 2}", Point.class));

    assertThat(unknown.getOriginalMessage())
        .isEqualTo("z: unknown property of a point; known properties: [x, y]");
    assertThat(repeated.getOriginalMessage()).isEqualTo("x: property appears more than once");
    assertThat(coerced.getOriginalMessage())
        .isEqualTo("x: must be a JSON integer, but was string \"1\"");
  }

  @Test
  void labelHasNoDeserializerFromTheTable() {
    // Only a writer was added: Jackson's own (bean) handling applies to reading, which fails for a
    // record it cannot construct from a string.
    assertThat(
            catchThrowableOfType(
                JsonMappingException.class, () -> MAPPER.readValue("\"a\"", Label.class)))
        .isNotNull();
  }

  @Test
  void serializerAndDeserializerHandleTheirType() {
    assertThat(
            JsonAdapters.serializer(Point.class, (value, out, provider) -> out.writeNull())
                .handledType())
        .isEqualTo(Point.class);
    assertThat(JsonAdapters.deserializer(Point.class, in -> new Point(0, 0)).handledType())
        .isEqualTo(Point.class);
  }
}
