package dev.rapport.feedback;

import dev.rapport.core.Channel;
import dev.rapport.core.CustomerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random responses for the cube's property tests (the testkit depends on this module). */
final class RandomResponses {
  private static final String[] REGIONS = {"EMEA", "AMER", "APAC", "LATAM"};

  private RandomResponses() {}

  /**
   * Returns up to {@code max} responses on {@code scale} from a few customers, a fifth of them
   * skipped or dismissed, with instants mostly in 2024 (around the DST changes) and some from 1850
   * to 2250 (outside the cube's hour table).
   */
  static List<SurveyResponse> of(long seed, int max, SurveyScale scale) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = random.nextInt(max + 1);
    List<SurveyResponse> responses = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Instant at;
      if (random.nextInt(10) == 0) {
        at = Instant.parse("1850-01-01T00:00:00Z").plusSeconds(random.nextLong(400L * 365 * 86400));
      } else {
        at =
            Instant.parse("2024-03-01T00:00:00Z")
                .plusSeconds(random.nextLong(60L * 86400) * (random.nextBoolean() ? 1 : 4));
      }
      SurveyResponse.Builder builder =
          SurveyResponse.builder(
                  ResponseId.of("R-" + seed + "-" + i),
                  scale,
                  CustomerId.of("C-" + random.nextInt(12)),
                  Channel.values()[random.nextInt(Channel.values().length)],
                  at)
              .attribute("region", REGIONS[random.nextInt(REGIONS.length)]);
      int kind = random.nextInt(10);
      if (kind == 0) {
        builder.skipped();
      } else if (kind == 1) {
        builder.dismissed();
      } else {
        builder.answered(scale.min() + random.nextInt(scale.size()));
      }
      responses.add(builder.build());
    }
    return responses;
  }
}
