package dev.rapport.loyalty.referral;

import static dev.rapport.loyalty.referral.Fixtures.ANA;
import static dev.rapport.loyalty.referral.Fixtures.ANA_CODE;
import static dev.rapport.loyalty.referral.Fixtures.BEN;
import static dev.rapport.loyalty.referral.Fixtures.day;
import static dev.rapport.loyalty.referral.ReferralStatus.EXPIRED;
import static dev.rapport.loyalty.referral.ReferralStatus.PENDING;
import static dev.rapport.loyalty.referral.ReferralStatus.QUALIFIED;
import static dev.rapport.loyalty.referral.ReferralStatus.REJECTED;
import static dev.rapport.loyalty.referral.ReferralStatus.REWARDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.CustomerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferralTest {
  private static final RejectionReason REASON = RejectionReason.of("x", "y");

  private static Referral referral(
      List<RejectionReason> reasons,
      Optional<Instant> rewardDueAt,
      List<RewardInstruction> instructions,
      Referral.Transition... transitions) {
    return new Referral(
        ReferralId.of("R1"),
        ANA_CODE,
        ReferralParty.of(ANA),
        ReferralParty.of(BEN),
        false,
        day(0),
        day(30),
        Optional.of(Reward.points(500)),
        Optional.empty(),
        reasons,
        Optional.empty(),
        rewardDueAt,
        instructions,
        List.of(transitions));
  }

  /** Returns a pending referral used at day 0 with these parts, for the checks between them. */
  private static Referral pending(Instant expiresAt, Optional<Reward> referrerReward) {
    return new Referral(
        ReferralId.of("R1"),
        ANA_CODE,
        ReferralParty.of(ANA),
        ReferralParty.of(BEN),
        false,
        day(0),
        expiresAt,
        referrerReward,
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(t(0, PENDING)));
  }

  private static Referral.Transition t(int day, ReferralStatus status) {
    return new Referral.Transition(day(day), status, "because");
  }

  @Test
  void derivesItsStatusTimesAndDeadlineFromItsHistory() {
    Referral pending = referral(List.of(), Optional.empty(), List.of(), t(0, PENDING));
    Referral qualified =
        referral(List.of(), Optional.of(day(16)), List.of(), t(0, PENDING), t(2, QUALIFIED));
    Referral rewarded =
        referral(
            List.of(),
            Optional.of(day(16)),
            List.of(),
            t(0, PENDING),
            t(2, QUALIFIED),
            t(16, REWARDED));

    assertThat(pending.status()).isEqualTo(PENDING);
    assertThat(pending.deadline()).contains(day(30));
    assertThat(pending.qualifiedAt()).isEmpty();
    assertThat(qualified.deadline()).contains(day(16));
    assertThat(qualified.qualifiedAt()).contains(day(2));
    assertThat(rewarded.status()).isEqualTo(REWARDED);
    assertThat(rewarded.rewardedAt()).contains(day(16));
    assertThat(rewarded.lastChangedAt()).isEqualTo(day(16));
    assertThat(rewarded.deadline()).isEmpty();
    assertThat(rewarded.reward(RewardInstruction.Side.REFERRER)).contains(Reward.points(500));
    assertThat(rewarded.reward(RewardInstruction.Side.REFEREE)).isEmpty();
    assertThat(pending.attributes(day(0))).isTrue();
    assertThat(pending.attributes(day(30).minusNanos(1))).isTrue();
    assertThat(pending.attributes(day(30))).isFalse();
    assertThat(pending.attributes(day(0).minusNanos(1))).isFalse();
    assertThat(pending).hasToString("Referral{R1 PENDING, code " + ANA_CODE + ", ana -> ben}");
  }

  @Test
  void rejectsHistoriesTheMachineForbids() {
    assertThatThrownBy(() -> referral(List.of(), Optional.empty(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("transitions must not be empty");
    assertThatThrownBy(() -> referral(List.of(), Optional.empty(), List.of(), t(0, EXPIRED)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "transitions must start with PENDING or REJECTED at codeUsedAt "
                + day(0)
                + ", but started with EXPIRED at "
                + day(0));
    assertThatThrownBy(() -> referral(List.of(), Optional.empty(), List.of(), t(1, PENDING)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("transitions must start with PENDING or REJECTED");
    assertThatThrownBy(
            () -> referral(List.of(), Optional.empty(), List.of(), t(0, PENDING), t(1, PENDING)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "transitions must follow the status machine, but had PENDING then PENDING at index 1");
    assertThatThrownBy(() -> referral(List.of(REASON), Optional.empty(), List.of(), t(2, PENDING)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                referral(
                    List.of(),
                    Optional.of(day(9)),
                    List.of(),
                    t(0, PENDING),
                    t(5, QUALIFIED),
                    t(4, REWARDED)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "transitions must not go back in time, but had "
                + day(4)
                + " after "
                + day(5)
                + " at index 2");
  }

  @Test
  void rejectsPartsThatDoNotFit() {
    assertThatThrownBy(() -> referral(List.of(), Optional.empty(), List.of(), t(0, REJECTED)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reasons must not be empty for a REJECTED referral");
    assertThatThrownBy(
            () -> referral(List.of(), Optional.empty(), List.of(), t(0, PENDING), t(1, QUALIFIED)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rewardDueAt must be present for a QUALIFIED referral");
    RewardInstruction foreign =
        new RewardInstruction(
            ReferralId.of("R2"),
            RewardInstruction.Side.REFERRER,
            CustomerId.of("ana"),
            Reward.points(1),
            RewardInstruction.Action.GRANT,
            day(1));
    assertThatThrownBy(() -> referral(List.of(), Optional.empty(), List.of(foreign), t(0, PENDING)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("instructions must belong to referral R1, but one was for R2");
    assertThatThrownBy(() -> pending(day(0), Optional.of(Reward.points(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expiresAt must be after codeUsedAt " + day(0) + ", but was " + day(0));
    assertThatThrownBy(() -> pending(day(1), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rewards must include one for the referrer or the referee, but both were empty");
    assertThatThrownBy(() -> new Referral.Transition(day(0), PENDING, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cause must not be blank, but was \" \"");
  }
}
