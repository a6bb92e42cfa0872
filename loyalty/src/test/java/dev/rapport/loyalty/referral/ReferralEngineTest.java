package dev.rapport.loyalty.referral;

import static dev.rapport.loyalty.referral.Fixtures.ANA;
import static dev.rapport.loyalty.referral.Fixtures.ANA_CODE;
import static dev.rapport.loyalty.referral.Fixtures.BEN;
import static dev.rapport.loyalty.referral.Fixtures.CAL;
import static dev.rapport.loyalty.referral.Fixtures.approve;
import static dev.rapport.loyalty.referral.Fixtures.codeUsed;
import static dev.rapport.loyalty.referral.Fixtures.day;
import static dev.rapport.loyalty.referral.Fixtures.eur;
import static dev.rapport.loyalty.referral.Fixtures.order;
import static dev.rapport.loyalty.referral.Fixtures.program;
import static dev.rapport.loyalty.referral.Fixtures.refund;
import static dev.rapport.loyalty.referral.Fixtures.reject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.Money;
import dev.rapport.loyalty.referral.RewardInstruction.Action;
import dev.rapport.loyalty.referral.RewardInstruction.Side;
import dev.rapport.loyalty.referral.spi.ReferralHistory;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReferralEngineTest {

  @Nested
  class CodeUse {
    @Test
    void recordsAPendingReferralWithThePromisedRewardsAndWindow() {
      ReferralOutcome outcome =
          ReferralEngine.of(program().build())
              .handle(codeUsed("R1", day(0), ANA, BEN), ReferralHistory.empty());

      assertThat(outcome.instructions()).isEmpty();
      Referral referral = outcome.referrals().get(0);
      assertThat(referral.status()).isEqualTo(ReferralStatus.PENDING);
      assertThat(referral.codeUsedAt()).isEqualTo(day(0));
      assertThat(referral.expiresAt()).isEqualTo(day(30));
      assertThat(referral.deadline()).contains(day(30));
      assertThat(referral.referrerReward()).contains(Reward.points(500));
      assertThat(referral.refereeReward()).contains(Reward.points(250));
      assertThat(referral.transitions())
          .containsExactly(
              new Referral.Transition(
                  day(0), ReferralStatus.PENDING, "code " + ANA_CODE + " used"));
    }

    @Test
    void aRepeatedCodeUseChangesNothingAndADifferentOneWithTheSameIdIsAConflict() {
      Harness h = new Harness(program().build());
      h.handle(codeUsed("R1", day(0), ANA, BEN));

      assertThat(h.handle(codeUsed("R1", day(0), ANA, BEN)).isEmpty()).isTrue();
      assertThatThrownBy(() -> h.handle(codeUsed("R1", day(1), ANA, BEN)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "referralId must identify one code use, but R1 is already recorded for code "
                  + ANA_CODE
                  + " used by ben at "
                  + day(0));
    }

    @Test
    void theLastCodeWinsAndTheEarlierPendingReferralIsSuperseded() {
      Harness h = new Harness(program().build());
      h.handle(codeUsed("R1", day(0), ANA, BEN));

      ReferralOutcome outcome = h.handle(codeUsed("R2", day(3), CAL, BEN));
      h.handle(order("O1", day(4), BEN, "25.00"));

      assertThat(outcome.referrals())
          .extracting(Referral::id)
          .extracting(ReferralId::value)
          .containsExactly("R1", "R2");
      assertThat(h.referral("R1").status()).isEqualTo(ReferralStatus.REJECTED);
      assertThat(h.referral("R1").reasons())
          .extracting(RejectionReason::code)
          .containsExactly(RejectionReason.SUPERSEDED);
      assertThat(h.referral("R2").status()).isEqualTo(ReferralStatus.REWARDED);
      assertThat(h.points(CAL)).isEqualTo(500);
      assertThat(h.points(ANA)).isZero();
      assertThat(h.referral("R1").order()).isEmpty();
    }

    @Test
    void aCodeUseOlderThanAPendingOneArrivingLateIsSuperseded() {
      Harness h = new Harness(program().build());
      h.handle(codeUsed("R2", day(3), CAL, BEN));

      h.handle(codeUsed("R1", day(1), ANA, BEN));

      assertThat(h.referral("R2").status()).isEqualTo(ReferralStatus.PENDING);
      assertThat(h.referral("R1").status()).isEqualTo(ReferralStatus.REJECTED);
      assertThat(h.referral("R1").reasons())
          .extracting(RejectionReason::code)
          .containsExactly(RejectionReason.SUPERSEDED);
    }

    @Test
    void aRefereeWhoseReferralQualifiedCannotBeReferredAgain() {
      Harness h = new Harness(program().build());
      h.handle(codeUsed("R1", day(0), ANA, BEN));
      h.handle(order("O1", day(1), BEN, "25.00"));
      h.handle(refund("O1", day(2), BEN, "25.00"));

      h.handle(codeUsed("R2", day(5), CAL, BEN));

      assertThat(h.referral("R2").status()).isEqualTo(ReferralStatus.REJECTED);
      assertThat(h.referral("R2").reasons())
          .containsExactly(
              RejectionReason.of(
                  RejectionReason.REFEREE_ALREADY_REFERRED,
                  "customer ben already has referral R1, REVERSED"));
    }

    @Test
    void anExpiredOrRejectedReferralDoesNotStopANewOne() {
      Harness h = new Harness(program().build());
      h.handle(codeUsed("R1", day(0), ANA, BEN));

      h.handle(codeUsed("R2", day(40), CAL, BEN));

      assertThat(h.referral("R1").status()).isEqualTo(ReferralStatus.EXPIRED);
      assertThat(h.referral("R2").status()).isEqualTo(ReferralStatus.PENDING);
    }

    @Test
    void recordsEveryReasonTheRulesFind() {
      Harness h = new Harness(program().build());
      ReferralParty referrer =
          ReferralParty.builder(ANA).email("ana@gmail.com").deviceId("d1").build();
      ReferralParty referee =
          ReferralParty.builder(BEN).email("a.n.a@googlemail.com").deviceId("d1").build();

      h.handle(new CodeUsed(day(0), ReferralId.of("R1"), ANA_CODE, referrer, referee, true));

      assertThat(h.referral("R1").status()).isEqualTo(ReferralStatus.REJECTED);
      assertThat(h.referral("R1").reasons())
          .extracting(RejectionReason::code)
          .containsExactly(
              RejectionReason.SELF_REFERRAL_EMAIL,
              RejectionReason.SELF_REFERRAL_DEVICE,
              RejectionReason.REFEREE_ALREADY_CUSTOMER);
    }

    @Test
    void aVelocityRuleFlagsTheReferralThatExceedsIt() {
      Harness h =
          new Harness(program().fraudRule(VelocityRule.perReferrer(2, Duration.ofDays(1))).build());

      h.handle(codeUsed("R1", day(0), ANA, CustomerId.of("f1")));
      h.handle(codeUsed("R2", day(0).plusSeconds(60), ANA, CustomerId.of("f2")));
      h.handle(codeUsed("R3", day(0).plusSeconds(120), ANA, CustomerId.of("f3")));
      h.handle(codeUsed("R4", day(1).plusSeconds(61), ANA, CustomerId.of("f4")));

      assertThat(h.referral("R2").status()).isEqualTo(ReferralStatus.PENDING);
      assertThat(h.referral("R3").status()).isEqualTo(ReferralStatus.REJECTED);
      assertThat(h.referral("R3").reasons())
          .containsExactly(
              RejectionReason.of(
                  RejectionReason.VELOCITY_REFERRER,
                  "3 referrals by referrer ana within PT24H, more than the 2 allowed"));
      // R1 is out of R4's window; R3 (rejected) and R4 are in it.
      assertThat(h.referral("R4").status()).isEqualTo(ReferralStatus.PENDING);
    }
  }

  @Nested
  class Qualification {
    @Test
    void anOrderAtExactlyTheMinimumQualifies() {
      Harness h = new Harness(program().build());
      h.handle(codeUsed("R1", day(0), ANA, BEN));

      ReferralOutcome outcome = h.handle(order("O1", day(1), BEN, "20.00"));

      assertThat(outcome.instructions())
          .extracting(
              RewardInstruction::side,
              RewardInstruction::beneficiary,
              RewardInstruction::reward,
              RewardInstruction::action,
              RewardInstruction::at)
          .containsExactly(
              tuple(Side.REFERRER, ANA, Reward.points(500), Action.GRANT, day(1)),
              tuple(Side.REFEREE, BEN, Reward.points(250), Action.GRANT, day(1)));
      Referral referral = h.referral("R1");
      assertThat(referral.instructions()).isEqualTo(outcome.instructions());
      assertThat(referral.rewardedAt()).contains(day(1));
      assertThat(referral.qualifiedAt()).contains(day(1));
      assertThat(referral.deadline()).isEmpty();
      assertThat(referral.transitions())
          .extracting(Referral.Transition::cause)
          .containsExactly("code " + ANA_CODE + " used", "order O1 of EUR 20.00", "rewarded");
    }

    @Test
    void anOrderBeforeTheCodeUseOrOfAnotherCustomerChangesNothing() {
      Harness h = new Harness(program().build());
      h.handle(codeUsed("R1", day(1), ANA, BEN));

      assertThat(h.handle(order("O0", day(0), BEN, "50.00")).isEmpty()).isTrue();
      assertThat(h.handle(order("O1", day(2), CAL, "50.00")).isEmpty()).isTrue();
      assertThat(h.referral("R1").status()).isEqualTo(ReferralStatus.PENDING);
    }

    @Test
    void anOrderInAnotherCurrencyIsAnError() {
      Harness h = new Harness(program().build());
      h.handle(codeUsed("R1", day(0), ANA, BEN));

      assertThatThrownBy(() -> h.handle(OrderPlaced.of(day(1), BEN, "O1", Money.of("30", "USD"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "amount of order O1 must be in the qualification currency EUR, but was USD 30.00");
    }

    @Test
    void theOrdersSignalsAreCheckedAtQualification() {
      Harness h = new Harness(program().build());
      ReferralParty referrer = ReferralParty.builder(ANA).paymentFingerprint("card-9").build();
      h.handle(
          new CodeUsed(
              day(0), ReferralId.of("R1"), ANA_CODE, referrer, ReferralParty.of(BEN), false));

      h.handle(
          new OrderPlaced(
              day(1), BEN, "O1", eur("30"), Optional.of("card-9"), Optional.of("1 Rue X")));

      Referral referral = h.referral("R1");
      assertThat(referral.status()).isEqualTo(ReferralStatus.REJECTED);
      assertThat(referral.reasons())
          .containsExactly(
              RejectionReason.of(
                  RejectionReason.SELF_REFERRAL_PAYMENT,
                  "the referee uses the referrer's payment method"));
      assertThat(referral.referee().paymentFingerprints()).containsExactly("card-9");
      assertThat(referral.referee().addresses()).containsExactly("1 Rue X");
      assertThat(h.given).isEmpty();
    }

    @Test
    void aNamedEventQualifiesUnderTheEventRuleAndOrdersDoNot() {
      Harness h =
          new Harness(program().qualification(QualificationRule.event("subscribed")).build());
      h.handle(codeUsed("R1", day(0), ANA, BEN));

      assertThat(h.handle(order("O1", day(1), BEN, "99.00")).isEmpty()).isTrue();
      assertThat(h.handle(new QualifyingEvent(day(2), BEN, "reviewed")).isEmpty()).isTrue();
      h.handle(new QualifyingEvent(day(3), BEN, "subscribed"));
      ReferralOutcome again = h.handle(new QualifyingEvent(day(4), BEN, "subscribed"));

      assertThat(h.referral("R1").status()).isEqualTo(ReferralStatus.REWARDED);
      assertThat(h.referral("R1").transitions().get(1).cause()).isEqualTo("event subscribed");
      assertThat(again.isEmpty()).isTrue();
      assertThat(h.points(ANA)).isEqualTo(500);
    }

    @Test
    void theRewardsPromisedAtTheCodeUseArePaidEvenIfTheProgramChanged() {
      Harness before = new Harness(program().build());
      before.handle(codeUsed("R1", day(0), ANA, BEN));
      ReferralEngine after =
          ReferralEngine.of(program().referrerReward(Reward.points(100)).build());

      ReferralOutcome outcome = after.handle(order("O1", day(1), BEN, "30"), before.store);

      assertThat(outcome.instructions())
          .extracting(RewardInstruction::reward)
          .containsExactly(Reward.points(500), Reward.points(250));
    }

    @Test
    void aOneSidedProgramWithACallerRewardGrantsOneReference() {
      Harness h =
          new Harness(
              program()
                  .referrerReward(Reward.reference("voucher:10-EUR"))
                  .noRefereeReward()
                  .build());
      h.handle(codeUsed("R1", day(0), ANA, BEN));
      h.handle(order("O1", day(1), BEN, "30"));
      h.handle(refund("O1", day(2), BEN, "30"));

      assertThat(h.given)
          .extracting(RewardInstruction::idempotencyKey)
          .containsExactly("referral/R1/referrer/grant", "referral/R1/referrer/revoke");
      assertThat(h.references(ANA)).containsExactly("+voucher:10-EUR", "-voucher:10-EUR");
    }
  }

  @Nested
  class Time {
    @Test
    void aPendingReferralExpiresAtTheEndOfItsWindow() {
      Harness h = new Harness(program().build());
      h.handle(codeUsed("R1", day(0), ANA, BEN));
      Referral pending = h.referral("R1");

      assertThat(h.engine.advance(pending, day(30).minusNanos(1), h.store).isEmpty()).isTrue();
      ReferralOutcome outcome = h.engine.advance(pending, day(45), h.store);

      Referral expired = outcome.referrals().get(0);
      assertThat(expired.status()).isEqualTo(ReferralStatus.EXPIRED);
      assertThat(expired.lastChangedAt()).isEqualTo(day(30));
      assertThat(expired.deadline()).isEmpty();
    }

    @Test
    void aRewardHoldDelaysTheRewardsUntilItEnds() {
      Harness h = new Harness(program().rewardHold(Duration.ofDays(14)).build());
      h.handle(codeUsed("R1", day(0), ANA, BEN));
      h.handle(order("O1", day(1), BEN, "30"));

      assertThat(h.referral("R1").status()).isEqualTo(ReferralStatus.QUALIFIED);
      assertThat(h.referral("R1").deadline()).contains(day(15));
      assertThat(h.advance(day(14))).isEmpty();
      h.advance(day(16));

      assertThat(h.referral("R1").status()).isEqualTo(ReferralStatus.REWARDED);
      assertThat(h.referral("R1").rewardedAt()).contains(day(15));
      assertThat(h.referral("R1").transitions().get(2).cause()).isEqualTo("reward hold ended");
      assertThat(h.points(ANA)).isEqualTo(500);
    }

    @Test
    void aRefundDuringTheHoldReversesTheReferralBeforeAnythingIsPaid() {
      Harness h = new Harness(program().rewardHold(Duration.ofDays(14)).build());
      h.handle(codeUsed("R1", day(0), ANA, BEN));
      h.handle(order("O1", day(1), BEN, "30"));

      ReferralOutcome outcome = h.handle(refund("O1", day(5), BEN, "30"));
      h.advance(day(20));

      assertThat(outcome.instructions()).isEmpty();
      assertThat(h.referral("R1").status()).isEqualTo(ReferralStatus.REVERSED);
      assertThat(h.referral("R1").transitions().get(2).cause())
          .isEqualTo("order O1 refunded, EUR 30.00 of EUR 30.00, before the reward");
      assertThat(h.given).isEmpty();
    }

    @Test
    void aRefundAfterTheHoldEndedButBeforeTheSweepPaysAndTakesBackInOneOutcome() {
      Harness h = new Harness(program().rewardHold(Duration.ofDays(14)).build());
      h.handle(codeUsed("R1", day(0), ANA, BEN));
      h.handle(order("O1", day(1), BEN, "30"));

      ReferralOutcome outcome = h.handle(refund("O1", day(20), BEN, "30"));

      assertThat(outcome.instructions())
          .extracting(RewardInstruction::action, RewardInstruction::at)
          .containsExactly(
              tuple(Action.GRANT, day(15)),
              tuple(Action.GRANT, day(15)),
              tuple(Action.REVOKE, day(20)),
              tuple(Action.REVOKE, day(20)));
      assertThat(h.points(ANA)).isZero();
    }
  }

  @Test
  void aRewardHandledLateStillCannotExceedARollingCap() {
    Harness h =
        new Harness(
            program()
                .rewardHold(Duration.ofDays(5))
                .cap(ReferrerCap.rolling(1, Duration.ofDays(30)))
                .build());
    h.handle(codeUsed("R1", day(0), ANA, BEN));
    h.handle(order("O1", day(1), BEN, "25"));
    h.handle(codeUsed("R2", day(1), ANA, CAL));
    h.handle(order("O2", day(2), CAL, "25"));

    // Cal's referral is brought up to date first (by cal's next order), Ben's later.
    h.handle(order("O3", day(10), CAL, "25"));
    h.handle(order("O4", day(11), BEN, "25"));

    assertThat(h.referral("R2").status()).isEqualTo(ReferralStatus.REWARDED);
    assertThat(h.referral("R2").rewardedAt()).contains(day(7));
    assertThat(h.referral("R1").status()).isEqualTo(ReferralStatus.REJECTED);
    assertThat(h.referral("R1").reasons())
        .extracting(RejectionReason::code)
        .containsExactly(RejectionReason.REFERRER_CAP_REACHED);
    assertThat(h.points(ANA)).isEqualTo(500);
  }

  @Nested
  class Refunds {
    static Stream<Arguments> partialRefunds() {
      return Stream.of(
          Arguments.of("50.00", "30.00", ReferralStatus.REWARDED),
          Arguments.of("50.00", "30.01", ReferralStatus.REVERSED),
          Arguments.of("20.00", "0.01", ReferralStatus.REVERSED),
          Arguments.of("50.00", "50.00", ReferralStatus.REVERSED));
    }

    @ParameterizedTest(name = "order {0}, refunded {1} -> {2}")
    @MethodSource("partialRefunds")
    void aRefundReversesWhenWhatIsLeftFallsBelowTheMinimum(
        String amount, String refunded, ReferralStatus expected) {
      Harness h = new Harness(program().build());
      h.handle(codeUsed("R1", day(0), ANA, BEN));
      h.handle(order("O1", day(1), BEN, amount));

      h.handle(refund("O1", day(2), BEN, refunded));

      assertThat(h.referral("R1").status()).isEqualTo(expected);
      assertThat(h.referral("R1").order().orElseThrow().refunded()).isEqualTo(eur(refunded));
    }

    @Test
    void aFullRefundReversesEvenWithAZeroMinimum() {
      Harness h =
          new Harness(program().qualification(QualificationRule.anyOrderAtLeast(eur("0"))).build());
      h.handle(codeUsed("R1", day(0), ANA, BEN));
      h.handle(order("O1", day(1), BEN, "5.00"));

      h.handle(refund("O1", day(2), BEN, "4.99"));
      assertThat(h.referral("R1").status()).isEqualTo(ReferralStatus.REWARDED);
      h.handle(refund("O1", day(3), BEN, "5.00"));
      assertThat(h.referral("R1").status()).isEqualTo(ReferralStatus.REVERSED);
    }

    @Test
    void anOlderRefundTotalArrivingLateChangesNothing() {
      Harness h = new Harness(program().build());
      h.handle(codeUsed("R1", day(0), ANA, BEN));
      h.handle(order("O1", day(1), BEN, "50"));
      h.handle(refund("O1", day(3), BEN, "20"));

      assertThat(h.handle(refund("O1", day(2), BEN, "10")).isEmpty()).isTrue();
      assertThat(h.referral("R1").order().orElseThrow().refunded()).isEqualTo(eur("20"));
    }

    @Test
    void refundsOfOtherOrdersChangeNothing() {
      Harness h = new Harness(program().build());
      h.handle(codeUsed("R1", day(0), ANA, BEN));
      h.handle(order("O1", day(1), BEN, "50"));

      assertThat(h.handle(refund("O2", day(2), BEN, "50")).isEmpty()).isTrue();
    }

    @Test
    void aRefundOfMoreThanTheOrderOrInAnotherCurrencyIsAnError() {
      Harness h = new Harness(program().build());
      h.handle(codeUsed("R1", day(0), ANA, BEN));
      h.handle(order("O1", day(1), BEN, "50"));

      assertThatThrownBy(() -> h.handle(refund("O1", day(2), BEN, "50.01")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "refundedTotal of order O1 must be at most the order amount EUR 50.00, but was EUR"
                  + " 50.01");
      assertThatThrownBy(() -> h.handle(new OrderRefunded(day(2), BEN, "O1", Money.of("5", "USD"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "refundedTotal of order O1 must be in the order's currency EUR, but was USD 5.00");
    }

    @Test
    void referrerOnlyClawbackLeavesTheRefereeTheirReward() {
      Harness h = new Harness(program().clawback(ReferralClawback.REFERRER_ONLY).build());
      h.handle(codeUsed("R1", day(0), ANA, BEN));
      h.handle(order("O1", day(1), BEN, "50"));

      ReferralOutcome outcome = h.handle(refund("O1", day(2), BEN, "50"));

      assertThat(outcome.instructions())
          .extracting(RewardInstruction::side, RewardInstruction::action)
          .containsExactly(tuple(Side.REFERRER, Action.REVOKE));
      assertThat(h.points(ANA)).isZero();
      assertThat(h.points(BEN)).isEqualTo(250);
    }

    @Test
    void noClawbackLeavesTheReferralRewarded() {
      Harness h = new Harness(program().clawback(ReferralClawback.NONE).build());
      h.handle(codeUsed("R1", day(0), ANA, BEN));
      h.handle(order("O1", day(1), BEN, "50"));

      ReferralOutcome outcome = h.handle(refund("O1", day(2), BEN, "50"));

      assertThat(outcome.instructions()).isEmpty();
      assertThat(h.referral("R1").status()).isEqualTo(ReferralStatus.REWARDED);
      assertThat(h.referral("R1").order().orElseThrow().refunded()).isEqualTo(eur("50"));
    }

    @Test
    void aRefundAfterTheClawbackWindowTakesNothingBack() {
      Harness h = new Harness(program().clawbackWindow(Duration.ofDays(30)).build());
      h.handle(codeUsed("R1", day(0), ANA, BEN));
      h.handle(order("O1", day(1), BEN, "50"));
      h.handle(codeUsed("R2", day(0), ANA, CAL));
      h.handle(order("O2", day(1), CAL, "50"));

      h.handle(refund("O1", day(31).minusNanos(1), BEN, "50"));
      h.handle(refund("O2", day(31), CAL, "50"));

      assertThat(h.referral("R1").status()).isEqualTo(ReferralStatus.REVERSED);
      assertThat(h.referral("R2").status()).isEqualTo(ReferralStatus.REWARDED);
    }
  }

  @Nested
  class Review {
    @Test
    void aRejectionOfAPendingReferralRecordsTheReviewer() {
      Harness h = new Harness(program().build());
      h.handle(codeUsed("R1", day(0), ANA, BEN));

      h.handle(reject("R1", day(1)));
      h.handle(order("O1", day(2), BEN, "50"));

      Referral referral = h.referral("R1");
      assertThat(referral.status()).isEqualTo(ReferralStatus.REJECTED);
      assertThat(referral.reasons())
          .containsExactly(
              RejectionReason.of(RejectionReason.MANUAL_REJECTION, "rejected by rita: fake"));
      assertThat(referral.order()).isPresent();
      assertThat(h.given).isEmpty();
    }

    @Test
    void aRejectionOfARewardedReferralTakesBothRewardsBackWhateverTheClawbackPolicy() {
      Harness h = new Harness(program().clawback(ReferralClawback.NONE).build());
      h.handle(codeUsed("R1", day(0), ANA, BEN));
      h.handle(order("O1", day(1), BEN, "50"));

      h.handle(reject("R1", day(2)));
      ReferralOutcome again = h.handle(reject("R1", day(3)));

      assertThat(h.referral("R1").status()).isEqualTo(ReferralStatus.REVERSED);
      assertThat(again.isEmpty()).isTrue();
      assertThat(h.points(ANA)).isZero();
      assertThat(h.points(BEN)).isZero();
    }

    @Test
    void anApprovalPassesTheCapAndAnApprovedOrderIsReversedByItsRefund() {
      Harness h = new Harness(program().cap(ReferrerCap.rolling(1, Duration.ofDays(30))).build());
      h.handle(codeUsed("R1", day(0), ANA, BEN));
      h.handle(order("O1", day(1), BEN, "50"));
      h.handle(codeUsed("R2", day(2), ANA, CAL));
      h.handle(order("O2", day(3), CAL, "50"));
      assertThat(h.referral("R2").status()).isEqualTo(ReferralStatus.REJECTED);

      h.handle(approve("R2", day(4)));
      assertThat(h.referral("R2").status()).isEqualTo(ReferralStatus.REWARDED);
      assertThat(h.points(ANA)).isEqualTo(1000);
      h.handle(refund("O2", day(5), CAL, "50"));

      assertThat(h.referral("R2").status()).isEqualTo(ReferralStatus.REVERSED);
      assertThat(h.points(ANA)).isEqualTo(500);
      assertThat(h.points(CAL)).isZero();
    }

    @Test
    void approvingAnExpiredReferralRewardsIt() {
      Harness h = new Harness(program().build());
      h.handle(codeUsed("R1", day(0), ANA, BEN));

      h.handle(approve("R1", day(40)));

      assertThat(h.referral("R1").transitions())
          .extracting(Referral.Transition::status)
          .containsExactly(ReferralStatus.PENDING, ReferralStatus.EXPIRED, ReferralStatus.REWARDED);
      assertThat(h.points(BEN)).isEqualTo(250);
    }

    @Test
    void approvingAReversedReferralIsAnErrorAndAnUnknownOneIsToo() {
      Harness h = new Harness(program().build());
      h.handle(codeUsed("R1", day(0), ANA, BEN));
      h.handle(order("O1", day(1), BEN, "50"));
      h.handle(refund("O1", day(2), BEN, "50"));

      assertThatThrownBy(() -> h.handle(approve("R1", day(3))))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "referral R1 must not be approved once REVERSED: its rewards were taken back for"
                  + " good");
      assertThatThrownBy(() -> h.handle(approve("R9", day(3))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("referralId must be a recorded referral, but was R9");
    }
  }

  @Test
  void handleAndAdvanceRejectNulls() {
    ReferralEngine engine = ReferralEngine.of(program().build());
    assertThatThrownBy(() -> engine.handle(null, ReferralHistory.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("event");
    assertThatThrownBy(() -> engine.handle(codeUsed("R1", day(0), ANA, BEN), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("history");
    assertThatThrownBy(() -> ReferralEngine.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("program");
    assertThat(engine.program().name()).isEqualTo("friends");
    assertThat(engine).hasToString("ReferralEngine{friends}");
  }
}
