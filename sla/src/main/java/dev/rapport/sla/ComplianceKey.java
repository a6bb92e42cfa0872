package dev.rapport.sla;

import dev.rapport.core.AgentId;
import dev.rapport.core.Channel;
import dev.rapport.core.Priority;
import dev.rapport.core.TeamId;
import java.util.Objects;
import java.util.Optional;

/**
 * The group a {@link ComplianceSummary} of an {@link SlaCompliance} belongs to. In {@link
 * SlaCompliance#summaries()} every component is filled in (team and agent are empty for a ticket
 * without one); in {@link SlaCompliance#by} only the dimensions asked for are, and an empty
 * component of another dimension means "all". Immutable and thread-safe.
 *
 * @param policy the policy's name
 * @param metric the metric
 * @param priority the ticket's priority at the outcome
 * @param channel the ticket's channel
 * @param team the ticket's team at the outcome
 * @param agent the ticket's agent at the outcome
 */
public record ComplianceKey(
    Optional<String> policy,
    Optional<SlaMetric> metric,
    Optional<Priority> priority,
    Optional<Channel> channel,
    Optional<TeamId> team,
    Optional<AgentId> agent) {

  /** Checks that every component is present (as an {@code Optional}). */
  public ComplianceKey {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(agent, "agent");
  }

  /** Returns this key with only the components of {@code dimensions} kept. */
  ComplianceKey keep(boolean[] dimensions) {
    return new ComplianceKey(
        dimensions[ComplianceDimension.POLICY.ordinal()] ? policy : Optional.empty(),
        dimensions[ComplianceDimension.METRIC.ordinal()] ? metric : Optional.empty(),
        dimensions[ComplianceDimension.PRIORITY.ordinal()] ? priority : Optional.empty(),
        dimensions[ComplianceDimension.CHANNEL.ordinal()] ? channel : Optional.empty(),
        dimensions[ComplianceDimension.TEAM.ordinal()] ? team : Optional.empty(),
        dimensions[ComplianceDimension.AGENT.ordinal()] ? agent : Optional.empty());
  }
}
