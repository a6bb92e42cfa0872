package dev.rapport.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import org.junit.jupiter.api.Test;

class ZoneTimelineTest {
  private static final long FROM = Instant.parse("1899-01-01T00:00:00Z").getEpochSecond();
  private static final long TO = Instant.parse("2301-01-01T00:00:00Z").getEpochSecond();

  /**
   * Around every transition of every zone the JDK knows, from 1899 to 2300, local times map to the
   * instants ZonedDateTime.of gives: before, inside and after each gap or overlap.
   */
  @Test
  void mapsLocalTimesAsZonedDateTimeOfDoesInEveryZone() {
    int checked = 0;
    for (String id : ZoneId.getAvailableZoneIds()) {
      ZoneId zone = ZoneId.of(id);
      ZoneTimeline timeline = new ZoneTimeline(zone.getRules(), FROM, TO);
      ZoneOffsetTransition transition = zone.getRules().nextTransition(Instant.ofEpochSecond(FROM));
      while (transition != null && transition.toEpochSecond() <= TO) {
        long before = transition.getDateTimeBefore().toEpochSecond(ZoneOffset.UTC);
        long after = transition.getDateTimeAfter().toEpochSecond(ZoneOffset.UTC);
        for (long local :
            new long[] {
              before - 86_400,
              before - 1,
              before,
              before + 1,
              (before + after) / 2,
              after - 1,
              after,
              after + 1,
              after + 86_400
            }) {
          LocalDateTime dateTime = LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
          assertThat(timeline.toEpochSecond(local))
              .as("%s at %s", zone, dateTime)
              .isEqualTo(ZonedDateTime.of(dateTime, zone).toEpochSecond());
          checked++;
        }
        transition = zone.getRules().nextTransition(transition.getInstant());
      }
    }
    assertThat(checked).isGreaterThan(100_000);
  }

  @Test
  void listsTransitionsWithinASpan() {
    ZoneTimeline timeline = new ZoneTimeline(ZoneId.of("America/New_York").getRules(), FROM, TO);
    long spring = Instant.parse("2027-03-14T07:00:00Z").getEpochSecond();
    long fall = Instant.parse("2027-11-07T06:00:00Z").getEpochSecond();
    assertThat(timeline.transitionsWithin(spring, fall)).containsExactly(spring, fall);
    assertThat(timeline.transitionsWithin(spring + 1, fall - 1)).isEmpty();
    assertThat(new ZoneTimeline(ZoneOffset.UTC.getRules(), FROM, TO).transitionsWithin(FROM, TO))
        .isEmpty();
  }
}
