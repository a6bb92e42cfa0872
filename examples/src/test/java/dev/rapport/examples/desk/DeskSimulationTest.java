package dev.rapport.examples.desk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.sla.ComplianceSummary;
import dev.rapport.sla.SlaCompliance;
import dev.rapport.sla.SlaMetric;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DeskSimulationTest {
  private static final DeskConfig SMALL = new DeskConfig(10, 80, 7, DeskConfig.DEFAULT_START);
  private static DeskResults results;
  private static List<Progress> progress = new ArrayList<>();

  @BeforeAll
  static void simulate() {
    results = DeskSimulation.run(SMALL, progress::add);
  }

  @Test
  void theSameConfigurationGivesTheSameResults() {
    DeskResults again = DeskSimulation.run(SMALL, p -> {});

    assertThat(again.tickets()).isEqualTo(results.tickets());
    assertThat(again.compliance()).isEqualTo(results.compliance());
    assertThat(again.weeklyCompliance()).isEqualTo(results.weeklyCompliance());
    assertThat(again.alerts()).isEqualTo(results.alerts());
    assertThat(again.escalations()).isEqualTo(results.escalations());
    assertThat(again.loyalty()).isEqualTo(results.loyalty());
    assertThat(again.surveys().nps().cells()).isEqualTo(results.surveys().nps().cells());
    assertThat(again.surveys().csat().cells()).isEqualTo(results.surveys().csat().cells());
  }

  @Test
  void anotherSeedGivesAnotherMonth() {
    DeskResults other =
        DeskSimulation.run(new DeskConfig(10, 80, 8, DeskConfig.DEFAULT_START), p -> {});

    assertThat(other.tickets().perDay()).isNotEqualTo(results.tickets().perDay());
  }

  @Test
  void progressIsReportedOncePerDay() {
    assertThat(progress).extracting(Progress::day).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(progress.get(9).tickets()).isEqualTo(results.tickets().created());
    assertThat(progress.get(9).open()).isEqualTo(results.tickets().openAtEnd());
  }

  @Test
  void ticketCountsAddUp() {
    TicketTotals tickets = results.tickets();

    assertThat(tickets.created()).isGreaterThan(400);
    assertThat(tickets.perDay().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(tickets.created());
    assertThat(tickets.byChannel().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(tickets.created());
    assertThat(tickets.solved() + tickets.openAtEnd()).isGreaterThanOrEqualTo(tickets.created());
    assertThat(tickets.closed()).isLessThanOrEqualTo(tickets.solved());
  }

  @Test
  void weeklyComplianceMergesIntoThePeriodsCompliance() {
    assertThat(results.weeks()).isEqualTo(2);
    SlaCompliance merged = results.weeklyCompliance().get(0);
    for (int w = 1; w < results.weeks(); w++) {
      merged = merged.merge(results.weeklyCompliance().get(w));
    }

    assertThat(merged.summaries()).isEqualTo(results.compliance().summaries());
    ComplianceSummary total = results.compliance().total();
    assertThat(total.achieved() + total.breached()).isGreaterThan(0);
    assertThat(total.responseTimes().count())
        .isLessThanOrEqualTo(total.achieved() + total.breached());
  }

  @Test
  void everyBreachCountedIsOneTheScheduleAnnounced() {
    long announced = results.alerts().byThreshold().getOrDefault("breach", 0L);
    long counted = results.compliance().total().breached();

    // The schedule announces each breach once, when it happens; compliance counts the breaches
    // whose instant fell in the period, so the two agree.
    assertThat(announced).isEqualTo(counted);
  }

  @Test
  void everyFirstResponseBreachEscalatesOnceAndLaterLevelsAreRarer() {
    EscalationTotals escalations = results.escalations();
    long l1 = escalations.atLevel(Escalations.LEVELS.get(0));
    long l2 = escalations.atLevel(Escalations.LEVELS.get(1));
    long l3 = escalations.atLevel(Escalations.LEVELS.get(2));
    long next = escalations.atLevel(Escalations.LEVELS.get(3));

    assertThat(l2)
        .isEqualTo(results.alerts().breachesByMetric().getOrDefault(SlaMetric.FIRST_RESPONSE, 0L));
    assertThat(next)
        .isEqualTo(results.alerts().breachesByMetric().getOrDefault(SlaMetric.NEXT_RESPONSE, 0L));
    assertThat(l1).isGreaterThanOrEqualTo(l2);
    assertThat(l2).isPositive().isGreaterThanOrEqualTo(l3);
    assertThat(escalations.priorityRaised()).isPositive().isLessThanOrEqualTo(l2);
    assertThat(escalations.total()).isEqualTo(l1 + l2 + l3 + next);
  }

  @Test
  void pointsFlowsAddUpToTheSumOfTheBalances() {
    LoyaltyTotals points = results.loyalty();

    long computed =
        points.opening()
            + points.earned()
            + points.referralBonus()
            + points.goodwill()
            - points.redeemed()
            - points.expired()
            - points.clawedBack();
    assertThat(computed).isEqualTo(points.closing());
    assertThat(points.earned()).isPositive();
    assertThat(points.expired()).isPositive();
    assertThat(points.redeemed()).isPositive();
    long weeklyEarned = points.weeks().stream().mapToLong(LoyaltyTotals.Flow::earned).sum();
    long weeklyBonus = points.weeks().stream().mapToLong(LoyaltyTotals.Flow::bonus).sum();
    long weeklyOut =
        points.weeks().stream().mapToLong(f -> f.redeemed() + f.expired() + f.clawedBack()).sum();
    assertThat(weeklyEarned).isEqualTo(points.earned());
    assertThat(weeklyBonus).isEqualTo(points.referralBonus() + points.goodwill());
    assertThat(weeklyOut).isEqualTo(points.redeemed() + points.expired() + points.clawedBack());
  }

  @Test
  void everyMemberHasOneTierAndSomeChangedTier() {
    LoyaltyTotals points = results.loyalty();

    assertThat(points.membersByTier().keySet()).containsExactly("Member", "Silver", "Gold");
    assertThat(points.membersByTier().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(points.members());
    assertThat(points.upgrades()).isPositive();
  }

  @Test
  void theReferralFunnelNarrowsAndRejectionsAddUp() {
    ReferralFunnel funnel = results.loyalty().referrals();

    assertThat(funnel.codesUsed()).isGreaterThanOrEqualTo(funnel.passedChecks());
    assertThat(funnel.passedChecks()).isGreaterThanOrEqualTo(funnel.qualified());
    assertThat(funnel.qualified()).isGreaterThanOrEqualTo(funnel.rewarded());
    assertThat(funnel.rewarded()).isGreaterThanOrEqualTo(funnel.kept());
    long rejected = funnel.rejectedByReason().values().stream().mapToLong(Long::longValue).sum();
    assertThat(funnel.codesUsed() - funnel.passedChecks()).isLessThanOrEqualTo(rejected);
    assertThat(funnel.rejectedByReason()).containsKey("velocity_device");
  }

  @Test
  void surveysAreAnsweredOnlyWhenSentAndEachAnswerHasBothScores() {
    SurveyTotals surveys = results.surveys();

    assertThat(surveys.answered()).isPositive().isLessThanOrEqualTo(surveys.sent());
    assertThat(surveys.nps().total().count()).isEqualTo(surveys.answered());
    assertThat(surveys.csat().total().count()).isEqualTo(surveys.answered());
    assertThat(surveys.followUps()).isEqualTo(surveys.nps().total().detractors());
    assertThat(surveys.followUpsOnTime()).isLessThanOrEqualTo(surveys.followUps());
  }
}
