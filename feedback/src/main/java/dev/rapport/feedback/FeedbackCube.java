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
  private final CellTable table;
  private final ImmutableListMultimap<Long, ResponseId> ids;
  private final ImmutableMap<Visitor, Latest> latest;

  private FeedbackCube(
      CubeSpec<K, S> spec,
      ImmutableList<K> segments,
      CellTable table,
      ImmutableListMultimap<Long, ResponseId> ids,
      ImmutableMap<Visitor, Latest> latest) {
    this.spec = spec;
    this.segments = segments;
    ImmutableMap.Builder<K, Integer> index = ImmutableMap.builderWithExpectedSize(segments.size());
    for (int i = 0; i < segments.size(); i++) {
      index.put(segments.get(i), i);
    }
    this.segmentIndex = index.build();
    this.table = table;
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
    return table.size();
  }

  /** Returns whether the cube has no cells. */
  public boolean isEmpty() {
    return table.size() == 0;
  }

  /** Returns the segments seen, in the order first seen. */
  public ImmutableList<K> segments() {
    return segments;
  }

  /** Returns the summary of the cell, if it has answers. */
  public Optional<S> cell(K segment, Channel channel, Bucket bucket) {
    int base = find(segment, channel, bucket);
    return base < 0 ? Optional.empty() : Optional.of(spec.type().summary(table.array(), base + 1));
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
    int base = find(segment, channel, bucket);
    return base < 0 ? ImmutableList.of() : ids.get(table.keyAt(base));
  }

  /** Returns every non-empty cell, ordered by bucket, then channel, then segment first seen. */
  public ImmutableList<Cell<K, S>> cells() {
    int[] slots = table.slots();
    long[] order = new long[slots.length];
    for (int i = 0; i < slots.length; i++) {
      long key = table.keyAt(slots[i]);
      long sortKey =
          ((long) CellTable.bucketOf(key) << 32)
              | ((long) CellTable.channelOf(key) << 28)
              | CellTable.segmentOf(key);
      order[i] = sortKey;
    }
    Integer[] index = new Integer[slots.length];
    for (int i = 0; i < index.length; i++) {
      index[i] = i;
    }
    Arrays.sort(index, Comparator.comparingLong(i -> order[i]));
    ImmutableList.Builder<Cell<K, S>> cells = ImmutableList.builderWithExpectedSize(slots.length);
    for (int i : index) {
      cells.add(cellAt(slots[i]));
    }
    return cells.build();
  }

  /** Returns the summary of all cells. */
  public S total() {
    S total = spec.type().empty();
    for (int base : table.slots()) {
      total = total.merge(spec.type().summary(table.array(), base + 1));
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
    for (int base : table.slots()) {
      Cell<K, S> cell = cellAt(base);
      if (filter.test(cell.key())) {
        series.merge(cell.key().bucket(), cell.summary(), ScoreSummary::merge);
      }
    }
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
      accumulator.table = table.copy();
      ids.asMap().forEach((key, list) -> accumulator.ids.put(key, new ArrayList<>(list)));
    }
    accumulator.latest.putAll(latest);
    return accumulator;
  }

  private int find(K segment, Channel channel, Bucket bucket) {
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(bucket, "bucket");
    if (bucket.granularity() != spec.granularity()) {
      throw new IllegalArgumentException(
          "bucket must be a " + spec.granularity() + " bucket, but was " + bucket);
    }
    Integer index = segmentIndex.get(segment);
    return index == null ? -1 : table.find(CellTable.key(index, channel.ordinal(), bucket.index()));
  }

  private Cell<K, S> cellAt(int base) {
    long key = table.keyAt(base);
    return new Cell<>(
        new CellKey<>(
            segments.get(CellTable.segmentOf(key)),
            CHANNELS[CellTable.channelOf(key)],
            Bucket.ofIndex(spec.granularity(), CellTable.bucketOf(key))),
        spec.type().summary(table.array(), base + 1));
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
    for (int base : table.slots()) {
      Cell<K, S> cell = cellAt(base);
      map.put(cell.key(), cell.summary());
    }
    return map;
  }

  private Map<CellKey<K>, List<ResponseId>> idsByCell() {
    Map<CellKey<K>, List<ResponseId>> map = new HashMap<>();
    for (int base : table.slots()) {
      List<ResponseId> list = ids.get(table.keyAt(base));
      if (!list.isEmpty()) {
        map.put(cellAt(base).key(), list);
      }
    }
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
   * #toCube()} (which may be called again after more adds). Also takes answers in a compact form
   * ({@link #add(int, Channel, long, int)}) for callers that hold millions of answers in columns.
   * Not thread-safe: use one per thread and combine them.
   *
   * @param <K> the segment type
   * @param <S> the summary type
   */
  public static final class Accumulator<K, S extends ScoreSummary<S>> {
    private static final long EARLIEST = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
    private static final long LATEST = Instant.parse("9999-12-31T00:00:00Z").getEpochSecond();

    private final CubeSpec<K, S> spec;
    private final SummaryType<S> type;
    private final ZoneBuckets buckets;
    private final ZoneBuckets windows;
    private final Map<K, Integer> segmentIndex = new HashMap<>();
    private final List<K> segments = new ArrayList<>();
    private CellTable table;
    private boolean shared;
    private final Map<Long, List<ResponseId>> ids = new HashMap<>();
    private final Map<Visitor, Latest> latest = new HashMap<>();

    private Accumulator(CubeSpec<K, S> spec) {
      this.spec = spec;
      this.type = spec.type();
      this.buckets = new ZoneBuckets(spec.zone(), spec.granularity());
      this.windows =
          spec.latestPerCustomer().map(w -> new ZoneBuckets(spec.zone(), w)).orElse(null);
      this.table = new CellTable(type.width());
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
      segmentIndex.put(segment, segments.size() - 1);
      return segments.size() - 1;
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
      if (windows != null || spec.retainsResponseIds()) {
        throw new IllegalStateException(
            "spec must neither de-duplicate customers nor retain ids for compact adds, but was "
                + spec);
      }
      if (segment < 0 || segment >= segments.size()) {
        throw new IllegalArgumentException(
            "segment must be a registered index below " + segments.size() + ", but was " + segment);
      }
      int counter = type.counterOf(value);
      if (counter < 0) {
        type.scale().check(value);
      }
      if (epochSecond < EARLIEST || epochSecond > LATEST) {
        throw new IllegalArgumentException(
            "epochSecond must be in the years 1 to 9999, but was " + epochSecond);
      }
      increment(CellTable.key(segment, channel.ordinal(), buckets.bucketOf(epochSecond)), counter);
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
        table = table.copy();
        shared = false;
      }
      long[] array = other.table.array();
      for (int base : other.table.slots()) {
        long key = remapped(other.table.keyAt(base), remap);
        table.add(key, array, base + 1);
      }
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
      CellTable result;
      ImmutableListMultimap.Builder<Long, ResponseId> cellIds = ImmutableListMultimap.builder();
      if (windows != null) {
        result = table.copy();
        Map<Long, List<ResponseId>> kept = new HashMap<>();
        for (Latest entry : latest.values()) {
          result.increment(entry.key(), entry.counter());
          if (spec.retainsResponseIds()) {
            kept.computeIfAbsent(entry.key(), k -> new ArrayList<>()).add(entry.id());
          }
        }
        kept.forEach((key, list) -> cellIds.putAll(key, sorted(list)));
      } else {
        result = table;
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
        table = table.copy();
        shared = false;
      }
      table.increment(key, counter);
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
      return "FeedbackCube.Accumulator[" + spec + ", " + table.size() + " cells]";
    }
  }
}
