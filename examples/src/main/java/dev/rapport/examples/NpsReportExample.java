package dev.rapport.examples;

import dev.rapport.core.Channel;
import dev.rapport.core.CustomerId;
import dev.rapport.feedback.Bucket;
import dev.rapport.feedback.CubeSpec;
import dev.rapport.feedback.FeedbackCube;
import dev.rapport.feedback.Granularity;
import dev.rapport.feedback.NpsIntervalMethod;
import dev.rapport.feedback.NpsSummary;
import dev.rapport.feedback.ResponseId;
import dev.rapport.feedback.Rounding;
import dev.rapport.feedback.SurveyResponse;
import dev.rapport.feedback.SurveyScale;
import dev.rapport.feedback.Trend;
import dev.rapport.feedback.stats.Comparison;
import dev.rapport.feedback.stats.Interval;
import dev.rapport.feedback.text.SentimentScorer;
import dev.rapport.feedback.text.ThemeDictionary;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;

/**
 * An NPS report by channel and ISO week (Europe/Berlin) over eight weeks of simulated survey
 * answers: each week's score with its 95% interval and sample size, and each week-over-week change
 * with its p-value, flagged only when it is significant. The simulated chat desk gets worse from
 * week 5 (a staffing cut), phone improves slowly, email stays flat: the report should flag chat's
 * drop and few or none of the wobbles. A theme count of the detractors' comments follows.
 */
public final class NpsReportExample {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Instant START = Instant.parse("2026-09-07T00:00:00Z"); // Monday, week 37
  private static final double CONFIDENCE = 0.95;
  private static final List<String> PRAISE =
      List.of(
          "Quick and friendly, thank you!", "Great help, problem solved.", "Very patient agent.");
  private static final List<String> COMPLAINTS =
      List.of(
          "Waited 40 minutes on hold.",
          "The refund still has not arrived.",
          "Agent was rude and did not fix it.",
          "Chat closed before I got an answer, slow and useless.");

  private NpsReportExample() {}

  /**
   * Prints the report.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    List<SurveyResponse> responses = simulate(new SplittableRandom(20261130L));
    CubeSpec<String, NpsSummary> spec =
        CubeSpec.nps(r -> r.attribute("region").orElse("unknown"), BERLIN, Granularity.ISO_WEEK)
            .build();
    FeedbackCube<String, NpsSummary> cube = FeedbackCube.of(spec, responses);

    out.printf(
        Locale.ROOT,
        "NPS by channel and ISO week (Europe/Berlin), %d answers, 95%% adjusted-Wald intervals%n",
        cube.total().count());
    NpsSummary total = cube.total();
    out.printf(
        Locale.ROOT,
        "Overall NPS %d, margin +-%s points, promoters/passives/detractors %s%%%n",
        total.displayScore().getAsLong(),
        Rounding.halfUp(total.marginOfError(CONFIDENCE).getAsDouble(), 1),
        total.displayPercentages().orElseThrow());
    for (Channel channel : List.of(Channel.CHAT, Channel.EMAIL, Channel.PHONE)) {
      SortedMap<Bucket, NpsSummary> series = cube.series(cell -> cell.channel() == channel);
      out.printf(Locale.ROOT, "%n%s%n", channel);
      out.printf(
          Locale.ROOT, "  %-9s %5s %5s %16s   %s%n", "week", "n", "NPS", "95% interval", "change");
      Map<Bucket, Trend.Step<NpsSummary>> steps = new java.util.HashMap<>();
      for (Trend.Step<NpsSummary> step : Trend.ofNps(series, CONFIDENCE)) {
        steps.put(step.to(), step);
      }
      for (Map.Entry<Bucket, NpsSummary> week : series.entrySet()) {
        NpsSummary s = week.getValue();
        Interval interval = s.interval(NpsIntervalMethod.ADJUSTED_WALD, CONFIDENCE).orElseThrow();
        Trend.Step<NpsSummary> step = steps.get(week.getKey());
        out.printf(
            Locale.ROOT,
            "  %-9s %5d %5d %16s   %s%n",
            week.getKey(),
            s.count(),
            s.displayScore().getAsLong(),
            "["
                + Rounding.halfUp(interval.lower())
                + ", "
                + Rounding.halfUp(interval.upper())
                + "]",
            step == null ? "" : describe(step.change()));
      }
    }

    List<String> detractorComments = new ArrayList<>();
    for (SurveyResponse r : responses) {
      if (r.npsCategory().map(c -> c.name().equals("DETRACTOR")).orElse(false)) {
        r.comment().ifPresent(detractorComments::add);
      }
    }
    out.printf(
        Locale.ROOT,
        "%nDetractor comments by theme: %s%n",
        ThemeDictionary.support().count(detractorComments));
    SentimentScorer scorer = SentimentScorer.english();
    long negative =
        detractorComments.stream()
            .filter(
                c -> scorer.score(c).label() == dev.rapport.feedback.text.Sentiment.Label.NEGATIVE)
            .count();
    out.printf(
        Locale.ROOT,
        "Negative sentiment in %d of %d detractor comments%n",
        negative,
        detractorComments.size());
  }

  private static String describe(Comparison change) {
    String p =
        change.pValue() < 0.001
            ? "p < 0.001"
            : String.format(Locale.ROOT, "p = %.3f", change.pValue());
    String text = String.format(Locale.ROOT, "%+6.1f points (%s)", change.difference(), p);
    switch (change.change()) {
      case INCREASE:
        return text + "  ** significant rise";
      case DECREASE:
        return text + "  ** significant drop";
      default:
        return text;
    }
  }

  /** Eight weeks of answers on three channels, the chat desk getting worse from week 5. */
  private static List<SurveyResponse> simulate(SplittableRandom random) {
    List<SurveyResponse> responses = new ArrayList<>();
    String[] regions = {"EMEA", "AMER", "APAC"};
    int id = 0;
    for (int week = 0; week < 8; week++) {
      for (Channel channel : List.of(Channel.CHAT, Channel.EMAIL, Channel.PHONE)) {
        double promoter;
        double detractor;
        if (channel == Channel.CHAT) {
          promoter = week < 4 ? 0.55 : 0.35;
          detractor = week < 4 ? 0.15 : 0.35;
        } else if (channel == Channel.PHONE) {
          promoter = 0.40 + 0.02 * week;
          detractor = 0.25 - 0.01 * week;
        } else {
          promoter = 0.45;
          detractor = 0.20;
        }
        int answers = 150 + random.nextInt(100);
        for (int i = 0; i < answers; i++) {
          // Within the Berlin week: Monday 00:00 UTC is already Monday in Berlin, and the week
          // ends 21 hours before the next Monday 00:00 UTC, well clear of it.
          Instant at =
              START
                  .plus(Duration.ofDays(7L * week))
                  .plusSeconds(random.nextLong(7 * 86400 - 75_600));
          double u = random.nextDouble();
          int value =
              u < promoter
                  ? 9 + random.nextInt(2)
                  : u < promoter + detractor ? random.nextInt(7) : 7 + random.nextInt(2);
          SurveyResponse.Builder builder =
              SurveyResponse.builder(
                      ResponseId.of("R-" + (++id)),
                      SurveyScale.nps(),
                      CustomerId.of("C-" + random.nextInt(5000)),
                      channel,
                      at)
                  .attribute("region", regions[random.nextInt(regions.length)]);
          if (random.nextInt(20) == 0) {
            builder.skipped();
          } else {
            builder.answered(value);
            if (random.nextInt(3) == 0) {
              List<String> pool = value >= 9 ? PRAISE : value <= 6 ? COMPLAINTS : PRAISE;
              builder.comment(pool.get(random.nextInt(pool.size())));
            }
          }
          responses.add(builder.build());
        }
      }
    }
    return responses;
  }
}
