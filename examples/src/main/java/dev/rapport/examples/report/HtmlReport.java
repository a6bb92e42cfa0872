package dev.rapport.examples.report;

import dev.rapport.core.Channel;
import dev.rapport.core.Priority;
import dev.rapport.examples.desk.DeskResults;
import dev.rapport.examples.desk.EscalationTotals;
import dev.rapport.examples.desk.LoyaltyTotals;
import dev.rapport.examples.desk.ReferralFunnel;
import dev.rapport.examples.desk.SurveyTotals;
import dev.rapport.examples.desk.TicketTotals;
import dev.rapport.feedback.NpsSummary;
import dev.rapport.feedback.stats.Interval;
import dev.rapport.sla.ComplianceSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The HTML report of a simulated period: one self-contained file (inline CSS and SVG, system fonts,
 * no scripts, no external resources) that reads top to bottom: the headline numbers, SLA compliance
 * by week and priority, NPS by week with its 95% band per channel, breach-schedule alerts per level
 * and team, the loyalty points flow, the referral funnel, and the significant week-over-week
 * changes. The markup is XHTML-clean, so an XML parser reads it. Stateless and thread-safe.
 */
public final class HtmlReport {
  private static final String[] THRESHOLDS = {"50%", "75%", "90%", "breach"};

  private HtmlReport() {}

  /**
   * Writes the report of {@code results} to {@code file}, creating its folder, and returns the
   * file's absolute path.
   *
   * @throws IOException if the file cannot be written
   */
  public static Path write(DeskResults results, Path file) throws IOException {
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(file, "file");
    Path absolute = file.toAbsolutePath();
    if (absolute.getParent() != null) {
      Files.createDirectories(absolute.getParent());
    }
    Files.writeString(absolute, render(results), StandardCharsets.UTF_8);
    return absolute;
  }

  /** Returns the report of {@code results} as a string. */
  public static String render(DeskResults results) {
    Objects.requireNonNull(results, "results");
    Insights insights = new Insights(results);
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">")
        .append("<head><meta charset=\"utf-8\"/>")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
        .append("<title>Rapport demo: ")
        .append(Fmt.days(results.config().days()))
        .append(" at the support desk</title><style>")
        .append(CSS)
        .append("</style></head>")
        .append("<body><main>");
    header(html, insights);
    sla(html, insights);
    nps(html, insights);
    alerts(html, insights);
    points(html, insights);
    referrals(html, insights);
    changes(html, insights);
    footer(html, insights);
    return html.append("</main></body></html>\n").toString();
  }

  private static void header(StringBuilder html, Insights insights) {
    DeskResults r = insights.results;
    TicketTotals t = r.tickets();
    html.append("<header><p class=\"eyebrow\">Rapport demo report</p><h1>")
        .append(Fmt.days(r.config().days()))
        .append(" at the support desk</h1><p class=\"lede\">")
        .append("A simulated desk from ")
        .append(r.config().start())
        .append(": ")
        .append(Fmt.count(t.created()))
        .append(" tickets from customers in Europe and the ")
        .append("Americas, worked by an office team in Berlin, one in New York and a 24/7 chat")
        .append(" team (seed ")
        .append(r.config().seed())
        .append("). Every number below comes ")
        .append("from Rapport's engines: ticket timelines, SLA clocks on business calendars, ")
        .append("points ledgers, the referral engine and survey statistics.</p>");
    html.append("<div class=\"tiles\">");
    tile(
        html,
        "SLA compliance",
        Fmt.percent(r.compliance().total().achievedShare()),
        Fmt.count(r.compliance().total().breached()) + " breaches");
    tile(html, "NPS", Fmt.points(insights.npsTotal.score()), interval(insights.npsTotal) + " 95%");
    tile(html, "CSAT", Fmt.percent(insights.csatTotal.satisfiedShare()), "satisfied (4 or 5 of 5)");
    tile(html, "Tickets solved", Fmt.count(t.solved()), Fmt.count(t.reopened()) + " reopened");
    tile(
        html,
        "Points earned",
        Fmt.count(r.loyalty().earned()),
        Fmt.count(r.loyalty().expired()) + " expired");
    tile(
        html,
        "Referrals rewarded",
        Fmt.count(r.loyalty().referrals().rewarded()),
        "of " + Fmt.count(r.loyalty().referrals().codesUsed()) + " codes used");
    html.append("</div></header>");
  }

  private static void tile(StringBuilder html, String label, String value, String note) {
    html.append("<div class=\"tile\"><div class=\"label\">")
        .append(Svg.esc(label))
        .append("</div><div class=\"big\">")
        .append(Svg.esc(value))
        .append("</div><div class=\"note\">")
        .append(Svg.esc(note))
        .append("</div></div>");
  }

  private static String interval(NpsSummary summary) {
    Optional<Interval> interval = Insights.npsInterval(summary);
    return interval.isEmpty()
        ? "n/a"
        : "["
            + Fmt.points(interval.get().lower())
            + ", "
            + Fmt.points(interval.get().upper())
            + "]";
  }

  private static void section(StringBuilder html, String id, String title, String text) {
    html.append("<section id=\"")
        .append(id)
        .append("\"><h2>")
        .append(Svg.esc(title))
        .append("</h2><p class=\"explain\">")
        .append(Svg.esc(text))
        .append("</p>");
  }

  private static void sla(StringBuilder html, Insights insights) {
    section(
        html,
        "sla",
        "SLA compliance by week and priority",
        "The share of SLA measurements (first response, next response, resolution) that were met,"
            + " of those met or breached in each week. Office targets count business hours only:"
            + " nights, weekends and holidays such as Ascension Day and Whit Monday in Berlin or"
            + " Memorial Day in New York stop the clock, and the backlog after them shows."
            + " A measurement counts under the ticket's priority at its outcome, so tickets that an"
            + " escalation raised to High after a breach count as High.");
    List<Svg.Line> lines = new ArrayList<>();
    double low = 100;
    int colour = 0;
    for (Priority priority : Priority.values()) {
      List<OptionalDouble> values = new ArrayList<>();
      for (Map<Priority, ComplianceSummary> week : insights.weeklyByPriority) {
        OptionalDouble share =
            week.getOrDefault(priority, ComplianceSummary.empty()).achievedShare();
        values.add(
            share.isPresent()
                ? OptionalDouble.of(share.getAsDouble() * 100)
                : OptionalDouble.empty());
        if (share.isPresent()) {
          low = Math.min(low, share.getAsDouble() * 100);
        }
      }
      lines.add(
          new Svg.Line(Insights.label(priority), values, null, null, Svg.COLOURS[colour++], false));
    }
    List<OptionalDouble> total = new ArrayList<>();
    for (ComplianceSummary week : insights.weeklyTotal) {
      OptionalDouble share = week.achievedShare();
      total.add(
          share.isPresent()
              ? OptionalDouble.of(share.getAsDouble() * 100)
              : OptionalDouble.empty());
    }
    lines.add(new Svg.Line("All priorities", total, null, null, Svg.COLOURS[7], true));
    double min = Math.max(0, Math.floor((low - 2) / 5) * 5);
    html.append(
        Svg.lineChart(
            "SLA compliance by week and priority",
            insights.weekLabels,
            lines,
            min,
            100,
            5,
            "%.0f%%",
            300));
    html.append("<div class=\"columns\">");
    table(html, "By team", insights.byTeam);
    Map<String, ComplianceSummary> metrics = new java.util.LinkedHashMap<>();
    insights.byMetric.forEach((metric, summary) -> metrics.put(Insights.label(metric), summary));
    table(html, "By metric", metrics);
    html.append("</div></section>");
  }

  private static void table(StringBuilder html, String title, Map<String, ComplianceSummary> rows) {
    html.append("<table><thead><tr><th>")
        .append(Svg.esc(title))
        .append("</th><th class=\"num\">met</th><th class=\"num\">breached</th>")
        .append(
            "<th class=\"num\">compliance</th><th class=\"num\">p90 time</th></tr></thead><tbody>");
    rows.forEach(
        (name, s) ->
            html.append("<tr><td>")
                .append(Svg.esc(name))
                .append("</td><td class=\"num\">")
                .append(Fmt.count(s.achieved()))
                .append("</td><td class=\"num\">")
                .append(Fmt.count(s.breached()))
                .append("</td><td class=\"num\">")
                .append(Fmt.percent(s.achievedShare()))
                .append("</td><td class=\"num\">")
                .append(s.responseTimes().percentile(90).map(HtmlReport::duration).orElse("n/a"))
                .append("</td></tr>"));
    html.append("</tbody></table>");
  }

  private static String duration(java.time.Duration d) {
    long minutes = d.toMinutes();
    if (minutes < 60) {
      return minutes + " min";
    }
    return String.format(Locale.ROOT, "%.1f h", minutes / 60.0);
  }

  private static void nps(StringBuilder html, Insights insights) {
    section(
        html,
        "nps",
        "NPS by week, with its 95% confidence band, per channel",
        "Net Promoter Score of the answers received each week (promoters minus detractors, in"
            + " points). The shaded band is the 95% interval (adjusted Wald): a narrow band is a"
            + " number to trust, a wide one is a small sample. A breached SLA, a reopen or a slow"
            + " resolution lowers the odds that a customer is a promoter.");
    html.append("<div class=\"grid\">");
    List<Svg.Line> all = List.of(npsLine("All channels", insights.npsWeeklyTotal, Svg.COLOURS[7]));
    html.append("<figure><figcaption>All channels: ")
        .append(Svg.esc(Insights.nps(insights.npsTotal)))
        .append("</figcaption>")
        .append(
            Svg.lineChart(
                "NPS by week, all channels",
                shortLabels(insights),
                all,
                -40,
                80,
                20,
                "%+.0f",
                Svg.SMALL,
                220,
                false))
        .append("</figure>");
    int colour = 0;
    for (Channel channel : insights.channels) {
      List<NpsSummary> weeks = insights.npsWeekly.get(channel);
      NpsSummary total = insights.npsByChannel.getOrDefault(channel, NpsSummary.empty());
      html.append("<figure><figcaption>")
          .append(Svg.esc(Insights.label(channel)))
          .append(": ")
          .append(Svg.esc(Insights.nps(total)))
          .append(", n=")
          .append(Fmt.count(total.count()))
          .append("</figcaption>")
          .append(
              Svg.lineChart(
                  "NPS by week, " + Insights.label(channel),
                  shortLabels(insights),
                  List.of(npsLine(Insights.label(channel), weeks, Svg.COLOURS[colour++ % 7])),
                  -40,
                  80,
                  20,
                  "%+.0f",
                  Svg.SMALL,
                  220,
                  false))
          .append("</figure>");
    }
    html.append("</div>");
    SurveyTotals s = insights.results.surveys();
    html.append("<p class=\"small\">")
        .append(Fmt.count(s.sent()))
        .append(" surveys sent after ")
        .append("resolution; ")
        .append(Fmt.count(s.throttled()))
        .append(" held back because the")
        .append(" customer had one in the last 14 days, ")
        .append(Fmt.count(s.notSampled()))
        .append(" outside the 85% sample; ")
        .append(Fmt.count(s.answered()))
        .append(" answered.")
        .append(" CSAT (satisfied share) by channel: ");
    List<String> csat = new ArrayList<>();
    for (Channel channel : insights.channels) {
      if (insights.csatByChannel.containsKey(channel)) {
        csat.add(
            Insights.label(channel) + " " + Insights.csat(insights.csatByChannel.get(channel)));
      }
    }
    html.append(Svg.esc(String.join("; ", csat)))
        .append(". ")
        .append(Fmt.count(s.followUps()))
        .append(" detractors got a follow-up task due within 8 business hours; ")
        .append(Fmt.count(s.followUpsOnTime()))
        .append(" were done in time, and ")
        .append(Fmt.count(s.goodwillCredits()))
        .append(" loyalty members among them got ")
        .append("goodwill points.</p></section>");
  }

  /** {@code W1}, {@code W2}, ...: week labels short enough for small charts. */
  private static List<String> shortLabels(Insights insights) {
    List<String> labels = new ArrayList<>();
    for (int w = 0; w < insights.weekLabels.size(); w++) {
      labels.add("W" + (w + 1));
    }
    return labels;
  }

  private static Svg.Line npsLine(String name, List<NpsSummary> weeks, String colour) {
    List<OptionalDouble> values = new ArrayList<>();
    List<OptionalDouble> lows = new ArrayList<>();
    List<OptionalDouble> highs = new ArrayList<>();
    for (NpsSummary week : weeks) {
      values.add(week.score());
      Optional<Interval> interval = Insights.npsInterval(week);
      lows.add(
          interval.isPresent()
              ? OptionalDouble.of(interval.get().lower())
              : OptionalDouble.empty());
      highs.add(
          interval.isPresent()
              ? OptionalDouble.of(interval.get().upper())
              : OptionalDouble.empty());
    }
    return new Svg.Line(name, values, lows, highs, colour, true);
  }

  private static void alerts(StringBuilder html, Insights insights) {
    EscalationTotals escalations = insights.results.escalations();
    section(
        html,
        "escalations",
        "Escalations per level, and the warnings that drove them",
        "The BreachSchedule keeps the next SLA deadline of every open ticket in time order and"
            + " wakes the ticket when it falls due; the EscalationEngine then fires the chain's"
            + " steps that are due, each exactly once. At 75% of the first-response target the"
            + " team's queue lead is told; at the breach the team manager, and the ticket's"
            + " priority is raised; if it is still unanswered later, the duty manager on call. A"
            + " reply stops the chain.");
    List<String> teamLabels = new ArrayList<>(insights.results.teams().values());
    List<Svg.Bars> byTeam = new ArrayList<>();
    for (int t = 0; t < teamLabels.size(); t++) {
      String team = teamLabels.get(t);
      List<Long> values = new ArrayList<>();
      for (String level : escalations.byLevel().keySet()) {
        values.add(escalations.byLevel().get(level).getOrDefault(team, 0L));
      }
      byTeam.add(new Svg.Bars(team, values, Svg.COLOURS[t]));
    }
    html.append(
        Svg.groupedBars(
            "Escalation steps per level and team",
            new ArrayList<>(escalations.byLevel().keySet()),
            byTeam,
            300));
    html.append("<p class=\"small\">")
        .append(Fmt.count(escalations.total()))
        .append(" escalation steps fired; ")
        .append(Fmt.count(escalations.priorityRaised()))
        .append(
            " tickets had their priority raised, which made the SLA policy set choose their"
                + " targets again.</p><ul class=\"policies\">");
    for (String policy : escalations.policies()) {
      html.append("<li>").append(Svg.esc(policy)).append("</li>");
    }
    html.append("</ul><h3>Warnings and breaches from the breach schedule</h3>");
    List<String> teams = new ArrayList<>(insights.results.teams().values());
    List<Svg.Bars> series = new ArrayList<>();
    int colour = 0;
    for (String threshold : THRESHOLDS) {
      List<Long> values = new ArrayList<>();
      for (String team : teams) {
        values.add(
            insights
                .results
                .alerts()
                .byTeam()
                .getOrDefault(team, Map.of())
                .getOrDefault(threshold, 0L));
      }
      String name = threshold.equals("breach") ? "Breached" : threshold + " used";
      series.add(
          new Svg.Bars(
              name,
              values,
              colour == 3 ? Svg.COLOURS[3] : Svg.COLOURS[new int[] {5, 0, 1}[colour]]));
      colour++;
    }
    html.append(Svg.groupedBars("Breach schedule alerts by level and team", teams, series, 300));
    List<String> metrics = new ArrayList<>();
    insights
        .results
        .alerts()
        .breachesByMetric()
        .forEach((metric, count) -> metrics.add(Insights.label(metric) + " " + Fmt.count(count)));
    html.append("<p class=\"small\">Breaches by metric: ")
        .append(Svg.esc(metrics.isEmpty() ? "none" : String.join(", ", metrics)))
        .append(".</p></section>");
  }

  private static void points(StringBuilder html, Insights insights) {
    LoyaltyTotals p = insights.results.loyalty();
    section(
        html,
        "points",
        "Loyalty points flow by week",
        "Points into members' accounts (above the line) and out of them (below), summed from the"
            + " ledger entries of each week. Orders earn a point per euro (more in higher tiers),"
            + " available after a 14-day return"
            + " window; refunds claw back what the order earned; points expire 365 days after"
            + " they were earned.");
    List<String> weeks = insights.weekLabels;
    List<Svg.Bars> up =
        List.of(
            new Svg.Bars(
                "Earned on orders",
                p.weeks().stream().map(LoyaltyTotals.Flow::earned).toList(),
                Svg.COLOURS[2]),
            new Svg.Bars(
                "Referral rewards and goodwill",
                p.weeks().stream().map(LoyaltyTotals.Flow::bonus).toList(),
                Svg.COLOURS[5]));
    List<Svg.Bars> down =
        List.of(
            new Svg.Bars(
                "Redeemed",
                p.weeks().stream().map(LoyaltyTotals.Flow::redeemed).toList(),
                Svg.COLOURS[0]),
            new Svg.Bars(
                "Expired",
                p.weeks().stream().map(LoyaltyTotals.Flow::expired).toList(),
                Svg.COLOURS[1]),
            new Svg.Bars(
                "Clawed back",
                p.weeks().stream().map(LoyaltyTotals.Flow::clawedBack).toList(),
                Svg.COLOURS[3]));
    html.append(Svg.stackedBars("Loyalty points in and out by week", weeks, up, down, 340));
    html.append("<p class=\"equation\">")
        .append(Fmt.count(p.opening()))
        .append(" opening + ")
        .append(Fmt.count(p.earned()))
        .append(" earned + ")
        .append(Fmt.count(p.referralBonus()))
        .append(" referral rewards + ")
        .append(Fmt.count(p.goodwill()))
        .append(" goodwill &#8722; ")
        .append(Fmt.count(p.redeemed()))
        .append(" redeemed &#8722; ")
        .append(Fmt.count(p.expired()))
        .append(" expired &#8722; ")
        .append(Fmt.count(p.clawedBack()))
        .append(" clawed back = <strong>")
        .append(Fmt.count(p.closing()))
        .append("</strong>, the sum of ")
        .append(Fmt.count(p.members()))
        .append(
            " members' balances.</p><p class=\"small\">Tiers on points earned over a rolling"
                + " 12 months (Silver from 1,000 points earns 1.25 points per euro, Gold from 2,000"
                + " earns 1.5), reviewed monthly: ");
    List<String> tiers = new ArrayList<>();
    p.membersByTier().forEach((tier, count) -> tiers.add(Fmt.count(count) + " " + tier));
    html.append(Svg.esc(String.join(", ", tiers)))
        .append(" at the end; ")
        .append(Fmt.count(p.upgrades()))
        .append(" upgrades and ")
        .append(Fmt.count(p.downgrades()))
        .append(" downgrades in the period.</p></section>");
  }

  private static void referrals(StringBuilder html, Insights insights) {
    ReferralFunnel f = insights.results.loyalty().referrals();
    section(
        html,
        "referrals",
        "The referral funnel",
        "Each code used makes a referral. Fraud checks run at once (self-referral by device, email,"
            + " card or address, a referee who was already a customer, too many sign-ups from one"
            + " device) and again on the first order (the referrer's own card). The referee's first"
            + " order must reach 50 EUR; rewards (1,000 points to the referrer, 500 to the friend)"
            + " are paid 7 days later, and taken back if the order is refunded.");
    html.append(
        Svg.funnel(
            "Referral funnel",
            List.of(
                new Svg.Step("Codes used", f.codesUsed(), ""),
                new Svg.Step(
                    "Passed fraud checks",
                    f.passedChecks(),
                    share(f.passedChecks(), f.codesUsed())),
                new Svg.Step("Qualified", f.qualified(), share(f.qualified(), f.passedChecks())),
                new Svg.Step("Rewarded", f.rewarded(), share(f.rewarded(), f.qualified())),
                new Svg.Step("Kept (not reversed)", f.kept(), share(f.kept(), f.rewarded())))));
    html.append("<table class=\"narrow\"><thead><tr><th>Rejected because</th>")
        .append("<th class=\"num\">referrals</th></tr></thead><tbody>");
    f.rejectedByReason()
        .forEach(
            (code, count) ->
                html.append("<tr><td>")
                    .append(Svg.esc(code.replace('_', ' ')))
                    .append("</td><td class=\"num\">")
                    .append(Fmt.count(count))
                    .append("</td></tr>"));
    html.append("</tbody></table><p class=\"small\">")
        .append(Fmt.count(f.pending()))
        .append(" referrals were still waiting for a first order at the end.</p></section>");
  }

  private static String share(long part, long whole) {
    return whole == 0 ? "" : "(" + Fmt.percent((double) part / whole) + ")";
  }

  private static void changes(StringBuilder html, Insights insights) {
    section(
        html,
        "changes",
        "What changed significantly from one week to the next",
        "Week-over-week changes that a two-sided test finds significant at 95% (a two-proportion"
            + " z test for SLA compliance and CSAT, a z test on the NPS difference). Changes"
            + " within what chance explains are left out. Each line is its own test, not corrected"
            + " for the number of tests: with a dozen channels and weeks, expect the odd line to be"
            + " chance, and trust the changes that the all-channel figures show too.");
    if (insights.changes.isEmpty()) {
      html.append("<p>No week-over-week change was significant.</p>");
    } else {
      html.append("<table><thead><tr><th>Measure</th><th>From</th><th>To</th>")
          .append("<th class=\"num\">Before</th><th class=\"num\">After</th>")
          .append("<th class=\"num\">Change</th><th class=\"num\">p</th></tr></thead><tbody>");
      for (Insights.Change c : insights.changes) {
        html.append("<tr><td>")
            .append(Svg.esc(c.what()))
            .append("</td><td>")
            .append(Svg.esc(insights.weekLabels.get(c.fromWeek())))
            .append("</td><td>")
            .append(Svg.esc(insights.weekLabels.get(c.toWeek())))
            .append("</td><td class=\"num\">")
            .append(Svg.esc(c.before()))
            .append("</td><td class=\"num\">")
            .append(Svg.esc(c.after()))
            .append("</td><td class=\"num ")
            .append(c.up() ? "up" : "down")
            .append("\">")
            .append(c.up() ? "&#9650; " : "&#9660; ")
            .append(Svg.esc(c.delta()))
            .append("</td><td class=\"num\">")
            .append(Svg.esc(Fmt.pValue(c.pValue())))
            .append("</td></tr>");
      }
      html.append("</tbody></table>");
    }
    html.append("</section>");
  }

  private static void footer(StringBuilder html, Insights insights) {
    DeskResults r = insights.results;
    html.append("<footer><h2>How this was made</h2><p>Agents: ");
    List<String> agents = new ArrayList<>();
    r.tickets().agents().forEach((team, count) -> agents.add(team + " " + count));
    html.append(Svg.esc(String.join(", ", agents)))
        .append(". The chat team is reinforced from the fourth week; a payment incident on day ")
        .append(r.tickets().incidentDay() + 1)
        .append(" brings a burst of urgent tickets.</p>")
        .append("<p>SLA policies (first match wins):</p><ul class=\"policies\">");
    for (String policy : r.policies()) {
      html.append("<li><code>").append(Svg.esc(policy)).append("</code></li>");
    }
    html.append("</ul><p>Reproduce: <code>java -jar examples/target/rapport-demo.jar --days ")
        .append(r.config().days())
        .append(" --tickets-per-day ")
        .append(r.config().ticketsPerDay())
        .append(" --seed ")
        .append(r.config().seed())
        .append("</code>. The same seed gives the ")
        .append("same report.</p></footer>");
  }

  private static final String CSS =
      """
      :root{--ink:#1d2330;--muted:#5b6475;--line:#e3e6ec;--bg:#f6f7f9;--card:#fff}
      *{box-sizing:border-box}
      body{
        margin:0;
        background:var(--bg);
        color:var(--ink);
        font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;
      }
      main{max-width:1000px;margin:0 auto;padding:40px 24px 64px}
      header h1{font-size:2.2rem;line-height:1.15;margin:.2rem 0 .6rem}
      .eyebrow{
        text-transform:uppercase;
        letter-spacing:.08em;
        font-size:.78rem;
        color:var(--muted);
        margin:0;
      }
      .lede{font-size:1.08rem;color:#333b4a;max-width:46rem}
      .tiles{
        display:grid;
        grid-template-columns:repeat(auto-fit,minmax(150px,1fr));
        gap:12px;
        margin:24px 0 8px;
      }
      .tile{
        background:var(--card);
        border:1px solid var(--line);
        border-radius:10px;
        padding:14px 16px;
      }
      .tile .label{font-size:.8rem;color:var(--muted)}
      .tile .big{font-size:1.7rem;font-weight:650;font-variant-numeric:tabular-nums}
      .tile .note{font-size:.8rem;color:var(--muted)}
      section,footer{
        background:var(--card);
        border:1px solid var(--line);
        border-radius:12px;
        padding:22px 24px;
        margin-top:22px;
      }
      h2{font-size:1.25rem;margin:0 0 .3rem}
      h3{font-size:1rem;margin:20px 0 4px}
      .explain{color:#3e4657;margin:0 0 12px;max-width:52rem}
      .small{font-size:.88rem;color:var(--muted)}
      .chart{width:100%;height:auto;display:block}
      .chart text{font-family:inherit}
      .grid line.grid,.chart .grid{stroke:#e9ecf1;stroke-width:1}
      .chart .baseline{stroke:#9aa3b2;stroke-width:1}
      .chart .axis{font-size:12px;fill:#5b6475}
      .chart .legend{font-size:12.5px;fill:#1d2330}
      .chart .value{font-size:11px;fill:#333b4a}
      .chart .label{font-size:13px;fill:#1d2330}
      .chart .strong{font-weight:700}
      .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:8px 18px}
      figure{margin:0}
      figcaption{font-weight:600;font-size:.92rem;margin:8px 0 0}
      .columns{
        display:grid;
        grid-template-columns:repeat(auto-fit,minmax(300px,1fr));
        gap:18px;
        margin-top:12px;
      }
      table{border-collapse:collapse;width:100%;font-size:.9rem;margin-top:8px}
      table.narrow{max-width:420px}
      th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line)}
      th{font-weight:600;color:#3e4657}
      .num{text-align:right;font-variant-numeric:tabular-nums}
      .up{color:#1a7f4b}
      .down{color:#b3261e}
      .equation{
        font-variant-numeric:tabular-nums;
        background:#f3f6fb;
        border-radius:8px;
        padding:10px 14px;
      }
      code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.82rem}
      .policies{padding-left:1.2rem;font-size:.85rem}
      .policies li{margin:2px 0}
      """;
}
