package dev.rapport.sla.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.google.common.collect.ImmutableMap;
import dev.rapport.core.json.internal.JsonIn;
import dev.rapport.core.time.BusinessCalendar;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;

/**
 * What the Jackson modules of this package share about calendars: the check of a module's named
 * calendars, and how a calendar is read (a name or core's calendar JSON) and written. Thread-safe
 * (stateless).
 */
final class CalendarJson {
  private CalendarJson() {}

  /**
   * Returns a copy of a module's named calendars.
   *
   * @throws IllegalArgumentException if a name is blank
   */
  static ImmutableMap<String, BusinessCalendar> namedCalendars(
      Map<String, BusinessCalendar> calendars) {
    Objects.requireNonNull(calendars, "calendars");
    calendars.forEach(
        (name, calendar) -> {
          Objects.requireNonNull(name, "calendars must not contain a null name");
          Objects.requireNonNull(calendar, "calendars must not contain a null calendar");
          if (name.isBlank()) {
            throw new IllegalArgumentException(
                "calendar names must not be blank, but was \"" + name + "\"");
          }
        });
    return ImmutableMap.copyOf(calendars);
  }

  /**
   * Reads a calendar: the name of one of {@code calendars}, or a calendar object in core's JSON;
   * {@code module} names the module that takes the names, for the message.
   */
  static BusinessCalendar readCalendar(
      JsonIn in, ImmutableMap<String, BusinessCalendar> calendars, String module)
      throws IOException {
    if (in.node().isTextual()) {
      BusinessCalendar calendar = calendars.get(in.text());
      if (calendar == null) {
        throw in.error(
            "unknown calendar \""
                + in.text()
                + "\": must be one of "
                + calendars.keySet()
                + " (give "
                + module
                + " a map of named calendars)");
      }
      return calendar;
    }
    if (!in.node().isObject()) {
      throw in.error("must be a calendar's name or a calendar object");
    }
    return in.value(BusinessCalendar.class);
  }

  /** Writes a calendar by its name in {@code calendars}, or else in core's calendar JSON. */
  static void writeCalendar(
      BusinessCalendar calendar,
      ImmutableMap<String, BusinessCalendar> calendars,
      JsonGenerator out,
      SerializerProvider provider)
      throws IOException {
    for (Map.Entry<String, BusinessCalendar> entry : calendars.entrySet()) {
      if (entry.getValue().equals(calendar)) {
        out.writeString(entry.getKey());
        return;
      }
    }
    provider.defaultSerializeValue(calendar, out);
  }
}
