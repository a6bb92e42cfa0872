package dev.rapport.sla.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON value being read, with its path from the root of the document ({@code
 * policies[1].targets.FIRST_RESPONSE.duration}). Every error is a {@link JsonMappingException}
 * whose message starts with that path and whose {@link JsonMappingException#getPath()} holds it.
 * The document is read strictly: a repeated property anywhere is an error. Immutable; used within
 * one deserializer call.
 */
final class JsonIn {
  private final JsonParser parser;
  private final Class<?> target;
  private final JsonNode node;
  private final List<Object> path;

  private JsonIn(JsonParser parser, Class<?> target, JsonNode node, List<Object> path) {
    this.parser = parser;
    this.target = target;
    this.node = node;
    this.path = path;
  }

  /** Reads the value the parser is at, rejecting repeated properties, as the root of a document. */
  static JsonIn read(JsonParser parser, Class<?> target) throws IOException {
    List<Object> root = List.of();
    return new JsonIn(parser, target, readValue(parser, target, root), root);
  }

  private static JsonNode readValue(JsonParser parser, Class<?> target, List<Object> path)
      throws IOException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      ObjectNode object = nodes.objectNode();
      for (token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
        String name = parser.currentName();
        List<Object> child = append(path, name);
        parser.nextToken();
        JsonNode value = readValue(parser, target, child);
        if (object.has(name)) {
          throw error(parser, target, child, "property appears more than once");
        }
        object.set(name, value);
      }
      return object;
    }
    if (token == JsonToken.START_ARRAY) {
      ArrayNode array = nodes.arrayNode();
      int i = 0;
      for (token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
        array.add(readValue(parser, target, append(path, i++)));
      }
      return array;
    }
    switch (token) {
      case VALUE_STRING:
        return nodes.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        return nodes.numberNode(parser.getDecimalValue());
      case VALUE_NUMBER_FLOAT:
        return nodes.numberNode(parser.getDecimalValue());
      case VALUE_TRUE:
        return nodes.booleanNode(true);
      case VALUE_FALSE:
        return nodes.booleanNode(false);
      case VALUE_NULL:
        return nodes.nullNode();
      default:
        throw error(parser, target, path, "must be a JSON value, but was " + token);
    }
  }

  /** Returns the JSON value itself. */
  JsonNode node() {
    return node;
  }

  /** Returns the path, such as {@code policies[1].name}; empty at the root. */
  String path() {
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

  /** Throws unless this value is an object with only {@code known} properties. */
  JsonIn object(String what, String... known) throws JsonMappingException {
    if (!node.isObject()) {
      throw error("must be a JSON object (" + what + "), but was " + describe(node));
    }
    List<String> names = Arrays.asList(known);
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!names.contains(name)) {
        throw child(name).error("unknown property of " + what + "; known properties: " + names);
      }
    }
    return this;
  }

  /** Returns required property {@code name} of this object. */
  JsonIn get(String name) throws JsonMappingException {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw error("property \"" + name + "\" is required");
    }
    return child(name);
  }

  /** Returns property {@code name} of this object; absent or null is empty. */
  Optional<JsonIn> find(String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(child(name));
  }

  /** Returns the properties of this object, in order. */
  List<Map.Entry<String, JsonIn>> properties(String what) throws JsonMappingException {
    if (!node.isObject()) {
      throw error("must be a JSON object (" + what + "), but was " + describe(node));
    }
    List<Map.Entry<String, JsonIn>> result = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      result.add(Map.entry(name, child(name)));
    }
    return result;
  }

  /** Returns the elements of this array, in order. */
  List<JsonIn> elements() throws JsonMappingException {
    if (!node.isArray()) {
      throw error("must be a JSON array, but was " + describe(node));
    }
    List<JsonIn> result = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      result.add(new JsonIn(parser, target, node.get(i), append(path, i)));
    }
    return result;
  }

  /** Returns this value as a string. */
  String text() throws JsonMappingException {
    if (!node.isTextual()) {
      throw error("must be a JSON string, but was " + describe(node));
    }
    return node.textValue();
  }

  /** Returns this value as a number. */
  double number() throws JsonMappingException {
    if (!node.isNumber()) {
      throw error("must be a JSON number, but was " + describe(node));
    }
    return node.doubleValue();
  }

  /** Returns this string as the constant of {@code type} with exactly that name. */
  <E extends Enum<E>> E constant(Class<E> type, String what) throws JsonMappingException {
    String text = text();
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw error(
        "unknown "
            + what
            + " \""
            + text
            + "\": must be one of "
            + Arrays.toString(type.getEnumConstants()));
  }

  /** Returns the constants of {@code type} in this array, rejecting repeats. */
  <E extends Enum<E>> List<E> constants(Class<E> type, String what) throws JsonMappingException {
    List<E> result = new ArrayList<>();
    for (JsonIn element : elements()) {
      E constant = element.constant(type, what);
      if (result.contains(constant)) {
        throw element.error("must not repeat a value, but " + constant + " appears twice");
      }
      result.add(constant);
    }
    return result;
  }

  /** Returns the strings in this array, rejecting repeats. */
  List<String> texts() throws JsonMappingException {
    List<String> result = new ArrayList<>();
    for (JsonIn element : elements()) {
      String text = element.text();
      if (result.contains(text)) {
        throw element.error("must not repeat a value, but \"" + text + "\" appears twice");
      }
      result.add(text);
    }
    return result;
  }

  /** Returns this string as an ISO-8601 duration. */
  Duration duration() throws JsonMappingException {
    String text = text();
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw error("must be an ISO-8601 duration such as PT1H, but was \"" + text + "\"");
    }
  }

  /** Returns an error about this value. */
  JsonMappingException error(String message) {
    return error(parser, target, path, message);
  }

  /** Returns an error about this value, caused by {@code cause}. */
  JsonMappingException error(String message, Throwable cause) {
    JsonMappingException e = error(parser, target, path, message);
    e.initCause(cause);
    return e;
  }

  /**
   * Returns {@code nested}, an error that another reader raised about a value inside this one (its
   * path and message relative to this value), as an error whose path and message start at the root
   * of the document: {@code weekly.MONDAY[1]: ...} inside {@code policies[0].calendar} becomes
   * {@code policies[0].calendar.weekly.MONDAY[1]: ...}.
   */
  JsonMappingException nestedError(JsonMappingException nested) {
    List<Object> full = new ArrayList<>(path);
    for (JsonMappingException.Reference reference : nested.getPath()) {
      full.add(
          reference.getFieldName() != null ? reference.getFieldName() : reference.getIndex());
    }
    String inner = new JsonIn(parser, target, null, full.subList(path.size(), full.size())).path();
    String message = nested.getOriginalMessage();
    if (!inner.isEmpty() && message.startsWith(inner + ": ")) {
      message = message.substring(inner.length() + 2);
    }
    JsonMappingException e = error(parser, target, full, message);
    e.initCause(nested);
    return e;
  }

  private JsonIn child(String name) {
    return new JsonIn(parser, target, node.get(name), append(path, name));
  }

  private static List<Object> append(List<Object> path, Object segment) {
    List<Object> result = new ArrayList<>(path.size() + 1);
    result.addAll(path);
    result.add(segment);
    return result;
  }

  private static JsonMappingException error(
      JsonParser parser, Class<?> target, Collection<Object> path, String message) {
    String where = new JsonIn(parser, target, null, List.copyOf(path)).path();
    MismatchedInputException e =
        MismatchedInputException.from(
            parser, target, (where.isEmpty() ? "" : where + ": ") + message);
    List<Object> segments = new ArrayList<>(path);
    for (int i = segments.size() - 1; i >= 0; i--) {
      Object segment = segments.get(i);
      if (segment instanceof Integer) {
        e.prependPath(target, (Integer) segment);
      } else {
        e.prependPath(target, (String) segment);
      }
    }
    return e;
  }

  private static String describe(JsonNode node) {
    String text = node.toString();
    String kind = node.getNodeType().name().toLowerCase(Locale.ROOT);
    return text.length() <= 40 ? kind + " " + text : kind;
  }
}
