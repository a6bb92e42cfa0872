package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.loyalty.referral.CodeUsed;
import dev.rapport.loyalty.referral.OrderPlaced;
import dev.rapport.loyalty.referral.OrderRefunded;
import dev.rapport.loyalty.referral.QualificationRule;
import dev.rapport.loyalty.referral.ReferralCode;
import dev.rapport.loyalty.referral.ReferralEvent;
import dev.rapport.loyalty.referral.ReferralProgram;
import dev.rapport.loyalty.referral.ReviewDecision;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReferralGeneratorsTest {

  @Test
  void codesParseBackAndSeedsRepeat() {
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 200; i++) {
      ReferralCode code = ReferralGenerators.codes().apply(random);
      assertThat(ReferralCode.parse(code.value().toLowerCase())).isEqualTo(code);
      assertThat(code.value().length()).isBetween(7, 13);
    }
    assertThat(ReferralGenerators.codes().apply(new SplittableRandom(5)))
        .isEqualTo(ReferralGenerators.codes().apply(new SplittableRandom(5)));
  }

  @Test
  void programsCoverEveryQualificationRule() {
    SplittableRandom random = new SplittableRandom(2);
    Set<Class<?>> rules = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      ReferralProgram program = ReferralGenerators.programs().apply(random);
      rules.add(program.qualification().getClass());
      assertThat(program.referrerReward().isPresent() || program.refereeReward().isPresent())
          .isTrue();
    }
    assertThat(rules)
        .containsExactlyInAnyOrder(
            QualificationRule.FirstOrder.class,
            QualificationRule.AnyOrder.class,
            QualificationRule.NamedEvent.class);
  }

  @Test
  void eventSequencesMoveForwardExceptForRedeliveriesAndReferToEarlierEvents() {
    SplittableRandom random = new SplittableRandom(3);
    Map<Class<?>, Integer> kinds = new HashMap<>();
    int redeliveries = 0;
    for (int i = 0; i < 200; i++) {
      List<ReferralEvent> events = ReferralGenerators.eventSequences(30).apply(random);
      assertThat(events).hasSizeBetween(1, 30);
      Instant latest = Instant.MIN;
      Set<String> referrals = new HashSet<>();
      Set<String> orders = new HashSet<>();
      Set<ReferralEvent> seen = new HashSet<>();
      for (ReferralEvent event : events) {
        kinds.merge(event.getClass(), 1, Integer::sum);
        if (!seen.add(event)) {
          redeliveries++;
          continue;
        }
        assertThat(event.at()).isAfterOrEqualTo(latest);
        latest = event.at();
        if (event instanceof CodeUsed used) {
          referrals.add(used.referralId().value());
        } else if (event instanceof OrderPlaced order) {
          orders.add(order.orderId());
        } else if (event instanceof OrderRefunded refund) {
          assertThat(orders).contains(refund.orderId());
        } else if (event instanceof ReviewDecision review) {
          assertThat(referrals).contains(review.referralId().value());
        }
      }
    }
    assertThat(kinds).hasSize(5);
    assertThat(redeliveries).isPositive();
  }

  @Test
  void aSeededSourceRepeatsTheStream() {
    assertThat(ReferralGenerators.eventSequences(20).apply(new SplittableRandom(9)))
        .isEqualTo(ReferralGenerators.eventSequences(20).apply(new SplittableRandom(9)));
    assertThatThrownBy(() -> ReferralGenerators.eventSequences(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxEvents must be at least 1, but was 0");
  }
}
