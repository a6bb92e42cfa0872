package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.rapport.core.ticket.TicketTimeline;
import dev.rapport.sla.ComplianceDimension;
import dev.rapport.sla.ComplianceSummary;
import dev.rapport.sla.Measurement;
import dev.rapport.sla.SlaCompliance;
import dev.rapport.sla.SlaEngine;
import dev.rapport.sla.SlaReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@code SlaCompliance} over generated tickets and policy sets: it is a monoid that
 * adds up partitions of the tickets and adjacent periods, and its roll-ups count every outcome
 * once.
 */
class SlaCompliancePropertyTest {
  private static final Instant FROM = Instant.parse("2020-01-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2031-01-01T00:00:00Z");

  private static SlaCompliance compliance(
      SlaEngine engine, List<TicketTimeline> timelines, Instant from, Instant to) {
    SlaCompliance.Builder builder = SlaCompliance.builder(from, to);
    for (TicketTimeline timeline : timelines) {
      builder.add(
          engine.evaluate(timeline, timeline.lastEventAt().plus(Duration.ofDays(3))), timeline);
    }
    return builder.build();
  }

  @Test
  void partitionsOfTicketsAndAdjacentPeriodsMergeIntoTheWhole() {
    qt().withExamples(60)
        .forAll(
            QtSlaGens.policySets(),
            lists().of(QtTimelineGens.timelines(15)).ofSizeBetween(0, 12),
            integers().between(0, 12),
            integers().between(0, 4000))
        .checkAssert(
            (policies, timelines, split, day) -> {
              SlaEngine engine = SlaEngine.of(policies);
              int cut = Math.min(split, timelines.size());
              SlaCompliance whole = compliance(engine, timelines, FROM, TO);
              SlaCompliance first = compliance(engine, timelines.subList(0, cut), FROM, TO);
              SlaCompliance second =
                  compliance(engine, timelines.subList(cut, timelines.size()), FROM, TO);
              assertThat(first.merge(second)).isEqualTo(whole);
              assertThat(second.merge(first)).isEqualTo(whole);
              assertThat(whole.merge(SlaCompliance.empty(FROM, TO))).isEqualTo(whole);

              Instant middle = FROM.plus(Duration.ofDays(day));
              SlaCompliance before = compliance(engine, timelines, FROM, middle);
              SlaCompliance after = compliance(engine, timelines, middle, TO);
              assertThat(before.merge(after)).isEqualTo(whole);
            });
  }

  @Test
  void everyRollUpCountsEachOutcomeOnce() {
    qt().withExamples(60)
        .forAll(
            QtSlaGens.policySets(), lists().of(QtTimelineGens.timelines(15)).ofSizeBetween(0, 12))
        .checkAssert(
            (policies, timelines) -> {
              SlaEngine engine = SlaEngine.of(policies);
              SlaCompliance whole = compliance(engine, timelines, FROM, TO);
              ComplianceSummary expected = ComplianceSummary.empty();
              for (TicketTimeline timeline : timelines) {
                SlaReport report =
                    engine.evaluate(timeline, timeline.lastEventAt().plus(Duration.ofDays(3)));
                for (Measurement measurement : report.measurements()) {
                  expected = expected.plus(measurement);
                }
              }
              assertThat(whole.total()).isEqualTo(expected);
              for (ComplianceDimension dimension : ComplianceDimension.values()) {
                assertThat(
                        whole.by(dimension).values().stream()
                            .reduce(ComplianceSummary.empty(), ComplianceSummary::merge))
                    .isEqualTo(expected);
              }
            });
  }
}
