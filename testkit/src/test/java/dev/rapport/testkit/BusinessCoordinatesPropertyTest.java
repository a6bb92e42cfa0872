package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.core.time.internal.BusinessCoordinates;
import dev.rapport.core.time.reference.ReferenceCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * {@link BusinessCoordinates} (the SLA engine's batch access to a calendar) against {@link
 * ReferenceCalendar}, the slow day-walking model, on generated calendars and ordered instants: some
 * close together (events of a ticket), some years apart (across the calendar's compiled eras).
 */
class BusinessCoordinatesPropertyTest {
  private static final int MAX_INSTANTS = 12;
  private static final Instant MONDAY = Instant.parse("2027-01-04T10:00:00Z");
  // A static field: initialising the test class initialises BusinessCalendar, which registers.
  private static final BusinessCalendar ALWAYS = BusinessCalendar.always(ZoneOffset.UTC);

  /** Returns the outcome of {@code call}: its value, or the class of what it threw. */
  private static Object outcome(Supplier<?> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      return e.getClass();
    }
  }

  /** Returns 1 to {@value #MAX_INSTANTS} ordered instants, near one another or far apart. */
  private static Instant[] orderedInstants(
      Function<RandomGenerator, Instant> instants, RandomGenerator random) {
    Instant[] result = new Instant[1 + random.nextInt(MAX_INSTANTS)];
    Instant anchor = instants.apply(random);
    for (int i = 0; i < result.length; i++) {
      switch (random.nextInt(4)) {
        case 0:
          result[i] = instants.apply(random);
          break;
        case 1:
          result[i] = anchor;
          break;
        default:
          result[i] =
              anchor.plusSeconds(60L * random.nextInt(14 * 24 * 60)).plusNanos(random.nextInt(3));
          break;
      }
    }
    Arrays.sort(result);
    return result;
  }

  /**
   * Runs {@code check} on generated calendars, each with ordered instants, their coordinates and
   * the base those count from, and a random source for further draws.
   */
  private static void forInstants(CoordinateCheck check) {
    qt().withExamples(100)
        .forAll(QtCalendarGens.calendars(), longs().all())
        .checkAssert(
            (calendar, seed) -> {
              SplittableRandom random = new SplittableRandom(seed);
              Instant[] at = orderedInstants(CalendarGenerators.instantsNear(calendar), random);
              long[] coordinates = new long[at.length];
              int base = coordinates(calendar, at, at.length, coordinates);
              check.check(calendar, new ReferenceCalendar(calendar), at, coordinates, base, random);
            });
  }

  private interface CoordinateCheck {
    void check(
        BusinessCalendar calendar,
        ReferenceCalendar reference,
        Instant[] at,
        long[] coordinates,
        int base,
        RandomGenerator random);
  }

  @Test
  void coordinateDifferencesAreTheReferenceBetween() {
    forInstants(
        (calendar, reference, at, coordinates, base, random) -> {
          for (int i = 1; i < at.length; i++) {
            assertThat(Duration.ofNanos(coordinates[i] - coordinates[i - 1]))
                .as("between(%s, %s)", at[i - 1], at[i])
                .isEqualTo(reference.between(at[i - 1], at[i]));
          }
        });
  }

  @Test
  void plusFromACoordinateIsTheReferencePlus() {
    Function<RandomGenerator, Duration> durations = CalendarGenerators.durations();
    forInstants(
        (calendar, reference, at, coordinates, base, random) -> {
          for (int k = 0; k < at.length; k++) {
            Duration d = durations.apply(random);
            if (d.isZero()) {
              continue;
            }
            Instant t = at[k];
            long coordinate = coordinates[k];
            assertThat(
                    outcome(
                        () -> BusinessCoordinates.plus(calendar, base, t, coordinate, d.toNanos())))
                .as("plus(%s, %s)", t, d)
                .isEqualTo(outcome(() -> reference.plus(t, d)));
          }
        });
  }

  @Test
  void nanosecondsCountOnlyWhereTheCalendarIsOpen() {
    Instant[] at = {MONDAY, MONDAY.plusNanos(7), MONDAY.plusSeconds(3600)};
    long[] coordinates = new long[3];
    int base = coordinates(ALWAYS, at, 3, coordinates);

    assertThat(coordinates[1] - coordinates[0]).isEqualTo(7);
    assertThat(coordinates[2] - coordinates[0]).isEqualTo(3_600_000_000_000L);
    assertThat(BusinessCoordinates.plus(ALWAYS, base, at[1], coordinates[1], 3))
        .isEqualTo(MONDAY.plusNanos(10));
  }

  @Test
  void rejectsInstantsOutOfOrderOrRange() {
    long[] out = new long[3];
    assertThatThrownBy(
            () -> coordinates(ALWAYS, new Instant[] {MONDAY, MONDAY.minusNanos(1)}, 2, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("instants must be in order, but instants[1] was");
    assertThatThrownBy(
            () ->
                coordinates(
                    ALWAYS, new Instant[] {MONDAY, BusinessCalendar.LATEST.plusSeconds(1)}, 2, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("instants[1] must be within");
    assertThatThrownBy(() -> coordinates(ALWAYS, new Instant[] {MONDAY}, 2, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must be in [1, 1], but was 2");
    assertThatThrownBy(
            () ->
                BusinessCoordinates.coordinates(
                    ALWAYS, new long[] {MONDAY.getEpochSecond()}, new int[] {-1}, 1, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nanos[0] must be in [0, 999999999], but was -1");
    assertThatThrownBy(() -> BusinessCoordinates.plus(ALWAYS, 0, MONDAY, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nanos must be positive, but was 0");
  }

  @Test
  void registersItsImplementationOnce() {
    assertThatThrownBy(
            () ->
                BusinessCoordinates.register(
                    new BusinessCoordinates.Access() {
                      @Override
                      public int coordinates(
                          BusinessCalendar calendar,
                          long[] epochSeconds,
                          int[] nanos,
                          int count,
                          long[] out) {
                        return 0;
                      }

                      @Override
                      public Instant plus(
                          BusinessCalendar calendar,
                          int base,
                          Instant t,
                          long coordinate,
                          long nanos) {
                        return t;
                      }
                    }))
        .isInstanceOf(IllegalStateException.class);
  }

  /** {@link BusinessCoordinates#coordinates} of {@code instants}, split into the two columns. */
  private static int coordinates(
      BusinessCalendar calendar, Instant[] instants, int count, long[] out) {
    long[] epochSeconds = new long[instants.length];
    int[] nanos = new int[instants.length];
    for (int i = 0; i < instants.length; i++) {
      epochSeconds[i] = instants[i].getEpochSecond();
      nanos[i] = instants[i].getNano();
    }
    return BusinessCoordinates.coordinates(calendar, epochSeconds, nanos, count, out);
  }
}
