package dev.rapport.examples.report;

import dev.rapport.core.Channel;
import dev.rapport.core.Priority;
import dev.rapport.core.TeamId;
import dev.rapport.examples.desk.DeskResults;
import dev.rapport.feedback.Bucket;
import dev.rapport.feedback.CsatSummary;
import dev.rapport.feedback.NpsIntervalMethod;
import dev.rapport.feedback.NpsSummary;
import dev.rapport.feedback.Trend;
import dev.rapport.feedback.stats.Comparison;
import dev.rapport.feedback.stats.Interval;
import dev.rapport.feedback.stats.ProportionMethod;
import dev.rapport.sla.ComplianceDimension;
import dev.rapport.sla.ComplianceKey;
import dev.rapport.sla.ComplianceSummary;
import dev.rapport.sla.SlaCompliance;
import dev.rapport.sla.SlaMetric;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the console summary and the HTML report both show, computed once from the results with the
 * engines' own statistics: compliance by priority, team, metric and week; NPS and CSAT with 95%
 * intervals by channel and week; and the week-over-week changes that are significant at 95%.
 * Immutable after construction.
 */
final class Insights {
  static final double CONFIDENCE = 0.95;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ROOT);

  /** A significant change from one week to the next. */
  record Change(
      String what,
      int fromWeek,
      int toWeek,
      String before,
      String after,
      String delta,
      double pValue,
      boolean up) {}

  final DeskResults results;
  final List<String> weekLabels = new ArrayList<>();
  final Map<Priority, ComplianceSummary> byPriority = new EnumMap<>(Priority.class);
  final Map<String, ComplianceSummary> byTeam = new LinkedHashMap<>();
  final Map<SlaMetric, ComplianceSummary> byMetric = new EnumMap<>(SlaMetric.class);
  final List<Map<Priority, ComplianceSummary>> weeklyByPriority = new ArrayList<>();
  final List<ComplianceSummary> weeklyTotal = new ArrayList<>();
  final List<Channel> channels = new ArrayList<>();
  final Map<Channel, NpsSummary> npsByChannel = new EnumMap<>(Channel.class);
  final Map<Channel, CsatSummary> csatByChannel = new EnumMap<>(Channel.class);
  final Map<Channel, List<NpsSummary>> npsWeekly = new EnumMap<>(Channel.class);
  final List<NpsSummary> npsWeeklyTotal;
  final NpsSummary npsTotal;
  final CsatSummary csatTotal;
  final List<Change> changes = new ArrayList<>();

  Insights(DeskResults results) {
    this.results = results;
    LocalDate start = results.config().start();
    for (int w = 0; w < results.weeks(); w++) {
      LocalDate from = start.plusDays(7L * w);
      long days = Math.min(7, results.config().days() - 7L * w);
      weekLabels.add(
          "W" + (w + 1) + " " + DAY.format(from) + (days < 7 ? " (" + days + " d)" : ""));
    }
    SlaCompliance compliance = results.compliance();
    compliance
        .by(ComplianceDimension.PRIORITY)
        .forEach((key, summary) -> byPriority.put(key.priority().orElseThrow(), summary));
    Map<TeamId, ComplianceSummary> teams = new LinkedHashMap<>();
    compliance
        .by(ComplianceDimension.TEAM)
        .forEach((key, summary) -> key.team().ifPresent(team -> teams.put(team, summary)));
    results
        .teams()
        .forEach(
            (id, label) -> byTeam.put(label, teams.getOrDefault(id, ComplianceSummary.empty())));
    compliance
        .by(ComplianceDimension.METRIC)
        .forEach((key, summary) -> byMetric.put(key.metric().orElseThrow(), summary));
    for (SlaCompliance week : results.weeklyCompliance()) {
      Map<Priority, ComplianceSummary> map = new EnumMap<>(Priority.class);
      for (Map.Entry<ComplianceKey, ComplianceSummary> e :
          week.by(ComplianceDimension.PRIORITY).entrySet()) {
        map.put(e.getKey().priority().orElseThrow(), e.getValue());
      }
      weeklyByPriority.add(map);
      weeklyTotal.add(week.total());
    }
    for (Channel channel : Channel.values()) {
      if (results.tickets().byChannel().containsKey(channel)) {
        channels.add(channel);
      }
    }
    npsByChannel.putAll(results.surveys().nps().rollUp(key -> key.channel()));
    csatByChannel.putAll(results.surveys().csat().rollUp(key -> key.channel()));
    npsTotal = results.surveys().nps().total();
    csatTotal = results.surveys().csat().total();
    for (Channel channel : channels) {
      npsWeekly.put(channel, weekly(results.surveys().nps().series(k -> k.channel() == channel)));
    }
    npsWeeklyTotal = weekly(results.surveys().nps().series(k -> true));
    findChanges();
  }

  /** The series as one summary per week of the period, empty weeks as empty summaries. */
  private List<NpsSummary> weekly(SortedMap<Bucket, NpsSummary> series) {
    List<NpsSummary> list = new ArrayList<>();
    for (int w = 0; w < results.weeks(); w++) {
      list.add(NpsSummary.empty());
    }
    series.forEach(
        (bucket, summary) -> {
          int w = weekOf(bucket);
          if (w >= 0 && w < list.size()) {
            list.set(w, list.get(w).merge(summary));
          }
        });
    return list;
  }

  int weekOf(Bucket bucket) {
    return (int) (ChronoUnit.DAYS.between(results.config().start(), bucket.start()) / 7);
  }

  private void findChanges() {
    for (int w = 1; w < weeklyTotal.size(); w++) {
      ComplianceSummary a = weeklyTotal.get(w - 1);
      ComplianceSummary b = weeklyTotal.get(w);
      Optional<Comparison> c =
          Comparison.ofProportions(
              a.achieved(),
              a.achieved() + a.breached(),
              b.achieved(),
              b.achieved() + b.breached(),
              CONFIDENCE);
      if (c.isPresent() && c.get().isSignificant()) {
        changes.add(
            new Change(
                "SLA compliance",
                w - 1,
                w,
                Fmt.percent(a.achievedShare()),
                Fmt.percent(b.achievedShare()),
                Fmt.change(c.get().difference() * 100) + " pts",
                c.get().pValue(),
                c.get().difference() > 0));
      }
    }
    npsChanges("NPS, all channels", results.surveys().nps().series(k -> true));
    for (Channel channel : channels) {
      npsChanges(
          "NPS, " + label(channel), results.surveys().nps().series(k -> k.channel() == channel));
    }
    SortedMap<Bucket, CsatSummary> csat = new TreeMap<>(results.surveys().csat().series(k -> true));
    for (Trend.Step<CsatSummary> step : Trend.ofCsat(csat, CONFIDENCE)) {
      if (step.isSignificant()) {
        changes.add(
            new Change(
                "CSAT, all channels",
                weekOf(step.from()),
                weekOf(step.to()),
                Fmt.percent(step.before().satisfiedShare()),
                Fmt.percent(step.after().satisfiedShare()),
                Fmt.change(step.change().difference() * 100) + " pts",
                step.change().pValue(),
                step.change().difference() > 0));
      }
    }
  }

  private void npsChanges(String what, SortedMap<Bucket, NpsSummary> series) {
    for (Trend.Step<NpsSummary> step : Trend.ofNps(series, CONFIDENCE)) {
      if (step.isSignificant() && weekOf(step.to()) < results.weeks()) {
        changes.add(
            new Change(
                what,
                weekOf(step.from()),
                weekOf(step.to()),
                Fmt.points(step.before().score()),
                Fmt.points(step.after().score()),
                Fmt.change(step.change().difference()) + " pts",
                step.change().pValue(),
                step.change().difference() > 0));
      }
    }
  }

  static Optional<Interval> npsInterval(NpsSummary summary) {
    return summary.interval(NpsIntervalMethod.ADJUSTED_WALD, CONFIDENCE);
  }

  static Optional<Interval> csatInterval(CsatSummary summary) {
    return summary.satisfiedInterval(ProportionMethod.WILSON, CONFIDENCE);
  }

  static String label(Channel channel) {
    switch (channel) {
      case WEB_FORM:
        return "Web form";
      case SELF_SERVICE:
        return "Self-service";
      case IN_PERSON:
        return "In person";
      case SMS:
        return "SMS";
      default:
        String name = channel.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
  }

  static String label(Priority priority) {
    String name = priority.name();
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }

  static String label(SlaMetric metric) {
    switch (metric) {
      case FIRST_RESPONSE:
        return "First response";
      case NEXT_RESPONSE:
        return "Next response";
      case PERIODIC_UPDATE:
        return "Periodic update";
      case RESOLUTION:
        return "Resolution";
      default:
        return "Agent work time";
    }
  }

  /** {@code 93.4% (1,234 of 1,321)} of a compliance summary. */
  static String compliance(ComplianceSummary summary) {
    return Fmt.percent(summary.achievedShare())
        + " ("
        + Fmt.count(summary.achieved())
        + " of "
        + Fmt.count(summary.achieved() + summary.breached())
        + ")";
  }

  /** {@code +21 [+17, +25]} of an NPS summary. */
  static String nps(NpsSummary summary) {
    Optional<Interval> interval = npsInterval(summary);
    if (interval.isEmpty()) {
      return "n/a";
    }
    return Fmt.points(summary.score())
        + " ["
        + Fmt.points(interval.get().lower())
        + ", "
        + Fmt.points(interval.get().upper())
        + "]";
  }

  /** {@code 82.1% [80.3%, 83.8%]} of a CSAT summary. */
  static String csat(CsatSummary summary) {
    Optional<Interval> interval = csatInterval(summary);
    if (interval.isEmpty()) {
      return "n/a";
    }
    return Fmt.percent(summary.satisfiedShare())
        + " ["
        + Fmt.percent(interval.get().lower())
        + ", "
        + Fmt.percent(interval.get().upper())
        + "]";
  }
}
