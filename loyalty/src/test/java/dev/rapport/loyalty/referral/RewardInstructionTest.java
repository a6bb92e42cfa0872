package dev.rapport.loyalty.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.referral.RewardInstruction.Action;
import dev.rapport.loyalty.referral.RewardInstruction.Side;
import java.time.Instant;
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
