package dev.rapport.loyalty;

import static dev.rapport.loyalty.Fixtures.MEMBER;
import static dev.rapport.loyalty.Fixtures.key;
import static dev.rapport.loyalty.Fixtures.origin;
import static dev.rapport.loyalty.Fixtures.program;
import static dev.rapport.loyalty.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class TierEngineTest {
  private static final Tier MEMBER_TIER = Tier.of("member", 0, "1");
  private static final Tier SILVER = Tier.of("silver", 1000, "1.1");
  private static final Tier GOLD = Tier.of("gold", 5000, "1.5");

  private static LoyaltyProgram tiered(
      TierPolicy.Window window, TierPolicy.Review review, TierPolicy.ClawbackDowngrade clawback) {
    return program()
        .tiers(
            TierPolicy.builder(TierPolicy.Basis.POINTS_EARNED, window)
                .tier(MEMBER_TIER)
                .tier(SILVER)
                .tier(GOLD)
                .review(review)
                .grace(Period.ofDays(30))
                .clawbackDowngrade(clawback)
                .build())
        .build();
  }

  private static final LoyaltyProgram YEARLY =
      tiered(
          TierPolicy.Window.CALENDAR_YEAR,
          TierPolicy.Review.YEARLY,
          TierPolicy.ClawbackDowngrade.AT_REVIEW);

  private static Instant at(String date) {
    return Instant.parse(date + "T12:00:00Z");
  }

  private static PointsLedger ledger(LoyaltyProgram program, LedgerRequest... requests) {
    PointsLedger ledger = PointsLedger.empty(MEMBER);
    for (LedgerRequest request : requests) {
      ledger = ledger.apply(program, request).ledger();
    }
    return ledger;
  }

  @Test
  void anUpgradeTakesEffectAtTheEarnThatReachesTheThreshold() {
    PointsLedger ledger =
        ledger(
            YEARLY,
            LedgerRequest.earn(origin("a", at("2025-02-01")), 600),
            LedgerRequest.earn(origin("b", at("2025-03-01")), 500));
    TierEngine engine = TierEngine.of(YEARLY);

    assertThat(engine.evaluate(ledger, at("2025-02-15")).tier()).isEqualTo(MEMBER_TIER);
    TierStatus status = engine.evaluate(ledger, at("2025-06-01"));
    assertThat(status.tier()).isEqualTo(SILVER);
    assertThat(status.qualifyingValue()).isEqualByComparingTo("1100");
    assertThat(status.since()).contains(at("2025-03-01"));
    assertThat(status.history())
        .containsExactly(
            new TierChange(at("2025-03-01"), MEMBER_TIER, SILVER, TierChange.Reason.UPGRADE));
    assertThat(status.nextReview()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Test
  void redemptionsNeverLowerWhatWasEarned() {
    PointsLedger ledger =
        ledger(
            YEARLY,
            LedgerRequest.earn(origin("a", at("2025-02-01")), 1100),
            LedgerRequest.redeem(origin("r", at("2025-04-01")), 1100));

    TierStatus status = TierEngine.of(YEARLY).evaluate(ledger, at("2025-12-31"));

    assertThat(status.tier()).isEqualTo(SILVER);
    assertThat(status.qualifyingValue()).isEqualByComparingTo("1100");
  }

  @Test
  void aDowngradeWaitsForAReviewAndItsGracePeriod() {
    PointsLedger ledger = ledger(YEARLY, LedgerRequest.earn(origin("a", at("2025-03-01")), 1100));
    TierEngine engine = TierEngine.of(YEARLY);

    // 2025 qualified for silver, so the review of 2026-01-01 keeps it through 2026.
    assertThat(engine.evaluate(ledger, at("2026-12-31")).tier()).isEqualTo(SILVER);
    // 2026 did not: the review of 2027-01-01 gives 30 days to requalify.
    assertThat(engine.evaluate(ledger, Instant.parse("2027-01-30T23:59:59Z")).tier())
        .isEqualTo(SILVER);
    TierStatus after = engine.evaluate(ledger, Instant.parse("2027-01-31T00:00:00Z"));
    assertThat(after.tier()).isEqualTo(MEMBER_TIER);
    assertThat(after.history())
        .extracting(TierChange::at, TierChange::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(at("2025-03-01"), TierChange.Reason.UPGRADE),
            org.assertj.core.groups.Tuple.tuple(
                Instant.parse("2027-01-31T00:00:00Z"), TierChange.Reason.REVIEW));
  }

  @Test
  void earningDuringTheGracePeriodKeepsTheTier() {
    PointsLedger ledger =
        ledger(
            YEARLY,
            LedgerRequest.earn(origin("a", at("2025-03-01")), 1100),
            LedgerRequest.earn(origin("b", at("2027-01-15")), 1000));

    TierStatus status = TierEngine.of(YEARLY).evaluate(ledger, at("2027-06-01"));

    assertThat(status.tier()).isEqualTo(SILVER);
    assertThat(status.history()).hasSize(1);
  }

  @Test
  void aRefundBelowTheThresholdWaitsForTheReviewOrDowngradesAtOnceAsThePolicySays() {
    LedgerRequest[] requests = {
      LedgerRequest.earn(origin("a", at("2025-02-01")), 600, usd("60.00")),
      LedgerRequest.earn(origin("b", at("2025-03-01")), 500, usd("50.00")),
      LedgerRequest.refund(origin("r", at("2025-05-01")), key("b"), usd("20.00"))
    };
    LoyaltyProgram immediate =
        tiered(
            TierPolicy.Window.CALENDAR_YEAR,
            TierPolicy.Review.YEARLY,
            TierPolicy.ClawbackDowngrade.IMMEDIATE);

    TierStatus atReview =
        TierEngine.of(YEARLY).evaluate(ledger(YEARLY, requests), at("2025-12-31"));
    TierStatus atOnce =
        TierEngine.of(immediate).evaluate(ledger(immediate, requests), at("2025-12-31"));

    assertThat(atReview.tier()).isEqualTo(SILVER);
    assertThat(atReview.qualifyingValue()).isEqualByComparingTo("900");
    assertThat(
            TierEngine.of(YEARLY)
                .evaluate(ledger(YEARLY, requests), Instant.parse("2026-01-31T00:00:00Z"))
                .tier())
        .isEqualTo(MEMBER_TIER);
    assertThat(atOnce.tier()).isEqualTo(MEMBER_TIER);
    assertThat(atOnce.history())
        .containsExactly(
            new TierChange(at("2025-03-01"), MEMBER_TIER, SILVER, TierChange.Reason.UPGRADE),
            new TierChange(at("2025-05-01"), SILVER, MEMBER_TIER, TierChange.Reason.CLAWBACK));
  }

  @Test
  void aRollingWindowLetsOldEarnsLapseAtTheMonthlyReview() {
    LoyaltyProgram rolling =
        program()
            .tiers(
                TierPolicy.builder(
                        TierPolicy.Basis.POINTS_EARNED, TierPolicy.Window.ROLLING_12_MONTHS)
                    .tier(MEMBER_TIER)
                    .tier(SILVER)
                    .review(TierPolicy.Review.MONTHLY)
                    .build())
            .build();
    PointsLedger ledger = ledger(rolling, LedgerRequest.earn(origin("a", at("2025-01-15")), 1000));
    TierEngine engine = TierEngine.of(rolling);

    assertThat(engine.evaluate(ledger, at("2026-01-14")).qualifyingValue())
        .isEqualByComparingTo("1000");
    assertThat(engine.evaluate(ledger, at("2026-01-16")).qualifyingValue())
        .isEqualByComparingTo("0");
    // The review of 2026-01-01 still saw the January 2025 earn; the one of 2026-02-01 did not.
    assertThat(engine.evaluate(ledger, at("2026-01-31")).tier()).isEqualTo(SILVER);
    TierStatus february = engine.evaluate(ledger, Instant.parse("2026-02-01T00:00:00Z"));
    assertThat(february.tier()).isEqualTo(MEMBER_TIER);
    assertThat(february.nextReview()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
  }

  @Test
  void spendQualifiesNetOfRefundsOverALifetime() {
    LoyaltyProgram spend =
        program()
            .tiers(
                TierPolicy.builder(TierPolicy.Basis.SPEND, TierPolicy.Window.LIFETIME)
                    .tier(MEMBER_TIER)
                    .tier(new Tier("vip", new BigDecimal("250.00"), BigDecimal.ONE))
                    .clawbackDowngrade(TierPolicy.ClawbackDowngrade.IMMEDIATE)
                    .build())
            .build();
    PointsLedger ledger =
        ledger(
            spend,
            LedgerRequest.earn(origin("a", at("2025-01-10")), 100, usd("200.00")),
            LedgerRequest.earn(origin("b", at("2025-01-11")), 60, usd("60.00")),
            LedgerRequest.refund(origin("r1", at("2025-01-12")), key("b"), usd("5.00")),
            LedgerRequest.earn(origin("c", at("2025-01-13")), 0, usd("10.00")),
            LedgerRequest.clawback(origin("r2", at("2025-01-14")), key("c")));

    TierStatus status = TierEngine.of(spend).evaluate(ledger, at("2025-01-20"));

    assertThat(status.qualifyingValue()).isEqualByComparingTo("255.00");
    assertThat(status.history())
        .extracting(TierChange::at, TierChange::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(at("2025-01-11"), TierChange.Reason.UPGRADE));
    assertThat(TierEngine.of(spend).evaluate(ledger, at("2025-01-12")).tier().name())
        .isEqualTo("vip");
  }

  @Test
  void entriesAfterTheInstantDoNotCount() {
    PointsLedger ledger = ledger(YEARLY, LedgerRequest.earn(origin("a", at("2025-03-01")), 5000));

    assertThat(TierEngine.of(YEARLY).evaluate(ledger, at("2025-02-28")).tier())
        .isEqualTo(MEMBER_TIER);
    assertThat(TierEngine.of(YEARLY).evaluate(ledger, at("2025-03-01")).tier()).isEqualTo(GOLD);
    assertThat(
            TierEngine.of(YEARLY).evaluate(PointsLedger.empty(MEMBER), at("2025-03-01")).history())
        .isEqualTo(List.of());
  }

  @Test
  void needsAProgramWithTiers() {
    assertThatThrownBy(() -> TierEngine.of(program().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("program must have a tier policy, but Test Rewards has none");
  }
}
