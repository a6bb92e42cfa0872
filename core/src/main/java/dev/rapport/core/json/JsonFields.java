package dev.rapport.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The properties of one JSON object, read strictly: a repeated property is an error, and every
 * error names the JSON path of the offending value (such as {@code events[3].at}) in its message
 * and in {@link JsonMappingException#getPath()}. Not thread-safe; used within one deserializer
 * call.
 */
final class JsonFields {
  private final JsonParser parser;
  private final String path;
  private final Class<?> target;
  private final Map<String, JsonNode> values;

  private JsonFields(
      JsonParser parser, String path, Class<?> target, Map<String, JsonNode> values) {
    this.parser = parser;
    this.path = path;
    this.target = target;
    this.values = values;
  }

  /**
   * Reads the object the parser is at (on its start or first property) up to its end.
   *
   * @param path the JSON path of the object, empty at the root of the document
   * @param target the type being read, for the exceptions
   */
  static JsonFields read(
      JsonParser parser, DeserializationContext ctxt, String path, Class<?> target)
      throws IOException {
    JsonToken token = enterObject(parser, target, where(path) + "must be a JSON object");
    Map<String, JsonNode> values = new LinkedHashMap<>();
    while (token == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      JsonNode value = ctxt.readTree(parser);
      if (values.putIfAbsent(name, value) != null) {
        MismatchedInputException e =
            MismatchedInputException.from(
                parser, target, where(child(path, name)) + "property appears more than once");
        e.prependPath(target, name);
        throw e;
      }
      token = parser.nextToken();
    }
    return new JsonFields(parser, path, target, values);
  }

  /**
   * Moves the parser into the object it is at (on its start, or already on its first property or
   * its end) and returns the token there; anything else is an error, {@code expectation} + ", but
   * was " + the token.
   */
  static JsonToken enterObject(JsonParser parser, Class<?> target, String expectation)
      throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      return parser.nextToken();
    }
    if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
      throw MismatchedInputException.from(parser, target, expectation + ", but was " + token);
    }
    return token;
  }

  /**
   * Returns the error for property {@code name}, which an object of type {@code target} at the root
   * does not have; {@code what} describes the object in the message.
   */
  static UnrecognizedPropertyException unknownProperty(
      JsonParser parser, Class<?> target, String name, String what, List<String> known) {
    UnrecognizedPropertyException e =
        new UnrecognizedPropertyException(
            parser,
            name + ": unknown property of " + what + "; known properties: " + known,
            parser.currentLocation(),
            target,
            name,
            List.copyOf(known));
    e.prependPath(target, name);
    return e;
  }

  /** Returns {@code "path: "}, or nothing at the root, to prefix messages with. */
  static String where(String path) {
    return path.isEmpty() ? "" : path + ": ";
  }

  /** Returns the path of property {@code name} inside the object at {@code path}. */
  static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /**
   * Throws {@link UnrecognizedPropertyException} for the first property not in {@code known};
   * {@code what} describes the object in the message.
   */
  void rejectUnknown(Set<String> known, String what) throws UnrecognizedPropertyException {
    for (String name : values.keySet()) {
      if (!known.contains(name)) {
        Collection<Object> ids = new ArrayList<>(known);
        UnrecognizedPropertyException e =
            new UnrecognizedPropertyException(
                parser,
                where(child(path, name))
                    + "unknown property of "
                    + what
                    + "; known properties: "
                    + known,
                parser.currentLocation(),
                target,
                name,
                ids);
        e.prependPath(target, name);
        throw e;
      }
    }
  }

  /** Returns the string value of required property {@code name}. */
  String text(String name) throws JsonMappingException {
    JsonNode node = values.get(name);
    if (node == null) {
      throw MismatchedInputException.from(
          parser, target, where(path) + "property \"" + name + "\" is required");
    }
    return textOf(name, node);
  }

  /** Returns the string value of optional property {@code name}; absent or null is empty. */
  Optional<String> optionalText(String name) throws JsonMappingException {
    JsonNode node = values.get(name);
    return node == null || node.isNull() ? Optional.empty() : Optional.of(textOf(name, node));
  }

  /** Returns required property {@code name}, parsed by {@code codec}. */
  <T> T value(String name, TextCodec<T> codec) throws JsonMappingException {
    return parse(name, text(name), codec);
  }

  /** Returns optional property {@code name}, parsed by {@code codec}; absent or null is empty. */
  <T> Optional<T> optionalValue(String name, TextCodec<T> codec) throws JsonMappingException {
    Optional<String> text = optionalText(name);
    return text.isPresent() ? Optional.of(parse(name, text.get(), codec)) : Optional.empty();
  }

  /**
   * Returns the strings of array property {@code name}, in order; absent or null is empty. A
   * repeated string is an error.
   */
  Set<String> texts(String name) throws JsonMappingException {
    JsonNode node = values.get(name);
    Set<String> result = new LinkedHashSet<>();
    if (node == null || node.isNull()) {
      return result;
    }
    if (!node.isArray()) {
      throw invalid(name, "must be a JSON array of strings, but was " + describe(node));
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      if (!item.isTextual()) {
        MismatchedInputException e =
            MismatchedInputException.from(
                parser,
                target,
                where(child(path, name) + "[" + i + "]")
                    + "must be a JSON string, but was "
                    + describe(item));
        e.prependPath(Set.class, i);
        e.prependPath(target, name);
        throw e;
      }
      String element = item.textValue();
      if (!result.add(element)) {
        throw invalid(name, "must not repeat a value, but had \"" + element + "\" twice");
      }
    }
    return result;
  }

  /** Returns an error about property {@code name} of this object. */
  JsonMappingException invalid(String name, String message) {
    MismatchedInputException e =
        MismatchedInputException.from(parser, target, where(child(path, name)) + message);
    e.prependPath(target, name);
    return e;
  }

  /** Returns an error about this object as a whole (a rule that spans properties). */
  JsonMappingException invalidObject(String message, Throwable cause) {
    return JsonMappingException.from(parser, where(path) + message, cause);
  }

  private String textOf(String name, JsonNode node) throws JsonMappingException {
    if (node.isNull()) {
      throw invalid(name, "must not be null");
    }
    if (!node.isTextual()) {
      throw invalid(name, "must be a JSON string, but was " + describe(node));
    }
    return node.textValue();
  }

  private <T> T parse(String name, String text, TextCodec<T> codec) throws JsonMappingException {
    try {
      return codec.parse(text);
    } catch (IllegalArgumentException e) {
      InvalidFormatException error =
          InvalidFormatException.from(
              parser, where(child(path, name)) + e.getMessage(), text, codec.type());
      error.prependPath(target, name);
      throw error;
    }
  }

  /** Describes a JSON value for a message: its kind and, if short, its text. */
  static String describe(JsonNode node) {
    String text = node.toString();
    String kind = node.getNodeType().name().toLowerCase(Locale.ROOT);
    return text.length() <= 40 ? kind + " " + text : kind;
  }
}
