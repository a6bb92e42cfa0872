package dev.rapport.examples.desk;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

/** Public holidays of the two office teams, computed for any year. Stateless. */
final class Holidays {
  private Holidays() {}

  /** Germany's nationwide public holidays in {@code year}. */
  static Set<LocalDate> germany(int year) {
    LocalDate easter = easterSunday(year);
    Set<LocalDate> dates = new TreeSet<>();
    dates.add(LocalDate.of(year, 1, 1));
    dates.add(easter.minusDays(2)); // Good Friday
    dates.add(easter.plusDays(1)); // Easter Monday
    dates.add(LocalDate.of(year, 5, 1));
    dates.add(easter.plusDays(39)); // Ascension Day
    dates.add(easter.plusDays(50)); // Whit Monday
    dates.add(LocalDate.of(year, 10, 3));
    dates.add(LocalDate.of(year, 12, 25));
    dates.add(LocalDate.of(year, 12, 26));
    return dates;
  }

  /** United States federal holidays in {@code year}, on their observed dates. */
  static Set<LocalDate> unitedStates(int year) {
    Set<LocalDate> dates = new TreeSet<>();
    dates.add(observed(LocalDate.of(year, 1, 1)));
    dates.add(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3)); // Martin Luther King Jr. Day
    dates.add(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3)); // Presidents' Day
    dates.add(LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    dates.add(observed(LocalDate.of(year, 6, 19)));
    dates.add(observed(LocalDate.of(year, 7, 4)));
    dates.add(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1)); // Labor Day
    dates.add(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4)); // Thanksgiving
    dates.add(observed(LocalDate.of(year, 12, 25)));
    return dates;
  }

  /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
  }

  private static LocalDate observed(LocalDate date) {
    switch (date.getDayOfWeek()) {
      case SATURDAY:
        return date.minusDays(1);
      case SUNDAY:
        return date.plusDays(1);
      default:
        return date;
    }
  }
}
