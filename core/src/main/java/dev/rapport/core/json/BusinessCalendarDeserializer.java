package dev.rapport.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.core.time.LocalTimeRange;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code {"zone": "America/New_York", "weekly": {"MONDAY": ["09:00-17:00"]}, "closed":
 * ["2027-07-05"], "overrides": {"2027-12-24": ["09:00-13:00"]}}} strictly and builds the calendar:
 * {@code zone} is required; {@code weekly}, {@code closed} and {@code overrides} may be omitted or
 * {@code null} (none). Unknown or repeated properties (also day and date keys), values of the wrong
 * JSON type, unparsable values and calendars the builder rejects are errors whose message starts
 * with the JSON path ({@code weekly.MONDAY[1]}, {@code closed[0]}). Immutable and thread-safe.
 */
final class BusinessCalendarDeserializer extends StdDeserializer<BusinessCalendar> {
  private static final long serialVersionUID = 1L;

  static final String ZONE = "zone";
  static final String WEEKLY = "weekly";
  static final String CLOSED = "closed";
  static final String OVERRIDES = "overrides";
  private static final List<String> KNOWN = List.of(ZONE, WEEKLY, CLOSED, OVERRIDES);

  BusinessCalendarDeserializer() {
    super(BusinessCalendar.class);
  }

  @Override
  public BusinessCalendar deserialize(JsonParser parser, DeserializationContext ctxt)
      throws IOException {
    JsonToken token =
        JsonFields.enterObject(
            parser, BusinessCalendar.class, "a calendar must be a JSON object {\"zone\": ...}");
    Map<String, Object> values = new LinkedHashMap<>();
    while (token == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      if (!KNOWN.contains(name)) {
        throw JsonFields.unknownProperty(parser, BusinessCalendar.class, name, "a calendar", KNOWN);
      }
      if (values.containsKey(name)) {
        throw error(parser, "property appears more than once", name);
      }
      token = parser.nextToken();
      Object value;
      if (token == JsonToken.VALUE_NULL) {
        value = null;
      } else if (name.equals(ZONE)) {
        value = text(parser, ZONE);
      } else if (name.equals(CLOSED)) {
        value = texts(parser, CLOSED);
      } else {
        value = rangesByKey(parser, name);
      }
      values.put(name, value);
      token = parser.nextToken();
    }
    Object zone = values.get(ZONE);
    if (zone == null) {
      throw MismatchedInputException.from(
          parser, BusinessCalendar.class, "property \"zone\" is required and must not be null");
    }
    BusinessCalendar.Builder builder =
        BusinessCalendar.builder(parse(parser, TextCodec.ZONE_ID, (String) zone, ZONE));
    readRanges(
        parser,
        values.get(WEEKLY),
        WEEKLY,
        TextCodec.DAY_OF_WEEK,
        (day, range) -> builder.open(day, range.start(), range.end()));
    List<?> closed = values.get(CLOSED) == null ? List.of() : (List<?>) values.get(CLOSED);
    for (int i = 0; i < closed.size(); i++) {
      LocalDate date = parse(parser, TextCodec.LOCAL_DATE, (String) closed.get(i), CLOSED, i);
      try {
        builder.closed(date);
      } catch (IllegalArgumentException e) {
        throw error(parser, e.getMessage(), CLOSED, i);
      }
    }
    readRanges(
        parser,
        values.get(OVERRIDES),
        OVERRIDES,
        TextCodec.LOCAL_DATE,
        (date, range) -> builder.override(date, range.start(), range.end()));
    try {
      return builder.build();
    } catch (IllegalStateException e) {
      throw JsonMappingException.from(parser, "a calendar is invalid: " + e.getMessage(), e);
    }
  }

  private interface RangeSink<K> {
    void add(K key, LocalTimeRange range);
  }

  /**
   * Parses {@code value}, the ranges by key of property {@code name} (or null), and hands each
   * range to {@code sink}; an argument the sink rejects is an error at the range's path.
   */
  @SuppressWarnings("unchecked")
  private static <K> void readRanges(
      JsonParser parser, Object value, String name, TextCodec<K> keys, RangeSink<K> sink)
      throws JsonMappingException {
    if (value == null) {
      return;
    }
    for (Map.Entry<String, List<String>> entry : ((Map<String, List<String>>) value).entrySet()) {
      K key = parse(parser, keys, entry.getKey(), name, entry.getKey());
      List<String> ranges = entry.getValue();
      for (int i = 0; i < ranges.size(); i++) {
        LocalTimeRange range =
            parse(parser, TextCodec.LOCAL_TIME_RANGE, ranges.get(i), name, entry.getKey(), i);
        try {
          sink.add(key, range);
        } catch (IllegalArgumentException e) {
          throw error(parser, e.getMessage(), name, entry.getKey(), i);
        }
      }
    }
  }

  /** Reads the string the parser is at. */
  private static String text(JsonParser parser, Object... path) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw error(parser, "must be a JSON string, but was " + parser.currentToken(), path);
    }
    return parser.getText();
  }

  /** Reads the array of distinct strings the parser is at. */
  private static List<String> texts(JsonParser parser, Object... path) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw error(
          parser, "must be a JSON array of strings, but was " + parser.currentToken(), path);
    }
    List<String> out = new ArrayList<>();
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      String text = text(parser, append(path, out.size()));
      if (out.contains(text)) {
        throw error(parser, "must not repeat a value, but had \"" + text + "\" twice", path);
      }
      out.add(text);
    }
    return out;
  }

  /** Reads an object of string arrays, such as {"MONDAY": ["09:00-17:00"]}. */
  private static Map<String, List<String>> rangesByKey(JsonParser parser, String name)
      throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw error(parser, "must be a JSON object, but was " + parser.currentToken(), name);
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (JsonToken token = parser.nextToken();
        token == JsonToken.FIELD_NAME;
        token = parser.nextToken()) {
      String key = parser.currentName();
      if (out.containsKey(key)) {
        throw error(parser, "property appears more than once", name, key);
      }
      parser.nextToken();
      out.put(key, texts(parser, name, key));
    }
    return out;
  }

  private static <T> T parse(JsonParser parser, TextCodec<T> codec, String text, Object... path)
      throws JsonMappingException {
    try {
      return codec.parse(text);
    } catch (IllegalArgumentException e) {
      InvalidFormatException error =
          InvalidFormatException.from(
              parser, describe(path) + ": " + e.getMessage(), text, codec.type());
      prepend(error, path);
      throw error;
    }
  }

  /** An error at {@code path}: property names (String) and array indexes (Integer). */
  private static JsonMappingException error(JsonParser parser, String message, Object... path) {
    MismatchedInputException e =
        MismatchedInputException.from(
            parser, BusinessCalendar.class, describe(path) + ": " + message);
    prepend(e, path);
    return e;
  }

  private static void prepend(JsonMappingException e, Object... path) {
    for (int i = path.length - 1; i >= 0; i--) {
      Object step = path[i];
      if (step instanceof Integer) {
        e.prependPath(List.class, (Integer) step);
      } else {
        e.prependPath(i == 0 ? BusinessCalendar.class : Map.class, (String) step);
      }
    }
  }

  private static String describe(Object... path) {
    StringBuilder out = new StringBuilder();
    for (Object step : path) {
      if (step instanceof Integer) {
        out.append('[').append(step).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(step);
      }
    }
    return out.toString();
  }

  private static Object[] append(Object[] path, int index) {
    Object[] out = Arrays.copyOf(path, path.length + 1);
    out[path.length] = index;
    return out;
  }
}
