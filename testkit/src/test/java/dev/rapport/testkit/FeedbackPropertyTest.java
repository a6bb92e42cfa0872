package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.feedback.Bucket;
import dev.rapport.feedback.CellKey;
import dev.rapport.feedback.CsatSummary;
import dev.rapport.feedback.CubeSpec;
import dev.rapport.feedback.FeedbackCube;
import dev.rapport.feedback.Granularity;
import dev.rapport.feedback.NpsSummary;
import dev.rapport.feedback.SurveyResponse;
import dev.rapport.feedback.SurveyScale;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Properties of the feedback engines on testkit-generated responses, each against a deliberately
 * simple reference: summaries built one answer at a time, a cube as a map from java.time buckets.
 */
class FeedbackPropertyTest {
  private static final Function<SurveyResponse, String> REGION =
      r -> r.attribute("region").orElseThrow();
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("Asia/Kathmandu"));

  @Test
  void summaryMergeIsAssociativeCommutativeAndEqualToAddingAll() {
    qt().withExamples(100)
        .forAll(
            QtFeedbackGens.responseLists(SurveyScale.nps(), 60),
            QtFeedbackGens.responseLists(SurveyScale.nps(), 60),
            QtFeedbackGens.responseLists(SurveyScale.nps(), 60))
        .checkAssert(
            (a, b, c) -> {
              NpsSummary x = sum(a);
              NpsSummary y = sum(b);
              NpsSummary z = sum(c);
              List<SurveyResponse> all = new ArrayList<>(a);
              all.addAll(b);
              all.addAll(c);
              assertThat(x.merge(y).merge(z)).isEqualTo(x.merge(y.merge(z))).isEqualTo(sum(all));
              assertThat(x.merge(y)).isEqualTo(y.merge(x));
              assertThat(all.stream().collect(NpsSummary.collector())).isEqualTo(sum(all));
            });
  }

  private static NpsSummary sum(List<SurveyResponse> responses) {
    NpsSummary s = NpsSummary.empty();
    for (SurveyResponse r : responses) {
      s = s.add(r);
    }
    return s;
  }

  @Test
  void cubeEqualsTheReferenceAndMergesAcrossAnyPartition() {
    qt().withExamples(60)
        .forAll(
            QtFeedbackGens.responseLists(SurveyScale.csat5(), 150),
            integers().between(0, ZONES.size() - 1),
            integers().between(0, 3),
            integers().between(0, 150))
        .checkAssert(
            (responses, zone, granularity, cut) -> {
              CubeSpec<String, CsatSummary> spec =
                  CubeSpec.csat(
                          SurveyScale.csat5(),
                          REGION,
                          ZONES.get(zone),
                          Granularity.values()[granularity])
                      .build();
              Map<CellKey<String>, CsatSummary> reference = new HashMap<>();
              for (SurveyResponse r : responses) {
                if (r.isAnswered()) {
                  CellKey<String> key =
                      new CellKey<>(
                          REGION.apply(r),
                          r.channel(),
                          Bucket.of(spec.granularity(), r.at(), spec.zone()));
                  reference.put(
                      key,
                      reference.getOrDefault(key, CsatSummary.empty(SurveyScale.csat5())).add(r));
                }
              }
              FeedbackCube<String, CsatSummary> cube = FeedbackCube.of(spec, responses);
              assertThat(
                      cube.cells().stream()
                          .collect(
                              Collectors.toMap(FeedbackCube.Cell::key, FeedbackCube.Cell::summary)))
                  .isEqualTo(reference);
              int split = Math.min(cut, responses.size());
              assertThat(
                      FeedbackCube.of(spec, responses.subList(split, responses.size()))
                          .merge(FeedbackCube.of(spec, responses.subList(0, split))))
                  .isEqualTo(cube);
            });
  }

  @Test
  void responsesRoundTripThroughJson() {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    qt().withExamples(200)
        .forAll(QtFeedbackGens.scales().flatMap(QtFeedbackGens::responses))
        .checkAssert(
            response -> {
              try {
                String json = mapper.writeValueAsString(response);
                SurveyResponse read = mapper.readValue(json, SurveyResponse.class);
                assertThat(read).isEqualTo(response);
                assertThat(mapper.writeValueAsString(read)).isEqualTo(json);
              } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }
}
