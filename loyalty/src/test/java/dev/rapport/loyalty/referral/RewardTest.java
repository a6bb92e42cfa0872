package dev.rapport.loyalty.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RewardTest {
  @Test
  void pointsAndReferencesAreValues() {
    assertThat(Reward.points(500)).isEqualTo(new Reward.Points(500)).hasToString("500 points");
    assertThat(Reward.reference("voucher:10-EUR"))
        .isEqualTo(new Reward.Reference("voucher:10-EUR"))
        .hasToString("voucher:10-EUR");
    assertThat(Reward.points(Long.MAX_VALUE).points()).isEqualTo(Long.MAX_VALUE);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void pointsMustBePositive(long points) {
    assertThatThrownBy(() -> Reward.points(points))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("points must be positive, but was " + points);
  }

  @Test
  void referencesMustBeText() {
    assertThatThrownBy(() -> Reward.reference(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reference must not be blank, but was \" \"");
    assertThatThrownBy(() -> Reward.reference(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("reference");
  }
}
