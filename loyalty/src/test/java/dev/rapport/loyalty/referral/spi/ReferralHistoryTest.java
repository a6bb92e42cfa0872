package dev.rapport.loyalty.referral.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.referral.ReferralId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReferralHistoryTest {
  @Test
  void theEmptyHistoryAnswersNothingButStillChecksItsArguments() {
    ReferralHistory empty = ReferralHistory.empty();
    Instant since = Instant.parse("2026-01-01T00:00:00Z");

    assertThat(empty.find(ReferralId.of("R1"))).isEmpty();
    assertThat(empty.byReferee(CustomerId.of("ben"))).isEmpty();
    assertThat(empty.byReferrer(CustomerId.of("ana"), since)).isEmpty();
    assertThat(empty.byDevice("d1", since)).isEmpty();
    assertThat(empty.rewardedByReferrer(CustomerId.of("ana"), since, since)).isEmpty();
    assertThat(empty.byNetwork("n1", since)).isEmpty();
    assertThat(empty).hasToString("ReferralHistory.empty()");
    assertThatThrownBy(() -> empty.byDevice("d1", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("since");
  }
}
