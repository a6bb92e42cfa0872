package dev.rapport.examples.desk;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;

/**
 * The escalation steps the {@code EscalationEngine} fired during the period. Immutable and
 * thread-safe.
 *
 * @param byLevel steps by level label (in escalation order), then by team label
 * @param total all steps fired
 * @param priorityRaised steps whose action raised a ticket's priority
 * @param policies the escalation policies, one line each
 */
public record EscalationTotals(
    Map<String, Map<String, Long>> byLevel,
    long total,
    long priorityRaised,
    List<String> policies) {

  /** Copies the collections. */
  public EscalationTotals {
    ImmutableMap.Builder<String, Map<String, Long>> levels = ImmutableMap.builder();
    byLevel.forEach((level, teams) -> levels.put(level, ImmutableMap.copyOf(teams)));
    byLevel = levels.build();
    policies = ImmutableList.copyOf(policies);
  }

  /** Returns the steps fired at {@code level}, all teams together. */
  public long atLevel(String level) {
    return byLevel.getOrDefault(level, Map.of()).values().stream().mapToLong(Long::longValue).sum();
  }
}
