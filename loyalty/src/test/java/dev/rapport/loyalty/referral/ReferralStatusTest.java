package dev.rapport.loyalty.referral;

import static dev.rapport.loyalty.referral.ReferralStatus.EXPIRED;
import static dev.rapport.loyalty.referral.ReferralStatus.PENDING;
import static dev.rapport.loyalty.referral.ReferralStatus.QUALIFIED;
import static dev.rapport.loyalty.referral.ReferralStatus.REJECTED;
import static dev.rapport.loyalty.referral.ReferralStatus.REVERSED;
import static dev.rapport.loyalty.referral.ReferralStatus.REWARDED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReferralStatusTest {
  static Stream<Arguments> machine() {
    return Stream.of(
        Arguments.of(PENDING, Set.of(QUALIFIED, REWARDED, REJECTED, EXPIRED)),
        Arguments.of(QUALIFIED, Set.of(REWARDED, REJECTED, REVERSED)),
        Arguments.of(REWARDED, Set.of(REVERSED)),
        Arguments.of(REJECTED, Set.of(REWARDED)),
        Arguments.of(EXPIRED, Set.of(REWARDED)),
        Arguments.of(REVERSED, Set.of()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("machine")
  void movesOnlyAlongTheMachine(ReferralStatus from, Set<ReferralStatus> next) {
    assertThat(from.next()).isEqualTo(next);
    for (ReferralStatus to : ReferralStatus.values()) {
      assertThat(from.canBecome(to)).as("%s -> %s", from, to).isEqualTo(next.contains(to));
    }
  }
}
