package dev.rapport.loyalty.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.Actor;
import dev.rapport.loyalty.IdempotencyKey;
import dev.rapport.loyalty.LedgerRequest;
import dev.rapport.loyalty.LedgerResult;
import dev.rapport.loyalty.LoyaltyProgram;
import dev.rapport.loyalty.Origin;
import dev.rapport.loyalty.PointsLedger;
import dev.rapport.loyalty.SourceRef;
import dev.rapport.loyalty.referral.RewardInstruction.Action;
import dev.rapport.loyalty.referral.RewardInstruction.Side;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RewardInstructionTest {
  private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

  @Test
  void keysDeriveFromReferralSideAndAction() {
    RewardInstruction grant =
        new RewardInstruction(
            ReferralId.of("R-1"),
            Side.REFEREE,
            CustomerId.of("ben"),
            Reward.points(250),
            Action.GRANT,
            AT);

    assertThat(grant.idempotencyKey()).isEqualTo("referral/R-1/referee/grant");
    assertThat(grant.grantKey()).isEqualTo(grant.idempotencyKey());
    RewardInstruction revoke = grant.revokedAt(AT.plusSeconds(5));
    assertThat(revoke.action()).isEqualTo(Action.REVOKE);
    assertThat(revoke.at()).isEqualTo(AT.plusSeconds(5));
    assertThat(revoke.idempotencyKey()).isEqualTo("referral/R-1/referee/revoke");
    assertThat(revoke.grantKey()).isEqualTo("referral/R-1/referee/grant");
    assertThat(revoke)
        .hasToString("REVOKE 250 points to REFEREE ben [referral/R-1/referee/revoke]");
  }

  @Test
  void keysNeverCollideEvenForIdsThatLookLikeKeys() {
    List<String> ids =
        List.of("a", "a/referrer", "a/referrer/grant", "a/referee/grant", "a/referee", "referral");
    Set<String> keys = new HashSet<>();
    int count = 0;
    for (String id : ids) {
      for (Side side : Side.values()) {
        for (Action action : Action.values()) {
          keys.add(RewardInstruction.idempotencyKey(ReferralId.of(id), side, action));
          count++;
        }
      }
    }
    assertThat(keys).hasSize(count);
  }

  @Test
  void pointsBecomeAnEarnAndAClawbackOfThatEarnInTheLedger() {
    RewardInstruction grant =
        new RewardInstruction(
            ReferralId.of("R-1"),
            Side.REFERRER,
            CustomerId.of("ana"),
            Reward.points(500),
            Action.GRANT,
            AT);
    RewardInstruction revoke = grant.revokedAt(AT.plusSeconds(60));

    LedgerRequest earn = grant.toLedgerRequest().orElseThrow();
    LedgerRequest clawback = revoke.toLedgerRequest().orElseThrow();

    assertThat(earn)
        .isEqualTo(
            LedgerRequest.earn(
                Origin.of(
                    "referral/R-1/referrer/grant",
                    AT,
                    SourceRef.referral("R-1"),
                    "referral R-1 reward for the referrer",
                    Actor.system()),
                500));
    assertThat(clawback)
        .isEqualTo(
            LedgerRequest.clawback(
                Origin.of(
                    "referral/R-1/referrer/revoke",
                    AT.plusSeconds(60),
                    SourceRef.referral("R-1"),
                    "referral R-1 reversed: the referrer's reward taken back",
                    Actor.system()),
                IdempotencyKey.of("referral/R-1/referrer/grant")));

    LoyaltyProgram program =
        LoyaltyProgram.builder("p", ZoneOffset.UTC, Currency.getInstance("EUR")).build();
    PointsLedger ledger = PointsLedger.empty(CustomerId.of("ana"));
    ledger = ledger.apply(program, earn).ledger();
    LedgerResult again = ledger.apply(program, grant.toLedgerRequest().orElseThrow());
    assertThat(again.duplicate()).isTrue();
    assertThat(again.ledger().entries()).hasSize(1);
    ledger = ledger.apply(program, clawback).ledger();
    assertThat(ledger.apply(program, clawback).duplicate()).isTrue();
    assertThat(ledger.balance()).isZero();
  }

  @Test
  void callerRewardsHaveNoLedgerRequest() {
    RewardInstruction grant =
        new RewardInstruction(
            ReferralId.of("R-1"),
            Side.REFEREE,
            CustomerId.of("ben"),
            Reward.reference("voucher"),
            Action.GRANT,
            AT);
    assertThat(grant.toLedgerRequest()).isEmpty();
  }

  @Test
  void theLongestReferralIdStillMakesLedgerKeys() {
    RewardInstruction revoke =
        new RewardInstruction(
            ReferralId.of("r".repeat(ReferralId.MAX_LENGTH)),
            Side.REFERRER,
            CustomerId.of("ana"),
            Reward.points(1),
            Action.REVOKE,
            AT);
    assertThat(revoke.toLedgerRequest().orElseThrow().key().value())
        .hasSizeLessThanOrEqualTo(IdempotencyKey.MAX_LENGTH);
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(
            () ->
                new RewardInstruction(
                    ReferralId.of("R"),
                    null,
                    CustomerId.of("b"),
                    Reward.points(1),
                    Action.GRANT,
                    AT))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("side");
    assertThatThrownBy(
            () -> RewardInstruction.idempotencyKey(ReferralId.of("R"), Side.REFEREE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("action");
  }
}
