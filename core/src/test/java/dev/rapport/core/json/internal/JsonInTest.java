package dev.rapport.core.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonInTest {

  /** What a test reads: the value its reader returned. */
  record Box(Object value) {}

  /** A type read by another deserializer, to test nested errors. */
  record Inner(String value) {}

  /** A polymorphic base whose subtype is read from inside an object Jackson has entered. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes(@JsonSubTypes.Type(value = Sub.class, name = "sub"))
  interface Base {}

  record Sub(String a) implements Base {}

  private static ObjectMapper mapper(JsonAdapters.Reader<?> reader) {
    SimpleModule module = new SimpleModule();
    module.addDeserializer(Box.class, JsonAdapters.deserializer(Box.class, in -> box(reader, in)));
    // Inner: an object {"weekly": {"MONDAY": [...strings...]}} read by its own deserializer.
    module.addDeserializer(
        Inner.class,
        JsonAdapters.deserializer(
            Inner.class,
            in -> {
              in.object("an inner value", "weekly");
              List<JsonIn> monday = in.get("weekly").get("MONDAY").elements();
              StringBuilder out = new StringBuilder();
              for (JsonIn element : monday) {
                out.append(element.text());
              }
              return new Inner(out.toString());
            }));
    module.addDeserializer(
        Sub.class,
        JsonAdapters.deserializer(
            Sub.class, in -> new Sub(in.object("a sub", "a").get("a").text())));
    return new ObjectMapper().registerModule(module);
  }

  private static Box box(JsonAdapters.Reader<?> reader, JsonIn in) throws IOException {
    return new Box(reader.read(in));
  }

  /** Reads {@code json} (single quotes stand for double quotes) with {@code reader}. */
  private static Object read(String json, JsonAdapters.Reader<?> reader) throws IOException {
    return mapper(reader).readValue(json.replace('\'', '"'), Box.class).value();
  }

  private static JsonMappingException failure(String json, JsonAdapters.Reader<?> reader) {
    return catchThrowableOfType(JsonMappingException.class, () -> read(json, reader));
  }

  /** The path of an error, as {@code a.b[1].c}, from its references. */
  private static String pathOf(JsonMappingException e) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        out.append(out.length() == 0 ? "" : ".").append(reference.getFieldName());
      } else {
        out.append('[').append(reference.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of("{'a': 'x'}", reader(in -> in.get("a").text()), "x"),
        Arguments.of("{'a': ['x', 'y']}", reader(in -> in.get("a").texts()), List.of("x", "y")),
        Arguments.of(
            "{'a': 9223372036854775807}", reader(in -> in.get("a").longValue()), Long.MAX_VALUE),
        Arguments.of("{'a': -2147483648}", reader(in -> in.get("a").intValue()), Integer.MIN_VALUE),
        Arguments.of("{'a': 0.1}", reader(in -> in.get("a").number()), new BigDecimal("0.1")),
        Arguments.of(
            "{'a': 123456789012345678901234567890}",
            reader(in -> in.get("a").number()),
            new BigDecimal("123456789012345678901234567890")),
        Arguments.of(
            "{'a': '1.250'}", reader(in -> in.get("a").decimal()), new BigDecimal("1.250")),
        Arguments.of("{'a': false}", reader(in -> in.get("a").bool()), false),
        Arguments.of(
            "{'a': 'MONDAY'}",
            reader(in -> in.get("a").constant(DayOfWeek.class)),
            DayOfWeek.MONDAY),
        Arguments.of(
            "{'a': ['SUNDAY', 'MONDAY']}",
            reader(in -> in.get("a").constants(DayOfWeek.class)),
            List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY)),
        Arguments.of(
            "{'a': 'PT1H30M'}", reader(in -> in.get("a").duration()), Duration.ofMinutes(90)),
        Arguments.of(
            "{'a': '2026-11-23T09:00:00Z'}",
            reader(in -> in.get("a").instant()),
            Instant.parse("2026-11-23T09:00:00Z")),
        Arguments.of("{'a': '+01:00'}", reader(in -> in.get("a").zone()), ZoneOffset.ofHours(1)),
        Arguments.of(
            "{'a': 'Europe/Paris'}", reader(in -> in.get("a").zone()), ZoneId.of("Europe/Paris")),
        Arguments.of(
            "{'a': 'EUR'}", reader(in -> in.get("a").currency()), Currency.getInstance("EUR")),
        Arguments.of(
            "{'a': '42'}", reader(in -> in.get("a").parsed(Integer::valueOf, Integer.class)), 42),
        Arguments.of(
            "{'b': 1, 'a': 2}",
            reader(
                in ->
                    in.properties("a map").stream()
                        .map(e -> e.getKey() + "@" + e.getValue().path())
                        .collect(Collectors.toList())),
            List.of("b@b", "a@a")),
        Arguments.of(
            "{'a': [{'b': 1}, {'b': 2}]}",
            reader(
                in ->
                    in.get("a").elements().stream()
                        .map(e -> e.path() + "=" + e.node().get("b"))
                        .collect(Collectors.toList())),
            List.of("a[0]=1", "a[1]=2")),
        Arguments.of(
            "{'a': null, 'b': 1}",
            reader(in -> List.of(in.has("a"), in.has("b"), in.has("c"))),
            List.of(false, true, false)),
        Arguments.of(
            "{'a': null, 'b': 'x'}",
            reader(in -> List.of(in.find("a").isPresent(), in.find("b").map(JsonIn::path))),
            List.of(false, Optional.of("b"))),
        Arguments.of(
            "{'a': null, 'b': 'x', 'c': [1]}",
            reader(
                in ->
                    List.of(
                        in.optional("a", JsonIn::text),
                        in.optional("b", JsonIn::text),
                        in.optional("c", JsonIn::elements).map(List::size),
                        in.optional("d", JsonIn::elements))),
            List.of(Optional.empty(), Optional.of("x"), Optional.of(1), Optional.empty())),
        Arguments.of(
            "{'type': 'x', 'any': 1}",
            reader(in -> in.requireObject("a rule").get("type").text()),
            "x"),
        Arguments.of(
            "{'name': 'x'}",
            reader(in -> in.object("a policy", "name", "when").get("name").text()),
            "x"),
        Arguments.of(
            "{'a': 'x'}", reader(in -> in.get("a").build(() -> "built " + in.path())), "built "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void readsValues(String json, JsonAdapters.Reader<?> reader, Object expected) throws IOException {
    assertThat(read(json, reader)).isEqualTo(expected);
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        // Repeated properties, at any depth, whatever is read.
        Arguments.of(
            "{'a': 1, 'a': 2}", reader(JsonIn::node), "a: property appears more than once"),
        Arguments.of(
            "{'x': [{'b': 1}, {'b': 1, 'c': 2, 'b': 3}]}",
            reader(JsonIn::node),
            "x[1].b: property appears more than once"),
        // Required properties and object shapes.
        Arguments.of("{}", reader(in -> in.get("name")), "property \"name\" is required"),
        Arguments.of(
            "{'p': {'name': null}}",
            reader(in -> in.get("p").get("name")),
            "p: property \"name\" is required"),
        Arguments.of(
            "{'p': [1]}",
            reader(in -> in.get("p").object("a policy", "name")),
            "p: must be a JSON object (a policy), but was array [1]"),
        Arguments.of(
            "{'p': null, 'q': 1}",
            reader(in -> in.get("q").requireObject("a rule")),
            "q: must be a JSON object (a rule), but was number 1"),
        Arguments.of(
            "{'p': 'x'}",
            reader(in -> in.get("p").properties("a map")),
            "p: must be a JSON object (a map), but was string \"x\""),
        Arguments.of(
            "{'p': {'a': 1}}",
            reader(in -> in.get("p").elements()),
            "p: must be a JSON array, but was object {\"a\":1}"),
        Arguments.of(
            "{'p': '" + "x".repeat(40) + "'}",
            reader(in -> in.get("p").elements()),
            "p: must be a JSON array, but was string"),
        Arguments.of(
            "{'p': {'b': 7}}",
            reader(in -> in.get("p").optional("b", JsonIn::text)),
            "p.b: must be a JSON string, but was number 7"),
        // Typed values.
        Arguments.of(
            "{'p': [{'name': 8}]}",
            reader(in -> in.get("p").elements().get(0).get("name").text()),
            "p[0].name: must be a JSON string, but was number 8"),
        Arguments.of(
            "{'a': [null]}",
            reader(in -> in.get("a").elements().get(0).text()),
            "a[0]: must be a JSON string, but was null"),
        Arguments.of(
            "{'a': ['x', 'y', 'x']}",
            reader(in -> in.get("a").texts()),
            "a[2]: must not repeat a value, but \"x\" appears twice"),
        Arguments.of(
            "{'a': 1.5}",
            reader(in -> in.get("a").longValue()),
            "a: must be a JSON integer, but was number 1.5"),
        Arguments.of(
            "{'a': 9223372036854775808}",
            reader(in -> in.get("a").longValue()),
            "a: must be a JSON integer, but was number 9223372036854775808"),
        Arguments.of(
            "{'a': '1'}",
            reader(in -> in.get("a").longValue()),
            "a: must be a JSON integer, but was string \"1\""),
        Arguments.of(
            "{'a': 2147483648}",
            reader(in -> in.get("a").intValue()),
            "a: must be a JSON integer from -2147483648 to 2147483647, but was number 2147483648"),
        Arguments.of(
            "{'a': '0.5'}",
            reader(in -> in.get("a").number()),
            "a: must be a JSON number, but was string \"0.5\""),
        Arguments.of(
            "{'a': 1.5}",
            reader(in -> in.get("a").decimal()),
            "a: must be a JSON string, but was number 1.5"),
        Arguments.of(
            "{'a': 'true'}",
            reader(in -> in.get("a").bool()),
            "a: must be true or false, but was string \"true\""),
        Arguments.of(
            "{'a': 'monday'}",
            reader(in -> in.get("a").constant(DayOfWeek.class)),
            "a: must be one of [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY],"
                + " but was \"monday\""),
        Arguments.of(
            "{'a': ['MONDAY', 'MONDAY']}",
            reader(in -> in.get("a").constants(DayOfWeek.class)),
            "a[1]: must not repeat a value, but MONDAY appears twice"),
        Arguments.of(
            "{'a': 'MONDAY'}",
            reader(in -> in.get("a").constants(DayOfWeek.class)),
            "a: must be a JSON array, but was string \"MONDAY\""),
        Arguments.of(
            "{'a': '1h'}",
            reader(in -> in.get("a").duration()),
            "a: must be an ISO-8601 duration such as PT1H, but was \"1h\""),
        Arguments.of(
            "{'a': '2026-11-23 09:00'}",
            reader(in -> in.get("a").instant()),
            "a: must be an ISO-8601 instant such as 2026-11-23T09:00:00Z, but was \"2026-11-23"
                + " 09:00\""),
        Arguments.of(
            "{'a': 'Mars/Olympus'}",
            reader(in -> in.get("a").zone()),
            "a: must be a zone id such as America/New_York or +01:00, but was \"Mars/Olympus\""),
        Arguments.of(
            "{'a': 'eur'}",
            reader(in -> in.get("a").currency()),
            "a: must be an ISO 4217 currency code such as EUR, but was \"eur\""),
        Arguments.of(
            "{'a': 'x'}",
            reader(
                in ->
                    in.get("a")
                        .parsed(
                            text -> {
                              throw new IllegalStateException();
                            },
                            String.class)),
            "a: IllegalStateException"),
        // Domain errors of builders.
        Arguments.of(
            "{'p': {'n': 0}}",
            reader(
                in ->
                    in.get("p")
                        .build(
                            () -> {
                              throw new IllegalArgumentException("n must be positive, but was 0");
                            })),
            "p: n must be positive, but was 0"),
        Arguments.of(
            "{'p': {}}",
            reader(
                in ->
                    in.get("p")
                        .build(
                            () -> {
                              throw new NullPointerException("name");
                            })),
            "p: name"),
        Arguments.of(
            "{'p': {}}",
            reader(in -> in.get("p").build(() -> in.get("p").get("q"))),
            "p: property \"q\" is required"),
        // Values at the root of the document.
        Arguments.of("8", reader(JsonIn::text), "must be a JSON string, but was number 8"),
        Arguments.of(
            "{'a': 1}",
            reader(JsonIn::elements),
            "must be a JSON array, but was object" + " {\"a\":1}"));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("errors")
  void errorsStartWithThePathThatGetPathHolds(
      String json, JsonAdapters.Reader<?> reader, String message) throws IOException {
    JsonMappingException e = failure(json, reader);

    assertThat(e).isNotNull();
    assertThat(e.getOriginalMessage()).isEqualTo(message);
    // The path a message starts with (none for errors at the root) is the one getPath() holds.
    String expectedPath =
        message.matches("^[\\w.\\[\\]]+: .*") ? message.substring(0, message.indexOf(": ")) : "";
    assertThat(pathOf(e)).isEqualTo(expectedPath);
  }

  @Test
  void unknownPropertyIsUnrecognizedPropertyExceptionNamingTheKnownOnes() {
    UnrecognizedPropertyException e =
        catchThrowableOfType(
            UnrecognizedPropertyException.class,
            () -> read("{'p': [{'name': 'x', 'wen': 1}]}", in -> unknown(in)));

    assertThat(e.getOriginalMessage())
        .isEqualTo("p[0].wen: unknown property of a policy; known properties: [name, when]");
    assertThat(pathOf(e)).isEqualTo("p[0].wen");
    assertThat(e.getPropertyName()).isEqualTo("wen");
    assertThat(e.getKnownPropertyIds()).containsExactly("name", "when");
  }

  private static Object unknown(JsonIn in) throws IOException {
    return in.get("p").elements().get(0).object("a policy", List.of("name", "when"));
  }

  @Test
  void textAParserRejectsIsInvalidFormatExceptionWithTheTextAndType() {
    InvalidFormatException e =
        catchThrowableOfType(
            InvalidFormatException.class, () -> read("{'a': {'b': '1,5'}}", in -> decimal(in)));

    assertThat(e.getOriginalMessage())
        .isEqualTo("a.b: must be a decimal number in a string, such as \"1.25\", but was \"1,5\"");
    assertThat(pathOf(e)).isEqualTo("a.b");
    assertThat(e.getValue()).isEqualTo("1,5");
    assertThat(e.getTargetType()).isEqualTo(BigDecimal.class);
    assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
  }

  private static Object decimal(JsonIn in) throws IOException {
    return in.get("a").get("b").decimal();
  }

  @Test
  void wrongKindNamesBothJsonTypesAtThePath() {
    JsonMappingException e =
        failure(
            "{'events': [{'type': 'message'}]}",
            in -> {
              throw in.get("events").elements().get(0).wrongKind("an event", "reply", "message");
            });

    assertThat(e.getOriginalMessage())
        .isEqualTo("events[0].type: expected an event of type \"reply\", but was \"message\"");
    assertThat(pathOf(e)).isEqualTo("events[0].type");
  }

  @Test
  void builderExceptionIsTheCause() {
    IllegalArgumentException cause = new IllegalArgumentException("bad");
    JsonMappingException e =
        failure(
            "{'a': 1}",
            in ->
                in.get("a")
                    .build(
                        () -> {
                          throw cause;
                        }));

    assertThat(e.getOriginalMessage()).isEqualTo("a: bad");
    assertThat(e.getCause()).isSameAs(cause);
  }

  @Test
  void errorOfAnotherDeserializerIsReRootedAtTheValueItRead() {
    JsonMappingException e =
        failure(
            "{'policies': [{'calendar': {'weekly': {'MONDAY': ['a', 7]}}}]}",
            in -> in.get("policies").elements().get(0).get("calendar").value(Inner.class));

    assertThat(e.getOriginalMessage())
        .isEqualTo(
            "policies[0].calendar.weekly.MONDAY[1]: must be a JSON string, but was number 7");
    assertThat(pathOf(e)).isEqualTo("policies[0].calendar.weekly.MONDAY[1]");
    assertThat(e.getCause()).isInstanceOf(JsonMappingException.class);
  }

  @Test
  void errorOfAnotherDeserializerAtItsRootKeepsItsMessage() {
    JsonMappingException e =
        failure("{'c': {'weekly': {}, 'x': 1}}", in -> in.get("c").value(Inner.class));
    JsonMappingException missing =
        failure("{'c': {'weekly': {}}}", in -> in.get("c").value(Inner.class));

    assertThat(e.getOriginalMessage())
        .isEqualTo("c.x: unknown property of an inner value; known properties: [weekly]");
    assertThat(missing.getOriginalMessage()).isEqualTo("c.weekly: property \"MONDAY\" is required");
    assertThat(pathOf(missing)).isEqualTo("c.weekly");
  }

  @Test
  void nestedReadReturnsTheValue() throws IOException {
    Object value =
        read("{'c': {'weekly': {'MONDAY': ['a', 'b']}}}", in -> in.get("c").value(Inner.class));

    assertThat(value).isEqualTo(new Inner("ab"));
  }

  @Test
  void readsAnObjectJacksonHasAlreadyEntered() throws IOException {
    ObjectMapper mapper = mapper(JsonIn::node);

    assertThat(mapper.readValue("{\"type\": \"sub\", \"a\": \"x\"}", Base.class))
        .isEqualTo(new Sub("x"));
    assertThat(
            catchThrowableOfType(
                    JsonMappingException.class,
                    () ->
                        mapper.readValue("{\"type\": \"sub\", \"a\": \"x\", \"a\": 1}", Base.class))
                .getOriginalMessage())
        .isEqualTo("a: property appears more than once");
  }

  @Test
  void describeNamesTheKindAndShortText() {
    ObjectMapper mapper = new ObjectMapper();

    assertThat(JsonIn.describe(mapper.getNodeFactory().textNode("x"))).isEqualTo("string \"x\"");
    assertThat(JsonIn.describe(mapper.getNodeFactory().nullNode())).isEqualTo("null");
    assertThat(JsonIn.describe(null)).isEqualTo("null");
    assertThat(JsonIn.describe(mapper.getNodeFactory().booleanNode(true)))
        .isEqualTo("boolean true");
  }

  @Test
  void constantNamedAndParseDurationThrowIllegalArgumentException() {
    assertThat(JsonIn.constantNamed(DayOfWeek.class, "FRIDAY")).isEqualTo(DayOfWeek.FRIDAY);
    assertThat(
            catchThrowableOfType(
                    IllegalArgumentException.class, () -> JsonIn.constantNamed(DayOfWeek.class, ""))
                .getMessage())
        .startsWith("must be one of [MONDAY,")
        .endsWith("], but was \"\"");
    assertThat(JsonIn.parseDuration("P2D")).isEqualTo(Duration.ofDays(2));
    assertThat(
            catchThrowableOfType(IllegalArgumentException.class, () -> JsonIn.parseDuration("2d"))
                .getMessage())
        .isEqualTo("must be an ISO-8601 duration such as PT1H, but was \"2d\"");
  }

  @Test
  void pathOfTheRootIsEmpty() throws IOException {
    assertThat(read("{'a': [{'b': {}}]}", in -> List.of(in.path(), path(in))))
        .isEqualTo(List.of("", "a[0].b"));
  }

  private static String path(JsonIn in) throws IOException {
    return in.get("a").elements().get(0).get("b").path();
  }

  @Test
  void mapOfPropertiesKeepsTheirOrder() throws IOException {
    Object keys =
        read(
            "{'z': 1, 'a': 2, 'm': 3}",
            in -> in.properties("a map").stream().map(Map.Entry::getKey).toList());

    assertThat(keys).isEqualTo(List.of("z", "a", "m"));
  }

  /** Names a lambda's type for the tables. */
  private static JsonAdapters.Reader<?> reader(JsonAdapters.Reader<?> reader) {
    return reader;
  }
}
