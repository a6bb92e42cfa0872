package dev.rapport.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.core.time.LocalTimeRange;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Writes a calendar as {@code {"zone": ..., "weekly": {...}, "closed": [...], "overrides": {...}}},
 * days in week order and dates ascending. Immutable and thread-safe.
 */
final class BusinessCalendarSerializer extends StdSerializer<BusinessCalendar> {
  private static final long serialVersionUID = 1L;

  BusinessCalendarSerializer() {
    super(BusinessCalendar.class);
  }

  @Override
  public void serialize(BusinessCalendar value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(value);
    gen.writeStringField(BusinessCalendarDeserializer.ZONE, value.zone().getId());
    gen.writeObjectFieldStart(BusinessCalendarDeserializer.WEEKLY);
    for (Map.Entry<DayOfWeek, List<LocalTimeRange>> day : value.weeklySchedule().entrySet()) {
      writeRanges(gen, day.getKey().name(), day.getValue());
    }
    gen.writeEndObject();
    gen.writeArrayFieldStart(BusinessCalendarDeserializer.CLOSED);
    for (LocalDate date : value.closedDates()) {
      gen.writeString(date.toString());
    }
    gen.writeEndArray();
    gen.writeObjectFieldStart(BusinessCalendarDeserializer.OVERRIDES);
    for (Map.Entry<LocalDate, List<LocalTimeRange>> date : value.overrides().entrySet()) {
      writeRanges(gen, date.getKey().toString(), date.getValue());
    }
    gen.writeEndObject();
    gen.writeEndObject();
  }

  private static void writeRanges(JsonGenerator gen, String name, List<LocalTimeRange> ranges)
      throws IOException {
    gen.writeArrayFieldStart(name);
    for (LocalTimeRange range : ranges) {
      gen.writeString(range.toString());
    }
    gen.writeEndArray();
  }
}
