package dev.rapport.core.time;

import dev.rapport.core.time.reference.ReferenceCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Measures {@link BusinessCalendar#plus} and {@link BusinessCalendar#between} on the workload of
 * issue 2: Monday to Friday 09:00 to 17:00 in America/New_York with the ten US federal holidays of
 * 2027 on their observed dates, 2^20 (about one million) start instants at random seconds of 2027
 * (fixed seed), {@code plus(start, 8h)}, {@code between(start, end)} for random pairs less than 30
 * days apart, and {@code plus(start, 1h)} against {@code plus(start, 10,000h)}. The slow {@link
 * ReferenceCalendar} (a day walker over {@code ZonedDateTime}) runs in the same benchmark for the
 * ratio. Each operation is one call on the next start.
 *
 * <p>Run with:
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar BusinessCalendarBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BusinessCalendarBenchmark {
  private static final int STARTS = 1 << 20;
  private static final int MASK = STARTS - 1;
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** The ten US federal holidays of 2027, on the dates they are observed. */
  static final List<LocalDate> US_FEDERAL_HOLIDAYS_2027 =
      List.of(
          LocalDate.of(2027, 1, 1), // New Year's Day
          LocalDate.of(2027, 1, 18), // Birthday of Martin Luther King, Jr.
          LocalDate.of(2027, 2, 15), // Washington's Birthday
          LocalDate.of(2027, 5, 31), // Memorial Day
          LocalDate.of(2027, 6, 18), // Juneteenth (June 19 is a Saturday)
          LocalDate.of(2027, 7, 5), // Independence Day (July 4 is a Sunday)
          LocalDate.of(2027, 9, 6), // Labor Day
          LocalDate.of(2027, 10, 11), // Columbus Day
          LocalDate.of(2027, 11, 11), // Veterans Day
          LocalDate.of(2027, 11, 25), // Thanksgiving Day
          LocalDate.of(2027, 12, 24)); // Christmas Day (December 25 is a Saturday)

  private static final Duration ONE_HOUR = Duration.ofHours(1);
  private static final Duration EIGHT_HOURS = Duration.ofHours(8);
  private static final Duration TEN_THOUSAND_HOURS = Duration.ofHours(10_000);

  private BusinessCalendar calendar;
  private ReferenceCalendar reference;
  private Instant[] starts;
  private Instant[] ends;
  private int next;

  /** Creates the benchmark state; JMH calls {@link #setUp}. */
  public BusinessCalendarBenchmark() {}

  /** Builds the calendar, its reference, the start instants and the pairs. */
  @Setup(Level.Trial)
  public void setUp() {
    calendar =
        BusinessCalendar.builder(NEW_YORK)
            .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
            .closed(US_FEDERAL_HOLIDAYS_2027)
            .build();
    reference = new ReferenceCalendar(calendar);
    SplittableRandom random = new SplittableRandom(2027);
    long first = LocalDate.of(2027, 1, 1).atStartOfDay(NEW_YORK).toEpochSecond();
    long last = LocalDate.of(2028, 1, 1).atStartOfDay(NEW_YORK).toEpochSecond();
    long thirtyDays = Duration.ofDays(30).getSeconds();
    starts = new Instant[STARTS];
    ends = new Instant[STARTS];
    for (int i = 0; i < STARTS; i++) {
      starts[i] = Instant.ofEpochSecond(random.nextLong(first, last));
      ends[i] = starts[i].plusSeconds(random.nextLong(thirtyDays));
    }
    // Compile the eras the queries reach before measuring.
    calendar.plus(starts[0], TEN_THOUSAND_HOURS);
  }

  private int nextIndex() {
    int i = next;
    next = (i + 1) & MASK;
    return i;
  }

  /** {@code plus(start, 8h)}. */
  @Benchmark
  public Instant plus8h() {
    return calendar.plus(starts[nextIndex()], EIGHT_HOURS);
  }

  /** {@code between(start, end)}, the two less than 30 days apart. */
  @Benchmark
  public Duration between() {
    int i = nextIndex();
    return calendar.between(starts[i], ends[i]);
  }

  /** {@code plus(start, 1h)}. */
  @Benchmark
  public Instant plus1h() {
    return calendar.plus(starts[nextIndex()], ONE_HOUR);
  }

  /** {@code plus(start, 10,000h)}, about five years of business hours. */
  @Benchmark
  public Instant plus10000h() {
    return calendar.plus(starts[nextIndex()], TEN_THOUSAND_HOURS);
  }

  /** The reference's {@code plus(start, 8h)}. */
  @Benchmark
  public Instant referencePlus8h() {
    return reference.plus(starts[nextIndex()], EIGHT_HOURS);
  }

  /** The reference's {@code between(start, end)}. */
  @Benchmark
  public Duration referenceBetween() {
    int i = nextIndex();
    return reference.between(starts[i], ends[i]);
  }
}
