package dev.rapport.examples;

import dev.rapport.core.time.BusinessCalendar;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The README's quick start: a New York support desk open 09:00 to 17:00 on weekdays, closed on
 * Thanksgiving and open only in the morning on Christmas Eve, and the due instant of a one-hour
 * first-response promise on a ticket that arrives half an hour before closing the day before
 * Thanksgiving.
 */
public final class QuickStart {

  private QuickStart() {}

  /**
   * Prints the due instant of the quick start's ticket.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    ZoneId newYork = ZoneId.of("America/New_York");
    BusinessCalendar desk =
        BusinessCalendar.builder(newYork)
            .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
            .closed(LocalDate.of(2027, 11, 25)) // Thanksgiving
            .override(LocalDate.of(2027, 12, 24), LocalTime.of(9, 0), LocalTime.of(13, 0))
            .build();

    Instant created = Instant.parse("2027-11-24T21:30:00Z"); // Wednesday 16:30 in New York
    Instant due = desk.plus(created, Duration.ofHours(1));

    out.println("Ticket created  " + created.atZone(newYork));
    out.println("First reply due " + due.atZone(newYork)); // Friday 2027-11-26 09:30
    out.println("Business time from creation to due: " + desk.between(created, due));
  }
}
