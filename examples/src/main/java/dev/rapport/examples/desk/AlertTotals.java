package dev.rapport.examples.desk;

import com.google.common.collect.ImmutableMap;
import dev.rapport.sla.SlaMetric;
import java.util.Map;

/**
 * The SLA warnings and breaches the breach schedule handed out during the period. Immutable and
 * thread-safe.
 *
 * @param byThreshold alerts by threshold: {@code "50%"}, {@code "75%"}, {@code "90%"} of a target
 *     used up, and {@code "breach"}
 * @param breachesByMetric breaches by SLA metric
 * @param byTeam alerts by team label, then by threshold
 */
public record AlertTotals(
    Map<String, Long> byThreshold,
    Map<SlaMetric, Long> breachesByMetric,
    Map<String, Map<String, Long>> byTeam) {

  /** Copies the maps. */
  public AlertTotals {
    byThreshold = ImmutableMap.copyOf(byThreshold);
    breachesByMetric = ImmutableMap.copyOf(breachesByMetric);
    ImmutableMap.Builder<String, Map<String, Long>> teams = ImmutableMap.builder();
    byTeam.forEach((team, counts) -> teams.put(team, ImmutableMap.copyOf(counts)));
    byTeam = teams.build();
  }
}
