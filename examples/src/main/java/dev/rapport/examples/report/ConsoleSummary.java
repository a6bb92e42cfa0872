package dev.rapport.examples.report;

import dev.rapport.core.Channel;
import dev.rapport.core.Priority;
import dev.rapport.examples.desk.DeskResults;
import dev.rapport.examples.desk.LoyaltyTotals;
import dev.rapport.examples.desk.ReferralFunnel;
import dev.rapport.examples.desk.SurveyTotals;
import dev.rapport.examples.desk.TicketTotals;
import dev.rapport.sla.ComplianceSummary;
import dev.rapport.sla.SlaMetric;
import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The compact console summary of a simulated period: tickets, SLA compliance by priority, team,
 * metric and week, warnings and breaches, the points flow, the referral funnel, NPS and CSAT with
 * 95% intervals by channel, and the significant week-over-week changes. Stateless and thread-safe.
 */
public final class ConsoleSummary {
  private ConsoleSummary() {}

  /** Prints the summary of {@code results} to {@code out}. */
  public static void print(DeskResults results, PrintStream out) {
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(out, "out");
    Insights insights = new Insights(results);
    TicketTotals tickets = results.tickets();
    out.printf(
        "%nRapport support desk: %s from %s, %s tickets a day on average, seed %d%n",
        Fmt.days(results.config().days()),
        results.config().start(),
        Fmt.count(results.config().ticketsPerDay()),
        results.config().seed());
    StringJoiner teams = new StringJoiner(", ");
    tickets.agents().forEach((team, count) -> teams.add(team + " " + count));
    out.println("Agents: " + teams);
    out.printf(
        "Tickets: %s created, %s solved, %s reopened, %s closed, %s still open at the end%n",
        Fmt.count(tickets.created()),
        Fmt.count(tickets.solved()),
        Fmt.count(tickets.reopened()),
        Fmt.count(tickets.closed()),
        Fmt.count(tickets.openAtEnd()));

    out.println();
    out.println(
        "SLA compliance (achieved of measured)   all: "
            + Insights.compliance(results.compliance().total()));
    for (Map.Entry<Priority, ComplianceSummary> e : insights.byPriority.entrySet()) {
      out.printf("  %-22s %s%n", Insights.label(e.getKey()), Insights.compliance(e.getValue()));
    }
    for (Map.Entry<String, ComplianceSummary> e : insights.byTeam.entrySet()) {
      out.printf("  %-22s %s%n", e.getKey(), Insights.compliance(e.getValue()));
    }
    for (Map.Entry<SlaMetric, ComplianceSummary> e : insights.byMetric.entrySet()) {
      out.printf("  %-22s %s%n", Insights.label(e.getKey()), Insights.compliance(e.getValue()));
    }
    StringJoiner weeks = new StringJoiner("  ");
    for (int w = 0; w < insights.weeklyTotal.size(); w++) {
      weeks.add(
          insights.weekLabels.get(w)
              + " "
              + Fmt.percent(insights.weeklyTotal.get(w).achievedShare()));
    }
    out.println("  by week: " + weeks);
    StringJoiner alerts = new StringJoiner(", ");
    results
        .alerts()
        .byThreshold()
        .forEach(
            (threshold, count) ->
                alerts.add(
                    Fmt.count(count)
                        + (threshold.equals("breach") ? " breaches" : " at " + threshold)));
    out.println(
        "Breach schedule alerts: " + (results.alerts().byThreshold().isEmpty() ? "none" : alerts));
    StringJoiner levels = new StringJoiner(", ");
    results
        .escalations()
        .byLevel()
        .keySet()
        .forEach(
            level -> levels.add(level + ": " + Fmt.count(results.escalations().atLevel(level))));
    out.println(
        "Escalations: "
            + levels
            + "; priority raised on "
            + Fmt.count(results.escalations().priorityRaised())
            + " tickets");

    LoyaltyTotals points = results.loyalty();
    out.println();
    out.printf(
        "Loyalty points (%s members, %s orders, %s refunds)%n",
        Fmt.count(points.members()), Fmt.count(points.orders()), Fmt.count(points.refunds()));
    out.printf(
        "  opening %s + earned %s + referral rewards %s + goodwill %s%n",
        Fmt.count(points.opening()),
        Fmt.count(points.earned()),
        Fmt.count(points.referralBonus()),
        Fmt.count(points.goodwill()));
    out.printf(
        "  - redeemed %s - expired %s - clawed back %s = closing %s (the sum of all balances)%n",
        Fmt.count(points.redeemed()),
        Fmt.count(points.expired()),
        Fmt.count(points.clawedBack()),
        Fmt.count(points.closing()));
    StringJoiner tiers = new StringJoiner(", ");
    points.membersByTier().forEach((tier, count) -> tiers.add(tier + " " + Fmt.count(count)));
    out.printf(
        "  tiers at the end: %s; %s upgrades, %s downgrades at a monthly review%n",
        tiers, Fmt.count(points.upgrades()), Fmt.count(points.downgrades()));
    ReferralFunnel funnel = points.referrals();
    out.printf(
        "Referrals: %s codes used > %s passed fraud checks > %s qualified > %s rewarded > %s kept"
            + " (%s pending)%n",
        Fmt.count(funnel.codesUsed()),
        Fmt.count(funnel.passedChecks()),
        Fmt.count(funnel.qualified()),
        Fmt.count(funnel.rewarded()),
        Fmt.count(funnel.kept()),
        Fmt.count(funnel.pending()));
    StringJoiner reasons = new StringJoiner(", ");
    funnel.rejectedByReason().forEach((code, count) -> reasons.add(code + " " + count));
    out.println("  rejected: " + (funnel.rejectedByReason().isEmpty() ? "none" : reasons));

    SurveyTotals surveys = results.surveys();
    out.println();
    out.printf(
        "Feedback: %s surveys sent (%s held back by the throttle's gap, %s outside its sample),"
            + " %s answered; %s detractor follow-ups, %s on time%n",
        Fmt.count(surveys.sent()),
        Fmt.count(surveys.throttled()),
        Fmt.count(surveys.notSampled()),
        Fmt.count(surveys.answered()),
        Fmt.count(surveys.followUps()),
        Fmt.count(surveys.followUpsOnTime()));
    out.printf(
        "  %-10s NPS %-18s CSAT %s   (95%% intervals)%n",
        "all", Insights.nps(insights.npsTotal), Insights.csat(insights.csatTotal));
    for (Channel channel : insights.channels) {
      if (insights.npsByChannel.containsKey(channel)) {
        out.printf(
            "  %-10s NPS %-18s CSAT %s   n=%s%n",
            Insights.label(channel),
            Insights.nps(insights.npsByChannel.get(channel)),
            Insights.csat(insights.csatByChannel.get(channel)),
            Fmt.count(insights.npsByChannel.get(channel).count()));
      }
    }

    out.println();
    if (insights.changes.isEmpty()) {
      out.println("No significant week-over-week change (95%).");
    } else {
      out.println("Significant week-over-week changes (95%):");
      for (Insights.Change change : insights.changes) {
        out.printf(
            "  %-22s %s -> %s: %s -> %s (%s, %s)%n",
            change.what(),
            insights.weekLabels.get(change.fromWeek()),
            insights.weekLabels.get(change.toWeek()),
            change.before(),
            change.after(),
            change.delta(),
            Fmt.pValue(change.pValue()));
      }
    }
  }
}
