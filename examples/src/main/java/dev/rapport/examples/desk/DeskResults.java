package dev.rapport.examples.desk;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.rapport.core.TeamId;
import dev.rapport.sla.SlaCompliance;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a simulated period produced, as the engines summarised it: what the console summary
 * and the HTML report show. Immutable and thread-safe.
 *
 * @param config the configuration simulated
 * @param tickets the tickets and agents
 * @param compliance SLA compliance of the measurements whose outcome fell in the period
 * @param weeklyCompliance the same per week (the last week may be shorter); they merge into {@code
 *     compliance}
 * @param teams each team's label, by id
 * @param policies the SLA policies, one line each: name, condition and targets
 * @param alerts warnings and breaches from the breach schedule
 * @param escalations the escalation steps fired
 * @param loyalty points flows and the referral funnel
 * @param surveys surveys, follow-ups and the NPS and CSAT answers
 */
public record DeskResults(
    DeskConfig config,
    TicketTotals tickets,
    SlaCompliance compliance,
    List<SlaCompliance> weeklyCompliance,
    Map<TeamId, String> teams,
    List<String> policies,
    AlertTotals alerts,
    EscalationTotals escalations,
    LoyaltyTotals loyalty,
    SurveyTotals surveys) {

  /** Checks the parts and copies the collections. */
  public DeskResults {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(tickets, "tickets");
    Objects.requireNonNull(compliance, "compliance");
    weeklyCompliance = ImmutableList.copyOf(weeklyCompliance);
    teams = ImmutableMap.copyOf(teams);
    policies = ImmutableList.copyOf(policies);
    Objects.requireNonNull(alerts, "alerts");
    Objects.requireNonNull(escalations, "escalations");
    Objects.requireNonNull(loyalty, "loyalty");
    Objects.requireNonNull(surveys, "surveys");
  }

  /** Returns the number of weeks of the period, the last one possibly shorter. */
  public int weeks() {
    return weeklyCompliance.size();
  }
}
