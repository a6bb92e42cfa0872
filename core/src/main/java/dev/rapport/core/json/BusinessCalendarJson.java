package dev.rapport.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.rapport.core.json.internal.JsonIn;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.core.time.LocalTimeRange;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A calendar as {@code {"zone": "America/New_York", "weekly": {"MONDAY": ["09:00-17:00"]},
 * "closed": ["2027-07-05"], "overrides": {"2027-12-24": ["09:00-13:00"]}}}: {@code zone} is
 * required; {@code weekly}, {@code closed} and {@code overrides} may be omitted or {@code null}
 * (none). Written with days in week order and dates ascending. Read strictly: unknown or repeated
 * properties (also day and date keys), values of the wrong JSON type, unparsable values and
 * calendars the builder rejects are errors whose message starts with the JSON path ({@code
 * weekly.MONDAY[1]}, {@code closed[0]}). Thread-safe (stateless).
 */
final class BusinessCalendarJson {
  private static final String ZONE = "zone";
  private static final String WEEKLY = "weekly";
  private static final String CLOSED = "closed";
  private static final String OVERRIDES = "overrides";
  private static final List<String> KNOWN = List.of(ZONE, WEEKLY, CLOSED, OVERRIDES);

  private BusinessCalendarJson() {}

  static void write(BusinessCalendar value, JsonGenerator out, SerializerProvider provider)
      throws IOException {
    out.writeStartObject(value);
    out.writeStringField(ZONE, value.zone().getId());
    out.writeObjectFieldStart(WEEKLY);
    for (Map.Entry<DayOfWeek, List<LocalTimeRange>> day : value.weeklySchedule().entrySet()) {
      writeRanges(out, day.getKey().name(), day.getValue());
    }
    out.writeEndObject();
    out.writeArrayFieldStart(CLOSED);
    for (LocalDate date : value.closedDates()) {
      out.writeString(date.toString());
    }
    out.writeEndArray();
    out.writeObjectFieldStart(OVERRIDES);
    for (Map.Entry<LocalDate, List<LocalTimeRange>> date : value.overrides().entrySet()) {
      writeRanges(out, date.getKey().toString(), date.getValue());
    }
    out.writeEndObject();
    out.writeEndObject();
  }

  private static void writeRanges(JsonGenerator out, String name, List<LocalTimeRange> ranges)
      throws IOException {
    out.writeArrayFieldStart(name);
    for (LocalTimeRange range : ranges) {
      out.writeString(range.toString());
    }
    out.writeEndArray();
  }

  static BusinessCalendar read(JsonIn in) throws JsonMappingException {
    in.object("a calendar", KNOWN);
    BusinessCalendar.Builder builder =
        BusinessCalendar.builder(TextCodec.ZONE_ID.read(in.get(ZONE)));
    readRanges(
        in,
        WEEKLY,
        "a weekly schedule",
        TextCodec.DAY_OF_WEEK,
        (day, range) -> builder.open(day, range.start(), range.end()));
    Optional<JsonIn> closed = in.find(CLOSED);
    if (closed.isPresent()) {
      closed.get().texts();
      for (JsonIn element : closed.get().elements()) {
        LocalDate date = TextCodec.LOCAL_DATE.read(element);
        element.build(() -> builder.closed(date));
      }
    }
    readRanges(
        in,
        OVERRIDES,
        "overrides by date",
        TextCodec.LOCAL_DATE,
        (date, range) -> builder.override(date, range.start(), range.end()));
    try {
      return builder.build();
    } catch (IllegalStateException e) {
      throw in.error("a calendar is invalid: " + e.getMessage(), e);
    }
  }

  /** Takes a range for a key; may reject it with an {@link IllegalArgumentException}. */
  private interface RangeSink<K> {
    void add(K key, LocalTimeRange range);
  }

  /**
   * Reads property {@code name} of {@code in}, ranges by key (absent or null is none), and hands
   * each range to {@code sink}; a key, range or argument the sink rejects is an error at its path.
   */
  private static <K> void readRanges(
      JsonIn in, String name, String what, TextCodec<K> keys, RangeSink<K> sink)
      throws JsonMappingException {
    for (Map.Entry<String, JsonIn> entry :
        in.optional(name, value -> value.properties(what)).orElse(List.of())) {
      JsonIn ranges = entry.getValue();
      K key = ranges.build(() -> keys.parse(entry.getKey()));
      ranges.texts();
      for (JsonIn element : ranges.elements()) {
        LocalTimeRange range = TextCodec.LOCAL_TIME_RANGE.read(element);
        element.build(
            () -> {
              sink.add(key, range);
              return range;
            });
      }
    }
  }
}
