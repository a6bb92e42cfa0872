package dev.rapport.core.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A JSON value being read strictly, with its path from the root of the document ({@code
 * policies[1].targets.RESOLUTION.duration}). {@link #read} reads the whole value first and rejects
 * a repeated property anywhere in it; the typed readers then reject values of the wrong JSON type
 * whatever coercions the mapper allows. Every error is a {@link JsonMappingException} whose message
 * starts with the path ({@code "policies[1].name: must be a JSON string, but was number 8"}) and
 * whose {@link JsonMappingException#getPath()} holds it. Unknown properties are {@link
 * UnrecognizedPropertyException}s, and text that a parser rejects is an {@link
 * InvalidFormatException} carrying the text and the type.
 *
 * <p>Immutable; used within one deserializer call (it holds that call's parser and context).
 */
public final class JsonIn {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonParser parser;
  private final DeserializationContext ctxt;
  private final Class<?> target;
  private final JsonNode node;
  private final Path path;

  private JsonIn(
      JsonParser parser, DeserializationContext ctxt, Class<?> target, JsonNode node, Path path) {
    this.parser = parser;
    this.ctxt = ctxt;
    this.target = target;
    this.node = node;
    this.path = path;
  }

  /**
   * Reads the value the parser is at (or, inside an object that Jackson has entered, the rest of
   * that object), rejecting repeated properties, as the root of a document.
   *
   * @param target the type being read, for the exceptions
   */
  public static JsonIn read(JsonParser parser, DeserializationContext ctxt, Class<?> target)
      throws IOException {
    Objects.requireNonNull(parser, "parser");
    Objects.requireNonNull(ctxt, "ctxt");
    Objects.requireNonNull(target, "target");
    Path root = Path.ROOT;
    JsonToken token = parser.currentToken();
    if (token == null) {
      token = parser.nextToken();
    }
    if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT) {
      return new JsonIn(parser, ctxt, target, readFields(parser, target, root), root);
    }
    return new JsonIn(parser, ctxt, target, readValue(parser, target, root), root);
  }

  private static JsonNode readValue(JsonParser parser, Class<?> target, Path path)
      throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        parser.nextToken();
        return readFields(parser, target, path);
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        for (token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
          array.add(readValue(parser, target, path.child(array.size())));
        }
        return array;
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        return NODES.numberNode(parser.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(parser.getDecimalValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw error(parser, target, path, "must be a JSON value, but was " + token);
    }
  }

  /** Reads properties from the parser's current token up to the end of the object. */
  private static ObjectNode readFields(JsonParser parser, Class<?> target, Path path)
      throws IOException {
    ObjectNode object = NODES.objectNode();
    for (JsonToken token = parser.currentToken();
        token == JsonToken.FIELD_NAME;
        token = parser.nextToken()) {
      String name = parser.currentName();
      Path child = path.child(name);
      if (object.has(name)) {
        throw error(parser, target, child, "property appears more than once");
      }
      parser.nextToken();
      object.set(name, readValue(parser, target, child));
    }
    return object;
  }

  /** Returns the JSON value itself. */
  public JsonNode node() {
    return node;
  }

  /** Returns the path, such as {@code policies[1].name}; empty at the root. */
  public String path() {
    return render(path.segments());
  }

  /**
   * Throws unless this value is an object with only {@code known} properties; {@code what} names
   * the object in messages ({@code "a policy"}).
   */
  public JsonIn object(String what, String... known) throws JsonMappingException {
    return object(what, Arrays.asList(known));
  }

  /**
   * Throws unless this value is an object with only {@code known} properties; {@code what} names
   * the object in messages ({@code "a policy"}).
   */
  public JsonIn object(String what, Collection<String> known) throws JsonMappingException {
    requireObject(what);
    List<String> names = List.copyOf(known);
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!names.contains(name)) {
        Path at = path.child(name);
        UnrecognizedPropertyException e =
            new UnrecognizedPropertyException(
                parser,
                render(at.segments())
                    + ": unknown property of "
                    + what
                    + "; known properties: "
                    + names,
                parser.currentLocation(),
                target,
                name,
                new ArrayList<>(names));
        throw located(e, at);
      }
    }
    return this;
  }

  /**
   * Throws unless this value is a JSON object, whatever its properties (check them later with
   * {@link #object(String, Collection)}, when they depend on one of them); {@code what} names the
   * object in messages.
   */
  public JsonIn requireObject(String what) throws JsonMappingException {
    if (!node.isObject()) {
      throw error("must be a JSON object (" + what + "), but was " + describe(node));
    }
    return this;
  }

  /** Returns whether property {@code name} of this object is present and not null. */
  public boolean has(String name) {
    JsonNode value = node.get(name);
    return value != null && !value.isNull();
  }

  /** Returns required property {@code name} of this object; absent or null is an error. */
  public JsonIn get(String name) throws JsonMappingException {
    if (!has(name)) {
      throw error("property \"" + name + "\" is required");
    }
    return child(name);
  }

  /** Returns property {@code name} of this object; absent or null is empty. */
  public Optional<JsonIn> find(String name) {
    return has(name) ? Optional.of(child(name)) : Optional.empty();
  }

  /**
   * Returns property {@code name} of this object read by {@code read} (such as {@code
   * JsonIn::text}); absent or null is empty.
   */
  public <T> Optional<T> optional(String name, Read<T> read) throws JsonMappingException {
    return has(name) ? Optional.of(read.read(child(name))) : Optional.empty();
  }

  /** Reads a value from a {@link JsonIn}: one of its typed readers, or a reader of a type. */
  @FunctionalInterface
  public interface Read<T> {
    /** Returns the value {@code in} describes. */
    T read(JsonIn in) throws JsonMappingException;
  }

  /** Returns the properties of this object, in order; {@code what} names it in messages. */
  public List<Map.Entry<String, JsonIn>> properties(String what) throws JsonMappingException {
    requireObject(what);
    List<Map.Entry<String, JsonIn>> result = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      result.add(Map.entry(name, child(name)));
    }
    return result;
  }

  /** Returns the elements of this array, in order. */
  public List<JsonIn> elements() throws JsonMappingException {
    if (!node.isArray()) {
      throw error("must be a JSON array, but was " + describe(node));
    }
    List<JsonIn> result = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      result.add(new JsonIn(parser, ctxt, target, node.get(i), path.child(i)));
    }
    return result;
  }

  /** Returns this value, a JSON string. */
  public String text() throws JsonMappingException {
    if (!node.isTextual()) {
      throw error("must be a JSON string, but was " + describe(node));
    }
    return node.textValue();
  }

  /** Returns the strings in this array, in order, rejecting repeats. */
  public List<String> texts() throws JsonMappingException {
    Set<String> result = new LinkedHashSet<>();
    for (JsonIn element : elements()) {
      String text = element.text();
      if (!result.add(text)) {
        throw element.error("must not repeat a value, but \"" + text + "\" appears twice");
      }
    }
    return List.copyOf(result);
  }

  /**
   * Returns this value, a JSON string, parsed by {@code parse}. Its {@link
   * IllegalArgumentException} (or {@link DateTimeException}, {@link IllegalStateException}, {@link
   * ArithmeticException}, {@link NullPointerException}), whose message says what was expected,
   * becomes an {@link InvalidFormatException} at this value.
   *
   * @param type the type {@code parse} makes, for the exception
   */
  public <T> T parsed(Function<String, ? extends T> parse, Class<T> type)
      throws JsonMappingException {
    String text = text();
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException
        | DateTimeException
        | IllegalStateException
        | ArithmeticException
        | NullPointerException e) {
      InvalidFormatException error =
          InvalidFormatException.from(parser, prefix(path) + messageOf(e), text, type);
      error.initCause(e);
      throw located(error, path);
    }
  }

  /** Returns this value, a JSON integer that fits a {@code long}. */
  public long longValue() throws JsonMappingException {
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw error("must be a JSON integer, but was " + describe(node));
    }
    return node.longValue();
  }

  /** Returns this value, a JSON integer that fits an {@code int}. */
  public int intValue() throws JsonMappingException {
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw error(
          "must be a JSON integer from "
              + Integer.MIN_VALUE
              + " to "
              + Integer.MAX_VALUE
              + ", but was "
              + describe(node));
    }
    return node.intValue();
  }

  /** Returns this value, any JSON number, exactly as written ({@code 0.1} is one tenth). */
  public BigDecimal number() throws JsonMappingException {
    if (!node.isNumber()) {
      throw error("must be a JSON number, but was " + describe(node));
    }
    return node.decimalValue();
  }

  /**
   * Returns this value, a decimal number written as a JSON string ({@code "1.25"}), so that no
   * parser along the way can round it.
   */
  public BigDecimal decimal() throws JsonMappingException {
    return parsed(
        text -> {
          try {
            return new BigDecimal(text);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                "must be a decimal number in a string, such as \"1.25\", but was \"" + text + "\"",
                e);
          }
        },
        BigDecimal.class);
  }

  /** Returns this value, a JSON boolean. */
  public boolean bool() throws JsonMappingException {
    if (!node.isBoolean()) {
      throw error("must be true or false, but was " + describe(node));
    }
    return node.booleanValue();
  }

  /**
   * Returns this value, a JSON string that is exactly the name of a constant of {@code type}
   * (whatever the mapper's enum settings).
   */
  public <E extends Enum<E>> E constant(Class<E> type) throws JsonMappingException {
    return parsed(text -> constantNamed(type, text), type);
  }

  /** Returns the constants of {@code type} named in this array, in order, rejecting repeats. */
  public <E extends Enum<E>> List<E> constants(Class<E> type) throws JsonMappingException {
    List<E> result = new ArrayList<>();
    for (JsonIn element : elements()) {
      E constant = element.constant(type);
      if (result.contains(constant)) {
        throw element.error("must not repeat a value, but " + constant + " appears twice");
      }
      result.add(constant);
    }
    return result;
  }

  /**
   * Returns the constant of {@code type} named exactly {@code text}.
   *
   * @throws IllegalArgumentException {@code "must be one of [A, B], but was \"c\""} if there is
   *     none
   */
  public static <E extends Enum<E>> E constantNamed(Class<E> type, String text) {
    Objects.requireNonNull(text, "text");
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(
        "must be one of "
            + Arrays.toString(type.getEnumConstants())
            + ", but was \""
            + text
            + "\"");
  }

  /** Returns this value, a JSON string holding an ISO-8601 duration ({@code "PT1H"}). */
  public Duration duration() throws JsonMappingException {
    return parsed(JsonIn::parseDuration, Duration.class);
  }

  /**
   * Returns an ISO-8601 duration.
   *
   * @throws IllegalArgumentException {@code "must be an ISO-8601 duration such as PT1H, but was
   *     \"x\""} if {@code text} is not one
   */
  public static Duration parseDuration(String text) {
    try {
      return Duration.parse(text);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "must be an ISO-8601 duration such as PT1H, but was \"" + text + "\"", e);
    }
  }

  /**
   * Returns this value, a JSON string holding an ISO-8601 instant ({@code "2026-11-23T09:00:00Z"}).
   */
  public Instant instant() throws JsonMappingException {
    return parsed(JsonIn::parseInstant, Instant.class);
  }

  /**
   * Returns an ISO-8601 instant.
   *
   * @throws IllegalArgumentException {@code "must be an ISO-8601 instant such as
   *     2026-11-23T09:00:00Z, but was \"x\""} if {@code text} is not one
   */
  public static Instant parseInstant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "must be an ISO-8601 instant such as 2026-11-23T09:00:00Z, but was \"" + text + "\"", e);
    }
  }

  /**
   * Returns this value, a JSON string holding a zone id ({@code "Europe/Paris"}, {@code "+01:00"}).
   */
  public ZoneId zone() throws JsonMappingException {
    return parsed(JsonIn::parseZone, ZoneId.class);
  }

  /**
   * Returns a zone id.
   *
   * @throws IllegalArgumentException {@code "must be a zone id such as America/New_York or +01:00,
   *     but was \"x\""} if {@code text} is not one
   */
  public static ZoneId parseZone(String text) {
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "must be a zone id such as America/New_York or +01:00, but was \"" + text + "\"", e);
    }
  }

  /** Returns this value, a JSON string holding an ISO 4217 currency code ({@code "EUR"}). */
  public Currency currency() throws JsonMappingException {
    return parsed(
        text -> {
          try {
            return Currency.getInstance(text);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                "must be an ISO 4217 currency code such as EUR, but was \"" + text + "\"", e);
          }
        },
        Currency.class);
  }

  /**
   * Reads this value with the mapper's own deserializer for {@code type} (another module's type,
   * such as core's calendar inside an SLA target). Its errors, whose paths and messages start at
   * this value, become errors whose paths and messages start at the root (see {@link
   * #nestedError}).
   */
  public <T> T value(Class<T> type) throws JsonMappingException {
    try {
      return ctxt.readTreeAsValue(node, type);
    } catch (JsonMappingException e) {
      throw nestedError(e);
    } catch (IOException e) {
      // Reading a tree already in memory fails only with mapping errors; anything else is wrapped.
      throw error("cannot be read as " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns {@code factory}'s result; a domain exception it throws ({@link
   * IllegalArgumentException}, {@link NullPointerException}, {@link IllegalStateException}, {@link
   * ArithmeticException}) becomes an error at this value with the exception's message.
   */
  public <T> T build(Builder<T> factory) throws JsonMappingException {
    try {
      return factory.build();
    } catch (IllegalArgumentException
        | NullPointerException
        | IllegalStateException
        | ArithmeticException e) {
      throw error(messageOf(e), e);
    }
  }

  /** Makes a value from what was read; may throw domain exceptions and JSON errors. */
  @FunctionalInterface
  public interface Builder<T> {
    /** Returns the value. */
    T build() throws JsonMappingException;
  }

  /** Returns an error about this value: the message is prefixed with the path. */
  public JsonMappingException error(String message) {
    return error(parser, target, path, message);
  }

  /**
   * Returns an error about this object, read as one kind of a family of types but holding another,
   * at its {@code "type"} property: each kind is named by the JSON type name it is written with, in
   * the words every Rapport module uses: {@code type: expected an event of type "reply", but was
   * "message"}.
   *
   * @param noun what a value of the family is called, with its article: {@code "an event"}
   */
  public JsonMappingException wrongKind(String noun, String expected, String actual) {
    return child("type")
        .error("expected " + noun + " of type \"" + expected + "\", but was \"" + actual + "\"");
  }

  /** Returns an error about this value, caused by {@code cause}. */
  public JsonMappingException error(String message, Throwable cause) {
    JsonMappingException e = error(parser, target, path, message);
    e.initCause(cause);
    return e;
  }

  /**
   * Returns {@code nested}, an error that another deserializer raised about a value inside this one
   * (its path and message relative to this value), as an error whose path and message start at the
   * root of the document: {@code weekly.MONDAY[1]: ...} inside {@code policies[0].calendar} becomes
   * {@code policies[0].calendar.weekly.MONDAY[1]: ...}.
   */
  public JsonMappingException nestedError(JsonMappingException nested) {
    Path full = path;
    for (JsonMappingException.Reference reference : nested.getPath()) {
      full =
          full.child(
              reference.getFieldName() != null ? reference.getFieldName() : reference.getIndex());
    }
    List<Object> segments = full.segments();
    String inner = render(segments.subList(path.size, segments.size()));
    String message = nested.getOriginalMessage();
    if (!inner.isEmpty() && message.startsWith(inner + ": ")) {
      message = message.substring(inner.length() + 2);
    }
    JsonMappingException e = error(parser, target, full, message);
    e.initCause(nested);
    return e;
  }

  /** Describes a JSON value for a message: its kind and, if short, its text ({@code number 8}). */
  public static String describe(JsonNode node) {
    if (node == null || node.isNull()) {
      return "null";
    }
    String text = node.toString();
    String kind = node.getNodeType().name().toLowerCase(Locale.ROOT);
    return text.length() <= 40 ? kind + " " + text : kind;
  }

  private JsonIn child(String name) {
    return new JsonIn(parser, ctxt, target, node.get(name), path.child(name));
  }

  /**
   * A path from the root of the document: each path shares its parent, so reading a document
   * allocates one small object per value; the path is spelled out only for an error.
   */
  private static final class Path {
    static final Path ROOT = new Path(null, null);

    private final Path parent;
    // A property name (String) or an array index (Integer); null at the root.
    private final Object segment;
    private final int size;

    private Path(Path parent, Object segment) {
      this.parent = parent;
      this.segment = segment;
      this.size = parent == null ? 0 : parent.size + 1;
    }

    Path child(Object segment) {
      return new Path(this, segment);
    }

    /** Returns the property names and indexes from the root. */
    List<Object> segments() {
      Object[] out = new Object[size];
      for (Path at = this; at.parent != null; at = at.parent) {
        out[at.size - 1] = at.segment;
      }
      return Arrays.asList(out);
    }
  }

  private static String render(List<Object> path) {
    StringBuilder out = new StringBuilder();
    for (Object segment : path) {
      if (segment instanceof Integer) {
        out.append('[').append(segment).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(segment);
      }
    }
    return out.toString();
  }

  private static String prefix(Path path) {
    return path.size == 0 ? "" : render(path.segments()) + ": ";
  }

  private static String messageOf(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static JsonMappingException error(
      JsonParser parser, Class<?> target, Path path, String message) {
    return located(MismatchedInputException.from(parser, target, prefix(path) + message), path);
  }

  private static <E extends JsonMappingException> E located(E e, Path path) {
    for (Path at = path; at.parent != null; at = at.parent) {
      Object segment = at.segment;
      if (segment instanceof Integer) {
        e.prependPath(List.class, (Integer) segment);
      } else {
        e.prependPath(Map.class, (String) segment);
      }
    }
    return e;
  }
}
