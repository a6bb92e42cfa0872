package dev.rapport.feedback;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a {@link FeedbackCube} groups and counts: the summary type (and so the survey scale), the
 * caller's segment function, the zone and granularity of the calendar buckets, and two options:
 * keep only the latest answer per customer in each window, and keep response ids for drill-down.
 *
 * <p>Defaults, documented on {@link #nps}: no de-duplication, no ids (memory proportional to the
 * number of cells only). Cubes can be merged only when built from the same spec instance (a
 * function has no useful equality). Immutable and thread-safe if the segment function is.
 *
 * @param <K> the segment type returned by the segment function
 * @param <S> the summary type of a cell
 */
public final class CubeSpec<K, S extends ScoreSummary<S>> {
  private final SummaryType<S> type;
  private final Function<? super SurveyResponse, ? extends K> segment;
  private final ZoneId zone;
  private final Granularity granularity;
  private final Optional<Granularity> latestPerCustomer;
  private final boolean retainResponseIds;

  private CubeSpec(Builder<K, S> builder) {
    this.type = builder.type;
    this.segment = builder.segment;
    this.zone = builder.zone;
    this.granularity = builder.granularity;
    this.latestPerCustomer = builder.latestPerCustomer;
    this.retainResponseIds = builder.retainResponseIds;
  }

  /**
   * Returns a builder of a cube of NPS summaries, segmented by {@code segment} (which must not
   * return null), bucketed by {@code granularity} in {@code zone}. By default every answer counts
   * and no response ids are kept.
   */
  public static <K> Builder<K, NpsSummary> nps(
      Function<? super SurveyResponse, ? extends K> segment, ZoneId zone, Granularity granularity) {
    return new Builder<>(SummaryType.nps(), segment, zone, granularity);
  }

  /** Returns a builder of a cube of CSAT summaries on {@code scale}; see {@link #nps}. */
  public static <K> Builder<K, CsatSummary> csat(
      SurveyScale scale,
      Function<? super SurveyResponse, ? extends K> segment,
      ZoneId zone,
      Granularity granularity) {
    return new Builder<>(SummaryType.csat(scale), segment, zone, granularity);
  }

  /** Returns a builder of a cube of CES summaries on {@code scale}; see {@link #nps}. */
  public static <K> Builder<K, CesSummary> ces(
      SurveyScale scale,
      Function<? super SurveyResponse, ? extends K> segment,
      ZoneId zone,
      Granularity granularity) {
    return new Builder<>(SummaryType.ces(scale), segment, zone, granularity);
  }

  /** Returns a builder of a cube of star-rating summaries; see {@link #nps}. */
  public static <K> Builder<K, RatingSummary> ratings(
      Function<? super SurveyResponse, ? extends K> segment, ZoneId zone, Granularity granularity) {
    return new Builder<>(SummaryType.ratings(), segment, zone, granularity);
  }

  SummaryType<S> type() {
    return type;
  }

  /** Returns the scale of the responses the cube takes. */
  public SurveyScale scale() {
    return type.scale();
  }

  /** Returns the zone in which instants are bucketed. */
  public ZoneId zone() {
    return zone;
  }

  /** Returns the bucket size. */
  public Granularity granularity() {
    return granularity;
  }

  /**
   * Returns the de-duplication window, if set: only each customer's latest answer in each such
   * window counts.
   */
  public Optional<Granularity> latestPerCustomer() {
    return latestPerCustomer;
  }

  /** Returns whether the cube keeps each cell's response ids for drill-down. */
  public boolean retainsResponseIds() {
    return retainResponseIds;
  }

  /** Returns the segment of {@code response} by the caller's function. */
  K segmentOf(SurveyResponse response) {
    K key = segment.apply(response);
    if (key == null) {
      throw new NullPointerException(
          "segment function returned null for response " + response.id());
    }
    return key;
  }

  /**
   * Returns the cell {@code response} counts in (ignoring de-duplication), or empty if it was not
   * answered: for drilling from a cell into the caller's own store of responses.
   *
   * @throws IllegalArgumentException if the response is on another scale
   */
  public Optional<CellKey<K>> cellOf(SurveyResponse response) {
    type.check(response);
    if (!response.isAnswered()) {
      return Optional.empty();
    }
    return Optional.of(
        new CellKey<>(
            segmentOf(response), response.channel(), Bucket.of(granularity, response.at(), zone)));
  }

  @Override
  public String toString() {
    return "CubeSpec["
        + scale()
        + ", "
        + granularity
        + " in "
        + zone
        + latestPerCustomer.map(w -> ", latest per customer per " + w).orElse("")
        + (retainResponseIds ? ", with response ids" : "")
        + "]";
  }

  /**
   * Builds a {@link CubeSpec}. Not thread-safe.
   *
   * @param <K> the segment type
   * @param <S> the summary type
   */
  public static final class Builder<K, S extends ScoreSummary<S>> {
    private final SummaryType<S> type;
    private final Function<? super SurveyResponse, ? extends K> segment;
    private final ZoneId zone;
    private final Granularity granularity;
    private Optional<Granularity> latestPerCustomer = Optional.empty();
    private boolean retainResponseIds;

    private Builder(
        SummaryType<S> type,
        Function<? super SurveyResponse, ? extends K> segment,
        ZoneId zone,
        Granularity granularity) {
      this.type = type;
      this.segment = Objects.requireNonNull(segment, "segment");
      this.zone = Objects.requireNonNull(zone, "zone");
      this.granularity = Objects.requireNonNull(granularity, "granularity");
    }

    /**
     * Counts only each customer's latest answer (by instant, then by response id) in each {@code
     * window} in the cube's zone; earlier answers in the same window are dropped. Memory then grows
     * with the number of customers per window, not only with cells.
     */
    public Builder<K, S> latestPerCustomer(Granularity window) {
      this.latestPerCustomer = Optional.of(Objects.requireNonNull(window, "window"));
      return this;
    }

    /** Keeps each cell's response ids for drill-down; memory then grows with the responses. */
    public Builder<K, S> retainResponseIds() {
      this.retainResponseIds = true;
      return this;
    }

    /** Returns the spec. */
    public CubeSpec<K, S> build() {
      return new CubeSpec<>(this);
    }
  }
}
