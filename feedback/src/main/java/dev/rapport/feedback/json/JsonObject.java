package dev.rapport.feedback.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One JSON object being read strictly: every error is a {@link JsonMappingException} whose message
 * starts with the JSON path of the offending value (such as {@code calendar.weekly.MONDAY[1]}) and
 * whose {@link JsonMappingException#getPath()} holds it. Not thread-safe; used within one read.
 */
final class JsonObject {
  private final JsonParser parser;
  private final ObjectNode node;
  private final List<Object> path;

  private JsonObject(JsonParser parser, ObjectNode node, List<Object> path) {
    this.parser = parser;
    this.node = node;
    this.path = path;
  }

  /** Returns the object {@code value} at {@code path}, or an error if it is not an object. */
  static JsonObject of(JsonParser parser, JsonNode value, List<Object> path)
      throws JsonMappingException {
    if (value == null || !value.isObject()) {
      throw error(parser, path, "must be a JSON object, but was " + describe(value));
    }
    return new JsonObject(parser, (ObjectNode) value, path);
  }

  /** Rejects properties other than {@code known}, naming the first unknown one. */
  JsonObject allow(Set<String> known) throws JsonMappingException {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw error(parser, child(name), "unknown property; known properties: " + known);
      }
    }
    return this;
  }

  boolean has(String name) {
    JsonNode value = node.get(name);
    return value != null && !value.isNull();
  }

  String text(String name) throws JsonMappingException {
    return textOf(required(name), child(name));
  }

  Optional<String> optionalText(String name) throws JsonMappingException {
    return has(name) ? Optional.of(text(name)) : Optional.empty();
  }

  /** Returns a JSON integer; a fraction (4.5) or a string is an error. */
  long integer(String name) throws JsonMappingException {
    JsonNode value = required(name);
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw error(parser, child(name), "must be a JSON integer, but was " + describe(value));
    }
    return value.longValue();
  }

  /** Returns any JSON number exactly. */
  BigDecimal number(String name) throws JsonMappingException {
    JsonNode value = required(name);
    if (!value.isNumber()) {
      throw error(parser, child(name), "must be a JSON number, but was " + describe(value));
    }
    return value.decimalValue();
  }

  /**
   * Reads property {@code name} with the mapper's own deserializer for {@code type} (another
   * module's type, such as core's calendar); its errors are re-rooted at this property's path.
   */
  <T> T read(String name, Class<T> type) throws JsonMappingException {
    JsonNode value = required(name);
    try {
      return parser.getCodec().treeToValue(value, type);
    } catch (JsonMappingException e) {
      List<Object> at = child(name);
      for (JsonMappingException.Reference ref : e.getPath()) {
        at.add(ref.getFieldName() != null ? ref.getFieldName() : (Object) ref.getIndex());
      }
      String message = e.getOriginalMessage();
      String inner = render(at.subList(path.size() + 1, at.size()));
      if (!inner.isEmpty() && message.startsWith(inner)) {
        message = message.substring(inner.length());
      }
      throw error(parser, at, message);
    } catch (java.io.IOException e) {
      throw error(parser, child(name), "cannot be read: " + e.getMessage());
    }
  }

  JsonObject object(String name) throws JsonMappingException {
    return of(parser, required(name), child(name));
  }

  /** Returns the elements of the array property {@code name}; absent or null is empty. */
  List<JsonNode> array(String name) throws JsonMappingException {
    JsonNode value = node.get(name);
    List<JsonNode> items = new ArrayList<>();
    if (value == null || value.isNull()) {
      return items;
    }
    if (!value.isArray()) {
      throw error(parser, child(name), "must be a JSON array, but was " + describe(value));
    }
    value.forEach(items::add);
    return items;
  }

  /** Returns the string elements of the array property {@code name}. */
  List<String> texts(String name) throws JsonMappingException {
    List<String> texts = new ArrayList<>();
    List<JsonNode> items = array(name);
    for (int i = 0; i < items.size(); i++) {
      texts.add(textOf(items.get(i), index(child(name), i)));
    }
    return texts;
  }

  /** Returns the integer elements of the array property {@code name}. */
  long[] integers(String name) throws JsonMappingException {
    List<JsonNode> items = array(name);
    long[] values = new long[items.size()];
    for (int i = 0; i < values.length; i++) {
      JsonNode item = items.get(i);
      if (!item.isIntegralNumber() || !item.canConvertToLong()) {
        throw error(
            parser, index(child(name), i), "must be a JSON integer, but was " + describe(item));
      }
      values[i] = item.longValue();
    }
    return values;
  }

  /** Returns the properties of the object property {@code name}; absent or null is empty. */
  List<Map.Entry<String, JsonNode>> entries(String name) throws JsonMappingException {
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
    if (!has(name)) {
      return entries;
    }
    JsonObject object = object(name);
    entries.addAll(object.node.properties());
    return entries;
  }

  /** Returns an error about property {@code name}. */
  JsonMappingException invalid(String name, String message) {
    return error(parser, child(name), message);
  }

  /** Returns an error about an element of the array or object property {@code name}. */
  JsonMappingException invalid(String name, Object key, String message) {
    List<Object> at = child(name);
    at.add(key);
    return error(parser, at, message);
  }

  /** Returns an error about this object as a whole. */
  JsonMappingException invalidObject(String message) {
    return error(parser, path, message);
  }

  /** Returns the path of property {@code name}. */
  List<Object> child(String name) {
    List<Object> at = new ArrayList<>(path);
    at.add(name);
    return at;
  }

  private static List<Object> index(List<Object> at, int i) {
    List<Object> copy = new ArrayList<>(at);
    copy.add(i);
    return copy;
  }

  private JsonNode required(String name) throws JsonMappingException {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw error(parser, path, "property \"" + name + "\" is required");
    }
    return value;
  }

  private String textOf(JsonNode value, List<Object> at) throws JsonMappingException {
    if (!value.isTextual()) {
      throw error(parser, at, "must be a JSON string, but was " + describe(value));
    }
    return value.textValue();
  }

  /** Returns an error whose message starts with {@code path} and whose path is {@code path}. */
  static JsonMappingException error(JsonParser parser, List<Object> path, String message) {
    MismatchedInputException e =
        MismatchedInputException.from(parser, Object.class, render(path) + message);
    for (int i = path.size() - 1; i >= 0; i--) {
      Object step = path.get(i);
      if (step instanceof Integer) {
        e.prependPath(List.class, (Integer) step);
      } else {
        e.prependPath(Object.class, (String) step);
      }
    }
    return e;
  }

  private static String render(List<Object> path) {
    StringBuilder text = new StringBuilder();
    for (Object step : path) {
      if (step instanceof Integer) {
        text.append('[').append(step).append(']');
      } else {
        text.append(text.length() == 0 ? "" : ".").append(step);
      }
    }
    return text.length() == 0 ? "" : text + ": ";
  }

  static String describe(JsonNode value) {
    if (value == null) {
      return "missing";
    }
    String text = value.toString();
    String kind = value.getNodeType().name().toLowerCase(Locale.ROOT);
    return text.length() <= 40 ? kind + " " + text : kind;
  }
}
