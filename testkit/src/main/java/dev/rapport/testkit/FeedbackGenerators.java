package dev.rapport.testkit;

import dev.rapport.core.AgentId;
import dev.rapport.core.Channel;
import dev.rapport.core.CustomerId;
import dev.rapport.core.TicketId;
import dev.rapport.feedback.CsatSummary;
import dev.rapport.feedback.NpsSummary;
import dev.rapport.feedback.ResponseId;
import dev.rapport.feedback.SurveyResponse;
import dev.rapport.feedback.SurveyScale;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Generators of survey responses, scales and summaries for property tests, as plain {@code
 * Function<RandomGenerator, T>} values ({@link QtFeedbackGens} wraps them for QuickTheories).
 *
 * <p>Responses come from a pool of 50 customers, 4 agents and 4 regions, on every channel, at
 * instants from 2020 to 2030 (a tenth of them within an hour of a European or American DST change,
 * where bucketing goes wrong first); one in eight is skipped or dismissed. Values are uniform on
 * the scale. Each generator is a pure function of its random source. Thread-safe (stateless).
 */
public final class FeedbackGenerators {
  private static final Instant EARLIEST = Instant.parse("2020-01-01T00:00:00Z");
  private static final long RANGE_SECONDS =
      Duration.between(EARLIEST, Instant.parse("2030-01-01T00:00:00Z")).getSeconds();
  private static final List<Instant> DST_CHANGES =
      List.of(
          Instant.parse("2024-03-31T01:00:00Z"),
          Instant.parse("2024-10-27T01:00:00Z"),
          Instant.parse("2024-03-10T07:00:00Z"),
          Instant.parse("2024-11-03T06:00:00Z"));
  private static final List<AgentId> AGENTS =
      List.of(AgentId.of("ana"), AgentId.of("ben"), AgentId.of("chen"), AgentId.of("dara"));
  private static final List<String> REGIONS = List.of("EMEA", "AMER", "APAC", "LATAM");
  private static final List<String> COMMENTS =
      List.of(
          "Great service, thank you!",
          "Waited two hours on hold.",
          "The refund never arrived.",
          "Quick and friendly.",
          "It was fine.");
  private static final List<SurveyScale> SCALES =
      List.of(
          SurveyScale.nps(),
          SurveyScale.csat5(),
          SurveyScale.csat(7, 6),
          SurveyScale.csat(3, 3),
          SurveyScale.csatBinary(),
          SurveyScale.ces7(),
          SurveyScale.ces(5, 4),
          SurveyScale.stars());

  private FeedbackGenerators() {}

  /** Returns a generator of the scales Rapport knows (NPS, CSAT, CES and stars variants). */
  public static Function<RandomGenerator, SurveyScale> scales() {
    return random -> pick(Objects.requireNonNull(random, "random"), SCALES);
  }

  /** Returns a generator of NPS responses. */
  public static Function<RandomGenerator, SurveyResponse> npsResponses() {
    return responses(SurveyScale.nps());
  }

  /** Returns a generator of responses on {@code scale}. */
  public static Function<RandomGenerator, SurveyResponse> responses(SurveyScale scale) {
    Objects.requireNonNull(scale, "scale");
    return random -> response(Objects.requireNonNull(random, "random"), scale);
  }

  /** Returns a generator of lists of 0 to {@code maxSize} responses on {@code scale}. */
  public static Function<RandomGenerator, List<SurveyResponse>> responseLists(
      SurveyScale scale, int maxSize) {
    Objects.requireNonNull(scale, "scale");
    if (maxSize < 0) {
      throw new IllegalArgumentException("maxSize must not be negative, but was " + maxSize);
    }
    return random -> {
      Objects.requireNonNull(random, "random");
      int size = random.nextInt(maxSize + 1);
      List<SurveyResponse> responses = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        responses.add(response(random, scale));
      }
      return responses;
    };
  }

  /** Returns a generator of NPS summaries with up to 1,000 answers of each category. */
  public static Function<RandomGenerator, NpsSummary> npsSummaries() {
    return random ->
        NpsSummary.of(random.nextInt(1001), random.nextInt(1001), random.nextInt(1001));
  }

  /** Returns a generator of CSAT summaries on {@code scale} with up to 1,000 answers per value. */
  public static Function<RandomGenerator, CsatSummary> csatSummaries(SurveyScale scale) {
    Objects.requireNonNull(scale, "scale");
    return random -> {
      long[] counts = new long[scale.size()];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = random.nextInt(1001);
      }
      return CsatSummary.of(scale, counts);
    };
  }

  private static SurveyResponse response(RandomGenerator random, SurveyScale scale) {
    Instant at =
        random.nextInt(10) == 0
            ? pick(random, DST_CHANGES).plusSeconds(random.nextLong(7200) - 3600)
            : EARLIEST.plusSeconds(random.nextLong(RANGE_SECONDS));
    SurveyResponse.Builder builder =
        SurveyResponse.builder(
                ResponseId.of("R-" + Long.toHexString(random.nextLong() >>> 1)),
                scale,
                CustomerId.of("C-" + (1 + random.nextInt(50))),
                pick(random, List.of(Channel.values())),
                at)
            .attribute("region", pick(random, REGIONS));
    int status = random.nextInt(16);
    if (status == 0) {
      builder.skipped();
    } else if (status == 1) {
      builder.dismissed();
    } else {
      builder.answered(scale.min() + random.nextInt(scale.size()));
    }
    if (random.nextInt(4) != 0) {
      builder.ticket(TicketId.of("T-" + (1 + random.nextInt(99_999))));
      builder.agent(pick(random, AGENTS));
      if (random.nextBoolean()) {
        builder.involved(pick(random, AGENTS));
      }
    }
    if (random.nextInt(3) == 0) {
      builder.comment(pick(random, COMMENTS));
    }
    return builder.build();
  }

  private static <T> T pick(RandomGenerator random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
