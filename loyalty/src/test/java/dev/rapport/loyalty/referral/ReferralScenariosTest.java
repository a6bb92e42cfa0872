package dev.rapport.loyalty.referral;

import static dev.rapport.loyalty.referral.Fixtures.ANA;
import static dev.rapport.loyalty.referral.Fixtures.ANA_CODE;
import static dev.rapport.loyalty.referral.Fixtures.BEN;
import static dev.rapport.loyalty.referral.Fixtures.codeUsed;
import static dev.rapport.loyalty.referral.Fixtures.day;
import static dev.rapport.loyalty.referral.Fixtures.eur;
import static dev.rapport.loyalty.referral.Fixtures.order;
import static dev.rapport.loyalty.referral.Fixtures.program;
import static dev.rapport.loyalty.referral.Fixtures.refund;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.Actor;
import dev.rapport.loyalty.ClawbackPolicy;
import dev.rapport.loyalty.LedgerRequest;
import dev.rapport.loyalty.Origin;
import dev.rapport.loyalty.SourceRef;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scenarios the referral issue names, with exact expected statuses and points. */
class ReferralScenariosTest {

  @Test
  void firstOrderBelowTheMinimumDoesNotQualifyAndALaterOrderDoesNotPayUnderFirstOrderDecides() {
    Harness h = new Harness(program().build());
    h.handle(codeUsed("R1", day(0), ANA, BEN));

    h.handle(order("O1", day(2), BEN, "15.00"));
    h.handle(order("O2", day(5), BEN, "80.00"));

    Referral referral = h.referral("R1");
    assertThat(referral.status()).isEqualTo(ReferralStatus.REJECTED);
    assertThat(referral.reasons())
        .extracting(RejectionReason::code)
        .containsExactly(RejectionReason.FIRST_ORDER_BELOW_MINIMUM);
    assertThat(referral.order().orElseThrow().orderId()).isEqualTo("O1");
    assertThat(h.given).isEmpty();
    assertThat(h.points(ANA)).isZero();
    assertThat(h.points(BEN)).isZero();
  }

  @Test
  void firstOrderBelowTheMinimumDoesNotQualifyButALaterOrderPaysUnderAnyOrderInWindow() {
    Harness h =
        new Harness(
            program().qualification(QualificationRule.anyOrderAtLeast(eur("20.00"))).build());
    h.handle(codeUsed("R1", day(0), ANA, BEN));

    h.handle(order("O1", day(2), BEN, "15.00"));
    assertThat(h.referral("R1").status()).isEqualTo(ReferralStatus.PENDING);
    h.handle(order("O2", day(5), BEN, "80.00"));

    Referral referral = h.referral("R1");
    assertThat(referral.status()).isEqualTo(ReferralStatus.REWARDED);
    assertThat(referral.order().orElseThrow().orderId()).isEqualTo("O2");
    assertThat(referral.transitions())
        .extracting(Referral.Transition::status)
        .containsExactly(ReferralStatus.PENDING, ReferralStatus.QUALIFIED, ReferralStatus.REWARDED);
    assertThat(h.points(ANA)).isEqualTo(500);
    assertThat(h.points(BEN)).isEqualTo(250);
  }

  @Test
  void anOrderAfterTheWindowDoesNotPayUnderAnyOrderInWindow() {
    Harness h =
        new Harness(
            program().qualification(QualificationRule.anyOrderAtLeast(eur("20.00"))).build());
    h.handle(codeUsed("R1", day(0), ANA, BEN));

    h.handle(order("O1", day(30), BEN, "80.00"));

    assertThat(h.referral("R1").status()).isEqualTo(ReferralStatus.EXPIRED);
    assertThat(h.referral("R1").transitions().get(1).at()).isEqualTo(day(30));
    assertThat(h.given).isEmpty();
  }

  @Test
  void janeDoeAtGmailReferringJanedoePlusXAtGmailIsRejectedAsSelfReferral() {
    Harness h = new Harness(program().build());
    CustomerId jane = CustomerId.of("jane");
    CustomerId janeAgain = CustomerId.of("jane-2");

    h.handle(
        new CodeUsed(
            day(0),
            ReferralId.of("R1"),
            ANA_CODE,
            Fixtures.party(jane, "jane.doe@gmail.com"),
            Fixtures.party(janeAgain, "janedoe+x@gmail.com"),
            false));
    h.handle(order("O1", day(1), janeAgain, "50.00"));

    Referral referral = h.referral("R1");
    assertThat(referral.status()).isEqualTo(ReferralStatus.REJECTED);
    assertThat(referral.reasons())
        .containsExactly(
            RejectionReason.of(
                RejectionReason.SELF_REFERRAL_EMAIL,
                "the referee's email reaches the referrer's mailbox janedoe@gmail.com"));
    assertThat(referral.order()).map(ReferralOrder::orderId).contains("O1");
    assertThat(h.given).isEmpty();
  }

  @Test
  void theSixthReferralIn30DaysUnderACapOfFiveIsRecordedAndFlaggedNotPaid() {
    Harness h = new Harness(program().cap(ReferrerCap.rolling(5, Duration.ofDays(30))).build());

    for (int i = 1; i <= 6; i++) {
      CustomerId friend = CustomerId.of("friend-" + i);
      h.handle(codeUsed("R" + i, day(i), ANA, friend));
      h.handle(order("O" + i, day(i).plusSeconds(3600), friend, "30.00"));
    }

    for (int i = 1; i <= 5; i++) {
      assertThat(h.referral("R" + i).status()).isEqualTo(ReferralStatus.REWARDED);
    }
    Referral sixth = h.referral("R6");
    assertThat(sixth.status()).isEqualTo(ReferralStatus.REJECTED);
    assertThat(sixth.reasons())
        .containsExactly(
            RejectionReason.of(
                RejectionReason.REFERRER_CAP_REACHED,
                "referrer ana was already rewarded for 5 referrals, the cap of 5 per rolling"
                    + " PT720H"));
    assertThat(sixth.instructions()).isEmpty();
    assertThat(h.store.size()).isEqualTo(6);
    assertThat(h.points(ANA)).isEqualTo(5 * 500);
    assertThat(h.points(CustomerId.of("friend-6"))).isZero();
  }

  @Test
  void aRefundedQualifyingOrderReversesBothRewardsOnceEvenIfTheRefundArrivesTwice() {
    Harness h = new Harness(program().build());
    h.handle(codeUsed("R1", day(0), ANA, BEN));
    h.handle(order("O1", day(1), BEN, "40.00"));
    assertThat(h.points(ANA)).isEqualTo(500);
    assertThat(h.points(BEN)).isEqualTo(250);

    ReferralOutcome first = h.handle(refund("O1", day(3), BEN, "40.00"));
    ReferralOutcome second = h.handle(refund("O1", day(3), BEN, "40.00"));

    assertThat(first.instructions())
        .extracting(RewardInstruction::side, RewardInstruction::action)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                RewardInstruction.Side.REFERRER, RewardInstruction.Action.REVOKE),
            org.assertj.core.groups.Tuple.tuple(
                RewardInstruction.Side.REFEREE, RewardInstruction.Action.REVOKE));
    assertThat(second.isEmpty()).isTrue();
    assertThat(h.referral("R1").status()).isEqualTo(ReferralStatus.REVERSED);
    assertThat(h.given)
        .extracting(RewardInstruction::idempotencyKey)
        .containsExactly(
            "referral/R1/referrer/grant",
            "referral/R1/referee/grant",
            "referral/R1/referrer/revoke",
            "referral/R1/referee/revoke");
    assertThat(h.points(ANA)).isZero();
    assertThat(h.points(BEN)).isZero();
  }

  @ParameterizedTest(name = "{0}: referrer {1}, referee {2}")
  @CsvSource({"CLAMP_TO_ZERO, 0, 0", "ALLOW_NEGATIVE, -400, 0"})
  void aRefundClawsBackThroughTheLedgerUnderTheLoyaltyProgramsClawbackPolicy(
      ClawbackPolicy policy, long referrerAfter, long refereeAfter) {
    Harness h = new Harness(program().build(), policy);
    h.handle(codeUsed("R1", day(0), ANA, BEN));
    h.handle(order("O1", day(1), BEN, "40.00"));
    h.write(
        ANA,
        LedgerRequest.redeem(
            Origin.of("ana-redeem-1", day(2), SourceRef.order("A-9"), "checkout", Actor.member()),
            400));
    assertThat(h.points(ANA)).isEqualTo(100);

    h.handle(refund("O1", day(3), BEN, "40.00"));
    h.handle(refund("O1", day(3), BEN, "40.00"));

    assertThat(h.points(ANA)).isEqualTo(referrerAfter);
    assertThat(h.points(BEN)).isEqualTo(refereeAfter);
    assertThat(h.ledger(ANA).entries())
        .extracting(e -> e.origin().key().value())
        .containsExactly(
            "referral/R1/referrer/grant", "ana-redeem-1", "referral/R1/referrer/revoke");
  }

  @Test
  void aRejectedReferralIsRewardedExactlyOnceByAManualOverride() {
    Harness h = new Harness(program().build());
    CustomerId jane = CustomerId.of("jane");
    h.handle(
        new CodeUsed(
            day(0),
            ReferralId.of("R1"),
            ANA_CODE,
            Fixtures.party(ANA, "jane.doe@gmail.com"),
            Fixtures.party(jane, "janedoe+x@gmail.com"),
            false));

    ReferralOutcome approved = h.handle(Fixtures.approve("R1", day(2)));
    ReferralOutcome again = h.handle(Fixtures.approve("R1", day(3)));

    assertThat(approved.instructions()).hasSize(2);
    assertThat(again.isEmpty()).isTrue();
    Referral referral = h.referral("R1");
    assertThat(referral.status()).isEqualTo(ReferralStatus.REWARDED);
    assertThat(referral.transitions().get(1).cause()).isEqualTo("approved by rita");
    assertThat(referral.reasons())
        .extracting(RejectionReason::code)
        .containsExactly(RejectionReason.SELF_REFERRAL_EMAIL);
    assertThat(h.points(ANA)).isEqualTo(500);
    assertThat(h.points(jane)).isEqualTo(250);
  }

  @Test
  void replayingEveryEventOfAReferralPaysNothingMore() {
    Harness h = new Harness(program().build());
    List<ReferralEvent> events =
        List.of(
            codeUsed("R1", day(0), ANA, BEN),
            order("O1", day(1), BEN, "40.00"),
            refund("O1", day(2), BEN, "10.00"),
            refund("O1", day(3), BEN, "40.00"));
    events.forEach(h::handle);
    int given = h.given.size();
    Referral before = h.referral("R1");

    events.forEach(e -> assertThat(h.handle(e).isEmpty()).as("%s", e).isTrue());

    assertThat(h.given).hasSize(given);
    assertThat(h.referral("R1")).isEqualTo(before);
  }
}
