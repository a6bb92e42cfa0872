package dev.rapport.loyalty.referral;

import static dev.rapport.loyalty.referral.Fixtures.ANA;
import static dev.rapport.loyalty.referral.Fixtures.ANA_CODE;
import static dev.rapport.loyalty.referral.Fixtures.BEN;
import static dev.rapport.loyalty.referral.Fixtures.CAL;
import static dev.rapport.loyalty.referral.Fixtures.day;
import static dev.rapport.loyalty.referral.Fixtures.order;
import static dev.rapport.loyalty.referral.Fixtures.program;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.CustomerId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemoryReferralStoreTest {

  private static CodeUsed use(String id, int day, CustomerId referrer, CustomerId referee) {
    return new CodeUsed(
        day(day),
        ReferralId.of(id),
        ANA_CODE,
        ReferralParty.of(referrer),
        ReferralParty.builder(referee).deviceId("dev-" + referee).networkId("net").build(),
        false);
  }

  @Test
  void answersEveryQueryFromItsIndexes() {
    Harness h = new Harness(program().build());
    h.handle(use("R1", 0, ANA, BEN));
    h.handle(use("R2", 10, ANA, CAL));
    h.handle(use("R3", 20, CAL, CustomerId.of("dan")));
    InMemoryReferralStore store = h.store;

    assertThat(store.size()).isEqualTo(3);
    assertThat(store.all()).extracting(r -> r.id().value()).containsExactly("R1", "R2", "R3");
    assertThat(store.find(ReferralId.of("R2"))).map(Referral::id).contains(ReferralId.of("R2"));
    assertThat(store.find(ReferralId.of("R9"))).isEmpty();
    assertThat(store.byReferee(BEN)).extracting(r -> r.id().value()).containsExactly("R1");
    assertThat(store.byReferrer(ANA, day(5))).extracting(r -> r.id().value()).containsExactly("R2");
    assertThat(store.byReferrer(ANA, day(0))).hasSize(2);
    assertThat(store.byDevice("dev-cal", day(0)))
        .extracting(r -> r.id().value())
        .containsExactly("R2");
    assertThat(store.byNetwork("net", day(15)))
        .extracting(r -> r.id().value())
        .containsExactly("R3");
    assertThat(store.byNetwork("other", day(0))).isEmpty();
    assertThat(store).hasToString("InMemoryReferralStore{3 referrals}");
  }

  @Test
  void replacesVersionsByIdAndFindsChangedReferralsByTheirLastChange() {
    Harness h = new Harness(program().build());
    h.handle(use("R1", 0, ANA, BEN));
    h.handle(order("O1", day(3), BEN, "25"));

    assertThat(h.store.size()).isEqualTo(1);
    assertThat(h.store.byReferrer(ANA, day(2)))
        .as("rewarded on day 3, so changed since day 2")
        .extracting(Referral::status)
        .containsExactly(ReferralStatus.REWARDED);
  }

  @Test
  void rewardedByReferrerListsOnlyRewardedReferralsRewardedInTheRange() {
    Harness h = new Harness(program().build());
    h.handle(use("R1", 0, ANA, BEN));
    h.handle(order("O1", day(1), BEN, "25"));
    h.handle(use("R2", 2, ANA, CAL));
    h.handle(order("O2", day(3), CAL, "25"));
    h.handle(use("R3", 4, ANA, CustomerId.of("dan")));
    h.handle(Fixtures.refund("O2", day(5), CAL, "25"));

    assertThat(h.store.rewardedByReferrer(ANA, day(0), day(10)))
        .extracting(r -> r.id().value())
        .containsExactly("R1");
    assertThat(h.store.rewardedByReferrer(ANA, day(1).plusNanos(1), day(10))).isEmpty();
    assertThat(h.store.rewardedByReferrer(ANA, day(0), day(1))).hasSize(1);
    assertThat(h.store.rewardedByReferrer(CAL, day(0), day(10))).isEmpty();
  }

  @Test
  void dueListsReferralsWhoseDeadlineHasPassed() {
    Harness h = new Harness(program().rewardHold(Duration.ofDays(10)).build());
    h.handle(use("R1", 0, ANA, BEN));
    h.handle(use("R2", 0, ANA, CAL));
    h.handle(order("O1", day(1), CAL, "25"));

    assertThat(h.store.due(day(10))).isEmpty();
    assertThat(h.store.due(day(11))).extracting(r -> r.id().value()).containsExactly("R2");
    assertThat(h.store.due(day(30)))
        .as("soonest deadline first")
        .extracting(r -> r.id().value())
        .containsExactly("R2", "R1");
  }
}
