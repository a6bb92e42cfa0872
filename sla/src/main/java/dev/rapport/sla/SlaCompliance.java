package dev.rapport.sla;

import com.google.common.collect.ImmutableMap;
import dev.rapport.core.ticket.TicketState;
import dev.rapport.core.ticket.TicketTimeline;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * SLA compliance over a period: {@link ComplianceSummary}s of the measurements whose outcome fell
 * in {@code [from, to)}, per policy, metric, priority, channel, team and agent, with roll-ups along
 * any of those dimensions.
 *
 * <pre>{@code
 * SlaCompliance.Builder november = SlaCompliance.builder(firstOfNovember, firstOfDecember);
 * for (TicketTimeline timeline : tickets) {
 *   november.add(engine.evaluate(timeline, now), timeline);
 * }
 * SlaCompliance compliance = november.build();
 * compliance.by(ComplianceDimension.TEAM, ComplianceDimension.METRIC)
 *     .forEach((key, summary) -> System.out.println(key.team() + " " + key.metric() + ": "
 *         + summary.achievedShare() + ", p90 " + summary.responseTimes().percentile(90)));
 * }</pre>
 *
 * <p>A measurement's outcome instant is its {@code achievedAt}, {@code breachedAt}, or {@code
 * stoppedAt} if cancelled; running and paused measurements have none and are left out. Priority,
 * team and agent are the ticket's at that instant.
 *
 * <p>Mergeable: {@link #merge} adds up summaries of the same period (partitions of the tickets,
 * from threads or shards) or of adjacent periods (days into a week); {@link #empty} is the identity
 * for a period. Immutable and thread-safe; {@code equals} compares period and summaries.
 */
public final class SlaCompliance {
  private static final ComplianceDimension[] DIMENSIONS = ComplianceDimension.values();

  private final Instant from;
  private final Instant to;
  private final ImmutableMap<ComplianceKey, ComplianceSummary> summaries;

  private SlaCompliance(
      Instant from, Instant to, ImmutableMap<ComplianceKey, ComplianceSummary> summaries) {
    this.from = from;
    this.to = to;
    this.summaries = summaries;
  }

  /**
   * Returns the compliance of no measurements over {@code [from, to)}.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static SlaCompliance empty(Instant from, Instant to) {
    checkPeriod(from, to);
    return new SlaCompliance(from, to, ImmutableMap.of());
  }

  /**
   * Returns a builder of the compliance over {@code [from, to)}.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static Builder builder(Instant from, Instant to) {
    checkPeriod(from, to);
    return new Builder(from, to);
  }

  /** Returns the start of the period (inclusive). */
  public Instant from() {
    return from;
  }

  /** Returns the end of the period (exclusive). */
  public Instant to() {
    return to;
  }

  /** Returns the summaries by full key (every dimension filled in); immutable. */
  public Map<ComplianceKey, ComplianceSummary> summaries() {
    return summaries;
  }

  /**
   * Returns the summaries rolled up along {@code dimensions}: one per distinct combination of their
   * values, with the other components of the keys empty. No dimension gives one key, all empty,
   * with the {@link #total()}.
   */
  public Map<ComplianceKey, ComplianceSummary> by(ComplianceDimension... dimensions) {
    Objects.requireNonNull(dimensions, "dimensions");
    boolean[] keep = new boolean[DIMENSIONS.length];
    for (ComplianceDimension dimension : dimensions) {
      keep[Objects.requireNonNull(dimension, "dimensions must not contain null").ordinal()] = true;
    }
    Map<ComplianceKey, ComplianceSummary> result = new LinkedHashMap<>();
    summaries.forEach(
        (key, summary) -> result.merge(key.keep(keep), summary, ComplianceSummary::merge));
    return ImmutableMap.copyOf(result);
  }

  /** Returns the summary of every measurement in the period. */
  public ComplianceSummary total() {
    ComplianceSummary total = ComplianceSummary.empty();
    for (ComplianceSummary summary : summaries.values()) {
      total = total.merge(summary);
    }
    return total;
  }

  /**
   * Returns the compliance of this one's measurements and {@code other}'s: over the same period, or
   * over the union of two adjacent periods (one's {@code to} is the other's {@code from}).
   *
   * @throws IllegalArgumentException if the periods are neither equal nor adjacent
   */
  public SlaCompliance merge(SlaCompliance other) {
    Objects.requireNonNull(other, "other");
    Instant start;
    Instant end;
    if (from.equals(other.from) && to.equals(other.to)) {
      start = from;
      end = to;
    } else if (to.equals(other.from)) {
      start = from;
      end = other.to;
    } else if (other.to.equals(from)) {
      start = other.from;
      end = to;
    } else {
      throw new IllegalArgumentException(
          "other's period must equal or adjoin ["
              + from
              + ", "
              + to
              + "), but was ["
              + other.from
              + ", "
              + other.to
              + ")");
    }
    Map<ComplianceKey, ComplianceSummary> merged = new LinkedHashMap<>(summaries);
    other.summaries.forEach((key, summary) -> merged.merge(key, summary, ComplianceSummary::merge));
    return new SlaCompliance(start, end, ImmutableMap.copyOf(merged));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SlaCompliance
        && from.equals(((SlaCompliance) other).from)
        && to.equals(((SlaCompliance) other).to)
        && summaries.equals(((SlaCompliance) other).summaries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, summaries);
  }

  /** Returns the period and the total. */
  @Override
  public String toString() {
    return "SlaCompliance[" + from + ", " + to + "): " + total();
  }

  private static void checkPeriod(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from " + from + ", but was " + to);
    }
  }

  /**
   * Accumulates reports into an {@link SlaCompliance}. Not thread-safe: use one builder per thread
   * and {@link SlaCompliance#merge} the results.
   */
  public static final class Builder {
    private final Instant from;
    private final Instant to;
    private final Map<ComplianceKey, ComplianceSummary.Tally> tallies = new HashMap<>();

    private Builder(Instant from, Instant to) {
      this.from = from;
      this.to = to;
    }

    /**
     * Counts the measurements of {@code report} whose outcome falls in the period; {@code timeline}
     * is the ticket's, for its channel and its priority, team and agent at each outcome.
     *
     * @throws IllegalArgumentException if the report and the timeline are of different tickets
     */
    public Builder add(SlaReport report, TicketTimeline timeline) {
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(timeline, "timeline");
      if (!report.ticketId().equals(timeline.ticketId())) {
        throw new IllegalArgumentException(
            "timeline must be of ticket "
                + report.ticketId()
                + ", but was of "
                + timeline.ticketId());
      }
      for (Measurement measurement : report.measurements()) {
        Optional<Instant> outcome = measurement.achievedAt().or(measurement::breachedAt);
        if (outcome.isEmpty() && measurement.state() == MeasurementState.CANCELLED) {
          outcome = measurement.stoppedAt();
        }
        if (outcome.isEmpty() || outcome.get().isBefore(from) || !outcome.get().isBefore(to)) {
          continue;
        }
        TicketState state = timeline.stateAt(outcome.get());
        ComplianceKey key =
            new ComplianceKey(
                Optional.of(measurement.policy()),
                Optional.of(measurement.metric()),
                Optional.of(state.priority()),
                Optional.of(timeline.created().channel()),
                state.teamId(),
                state.agentId());
        tallies.computeIfAbsent(key, k -> new ComplianceSummary.Tally()).add(measurement);
      }
      return this;
    }

    /** Returns the compliance of the reports added so far. */
    public SlaCompliance build() {
      Map<ComplianceKey, ComplianceSummary> summaries = new LinkedHashMap<>();
      tallies.forEach((key, tally) -> summaries.put(key, tally.toSummary()));
      return new SlaCompliance(from, to, ImmutableMap.copyOf(summaries));
    }
  }
}
