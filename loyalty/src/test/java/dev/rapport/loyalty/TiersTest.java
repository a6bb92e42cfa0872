package dev.rapport.loyalty;

import static dev.rapport.loyalty.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Tier}, {@link TierPolicy} and its builder, {@link TierChange}, {@link TierStatus}. */
class TiersTest {
  private static final Tier BASE = Tier.of("base", 0, "1");
  private static final Tier GOLD = Tier.of("gold", 1000, "1.50");

  @Test
  void tiersKeepTheirNumbersWithoutTrailingZeros() {
    assertThat(GOLD.multiplier()).isEqualByComparingTo("1.5").hasScaleOf(1);
    assertThat(new Tier("t", new BigDecimal("100.00"), BigDecimal.ONE).threshold()).hasScaleOf(0);
    assertThat(GOLD).hasToString("gold");
    assertThatThrownBy(() -> new Tier("t", new BigDecimal("-1"), BigDecimal.ONE))
        .hasMessage("threshold must not be negative, but was -1");
    assertThatThrownBy(() -> Tier.of("t", 0, "0"))
        .hasMessage("multiplier must be positive, but was 0");
  }

  @Test
  void aPolicyHasItsDefaultsAndPicksTheHighestTierReached() {
    TierPolicy policy =
        TierPolicy.builder(TierPolicy.Basis.POINTS_EARNED, TierPolicy.Window.LIFETIME)
            .tier(BASE)
            .tier(GOLD)
            .build();

    assertThat(policy.review()).isEqualTo(TierPolicy.Review.YEARLY);
    assertThat(policy.grace()).isEqualTo(Period.ZERO);
    assertThat(policy.clawbackDowngrade()).isEqualTo(TierPolicy.ClawbackDowngrade.AT_REVIEW);
    assertThat(policy.tiers()).containsExactly(BASE, GOLD);
    assertThat(policy.tierIndexFor(new BigDecimal("999"))).isZero();
    assertThat(policy.tierIndexFor(new BigDecimal("1000"))).isEqualTo(1);
    assertThat(TierPolicy.builder(policy).build()).isEqualTo(policy).hasSameHashCodeAs(policy);
    assertThat(TierPolicy.builder(policy).grace(Period.ofDays(1)).build()).isNotEqualTo(policy);
    assertThat(policy)
        .hasToString(
            "TierPolicy[POINTS_EARNED, LIFETIME, tiers=[base from 0 x1, gold from 1000 x1.5],"
                + " review=YEARLY, grace=P0D, clawbackDowngrade=AT_REVIEW]");
  }

  static Stream<Arguments> badPolicies() {
    return Stream.of(
        Arguments.of(
            (Supplier<Object>) () -> builder().build(), "tiers must not be empty, but were"),
        Arguments.of(
            (Supplier<Object>) () -> builder().tier(GOLD).build(),
            "the first tier's threshold must be 0, but was 1000"),
        Arguments.of(
            (Supplier<Object>)
                () -> builder().tier(BASE).tier(GOLD).tier("silver", 500, "1.1").build(),
            "tier thresholds must increase, but silver's 500 follows 1000"),
        Arguments.of(
            (Supplier<Object>) () -> builder().tier(BASE).tier("base", 5, "1").build(),
            "tier names must be unique, but \"base\" repeats"),
        Arguments.of(
            (Supplier<Object>)
                () ->
                    builder()
                        .tier(BASE)
                        .tier(new Tier("half", new BigDecimal("0.5"), BigDecimal.ONE))
                        .build(),
            "a points threshold must be whole, but half's was 0.5"),
        Arguments.of(
            (Supplier<Object>)
                () ->
                    TierPolicy.builder(TierPolicy.Basis.SPEND, TierPolicy.Window.CALENDAR_YEAR)
                        .tier(BASE)
                        .review(TierPolicy.Review.MONTHLY)
                        .build(),
            "review must be YEARLY for a CALENDAR_YEAR window, but was MONTHLY"));
  }

  private static TierPolicy.Builder builder() {
    return TierPolicy.builder(TierPolicy.Basis.POINTS_EARNED, TierPolicy.Window.LIFETIME);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badPolicies")
  void rejectsBadPolicies(Supplier<Object> build, String message) {
    assertThatThrownBy(build::get).isInstanceOf(IllegalStateException.class).hasMessage(message);
  }

  @Test
  void rejectsANegativeGrace() {
    assertThatThrownBy(() -> builder().grace(Period.ofDays(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("grace must not be negative, but was P-1D");
  }

  @Test
  void changesAndStatusesHoldTheirHistory() {
    TierChange up = new TierChange(day(3), BASE, GOLD, TierChange.Reason.UPGRADE);
    TierStatus gold = new TierStatus(GOLD, BigDecimal.TEN, List.of(up), day(10));
    TierStatus base = new TierStatus(BASE, BigDecimal.ZERO, List.of(), day(10));

    assertThat(gold.since()).contains(day(3));
    assertThat(base.since()).isEmpty();
    assertThatThrownBy(() -> new TierChange(day(3), GOLD, GOLD, TierChange.Reason.REVIEW))
        .hasMessage("to must differ from from, but both were gold");
  }
}
