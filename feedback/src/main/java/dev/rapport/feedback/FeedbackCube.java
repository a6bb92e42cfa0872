package dev.rapport.feedback;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dev.rapport.core.Channel;
import dev.rapport.core.CustomerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collector;

/**
 * Survey answers grouped by the caller's segment, channel and calendar bucket (day, ISO week, month
 * or quarter in a caller-given zone), each cell a mergeable {@link ScoreSummary}.
 *
 * <pre>{@code
 * CubeSpec<String, NpsSummary> spec =
 *     CubeSpec.nps(r -> r.attribute("region").orElse("none"), ZoneId.of("Europe/Berlin"),
 *             Granularity.ISO_WEEK)
 *         .build();
 * FeedbackCube<String, NpsSummary> cube = FeedbackCube.of(spec, responses);
 * SortedMap<Bucket, NpsSummary> chat = cube.series(cell -> cell.channel() == Channel.CHAT);
 * List<Trend.Step<NpsSummary>> steps = Trend.ofNps(chat, 0.95);
 * }</pre>
 *
 * <p>A cube is built in one pass by an {@link Accumulator} (or {@link #collector}), and cubes of
 * the same spec merge exactly ({@link #merge}): partition the responses any way, build a cube per
 * partition, merge, and get the cube of all responses. Memory is proportional to the number of
 * cells (a few dozen bytes each), unless the spec keeps response ids or de-duplicates customers.
 * Skipped and dismissed responses are not counted; a response on another scale is an error.
 *
 * <p>Immutable and thread-safe (if the segment keys are).
 *
 * @param <K> the segment type
 * @param <S> the summary type of a cell
 */
public final class FeedbackCube<K, S extends ScoreSummary<S>> {
  private static final Channel[] CHANNELS = Channel.values();

  private final CubeSpec<K, S> spec;
  private final ImmutableList<K> segments;
  private final ImmutableMap<K, Integer> segmentIndex;
  private final CellStore store;
  private final int size;
  private final ImmutableListMultimap<Long, ResponseId> ids;
  private final ImmutableMap<Visitor, Latest> latest;

  private FeedbackCube(
      CubeSpec<K, S> spec,
      ImmutableList<K> segments,
      CellStore store,
      ImmutableListMultimap<Long, ResponseId> ids,
      ImmutableMap<Visitor, Latest> latest) {
    this.spec = spec;
    this.segments = segments;
    ImmutableMap.Builder<K, Integer> index = ImmutableMap.builderWithExpectedSize(segments.size());
    for (int i = 0; i < segments.size(); i++) {
      index.put(segments.get(i), i);
    }
    this.segmentIndex = index.build();
    this.store = store;
    this.size = store.size();
    this.ids = ids;
    this.latest = latest;
  }

  /** Returns the cube of {@code responses}. */
  public static <K, S extends ScoreSummary<S>> FeedbackCube<K, S> of(
      CubeSpec<K, S> spec, Iterable<SurveyResponse> responses) {
    Accumulator<K, S> accumulator = accumulator(spec);
    accumulator.addAll(responses);
    return accumulator.toCube();
  }

  /** Returns an empty accumulator for {@code spec}. */
  public static <K, S extends ScoreSummary<S>> Accumulator<K, S> accumulator(CubeSpec<K, S> spec) {
    return new Accumulator<>(Objects.requireNonNull(spec, "spec"));
  }

  /** Returns a collector of responses into a cube; it works in parallel streams. */
  public static <K, S extends ScoreSummary<S>>
      Collector<SurveyResponse, Accumulator<K, S>, FeedbackCube<K, S>> collector(
          CubeSpec<K, S> spec) {
    Objects.requireNonNull(spec, "spec");
    return Collector.of(
        () -> new Accumulator<>(spec),
        Accumulator::add,
        (a, b) -> {
          a.combine(b);
          return a;
        },
        Accumulator::toCube,
        Collector.Characteristics.UNORDERED);
  }

  /** Returns the spec the cube was built with. */
  public CubeSpec<K, S> spec() {
    return spec;
  }

  /** Returns the number of non-empty cells. */
  public int size() {
    return size;
  }

  /** Returns whether the cube has no cells. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** Returns the segments seen, in the order first seen. */
  public ImmutableList<K> segments() {
    return segments;
  }

  /** Returns the summary of the cell, if it has answers. */
  public Optional<S> cell(K segment, Channel channel, Bucket bucket) {
    long key = keyOf(segment, channel, bucket);
    long[] counts = new long[spec.type().width()];
    return key >= 0 && store.read(key, counts)
        ? Optional.of(spec.type().summary(counts, 0))
        : Optional.empty();
  }

  /**
   * Returns the ids of the responses counted in the cell, sorted (empty for an empty cell).
   *
   * @throws IllegalStateException if the spec does not retain response ids
   */
  public ImmutableList<ResponseId> responseIds(K segment, Channel channel, Bucket bucket) {
    if (!spec.retainsResponseIds()) {
      throw new IllegalStateException(
          "spec must retain response ids for drill-down, but was " + spec);
    }
    long key = keyOf(segment, channel, bucket);
    return key < 0 ? ImmutableList.of() : ids.get(key);
  }

  /** Returns every non-empty cell, ordered by bucket, then channel, then segment first seen. */
  public ImmutableList<Cell<K, S>> cells() {
    List<Cell<K, S>> cells = new ArrayList<>(size);
    List<Long> keys = new ArrayList<>(size);
    store.forEach(
        (key, counts, from) -> {
          keys.add(sortKey(key));
          cells.add(cellOf(key, counts, from));
        });
    Integer[] order = new Integer[cells.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingLong(keys::get));
    ImmutableList.Builder<Cell<K, S>> sorted = ImmutableList.builderWithExpectedSize(order.length);
    for (int i : order) {
      sorted.add(cells.get(i));
    }
    return sorted.build();
  }

  /** Orders cells by bucket, then channel, then segment index. */
  private static long sortKey(long key) {
    return ((long) CellTable.bucketOf(key) << 32)
        | ((long) CellTable.channelOf(key) << 28)
        | CellTable.segmentOf(key);
  }

  /** Returns the summary of all cells. */
  public S total() {
    List<S> parts = new ArrayList<>(size);
    store.forEach((key, counts, from) -> parts.add(spec.type().summary(counts, from)));
    S total = spec.type().empty();
    for (S part : parts) {
      total = total.merge(part);
    }
    return total;
  }

  /**
   * Returns the cells merged by {@code grouping} of their keys (by channel and bucket, say), in the
   * order of {@link #cells()}.
   */
  public <G> ImmutableMap<G, S> rollUp(Function<? super CellKey<K>, ? extends G> grouping) {
    Objects.requireNonNull(grouping, "grouping");
    Map<G, S> groups = new LinkedHashMap<>();
    for (Cell<K, S> cell : cells()) {
      G group = Objects.requireNonNull(grouping.apply(cell.key()), "group");
      groups.merge(group, cell.summary(), ScoreSummary::merge);
    }
    return ImmutableMap.copyOf(groups);
  }

  /** Returns the time series of the cells {@code filter} selects, merged per bucket. */
  public ImmutableSortedMap<Bucket, S> series(Predicate<? super CellKey<K>> filter) {
    Objects.requireNonNull(filter, "filter");
    TreeMap<Bucket, S> series = new TreeMap<>();
    store.forEach(
        (key, counts, from) -> {
          Cell<K, S> cell = cellOf(key, counts, from);
          if (filter.test(cell.key())) {
            series.merge(cell.key().bucket(), cell.summary(), ScoreSummary::merge);
          }
        });
    return ImmutableSortedMap.copyOfSorted(series);
  }

  /**
   * Returns the cube of both cubes' responses: the same as one cube built from all of them.
   *
   * @throws IllegalArgumentException if {@code other} was built from another spec instance
   */
  public FeedbackCube<K, S> merge(FeedbackCube<K, S> other) {
    Objects.requireNonNull(other, "other");
    Accumulator<K, S> accumulator = toAccumulator();
    accumulator.combine(other.toAccumulator());
    return accumulator.toCube();
  }

  /** Returns a new accumulator that starts from this cube's contents. */
  public Accumulator<K, S> toAccumulator() {
    Accumulator<K, S> accumulator = new Accumulator<>(spec);
    for (K segment : segments) {
      accumulator.segmentIndex(segment);
    }
    if (spec.latestPerCustomer().isEmpty()) {
      // A de-duplicating cube's cells and ids are all derived from its latest answers.
      accumulator.store = store.copy();
      ids.asMap().forEach((key, list) -> accumulator.ids.put(key, new ArrayList<>(list)));
    }
    accumulator.latest.putAll(latest);
    return accumulator;
  }

  /** Returns the cell key, or -1 if the segment is unknown. */
  private long keyOf(K segment, Channel channel, Bucket bucket) {
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(bucket, "bucket");
    if (bucket.granularity() != spec.granularity()) {
      throw new IllegalArgumentException(
          "bucket must be a " + spec.granularity() + " bucket, but was " + bucket);
    }
    Integer index = segmentIndex.get(segment);
    return index == null ? -1 : CellTable.key(index, channel.ordinal(), bucket.index());
  }

  private Cell<K, S> cellOf(long key, long[] counts, int from) {
    return new Cell<>(
        new CellKey<>(
            segments.get(CellTable.segmentOf(key)),
            CHANNELS[CellTable.channelOf(key)],
            Bucket.ofIndex(spec.granularity(), CellTable.bucketOf(key))),
        spec.type().summary(counts, from));
  }

  /** Cubes are equal when built from the same spec with the same cells and response ids. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FeedbackCube)) {
      return false;
    }
    FeedbackCube<?, ?> other = (FeedbackCube<?, ?>) o;
    return other.spec == spec
        && asMap().equals(other.asMap())
        && idsByCell().equals(other.idsByCell());
  }

  @Override
  public int hashCode() {
    return asMap().hashCode();
  }

  private Map<CellKey<K>, S> asMap() {
    Map<CellKey<K>, S> map = new HashMap<>();
    store.forEach(
        (key, counts, from) -> {
          Cell<K, S> cell = cellOf(key, counts, from);
          map.put(cell.key(), cell.summary());
        });
    return map;
  }

  private Map<CellKey<K>, List<ResponseId>> idsByCell() {
    Map<CellKey<K>, List<ResponseId>> map = new HashMap<>();
    store.forEach(
        (key, counts, from) -> {
          List<ResponseId> list = ids.get(key);
          if (!list.isEmpty()) {
            map.put(cellOf(key, counts, from).key(), list);
          }
        });
    return map;
  }

  @Override
  public String toString() {
    return "FeedbackCube[" + spec + ", " + size() + " cells, " + segments.size() + " segments]";
  }

  /**
   * One non-empty cell of a cube. Immutable and thread-safe if the segment is.
   *
   * @param <K> the segment type
   * @param <S> the summary type
   * @param key the cell's segment, channel and bucket
   * @param summary the answers in the cell
   */
  public record Cell<K, S extends ScoreSummary<S>>(CellKey<K> key, S summary) {
    /** Validates that no component is null. */
    public Cell {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(summary, "summary");
    }
  }

  /** A customer in a de-duplication window. */
  private record Visitor(CustomerId customer, int window) {}

  /** A customer's latest answer in a window: when, which, and where it counts. */
  private record Latest(Instant at, ResponseId id, long key, int counter) {
    boolean isAfter(Latest other) {
      int byTime = at.compareTo(other.at);
      return byTime != 0 ? byTime > 0 : id.compareTo(other.id) > 0;
    }

    Latest withKey(long newKey) {
      return new Latest(at, id, newKey, counter);
    }
  }

  /**
   * Builds a cube in one pass: {@link #add} responses, {@link #combine} partitions, then {@link
   * #toCube()} (which may be called again after more adds). Also takes answers in a compact form,
   * one at a time ({@link #add(int, Channel, long, int)}) or as columns ({@link #addColumns}, the
   * fastest way in: about 1.3 times a hand-written dense array loop, see the bench README). Not
   * thread-safe: use one per thread and combine them.
   *
   * @param <K> the segment type
   * @param <S> the summary type
   */
  public static final class Accumulator<K, S extends ScoreSummary<S>> {
    private static final long EARLIEST = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
    private static final long LATEST = Instant.parse("9999-12-31T00:00:00Z").getEpochSecond();
    private static final int BATCH = 4096;

    private final CubeSpec<K, S> spec;
    private final SummaryType<S> type;
    private final ZoneBuckets buckets;
    private final ZoneBuckets windows;
    private final boolean compactRejected;
    private final Map<K, Integer> segmentIndex = new HashMap<>();
    private final List<K> segments = new ArrayList<>();
    private int segmentCount;
    private CellStore store;
    private boolean shared;
    private final Map<Long, List<ResponseId>> ids = new HashMap<>();
    private final Map<Visitor, Latest> latest = new HashMap<>();

    private Accumulator(CubeSpec<K, S> spec) {
      this.spec = spec;
      this.type = spec.type();
      this.buckets = new ZoneBuckets(spec.zone(), spec.granularity());
      this.windows =
          spec.latestPerCustomer().map(w -> new ZoneBuckets(spec.zone(), w)).orElse(null);
      this.store = new CellStore(type.width());
      this.compactRejected = windows != null || spec.retainsResponseIds();
    }

    /** Returns the spec. */
    public CubeSpec<K, S> spec() {
      return spec;
    }

    /**
     * Returns the index of {@code segment} for {@link #add(int, Channel, long, int)}, registering
     * it if new. Indexes start at 0 in the order segments are first seen.
     */
    public int segmentIndex(K segment) {
      Objects.requireNonNull(segment, "segment");
      Integer index = segmentIndex.get(segment);
      if (index != null) {
        return index;
      }
      if (segments.size() >= CellTable.MAX_SEGMENTS) {
        throw new IllegalStateException(
            "segments must be fewer than "
                + CellTable.MAX_SEGMENTS
                + ", but was "
                + segments.size());
      }
      segments.add(segment);
      segmentCount = segments.size();
      segmentIndex.put(segment, segmentCount - 1);
      return segmentCount - 1;
    }

    /**
     * Counts {@code response} in its cell if it was answered; skipped and dismissed responses are
     * not counted.
     *
     * @throws IllegalArgumentException if the response is on another scale than the spec's
     */
    public void add(SurveyResponse response) {
      type.check(response);
      if (!response.isAnswered()) {
        return;
      }
      int segment = segmentIndex(spec.segmentOf(response));
      long epochSecond = response.at().getEpochSecond();
      long key =
          CellTable.key(segment, response.channel().ordinal(), buckets.bucketOf(epochSecond));
      int counter = type.counterOf(response.value().getAsInt());
      if (windows != null) {
        Latest candidate = new Latest(response.at(), response.id(), key, counter);
        latest.merge(
            new Visitor(response.customer(), windows.bucketOf(epochSecond)),
            candidate,
            (a, b) -> b.isAfter(a) ? b : a);
        return;
      }
      increment(key, counter);
      if (spec.retainsResponseIds()) {
        ids.computeIfAbsent(key, k -> new ArrayList<>()).add(response.id());
      }
    }

    /** Adds every response of {@code responses}. */
    public void addAll(Iterable<SurveyResponse> responses) {
      for (SurveyResponse response : Objects.requireNonNull(responses, "responses")) {
        add(response);
      }
    }

    /**
     * Counts one answer given in compact form: a segment index from {@link #segmentIndex}, the
     * channel, the instant as epoch seconds and the value. The same as adding an answered response
     * with these facts, without building it.
     *
     * @throws IllegalStateException if the spec de-duplicates customers or retains response ids,
     *     which need the customer and the id
     * @throws IllegalArgumentException for an unknown segment index, a value off the scale or an
     *     instant outside the years 1 to 9999
     */
    public void add(int segment, Channel channel, long epochSecond, int value) {
      int counter = type.counterOf(value);
      if (compactRejected
          || segment < 0
          || segment >= segmentCount
          || counter < 0
          || epochSecond < EARLIEST
          || epochSecond > LATEST) {
        rejectCompact(segment, epochSecond, value);
      }
      if (shared) {
        store = store.copy();
        shared = false;
      }
      store.increment(segment, channel.ordinal(), buckets.bucketOf(epochSecond), counter);
    }

    /**
     * Counts the answers {@code from} (inclusive) to {@code to} (exclusive) of columns in the
     * compact form of {@link #add(int, Channel, long, int)}: segment indexes, channel ordinals
     * ({@link Channel#ordinal()}), epoch seconds and values. The same as adding each row, in
     * batches that keep the loops tight; a row that {@code add} would reject is rejected, and the
     * rows of its batch before it are counted.
     *
     * @throws IllegalStateException as {@link #add(int, Channel, long, int)}
     * @throws IllegalArgumentException as {@link #add(int, Channel, long, int)}, or if the columns
     *     do not cover {@code [from, to)}
     */
    public void addColumns(
        int[] segments, byte[] channels, long[] epochSeconds, byte[] values, int from, int to) {
      Objects.requireNonNull(segments, "segments");
      Objects.requireNonNull(channels, "channels");
      Objects.requireNonNull(epochSeconds, "epochSeconds");
      Objects.requireNonNull(values, "values");
      int shortest =
          Math.min(
              Math.min(segments.length, channels.length),
              Math.min(epochSeconds.length, values.length));
      if (from < 0 || from > to || to > shortest) {
        throw new IllegalArgumentException(
            "range must be within the columns' length "
                + shortest
                + ", but was ["
                + from
                + ", "
                + to
                + ")");
      }
      if (shared) {
        store = store.copy();
        shared = false;
      }
      int[] bucketBatch = new int[Math.min(BATCH, to - from)];
      int[] counterBatch = new int[bucketBatch.length];
      for (int start = from; start < to; start += BATCH) {
        int end = Math.min(to, start + BATCH);
        for (int k = start; k < end; k++) {
          int segment = segments[k];
          int channel = channels[k];
          long epochSecond = epochSeconds[k];
          int counter = type.counterOf(values[k]);
          if (compactRejected
              || segment < 0
              || segment >= segmentCount
              || channel < 0
              || channel >= CHANNELS.length
              || counter < 0
              || epochSecond < EARLIEST
              || epochSecond > LATEST) {
            buckets.bucketsOf(epochSeconds, start, k, bucketBatch);
            store.incrementAll(segments, channels, bucketBatch, counterBatch, start, k);
            if (channel < 0 || channel >= CHANNELS.length) {
              throw new IllegalArgumentException(
                  "channel must be a Channel ordinal from 0 to "
                      + (CHANNELS.length - 1)
                      + ", but was "
                      + channel
                      + " at row "
                      + k);
            }
            rejectCompact(segment, epochSecond, values[k]);
          }
          counterBatch[k - start] = counter;
        }
        buckets.bucketsOf(epochSeconds, start, end, bucketBatch);
        store.incrementAll(segments, channels, bucketBatch, counterBatch, start, end);
      }
    }

    /** Throws the exception that explains why a compact add was rejected (a cold path). */
    private void rejectCompact(int segment, long epochSecond, int value) {
      if (compactRejected) {
        throw new IllegalStateException(
            "spec must neither de-duplicate customers nor retain ids for compact adds, but was "
                + spec);
      }
      if (segment < 0 || segment >= segments.size()) {
        throw new IllegalArgumentException(
            "segment must be a registered index below " + segments.size() + ", but was " + segment);
      }
      type.scale().check(value);
      throw new IllegalArgumentException(
          "epochSecond must be in the years 1 to 9999, but was " + epochSecond);
    }

    /**
     * Adds everything {@code other} counted; {@code other} is left as it was.
     *
     * @throws IllegalArgumentException if {@code other} has another spec instance
     */
    public void combine(Accumulator<K, S> other) {
      Objects.requireNonNull(other, "other");
      if (other == this) {
        throw new IllegalArgumentException("other must be another accumulator, but was this one");
      }
      if (other.spec != spec) {
        throw new IllegalArgumentException(
            "other must have the same spec instance " + spec + ", but had " + other.spec);
      }
      int[] remap = new int[other.segments.size()];
      for (int i = 0; i < remap.length; i++) {
        remap[i] = segmentIndex(other.segments.get(i));
      }
      if (shared) {
        store = store.copy();
        shared = false;
      }
      other.store.forEach((key, counts, from) -> store.add(remapped(key, remap), counts, from));
      other.ids.forEach(
          (key, list) ->
              ids.computeIfAbsent(remapped(key, remap), k -> new ArrayList<>()).addAll(list));
      other.latest.forEach(
          (visitor, entry) ->
              latest.merge(
                  visitor,
                  entry.withKey(remapped(entry.key(), remap)),
                  (a, b) -> b.isAfter(a) ? b : a));
    }

    /** Returns the cube of everything added so far; the accumulator stays usable. */
    public FeedbackCube<K, S> toCube() {
      CellStore result;
      ImmutableListMultimap.Builder<Long, ResponseId> cellIds = ImmutableListMultimap.builder();
      if (windows != null) {
        result = store.copy();
        Map<Long, List<ResponseId>> kept = new HashMap<>();
        for (Latest entry : latest.values()) {
          increment(result, entry.key(), entry.counter());
          if (spec.retainsResponseIds()) {
            kept.computeIfAbsent(entry.key(), k -> new ArrayList<>()).add(entry.id());
          }
        }
        kept.forEach((key, list) -> cellIds.putAll(key, sorted(list)));
      } else {
        result = store;
        shared = true;
        ids.forEach((key, list) -> cellIds.putAll(key, sorted(list)));
      }
      return new FeedbackCube<>(
          spec,
          ImmutableList.copyOf(segments),
          result,
          cellIds.build(),
          ImmutableMap.copyOf(latest));
    }

    private void increment(long key, int counter) {
      if (shared) {
        store = store.copy();
        shared = false;
      }
      increment(store, key, counter);
    }

    private static void increment(CellStore store, long key, int counter) {
      store.increment(
          CellTable.segmentOf(key), CellTable.channelOf(key), CellTable.bucketOf(key), counter);
    }

    private static long remapped(long key, int[] remap) {
      return CellTable.key(
          remap[CellTable.segmentOf(key)], CellTable.channelOf(key), CellTable.bucketOf(key));
    }

    private static List<ResponseId> sorted(List<ResponseId> list) {
      List<ResponseId> copy = new ArrayList<>(list);
      copy.sort(null);
      return copy;
    }

    @Override
    public String toString() {
      return "FeedbackCube.Accumulator[" + spec + ", " + segments.size() + " segments]";
    }
  }
}
