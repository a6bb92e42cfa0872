package dev.rapport.loyalty.referral;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.loyalty.referral.RewardInstruction.Side;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReferralClawbackTest {
  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of(ReferralClawback.BOTH_SIDES, Side.REFERRER, true),
        Arguments.of(ReferralClawback.BOTH_SIDES, Side.REFEREE, true),
        Arguments.of(ReferralClawback.REFERRER_ONLY, Side.REFERRER, true),
        Arguments.of(ReferralClawback.REFERRER_ONLY, Side.REFEREE, false),
        Arguments.of(ReferralClawback.NONE, Side.REFERRER, false),
        Arguments.of(ReferralClawback.NONE, Side.REFEREE, false));
  }

  @ParameterizedTest(name = "{0} takes back {1}: {2}")
  @MethodSource("table")
  void takesBackTheSidesItNames(ReferralClawback policy, Side side, boolean takesBack) {
    assertThat(policy.takesBack(side)).isEqualTo(takesBack);
  }
}
