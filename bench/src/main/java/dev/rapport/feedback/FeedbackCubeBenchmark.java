package dev.rapport.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Aggregates 10,000,000 NPS answers already in memory (1,000 segments x 6 channels x the ISO weeks
 * of 2025 in Europe/Berlin: about 318,000 non-empty cells) into NPS summaries per (segment,
 * channel, week), three ways, in one run:
 *
 * <ul>
 *   <li>{@code cube}: {@link FeedbackCube.Accumulator#addColumns}, the cube's documented columnar
 *       bulk API, then {@link FeedbackCube.Accumulator#toCube()}. It buckets each instant in the
 *       zone itself (an hour table) and counts into dense windows per (segment, channel).
 *   <li>{@code streamsGroupingBy}: the plain Java streams version, {@code groupingBy} a (segment,
 *       channel, week) record with the week from {@code atZone(zone)} and a summing collector.
 *   <li>{@code denseArrays}: the practical limit, a hand-written loop over a dense {@code long[]}
 *       indexed by (segment, channel, week) with a precomputed hour-to-week table for 2025 only; it
 *       knows the exact ranges in advance, which a general cube cannot.
 * </ul>
 *
 * <p>All three read the same columns (segment index, channel ordinal, epoch second, value); none
 * builds {@link SurveyResponse} objects. One operation aggregates all 10,000,000 answers. Run with
 * (the heap must hold the 140 MB of columns and the streams version's map):
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar FeedbackCubeBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class FeedbackCubeBenchmark {
  static final int RESPONSES = 10_000_000;
  static final int SEGMENTS = 1_000;
  static final int CHANNELS = 6;
  static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  int[] segment;
  byte[] channel;
  long[] epochSecond;
  byte[] value;
  private CubeSpec<Integer, NpsSummary> spec;
  private long yearStart;
  private int[] weekOfHour;

  /** Creates the benchmark state; JMH calls {@link #setUp}. */
  public FeedbackCubeBenchmark() {}

  /** Generates the columns: uniform segments, channels, instants in 2025 and values 0 to 10. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20261130L);
    segment = new int[RESPONSES];
    channel = new byte[RESPONSES];
    epochSecond = new long[RESPONSES];
    value = new byte[RESPONSES];
    yearStart = ZonedDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZONE).toEpochSecond();
    long yearEnd = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZONE).toEpochSecond();
    for (int i = 0; i < RESPONSES; i++) {
      segment[i] = random.nextInt(SEGMENTS);
      channel[i] = (byte) random.nextInt(CHANNELS);
      epochSecond[i] = yearStart + random.nextLong(yearEnd - yearStart);
      value[i] = (byte) random.nextInt(11);
    }
    spec = CubeSpec.<Integer>nps(r -> 0, ZONE, Granularity.ISO_WEEK).build();
    // The dense loop's hand-made table: hours since 2025-01-01 local midnight -> week slot 0..53
    // (2025 starts in ISO week 1 of 2025 on a Wednesday, and its last days are in 2026-W01).
    int hours = (int) ((yearEnd - yearStart) / 3600) + 1;
    weekOfHour = new int[hours];
    for (int h = 0; h < hours; h++) {
      LocalDate date = Instant.ofEpochSecond(yearStart + h * 3600L).atZone(ZONE).toLocalDate();
      weekOfHour[h] = weekSlot(date);
    }
  }

  /** Week slot 0..53: ISO weeks 1 to 52 of 2025, and 53 for 2026-W01. */
  static int weekSlot(LocalDate date) {
    int week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    return date.get(IsoFields.WEEK_BASED_YEAR) == 2025 ? week - 1 : 52 + week;
  }

  /** The cube through its compact bulk API. */
  @Benchmark
  public FeedbackCube<Integer, NpsSummary> cube() {
    FeedbackCube.Accumulator<Integer, NpsSummary> acc = FeedbackCube.accumulator(spec);
    for (int s = 0; s < SEGMENTS; s++) {
      acc.segmentIndex(s);
    }
    acc.addColumns(segment, channel, epochSecond, value, 0, RESPONSES);
    return acc.toCube();
  }

  /** The reference: plain Java streams. */
  @Benchmark
  public Map<Key, NpsSummary> streamsGroupingBy() {
    return IntStream.range(0, RESPONSES)
        .boxed()
        .collect(
            Collectors.groupingBy(
                i ->
                    new Key(
                        segment[i],
                        channel[i],
                        weekSlot(Instant.ofEpochSecond(epochSecond[i]).atZone(ZONE).toLocalDate())),
                npsOf(this)));
  }

  private static Collector<Integer, long[], NpsSummary> npsOf(FeedbackCubeBenchmark state) {
    return Collector.of(
        () -> new long[3],
        (a, i) -> a[NpsCategory.of(state.value[i]).ordinal()]++,
        (a, b) -> {
          for (int k = 0; k < 3; k++) {
            a[k] += b[k];
          }
          return a;
        },
        a -> NpsSummary.of(a[2], a[1], a[0]));
  }

  /** The practical limit: dense primitive arrays with ranges known in advance. */
  @Benchmark
  public long[] denseArrays() {
    long[] counts = new long[SEGMENTS * CHANNELS * 54 * 3];
    int[] seg = segment;
    byte[] ch = channel;
    long[] at = epochSecond;
    byte[] v = value;
    int[] weeks = weekOfHour;
    long start = yearStart;
    for (int i = 0; i < RESPONSES; i++) {
      int week = weeks[(int) ((at[i] - start) / 3600)];
      int category = v[i] >= 9 ? 2 : v[i] >= 7 ? 1 : 0;
      counts[((seg[i] * CHANNELS + ch[i]) * 54 + week) * 3 + category]++;
    }
    return counts;
  }

  /** A (segment, channel, week) key for the streams version. */
  public record Key(int segment, int channel, int week) {}
}
