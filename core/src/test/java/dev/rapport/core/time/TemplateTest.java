package dev.rapport.core.time;

import static dev.rapport.core.time.CompiledCalendar.Template.divide;
import static dev.rapport.core.time.CompiledCalendar.Template.reciprocalFor;
import static dev.rapport.core.time.CompiledCalendar.Template.shiftFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TemplateTest {

  /** The division by multiply and shift is exact for every weekly total and numerator < 2^31. */
  @Test
  void divisionByReciprocalIsExactForEveryWeeklyTotal() {
    SplittableRandom random = new SplittableRandom(604_800);
    for (int d = 1; d <= 604_800; d++) {
      int shift = shiftFor(d);
      long m = reciprocalFor(d, shift);
      assertThat(m).isLessThanOrEqualTo(1L << 32);
      int q = Integer.MAX_VALUE / d;
      int[] numerators = {
        0,
        1,
        d - 1,
        d,
        d + 1,
        q * d - 1,
        q * d,
        Integer.MAX_VALUE,
        random.nextInt(Integer.MAX_VALUE)
      };
      for (int n : numerators) {
        if (n >= 0 && divide(n, m, shift) != n / d) {
          assertThat(divide(n, m, shift)).as("%d / %d", n, d).isEqualTo(n / d);
        }
      }
    }
  }

  @Test
  void aFullWeekDividesByTheWeek() {
    Map<DayOfWeek, List<LocalTimeRange>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      week.put(day, List.of(LocalTimeRange.parse("00:00-00:00")));
    }
    CompiledCalendar.Template template =
        new CompiledCalendar.Template(
            new CompiledCalendar.Schedule(week, Set.<LocalDate>of(), Map.of()));
    assertThat(template.full).isTrue();
    assertThat(template.weeklyTotal).isEqualTo(604_800);
    assertThat(template.weeks(Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE / 604_800);
    assertThat(template.weeks(604_799)).isZero();
    assertThat(template.weeks(604_800)).isOne();
  }
}
