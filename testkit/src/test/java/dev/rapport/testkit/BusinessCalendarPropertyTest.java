package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.core.time.reference.ReferenceCalendar;
import java.time.Duration;
import java.time.Instant;
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
              check.check(calendar, new ReferenceCalendar(calendar), () -> instants.apply(random),
                  random);
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
        150,
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
        150,
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
}
