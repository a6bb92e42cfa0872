package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.core.time.TimeInterval;
import dev.rapport.core.time.reference.ReferenceCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * {@code BusinessCalendar} against {@link ReferenceCalendar}, the slow day-walking model, on
 * generated calendars and instants where calendars are hard; and its algebraic properties.
 */
class BusinessCalendarPropertyTest {
  private static final int PROBES = 12;

  /** Runs {@code check} on generated calendars, each with a seed for its probes. */
  private static void forCalendars(int examples, CalendarCheck check) {
    qt().withExamples(examples)
        .forAll(QtCalendarGens.calendars(), longs().all())
        .checkAssert(
            (calendar, seed) -> {
              SplittableRandom random = new SplittableRandom(seed);
              Function<RandomGenerator, Instant> instants =
                  CalendarGenerators.instantsNear(calendar);
              check.check(
                  calendar, new ReferenceCalendar(calendar), () -> instants.apply(random), random);
            });
  }

  private interface CalendarCheck {
    void check(
        BusinessCalendar calendar,
        ReferenceCalendar reference,
        Supplier<Instant> instants,
        RandomGenerator random);
  }

  /** Returns the outcome of {@code call}: its value, or the class of what it threw. */
  private static Object outcome(Supplier<?> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      return e.getClass();
    }
  }

  @Test
  void queriesMatchTheReference() {
    forCalendars(
        100,
        (calendar, reference, instants, random) -> {
          for (int i = 0; i < PROBES; i++) {
            Instant t = instants.get();
            assertThat(calendar.isOpen(t)).as("isOpen(%s)", t).isEqualTo(reference.isOpen(t));
            assertThat(outcome(() -> calendar.nextOpen(t)))
                .as("nextOpen(%s)", t)
                .isEqualTo(outcome(() -> reference.nextOpen(t)));
            assertThat(outcome(() -> calendar.nextClose(t)))
                .as("nextClose(%s)", t)
                .isEqualTo(outcome(() -> reference.nextClose(t)));
            Instant u = instants.get();
            Instant from = t.isBefore(u) ? t : u;
            Instant to = t.isBefore(u) ? u : t;
            assertThat(calendar.between(from, to))
                .as("between(%s, %s)", from, to)
                .isEqualTo(reference.between(from, to));
            assertThat(calendar.openIntervals(from, to))
                .as("openIntervals(%s, %s)", from, to)
                .isEqualTo(reference.openIntervals(from, to));
          }
        });
  }

  @Test
  void plusAndMinusMatchTheReference() {
    Function<RandomGenerator, Duration> durations = CalendarGenerators.durations();
    forCalendars(
        100,
        (calendar, reference, instants, random) -> {
          for (int i = 0; i < PROBES; i++) {
            Instant t = instants.get();
            Duration d = durations.apply(random);
            assertThat(outcome(() -> calendar.plus(t, d)))
                .as("plus(%s, %s)", t, d)
                .isEqualTo(outcome(() -> reference.plus(t, d)));
            assertThat(outcome(() -> calendar.minus(t, d)))
                .as("minus(%s, %s)", t, d)
                .isEqualTo(outcome(() -> reference.minus(t, d)));
          }
        });
  }

  // ------------------------------------------------------------------ algebraic properties

  @Test
  void betweenAPlusDIsD() {
    Function<RandomGenerator, Duration> durations = CalendarGenerators.durations();
    forCalendars(
        60,
        (calendar, reference, instants, random) -> {
          for (int i = 0; i < PROBES; i++) {
            Instant t = instants.get();
            Duration d = durations.apply(random);
            Object plus = outcome(() -> calendar.plus(t, d));
            if (plus instanceof Instant) {
              Instant end = (Instant) plus;
              assertThat(calendar.between(t, end)).as("between(%s, %s)", t, end).isEqualTo(d);
              // minus takes the latest instant: it undoes plus up to the next opening.
              if (!d.isZero()) {
                assertThat(calendar.minus(end, d)).isEqualTo(calendar.nextOpen(t));
              }
            } else {
              assertThat(calendar.weeklySchedule())
                  .as("only calendars without weeks run out")
                  .isEmpty();
            }
          }
        });
  }

  @Test
  void plusIsMonotoneInTheDuration() {
    Function<RandomGenerator, Duration> durations = CalendarGenerators.durations();
    forCalendars(
        60,
        (calendar, reference, instants, random) -> {
          for (int i = 0; i < PROBES; i++) {
            Instant t = instants.get();
            Duration d1 = durations.apply(random);
            Duration d2 = durations.apply(random);
            Duration shorter = d1.compareTo(d2) <= 0 ? d1 : d2;
            Duration longer = d1.compareTo(d2) <= 0 ? d2 : d1;
            Object early = outcome(() -> calendar.plus(t, shorter));
            Object late = outcome(() -> calendar.plus(t, longer));
            if (early instanceof Instant && late instanceof Instant) {
              assertThat((Instant) early)
                  .as("plus(%s, %s) and plus(%s, %s)", t, shorter, t, longer)
                  .isBeforeOrEqualTo((Instant) late);
            }
          }
        });
  }

  @Test
  void betweenAddsUpOverASplitPoint() {
    forCalendars(
        60,
        (calendar, reference, instants, random) -> {
          for (int i = 0; i < PROBES; i++) {
            Instant[] points = {instants.get(), instants.get(), instants.get()};
            Arrays.sort(points);
            Instant a = points[0];
            Instant m = points[1];
            Instant b = points[2];
            assertThat(calendar.between(a, b))
                .as("between(%s, %s) split at %s", a, b, m)
                .isEqualTo(calendar.between(a, m).plus(calendar.between(m, b)));
          }
        });
  }

  @Test
  void openIntervalsAreSeparatedAndAddUpToBetween() {
    forCalendars(
        60,
        (calendar, reference, instants, random) -> {
          for (int i = 0; i < PROBES; i++) {
            Instant t = instants.get();
            Instant u = instants.get();
            Instant from = t.isBefore(u) ? t : u;
            Instant to = t.isBefore(u) ? u : t;
            List<TimeInterval> intervals = calendar.openIntervals(from, to);
            Duration total = Duration.ZERO;
            Instant previousEnd = null;
            for (TimeInterval interval : intervals) {
              assertThat(interval.start()).isAfterOrEqualTo(from);
              assertThat(interval.end()).isBeforeOrEqualTo(to);
              if (previousEnd != null) {
                assertThat(interval.start()).isAfter(previousEnd);
              }
              assertThat(calendar.isOpen(interval.start())).isTrue();
              if (interval.end().isBefore(to)) {
                assertThat(calendar.isOpen(interval.end())).isFalse();
                assertThat(calendar.nextClose(interval.start())).isEqualTo(interval.end());
              }
              total = total.plus(interval.duration());
              previousEnd = interval.end();
            }
            assertThat(total).isEqualTo(calendar.between(from, to));
          }
        });
  }

  @Test
  void nextOpenAndNextCloseAgreeWithIsOpen() {
    forCalendars(
        60,
        (calendar, reference, instants, random) -> {
          for (int i = 0; i < PROBES; i++) {
            Instant t = instants.get();
            Object open = outcome(() -> calendar.nextOpen(t));
            if (!(open instanceof Instant)) {
              continue;
            }
            Instant opening = (Instant) open;
            assertThat(opening.equals(t)).isEqualTo(calendar.isOpen(t));
            assertThat(calendar.between(t, opening)).isEqualTo(Duration.ZERO);
            Object close = outcome(() -> calendar.nextClose(t));
            if (close instanceof Instant) {
              Instant closing = (Instant) close;
              assertThat(calendar.isOpen(closing)).isFalse();
              assertThat(calendar.between(opening, closing))
                  .isEqualTo(Duration.between(opening, closing));
            }
          }
        });
  }
}
