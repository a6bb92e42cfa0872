package dev.rapport.sla;

import static dev.rapport.sla.Tickets.OFFICE;
import static dev.rapport.sla.Tickets.hours;
import static dev.rapport.sla.Tickets.local;
import static dev.rapport.sla.Tickets.minutes;
import static dev.rapport.sla.Tickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.AgentId;
import dev.rapport.core.Channel;
import dev.rapport.core.Priority;
import dev.rapport.core.TeamId;
import dev.rapport.core.ticket.Assigned;
import dev.rapport.core.ticket.TicketTimeline;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlaComplianceTest {
  private static final SlaEngine ENGINE =
      SlaEngine.of(
          SlaPolicySet.builder()
              .add(
                  SlaPolicy.builder("urgent")
                      .when(TicketCondition.priorityIn(Priority.URGENT))
                      .target(SlaMetric.FIRST_RESPONSE, hours(1), OFFICE)
                      .build())
              .add(
                  SlaPolicy.builder("standard")
                      .target(SlaMetric.FIRST_RESPONSE, hours(4), OFFICE)
                      .target(SlaMetric.NEXT_RESPONSE, hours(4), OFFICE)
                      .build())
              .build());
  private static final Instant MONDAY = local("2026-11-23T00:00");
  private static final Instant TUESDAY = local("2026-11-24T00:00");
  private static final Instant NOW = local("2026-11-25T12:00");
  private static final TeamId SUPPORT = TeamId.of("support");

  /** Urgent, answered late on Monday by ana of support. */
  private static TicketTimeline lateUrgent() {
    return TicketTimeline.of(
            ticket("2026-11-23T09:00", Priority.URGENT)
                .reply("2026-11-23T10:30")
                .timeline()
                .events())
        .append(Assigned.to(local("2026-11-23T10:30"), AgentId.of("ana"), SUPPORT));
  }

  /** Standard, answered in 30 minutes on Monday, unassigned. */
  private static TicketTimeline quickStandard() {
    return ticket("2026-11-23T11:00", Priority.NORMAL).reply("2026-11-23T11:30").timeline();
  }

  /** Standard, answered in 2 hours on Tuesday. */
  private static TicketTimeline tuesdayStandard() {
    return ticket("2026-11-24T09:00", Priority.LOW).reply("2026-11-24T11:00").timeline();
  }

  private static SlaCompliance compliance(Instant from, Instant to, TicketTimeline... timelines) {
    SlaCompliance.Builder builder = SlaCompliance.builder(from, to);
    for (TicketTimeline timeline : timelines) {
      builder.add(ENGINE.evaluate(timeline, NOW), timeline);
    }
    return builder.build();
  }

  @Test
  void countsOutcomesInThePeriodByEveryDimension() {
    SlaCompliance monday =
        compliance(MONDAY, TUESDAY, lateUrgent(), quickStandard(), tuesdayStandard());

    assertThat(monday.total().achieved()).isEqualTo(1);
    assertThat(monday.total().breached()).isEqualTo(1);
    assertThat(monday.total().achievedShare()).hasValue(0.5);
    assertThat(monday.summaries())
        .containsEntry(
            new ComplianceKey(
                Optional.of("urgent"),
                Optional.of(SlaMetric.FIRST_RESPONSE),
                Optional.of(Priority.URGENT),
                Optional.of(Channel.EMAIL),
                Optional.empty(),
                Optional.empty()),
            ComplianceSummary.empty()
                .plus(
                    ENGINE
                        .evaluate(lateUrgent(), NOW)
                        .latest(SlaMetric.FIRST_RESPONSE)
                        .orElseThrow()));
    Map<ComplianceKey, ComplianceSummary> byPolicy = monday.by(ComplianceDimension.POLICY);
    assertThat(byPolicy).hasSize(2);
    ComplianceSummary urgent =
        byPolicy.get(
            new ComplianceKey(
                Optional.of("urgent"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
    assertThat(urgent.breached()).isEqualTo(1);
    assertThat(urgent.responseTimes().max()).contains(minutes(90));
    assertThat(monday.by())
        .containsOnlyKeys(
            new ComplianceKey(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
  }

  @Test
  void teamAndAgentAreTheTicketsAtTheOutcome() {
    // The breach at 10:00 comes before the assignment at 10:30.
    SlaCompliance monday = compliance(MONDAY, TUESDAY, lateUrgent());
    assertThat(monday.by(ComplianceDimension.TEAM).keySet())
        .extracting(ComplianceKey::team)
        .containsExactly(Optional.empty());
  }

  @Test
  void adjacentPeriodsMergeIntoTheirUnion() {
    Instant wednesday = local("2026-11-25T00:00");
    SlaCompliance monday =
        compliance(MONDAY, TUESDAY, lateUrgent(), quickStandard(), tuesdayStandard());
    SlaCompliance tuesday =
        compliance(TUESDAY, wednesday, lateUrgent(), quickStandard(), tuesdayStandard());

    SlaCompliance both = monday.merge(tuesday);

    assertThat(both)
        .isEqualTo(compliance(MONDAY, wednesday, lateUrgent(), quickStandard(), tuesdayStandard()));
    assertThat(tuesday.merge(monday)).isEqualTo(both);
    assertThat(both.total().achieved()).isEqualTo(2);
  }

  @Test
  void partitionsOfTheTicketsMergeIntoTheWhole() {
    SlaCompliance a = compliance(MONDAY, NOW, lateUrgent());
    SlaCompliance b = compliance(MONDAY, NOW, quickStandard(), tuesdayStandard());
    assertThat(a.merge(b))
        .isEqualTo(compliance(MONDAY, NOW, lateUrgent(), quickStandard(), tuesdayStandard()));
    assertThat(a.merge(SlaCompliance.empty(MONDAY, NOW))).isEqualTo(a);
  }

  @Test
  void rejectsPeriodsThatNeitherMatchNorAdjoin() {
    SlaCompliance monday = SlaCompliance.empty(MONDAY, TUESDAY);
    assertThatThrownBy(() -> monday.merge(SlaCompliance.empty(MONDAY, NOW)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("other's period must equal or adjoin [2026-11-22T23:00:00Z");
    assertThatThrownBy(() -> SlaCompliance.empty(TUESDAY, MONDAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "to must not be before from 2026-11-23T23:00:00Z, but was 2026-11-22T23:00:00Z");
  }

  @Test
  void rejectsATimelineOfAnotherTicket() {
    SlaReport report = ENGINE.evaluate(lateUrgent(), NOW);
    TicketTimeline other =
        TicketTimeline.of(
            new dev.rapport.core.ticket.TicketCreated(
                MONDAY,
                dev.rapport.core.TicketId.of("T-2"),
                dev.rapport.core.CustomerId.of("C-1"),
                Channel.CHAT,
                Priority.LOW));
    assertThatThrownBy(() -> SlaCompliance.builder(MONDAY, NOW).add(report, other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timeline must be of ticket T-1, but was of T-2");
  }
}
