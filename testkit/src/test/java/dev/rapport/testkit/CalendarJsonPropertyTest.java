package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.rapport.core.json.RapportCoreModule;
import dev.rapport.core.time.BusinessCalendar;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** JSON round trips of generated calendars through {@link RapportCoreModule}. */
class CalendarJsonPropertyTest {

  @Test
  void aRoundTripIsLosslessAndRewritingGivesTheSameText() {
    Instant probe = Instant.parse("2015-06-01T12:00:00Z");
    qt().withExamples(300)
        .forAll(QtCalendarGens.calendars())
        .checkAssert(
            calendar -> {
              String json = Json.write(Json.MAPPER, calendar);
              BusinessCalendar read = Json.read(json, BusinessCalendar.class);
              assertThat(read).isEqualTo(calendar);
              assertThat(read.isOpen(probe)).isEqualTo(calendar.isOpen(probe));
              assertThat(Json.write(Json.MAPPER, read)).isEqualTo(json);
            });
  }
}
