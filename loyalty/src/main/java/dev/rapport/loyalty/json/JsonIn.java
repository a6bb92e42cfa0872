package dev.rapport.loyalty.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One JSON value being read, with its path from the document's root ({@code
 * entries[3].request.key}). Reading is strict: every error is a {@link JsonMappingException} whose
 * message starts with the path and whose {@link JsonMappingException#getPath()} holds it; unknown
 * and repeated properties are errors; decimals are exact. Not thread-safe; used within one
 * deserializer call.
 */
final class JsonIn {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonParser parser;
  private final Class<?> target;
  private final JsonNode node;
  private final JsonIn parent;
  // A property name (String) or an array index (Integer); null at the root.
  private final Object segment;

  private JsonIn(JsonParser parser, Class<?> target, JsonNode node, JsonIn parent, Object segment) {
    this.parser = parser;
    this.target = target;
    this.node = node;
    this.parent = parent;
    this.segment = segment;
  }

  /**
   * Reads the value the parser is at into a tree, rejecting repeated properties, and returns it as
   * the root of a path.
   */
  static JsonIn read(JsonParser parser, Class<?> target) throws IOException {
    JsonIn root = new JsonIn(parser, target, null, null, null);
    return new JsonIn(parser, target, root.tree(parser, ""), null, null);
  }

  private JsonNode tree(JsonParser parser, String path) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null) {
      token = parser.nextToken();
    }
    switch (token) {
      case START_OBJECT:
      case FIELD_NAME:
        ObjectNode object = NODES.objectNode();
        if (token == JsonToken.START_OBJECT) {
          token = parser.nextToken();
        }
        for (; token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
          String name = parser.currentName();
          parser.nextToken();
          String child = path.isEmpty() ? name : path + "." + name;
          if (object.has(name)) {
            MismatchedInputException e =
                MismatchedInputException.from(
                    parser, target, child + ": property appears more than once");
            e.prependPath(target, name);
            throw e;
          }
          object.set(name, tree(parser, child));
        }
        return object;
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        for (token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
          array.add(tree(parser, path + "[" + array.size() + "]"));
        }
        return array;
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        return NODES.numberNode(parser.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(parser.getDecimalValue());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw MismatchedInputException.from(
            parser, target, (path.isEmpty() ? "" : path + ": ") + "unexpected " + token);
    }
  }

  /** Returns the path of this value, empty at the root. */
  String path() {
    if (parent == null) {
      return "";
    }
    String up = parent.path();
    if (segment instanceof Integer) {
      return up + "[" + segment + "]";
    }
    return up.isEmpty() ? (String) segment : up + "." + segment;
  }

  /** Returns an error about this value. */
  JsonMappingException error(String message) {
    String path = path();
    return located(
        MismatchedInputException.from(
            parser, target, (path.isEmpty() ? "" : path + ": ") + message));
  }

  /** Returns an error about this value, which is the text {@code text}, of {@code type}. */
  JsonMappingException invalid(String message, String text, Class<?> type) {
    String path = path();
    return located(
        InvalidFormatException.from(
            parser, (path.isEmpty() ? "" : path + ": ") + message, text, type));
  }

  private <E extends JsonMappingException> E located(E e) {
    for (JsonIn at = this; at.parent != null; at = at.parent) {
      if (at.segment instanceof Integer) {
        e.prependPath(List.class, (Integer) at.segment);
      } else {
        e.prependPath(target, (String) at.segment);
      }
    }
    return e;
  }

  /** Checks that this value is an object; {@code what} describes it in the message. */
  JsonIn object(String what) throws JsonMappingException {
    if (!node.isObject()) {
      throw error("must be a JSON object (" + what + "), but was " + describe(node));
    }
    return this;
  }

  /**
   * Checks that this value is an object with only the {@code known} properties; {@code what}
   * describes it in the message.
   */
  JsonIn object(Set<String> known, String what) throws JsonMappingException {
    object(what);
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        String path = child(name).path();
        UnrecognizedPropertyException e =
            new UnrecognizedPropertyException(
                parser,
                path + ": unknown property of " + what + "; known properties: " + known,
                parser.currentLocation(),
                target,
                name,
                new ArrayList<>(known));
        throw child(name).located(e);
      }
    }
    return this;
  }

  private JsonIn child(Object segment) {
    JsonNode value =
        segment instanceof Integer ? node.get((Integer) segment) : node.get((String) segment);
    return new JsonIn(parser, target, value, this, segment);
  }

  /** Returns property {@code name}, which must be present and not null. */
  JsonIn get(String name) throws JsonMappingException {
    JsonNode value = node.get(name);
    if (value == null) {
      throw error("property \"" + name + "\" is required");
    }
    JsonIn child = child(name);
    if (value.isNull()) {
      throw child.error("must not be null");
    }
    return child;
  }

  /** Returns property {@code name}; absent or null is empty. */
  Optional<JsonIn> optional(String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(child(name));
  }

  /** Returns true if property {@code name} is present and not null. */
  boolean has(String name) {
    JsonNode value = node.get(name);
    return value != null && !value.isNull();
  }

  /** Returns the elements of this array. */
  List<JsonIn> elements() throws JsonMappingException {
    if (!node.isArray()) {
      throw error("must be a JSON array, but was " + describe(node));
    }
    List<JsonIn> elements = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      JsonIn element = child(i);
      if (element.node.isNull()) {
        throw element.error("must not be null");
      }
      elements.add(element);
    }
    return elements;
  }

  /** Returns this string value. */
  String text() throws JsonMappingException {
    if (!node.isTextual()) {
      throw error("must be a JSON string, but was " + describe(node));
    }
    return node.textValue();
  }

  /** Returns this string value parsed by {@code parse}, whose exceptions name what was wrong. */
  <T> T parsed(Function<String, T> parse, Class<T> type) throws JsonMappingException {
    String text = text();
    try {
      return parse.apply(text);
    } catch (RuntimeException e) {
      throw invalid(messageOf(e), text, type);
    }
  }

  /** Returns this value, a JSON integer that fits a long. */
  long integer() throws JsonMappingException {
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw error("must be a JSON integer, but was " + describe(node));
    }
    return node.longValue();
  }

  /** Returns this value, a JSON integer that fits an int. */
  int smallInteger() throws JsonMappingException {
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw error("must be a JSON integer of at most 2^31 - 1, but was " + describe(node));
    }
    return node.intValue();
  }

  /** Returns this value, a JSON boolean. */
  boolean bool() throws JsonMappingException {
    if (!node.isBoolean()) {
      throw error("must be true or false, but was " + describe(node));
    }
    return node.booleanValue();
  }

  /** Returns this value, a decimal written as a JSON string ({@code "1.25"}). */
  BigDecimal decimal() throws JsonMappingException {
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

  /** Returns this value, the name of a constant of {@code type}, matched exactly. */
  <E extends Enum<E>> E constant(Class<E> type) throws JsonMappingException {
    String text = text();
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw invalid(
        "must be one of " + Arrays.toString(type.getEnumConstants()) + ", but was \"" + text + "\"",
        text,
        type);
  }

  /**
   * Returns {@code factory}'s result, turning the domain's {@link IllegalArgumentException}, {@link
   * IllegalStateException} and {@link ArithmeticException} into an error at this value.
   */
  <T> T build(Builder<T> factory) throws JsonMappingException {
    try {
      return factory.get();
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      throw error(messageOf(e));
    }
  }

  /** A factory that may throw JSON errors of its own. */
  interface Builder<T> {
    T get() throws JsonMappingException;
  }

  private static String messageOf(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Describes a JSON value for a message: its kind and, if short, its text. */
  static String describe(JsonNode node) {
    String text = node.toString();
    String kind = node.getNodeType().name().toLowerCase(Locale.ROOT);
    return text.length() <= 40 ? kind + " " + text : kind;
  }
}
