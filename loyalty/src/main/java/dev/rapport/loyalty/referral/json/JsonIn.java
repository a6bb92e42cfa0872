package dev.rapport.loyalty.referral.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A JSON value read as a tree, with the path that leads to it from the document root, so that every
 * error names where it is: its message starts with the path (such as {@code fraudRules[2].window:
 * }) and {@link JsonMappingException#getPath()} holds it. Reading is strict: objects reject
 * properties they do not know, and values must have the JSON type asked for. Not thread-safe; lives
 * within one deserializer call.
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

  /** Returns the root of a document (or of the value a deserializer was asked to read). */
  static JsonIn root(JsonParser parser, Class<?> target, JsonNode node) {
    return new JsonIn(parser, target, node, List.of());
  }

  /** Returns the path in the usual notation, such as {@code caps[1].zone}; empty at the root. */
  String path() {
    StringBuilder text = new StringBuilder();
    for (Object segment : path) {
      if (segment instanceof Integer index) {
        text.append('[').append(index).append(']');
      } else {
        if (text.length() > 0) {
          text.append('.');
        }
        text.append(segment);
      }
    }
    return text.toString();
  }

  /** Returns an error about this value: the message is prefixed with the path. */
  JsonMappingException error(String message) {
    String where = path();
    MismatchedInputException e =
        MismatchedInputException.from(
            parser, target, where.isEmpty() ? message : where + ": " + message);
    for (int i = path.size() - 1; i >= 0; i--) {
      Object segment = path.get(i);
      if (segment instanceof Integer index) {
        e.prependPath(List.class, index);
      } else {
        e.prependPath(target, (String) segment);
      }
    }
    return e;
  }

  /**
   * Checks that this is an object whose properties are all in {@code known}; {@code what} names the
   * object in messages.
   */
  JsonIn object(Set<String> known, String what) throws JsonMappingException {
    if (!node.isObject()) {
      throw error(what + " must be a JSON object, but was " + describe(node));
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw field(name).error("unknown property of " + what + "; known properties: " + known);
      }
    }
    return this;
  }

  /** Returns property {@code name} of this object; its node is null if absent. */
  JsonIn field(String name) {
    List<Object> childPath = new ArrayList<>(path);
    childPath.add(name);
    return new JsonIn(parser, target, node.get(name), childPath);
  }

  /** Returns whether property {@code name} is present and not JSON null. */
  boolean has(String name) {
    JsonNode child = node.get(name);
    return child != null && !child.isNull();
  }

  /** Returns the string of required property {@code name}. */
  String text(String name) throws JsonMappingException {
    return field(name).required().asText("a JSON string");
  }

  /** Returns the string of optional property {@code name}; absent or null is empty. */
  Optional<String> optionalText(String name) throws JsonMappingException {
    return has(name) ? Optional.of(text(name)) : Optional.empty();
  }

  /**
   * Returns required property {@code name} parsed by {@code parse}, which throws {@link
   * IllegalArgumentException} (or another runtime exception) with a message saying what is wrong.
   */
  <T> T parsed(String name, Function<String, T> parse) throws JsonMappingException {
    return field(name).parsed(parse);
  }

  /** Returns this value, a string, parsed by {@code parse} as {@link #parsed(String, Function)}. */
  <T> T parsed(Function<String, T> parse) throws JsonMappingException {
    String text = asText("a JSON string");
    try {
      return parse.apply(text);
    } catch (RuntimeException e) {
      throw error(e.getMessage());
    }
  }

  /** Returns optional property {@code name} parsed by {@code parse}; absent or null is empty. */
  <T> Optional<T> optionalParsed(String name, Function<String, T> parse)
      throws JsonMappingException {
    return has(name) ? Optional.of(parsed(name, parse)) : Optional.empty();
  }

  /** Returns required integer property {@code name}, which must fit a {@code long}. */
  long longValue(String name) throws JsonMappingException {
    JsonIn child = field(name).required();
    if (!child.node.isIntegralNumber() || !child.node.canConvertToLong()) {
      throw child.error("must be a JSON integer, but was " + describe(child.node));
    }
    return child.node.longValue();
  }

  /** Returns required integer property {@code name}, which must fit an {@code int}. */
  int intValue(String name) throws JsonMappingException {
    JsonIn child = field(name).required();
    if (!child.node.isIntegralNumber() || !child.node.canConvertToInt()) {
      throw child.error("must be a JSON integer, but was " + describe(child.node));
    }
    return child.node.intValue();
  }

  /** Returns required boolean property {@code name}. */
  boolean bool(String name) throws JsonMappingException {
    JsonIn child = field(name).required();
    if (!child.node.isBoolean()) {
      throw child.error("must be true or false, but was " + describe(child.node));
    }
    return child.node.booleanValue();
  }

  /** Returns the elements of array property {@code name}; absent or null is empty. */
  List<JsonIn> elements(String name) throws JsonMappingException {
    JsonIn child = field(name);
    List<JsonIn> result = new ArrayList<>();
    if (child.node == null || child.node.isNull()) {
      return result;
    }
    if (!child.node.isArray()) {
      throw child.error("must be a JSON array, but was " + describe(child.node));
    }
    for (int i = 0; i < child.node.size(); i++) {
      List<Object> elementPath = new ArrayList<>(child.path);
      elementPath.add(i);
      result.add(new JsonIn(parser, target, child.node.get(i), elementPath));
    }
    return result;
  }

  /** Returns the strings of array property {@code name}; absent or null is empty. */
  List<String> texts(String name) throws JsonMappingException {
    List<String> result = new ArrayList<>();
    for (JsonIn element : elements(name)) {
      result.add(element.asText("a JSON string"));
    }
    return result;
  }

  /** Returns the string values of object property {@code name}; absent or null is empty. */
  Map<String, String> textMap(String name) throws JsonMappingException {
    JsonIn child = field(name);
    Map<String, String> result = new LinkedHashMap<>();
    if (child.node == null || child.node.isNull()) {
      return result;
    }
    if (!child.node.isObject()) {
      throw child.error("must be a JSON object, but was " + describe(child.node));
    }
    Iterator<String> names = child.node.fieldNames();
    while (names.hasNext()) {
      String key = names.next();
      result.put(key, child.field(key).asText("a JSON string"));
    }
    return result;
  }

  /** Returns this value, which must be present and not null. */
  JsonIn required() throws JsonMappingException {
    if (node == null) {
      throw error("property is required");
    }
    if (node.isNull()) {
      throw error("must not be null");
    }
    return this;
  }

  /** Returns this value's string; {@code expected} names what it must be otherwise. */
  String asText(String expected) throws JsonMappingException {
    required();
    if (!node.isTextual()) {
      throw error("must be " + expected + ", but was " + describe(node));
    }
    return node.textValue();
  }

  /** Describes a JSON value for a message: its kind and, if short, its text. */
  private static String describe(JsonNode node) {
    String text = node.toString();
    String kind = node.getNodeType().name().toLowerCase(Locale.ROOT);
    return text.length() <= 40 ? kind + " " + text : kind;
  }
}
