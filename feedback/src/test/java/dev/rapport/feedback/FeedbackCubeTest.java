package dev.rapport.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rapport.core.Channel;
import dev.rapport.core.CustomerId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FeedbackCubeTest {
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("UTC"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("Asia/Kolkata"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("America/Santiago"),
          ZoneId.of("Pacific/Apia"));
  private static final Function<SurveyResponse, String> REGION =
      r -> r.attribute("region").orElseThrow();

  /** The reference model: group with java.time and add one response at a time. */
  private static <S extends ScoreSummary<S>> Map<CellKey<String>, S> reference(
      CubeSpec<String, S> spec, List<SurveyResponse> responses, S empty) {
    Map<CellKey<String>, S> cells = new HashMap<>();
    for (SurveyResponse r : responses) {
      if (!r.isAnswered()) {
        continue;
      }
      CellKey<String> key =
          new CellKey<>(
              REGION.apply(r), r.channel(), Bucket.of(spec.granularity(), r.at(), spec.zone()));
      cells.put(key, cells.getOrDefault(key, empty).add(r));
    }
    return cells;
  }

  private static <S extends ScoreSummary<S>> Map<CellKey<String>, S> asMap(
      FeedbackCube<String, S> cube) {
    return cube.cells().stream()
        .collect(Collectors.toMap(FeedbackCube.Cell::key, FeedbackCube.Cell::summary));
  }

  @Test
  void cellsEqualTheReferenceModelInEveryZoneAndGranularity() {
    qt().withExamples(150)
        .forAll(longs().all(), integers().between(0, ZONES.size() - 1), integers().between(0, 3))
        .checkAssert(
            (seed, zone, granularity) -> {
              CubeSpec<String, NpsSummary> spec =
                  CubeSpec.nps(REGION, ZONES.get(zone), Granularity.values()[granularity]).build();
              List<SurveyResponse> responses = RandomResponses.of(seed, 200, SurveyScale.nps());
              FeedbackCube<String, NpsSummary> cube = FeedbackCube.of(spec, responses);
              Map<CellKey<String>, NpsSummary> expected =
                  reference(spec, responses, NpsSummary.empty());
              assertThat(asMap(cube)).isEqualTo(expected);
              assertThat(cube.size()).isEqualTo(expected.size());
              assertThat(cube.total().count())
                  .isEqualTo(responses.stream().filter(SurveyResponse::isAnswered).count());
            });
  }

  @Test
  void histogramCubesEqualTheReferenceModel() {
    qt().withExamples(60)
        .forAll(longs().all(), integers().between(0, ZONES.size() - 1))
        .checkAssert(
            (seed, zone) -> {
              SurveyScale scale = SurveyScale.csat(7, 6);
              CubeSpec<String, CsatSummary> spec =
                  CubeSpec.csat(scale, REGION, ZONES.get(zone), Granularity.MONTH).build();
              List<SurveyResponse> responses = RandomResponses.of(seed, 150, scale);
              assertThat(asMap(FeedbackCube.of(spec, responses)))
                  .isEqualTo(reference(spec, responses, CsatSummary.empty(scale)));
              CubeSpec<String, RatingSummary> stars =
                  CubeSpec.ratings(REGION, ZONES.get(zone), Granularity.QUARTER).build();
              List<SurveyResponse> rated = RandomResponses.of(seed, 150, SurveyScale.stars());
              assertThat(asMap(FeedbackCube.of(stars, rated)))
                  .isEqualTo(reference(stars, rated, RatingSummary.empty()));
              CubeSpec<String, CesSummary> ces =
                  CubeSpec.ces(SurveyScale.ces7(), REGION, ZONES.get(zone), Granularity.DAY)
                      .build();
              List<SurveyResponse> effort = RandomResponses.of(seed, 150, SurveyScale.ces7());
              assertThat(asMap(FeedbackCube.of(ces, effort)))
                  .isEqualTo(reference(ces, effort, CesSummary.empty(SurveyScale.ces7())));
            });
  }

  @Test
  void mergingPartitionsInAnyGroupingEqualsOneCubeOfAll() {
    CubeSpec<String, NpsSummary> spec =
        CubeSpec.nps(REGION, ZoneId.of("Europe/Berlin"), Granularity.ISO_WEEK)
            .retainResponseIds()
            .build();
    qt().withExamples(100)
        .forAll(longs().all(), longs().all(), longs().all())
        .checkAssert(
            (a, b, c) -> {
              FeedbackCube<String, NpsSummary> x =
                  FeedbackCube.of(spec, RandomResponses.of(a, 80, SurveyScale.nps()));
              FeedbackCube<String, NpsSummary> y =
                  FeedbackCube.of(spec, RandomResponses.of(b, 80, SurveyScale.nps()));
              FeedbackCube<String, NpsSummary> z =
                  FeedbackCube.of(spec, RandomResponses.of(c, 80, SurveyScale.nps()));
              List<SurveyResponse> all =
                  new ArrayList<>(RandomResponses.of(c, 80, SurveyScale.nps()));
              all.addAll(RandomResponses.of(a, 80, SurveyScale.nps()));
              all.addAll(RandomResponses.of(b, 80, SurveyScale.nps()));
              FeedbackCube<String, NpsSummary> whole = FeedbackCube.of(spec, all);
              assertThat(x.merge(y).merge(z)).isEqualTo(x.merge(y.merge(z))).isEqualTo(whole);
              assertThat(x.merge(y)).isEqualTo(y.merge(x));
              assertThat(all.parallelStream().collect(FeedbackCube.collector(spec)))
                  .isEqualTo(whole);
            });
  }

  @Test
  void issueVectorTheSameInstantFallsInMarchInNewYorkAndAprilInBerlin() {
    SurveyResponse r = response("R-1", "C-1", Instant.parse("2024-03-31T23:30:00Z"), 10);
    for (String zone : List.of("America/New_York", "Europe/Berlin")) {
      CubeSpec<String, NpsSummary> spec =
          CubeSpec.nps(REGION, ZoneId.of(zone), Granularity.MONTH).build();
      FeedbackCube<String, NpsSummary> cube = FeedbackCube.of(spec, List.of(r));
      Bucket expected =
          Bucket.of(Granularity.MONTH, LocalDate.of(2024, zone.startsWith("America") ? 3 : 4, 1));
      assertThat(cube.cells())
          .singleElement()
          .satisfies(c -> assertThat(c.key().bucket()).isEqualTo(expected));
      assertThat(cube.cell("EMEA", Channel.CHAT, expected)).contains(NpsSummary.of(1, 0, 0));
    }
  }

  @Test
  void drillDownFromACellToItsResponseIds() {
    CubeSpec<String, NpsSummary> spec =
        CubeSpec.nps(REGION, ZoneId.of("UTC"), Granularity.DAY).retainResponseIds().build();
    Instant day = Instant.parse("2026-11-23T10:00:00Z");
    FeedbackCube<String, NpsSummary> cube =
        FeedbackCube.of(
            spec,
            List.of(
                response("R-2", "C-1", day, 9),
                response("R-1", "C-2", day.plusSeconds(60), 3),
                response("R-3", "C-3", day.plusSeconds(86400), 3)));
    Bucket bucket = Bucket.of(Granularity.DAY, LocalDate.of(2026, 11, 23));
    assertThat(cube.responseIds("EMEA", Channel.CHAT, bucket))
        .containsExactly(ResponseId.of("R-1"), ResponseId.of("R-2"));
    assertThat(cube.responseIds("EMEA", Channel.EMAIL, bucket)).isEmpty();
    assertThat(spec.cellOf(response("R-9", "C-9", day, 1)))
        .contains(new CellKey<>("EMEA", Channel.CHAT, bucket));
    CubeSpec<String, NpsSummary> noIds =
        CubeSpec.nps(REGION, ZoneId.of("UTC"), Granularity.DAY).build();
    assertThatThrownBy(
            () -> FeedbackCube.of(noIds, List.of()).responseIds("EMEA", Channel.CHAT, bucket))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "spec must retain response ids for drill-down, but was CubeSpec[NPS 0-10, DAY in UTC]");
  }

  @Test
  void latestPerCustomerKeepsOnlyEachCustomersLastAnswerInTheWindow() {
    CubeSpec<String, NpsSummary> spec =
        CubeSpec.nps(REGION, ZoneId.of("UTC"), Granularity.DAY)
            .latestPerCustomer(Granularity.MONTH)
            .retainResponseIds()
            .build();
    Instant t = Instant.parse("2026-11-02T10:00:00Z");
    List<SurveyResponse> responses =
        List.of(
            response("R-1", "C-1", t, 0),
            response("R-2", "C-1", t.plusSeconds(86400 * 3), 10),
            response("R-3", "C-2", t, 5),
            response("R-4", "C-1", Instant.parse("2026-12-01T00:00:00Z"), 7));
    FeedbackCube<String, NpsSummary> cube = FeedbackCube.of(spec, responses);
    assertThat(cube.total()).isEqualTo(NpsSummary.of(1, 1, 1));
    assertThat(
            cube.cell("EMEA", Channel.CHAT, Bucket.of(Granularity.DAY, LocalDate.of(2026, 11, 2))))
        .contains(NpsSummary.of(0, 0, 1));
    assertThat(
            cube.responseIds(
                "EMEA", Channel.CHAT, Bucket.of(Granularity.DAY, LocalDate.of(2026, 11, 5))))
        .containsExactly(ResponseId.of("R-2"));
    // Split across partitions in any order, the same answers survive.
    FeedbackCube<String, NpsSummary> left = FeedbackCube.of(spec, responses.subList(1, 4));
    FeedbackCube<String, NpsSummary> right = FeedbackCube.of(spec, responses.subList(0, 1));
    assertThat(right.merge(left)).isEqualTo(cube);
    assertThat(left.merge(right)).isEqualTo(cube);
  }

  @Test
  void latestPerCustomerMergesLikeTheWhole() {
    CubeSpec<String, NpsSummary> spec =
        CubeSpec.nps(REGION, ZoneId.of("America/New_York"), Granularity.ISO_WEEK)
            .latestPerCustomer(Granularity.MONTH)
            .build();
    qt().withExamples(100)
        .forAll(longs().all(), integers().between(0, 200))
        .checkAssert(
            (seed, cut) -> {
              List<SurveyResponse> all = RandomResponses.of(seed, 200, SurveyScale.nps());
              int split = Math.min(cut, all.size());
              FeedbackCube<String, NpsSummary> merged =
                  FeedbackCube.of(spec, all.subList(split, all.size()))
                      .merge(FeedbackCube.of(spec, all.subList(0, split)));
              assertThat(merged).isEqualTo(FeedbackCube.of(spec, all));
              // Reference: the latest answer per customer and month, then group.
              Map<String, SurveyResponse> latest = new HashMap<>();
              for (SurveyResponse r : all) {
                if (r.isAnswered()) {
                  String visitor =
                      r.customer() + "/" + Bucket.of(Granularity.MONTH, r.at(), spec.zone());
                  latest.merge(
                      visitor,
                      r,
                      (p, q) ->
                          Comparator.comparing(SurveyResponse::at)
                                      .thenComparing(SurveyResponse::id)
                                      .compare(p, q)
                                  >= 0
                              ? p
                              : q);
                }
              }
              assertThat(asMap(merged))
                  .isEqualTo(reference(spec, new ArrayList<>(latest.values()), NpsSummary.empty()));
            });
  }

  @Test
  void compactAddsEqualAddingResponses() {
    CubeSpec<String, NpsSummary> spec =
        CubeSpec.nps(REGION, ZoneId.of("Asia/Kolkata"), Granularity.ISO_WEEK).build();
    qt().withExamples(50)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              List<SurveyResponse> responses = RandomResponses.of(seed, 200, SurveyScale.nps());
              FeedbackCube.Accumulator<String, NpsSummary> compact = FeedbackCube.accumulator(spec);
              for (SurveyResponse r : responses) {
                if (r.isAnswered()) {
                  compact.add(
                      compact.segmentIndex(REGION.apply(r)),
                      r.channel(),
                      r.at().getEpochSecond(),
                      r.value().getAsInt());
                }
              }
              assertThat(compact.toCube()).isEqualTo(FeedbackCube.of(spec, responses));
            });
  }

  @Test
  void columnAddsEqualRowAddsAndRejectBadRowsAfterCountingThoseBefore() {
    CubeSpec<String, NpsSummary> spec =
        CubeSpec.nps(REGION, ZoneId.of("Europe/Berlin"), Granularity.ISO_WEEK).build();
    qt().withExamples(50)
        .forAll(longs().all(), integers().between(1, 9000))
        .checkAssert(
            (seed, n) -> {
              SplittableRandom random = new SplittableRandom(seed);
              int[] segments = new int[n];
              byte[] channels = new byte[n];
              long[] seconds = new long[n];
              byte[] values = new byte[n];
              FeedbackCube.Accumulator<String, NpsSummary> rows = FeedbackCube.accumulator(spec);
              FeedbackCube.Accumulator<String, NpsSummary> columns = FeedbackCube.accumulator(spec);
              for (String region : List.of("EMEA", "AMER", "APAC")) {
                rows.segmentIndex(region);
                columns.segmentIndex(region);
              }
              for (int i = 0; i < n; i++) {
                segments[i] = random.nextInt(3);
                channels[i] = (byte) random.nextInt(Channel.values().length);
                seconds[i] = 1_600_000_000L + random.nextLong(400_000_000L);
                values[i] = (byte) random.nextInt(11);
                rows.add(segments[i], Channel.values()[channels[i]], seconds[i], values[i]);
              }
              int from = random.nextInt(n);
              columns.addColumns(segments, channels, seconds, values, 0, from);
              columns.addColumns(segments, channels, seconds, values, from, n);
              assertThat(columns.toCube()).isEqualTo(rows.toCube());
            });
    FeedbackCube.Accumulator<String, NpsSummary> acc = FeedbackCube.accumulator(spec);
    acc.segmentIndex("EMEA");
    long t = Instant.parse("2026-11-23T12:00:00Z").getEpochSecond();
    assertThatThrownBy(
            () ->
                acc.addColumns(
                    new int[] {0, 0, 0},
                    new byte[] {1, 9, 1},
                    new long[] {t, t, t},
                    new byte[] {10, 10, 10},
                    0,
                    3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("channel must be a Channel ordinal from 0 to 7, but was 9 at row 1");
    assertThat(acc.toCube().total()).isEqualTo(NpsSummary.of(1, 0, 0));
    assertThatThrownBy(
            () ->
                acc.addColumns(
                    new int[] {0}, new byte[] {1}, new long[] {t}, new byte[] {11}, 0, 1))
        .hasMessage("value must be an integer from 0 to 10 on NPS 0-10, but was 11");
    assertThatThrownBy(
            () -> acc.addColumns(new int[1], new byte[1], new long[0], new byte[1], 0, 1))
        .hasMessage("range must be within the columns' length 0, but was [0, 1)");
  }

  @Test
  void rollUpAndSeries() {
    CubeSpec<String, NpsSummary> spec =
        CubeSpec.nps(REGION, ZoneId.of("UTC"), Granularity.ISO_WEEK).build();
    SplittableRandom random = new SplittableRandom(7);
    List<SurveyResponse> responses = RandomResponses.of(random.nextLong(), 300, SurveyScale.nps());
    FeedbackCube<String, NpsSummary> cube = FeedbackCube.of(spec, responses);
    Map<Channel, NpsSummary> byChannel = cube.rollUp(CellKey::channel);
    NpsSummary sum = byChannel.values().stream().reduce(NpsSummary.empty(), NpsSummary::merge);
    assertThat(sum).isEqualTo(cube.total());
    Map<Bucket, NpsSummary> chat = cube.series(k -> k.channel() == Channel.CHAT);
    NpsSummary expectedChat = NpsSummary.empty();
    for (SurveyResponse r : responses) {
      if (r.channel() == Channel.CHAT) {
        expectedChat = expectedChat.add(r);
      }
    }
    assertThat(chat.values().stream().reduce(NpsSummary.empty(), NpsSummary::merge))
        .isEqualTo(expectedChat);
    assertThat(cube.cells())
        .isSortedAccordingTo(
            Comparator.comparing((FeedbackCube.Cell<String, NpsSummary> c) -> c.key().bucket()));
  }

  @Test
  void manyCellsGrowTheTableCorrectly() {
    CubeSpec<Integer, NpsSummary> spec =
        CubeSpec.<Integer>nps(r -> 0, ZoneId.of("UTC"), Granularity.DAY).build();
    FeedbackCube.Accumulator<Integer, NpsSummary> acc = FeedbackCube.accumulator(spec);
    for (int s = 0; s < 2000; s++) {
      assertThat(acc.segmentIndex(s)).isEqualTo(s);
    }
    long t0 = Instant.parse("2026-01-01T12:00:00Z").getEpochSecond();
    for (int s = 0; s < 2000; s++) {
      for (int d = 0; d < 20; d++) {
        acc.add(s, Channel.values()[d % 8], t0 + d * 86400L, (s + d) % 11);
      }
    }
    FeedbackCube<Integer, NpsSummary> cube = acc.toCube();
    assertThat(cube.size()).isEqualTo(40_000);
    assertThat(cube.total().count()).isEqualTo(40_000);
    assertThat(
            cube.cell(
                1999,
                Channel.values()[19 % 8],
                Bucket.of(Granularity.DAY, LocalDate.of(2026, 1, 20))))
        .contains(NpsSummary.empty().add((1999 + 19) % 11));
    // Adding after toCube leaves the cube as it was.
    acc.add(0, Channel.EMAIL, t0, 10);
    assertThat(cube.total().count()).isEqualTo(40_000);
    assertThat(acc.toCube().total().count()).isEqualTo(40_001);
  }

  @Test
  void rejectsOtherScalesBadCompactAddsAndForeignSpecs() {
    CubeSpec<String, NpsSummary> spec =
        CubeSpec.nps(REGION, ZoneId.of("UTC"), Granularity.DAY).build();
    FeedbackCube.Accumulator<String, NpsSummary> acc = FeedbackCube.accumulator(spec);
    assertThatThrownBy(() -> acc.add(Fixtures.answered("x", SurveyScale.csat5(), 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("response scale must be NPS 0-10, but was CSAT 1-5 (satisfied from 4) for x");
    assertThatThrownBy(() -> acc.add(0, Channel.SMS, 0, 5))
        .hasMessage("segment must be a registered index below 0, but was 0");
    acc.segmentIndex("EMEA");
    assertThatThrownBy(() -> acc.add(0, Channel.SMS, 0, 11))
        .hasMessage("value must be an integer from 0 to 10 on NPS 0-10, but was 11");
    assertThatThrownBy(() -> acc.add(0, Channel.SMS, Long.MAX_VALUE, 1))
        .hasMessage("epochSecond must be in the years 1 to 9999, but was " + Long.MAX_VALUE);
    CubeSpec<String, NpsSummary> other =
        CubeSpec.nps(REGION, ZoneId.of("UTC"), Granularity.DAY).build();
    assertThatThrownBy(() -> acc.combine(FeedbackCube.accumulator(other)))
        .hasMessageStartingWith("other must have the same spec instance");
    assertThatThrownBy(() -> acc.combine(acc))
        .hasMessage("other must be another accumulator, but was this one");
    CubeSpec<String, NpsSummary> dedup =
        CubeSpec.nps(REGION, ZoneId.of("UTC"), Granularity.DAY)
            .latestPerCustomer(Granularity.DAY)
            .build();
    FeedbackCube.Accumulator<String, NpsSummary> d = FeedbackCube.accumulator(dedup);
    d.segmentIndex("EMEA");
    assertThatThrownBy(() -> d.add(0, Channel.SMS, 0, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "spec must neither de-duplicate customers nor retain ids for compact adds, but was"
                + " CubeSpec[NPS 0-10, DAY in UTC, latest per customer per DAY]");
    CubeSpec<String, NpsSummary> nulls =
        CubeSpec.<String>nps(r -> null, ZoneId.of("UTC"), Granularity.DAY).build();
    assertThatThrownBy(() -> FeedbackCube.of(nulls, List.of(Fixtures.nps("n", 3))))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("segment function returned null for response n");
    FeedbackCube<String, NpsSummary> cube = FeedbackCube.of(spec, List.of());
    assertThatThrownBy(
            () ->
                cube.cell(
                    "EMEA", Channel.SMS, Bucket.of(Granularity.MONTH, LocalDate.of(2026, 1, 1))))
        .hasMessage("bucket must be a DAY bucket, but was 2026-01");
    assertThat(cube.isEmpty()).isTrue();
    assertThat(cube.total()).isEqualTo(NpsSummary.empty());
  }

  private static SurveyResponse response(String id, String customer, Instant at, int value) {
    return SurveyResponse.builder(
            ResponseId.of(id), SurveyScale.nps(), CustomerId.of(customer), Channel.CHAT, at)
        .answered(value)
        .attribute("region", "EMEA")
        .build();
  }
}
