package dev.rapport.loyalty;

import static dev.rapport.loyalty.Fixtures.USD;
import static dev.rapport.loyalty.Fixtures.program;
import static dev.rapport.loyalty.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LoyaltyProgramTest {
  private static final SpendRule BASE =
      SpendRule.of("base", PointsRate.perUnit(BigDecimal.TEN, USD));

  @Test
  void hasTheDocumentedDefaults() {
    LoyaltyProgram program = program().build();

    assertThat(program.name()).isEqualTo("Test Rewards");
    assertThat(program.zone()).isEqualTo(ZoneOffset.UTC);
    assertThat(program.currency()).isEqualTo(USD);
    assertThat(program.roundingMode()).isEqualTo(RoundingMode.UNNECESSARY);
    assertThat(program.expiry()).isEqualTo(ExpiryPolicy.none());
    assertThat(program.pendingDays()).isZero();
    assertThat(program.clawback()).isEqualTo(ClawbackPolicy.CLAMP_TO_ZERO);
    assertThat(program.rollbackExpiry()).isEqualTo(RollbackExpiry.ORIGINAL);
    assertThat(program.minimumRedemption()).isEqualTo(1);
    assertThat(program.maximumRedemptionShare()).isEqualByComparingTo("1");
    assertThat(program.redemptionValue()).isEmpty();
    assertThat(program.rules()).isEmpty();
    assertThat(program.tiers()).isEmpty();
  }

  @Test
  void evaluatesRulesFromTheHighestPriorityKeepingTheOrderOfEqualOnes() {
    MultiplierRule shoes = MultiplierRule.forCategories("shoes", BigDecimal.TEN, "shoes");
    EventRule first = EventRule.of("first", EventKind.BIRTHDAY, 1);
    EventRule second = EventRule.of("second", EventKind.BIRTHDAY, 1);
    LoyaltyProgram program =
        program().rule(shoes).rule(first).rule(BASE.withPriority(5)).rule(second).build();

    assertThat(program.rules())
        .extracting(EarningRule::name)
        .containsExactly("base", "shoes", "first", "second");
  }

  @Test
  void aDerivedBuilderStartsFromEverySetting() {
    LoyaltyProgram original =
        program()
            .roundingMode(RoundingMode.HALF_UP)
            .expiry(ExpiryPolicy.endOfYear(1))
            .pendingDays(30)
            .clawback(ClawbackPolicy.ALLOW_NEGATIVE)
            .rollbackExpiry(RollbackExpiry.NEW)
            .minimumRedemption(500)
            .redemptionValue(PointsRate.of(100, usd("1")))
            .maximumRedemptionShare(new BigDecimal("0.25"))
            .rule(BASE)
            .tiers(
                TierPolicy.builder(TierPolicy.Basis.SPEND, TierPolicy.Window.LIFETIME)
                    .tier("a", 0, "1")
                    .build())
            .build();

    LoyaltyProgram copy = LoyaltyProgram.builder(original).build();
    LoyaltyProgram changed = LoyaltyProgram.builder(original).pendingDays(0).build();

    assertThat(copy).hasToString(original.toString());
    assertThat(copy.rules()).isEqualTo(original.rules());
    assertThat(changed.pendingDays()).isZero();
    assertThat(changed.expiry()).isEqualTo(ExpiryPolicy.endOfYear(1));
    assertThat(original.toString())
        .startsWith(
            "LoyaltyProgram[Test Rewards, zone=Z, currency=USD, rounding=HALF_UP,"
                + " expiry=endOfYear(1), pendingDays=30")
        .contains("redemptionValue=100 points per USD 1.00")
        .contains("tiers=TierPolicy[SPEND, LIFETIME");
  }

  static Stream<Arguments> badSettings() {
    return Stream.of(
        Arguments.of(
            (Supplier<Object>) () -> program().pendingDays(-1),
            IllegalArgumentException.class,
            "pendingDays must be in [0, 3660], but was -1"),
        Arguments.of(
            (Supplier<Object>) () -> program().minimumRedemption(0),
            IllegalArgumentException.class,
            "minimumRedemption must be positive, but was 0"),
        Arguments.of(
            (Supplier<Object>) () -> program().maximumRedemptionShare(new BigDecimal("1.01")),
            IllegalArgumentException.class,
            "maximumRedemptionShare must be in (0, 1], but was 1.01"),
        Arguments.of(
            (Supplier<Object>) () -> program().maximumRedemptionShare(BigDecimal.ZERO),
            IllegalArgumentException.class,
            "maximumRedemptionShare must be in (0, 1], but was 0"),
        Arguments.of(
            (Supplier<Object>) () -> LoyaltyProgram.builder(" ", ZoneOffset.UTC, USD),
            IllegalArgumentException.class,
            "name must not be blank, but was \" \""),
        Arguments.of(
            (Supplier<Object>)
                () -> program().maximumRedemptionShare(new BigDecimal("0.5")).build(),
            IllegalStateException.class,
            "redemptionValue must be set when maximumRedemptionShare is below 1, but was not"),
        Arguments.of(
            (Supplier<Object>)
                () -> program().redemptionValue(PointsRate.of(1, Money.of("1", "EUR"))).build(),
            IllegalStateException.class,
            "redemptionValue must be in USD, but was 1 points per EUR 1.00"),
        Arguments.of(
            (Supplier<Object>)
                () -> program().expiry(ExpiryPolicy.rollingDays(30)).pendingDays(30).build(),
            IllegalStateException.class,
            "expiry must be longer than the pending period of 30 days, but was rollingDays(30)"),
        Arguments.of(
            (Supplier<Object>) () -> program().rule(BASE).rule(BASE).build(),
            IllegalStateException.class,
            "rule names must be unique, but \"base\" repeats"),
        Arguments.of(
            (Supplier<Object>)
                () ->
                    program()
                        .rule(SpendRule.of("eur", PointsRate.of(1, Money.of("1", "EUR"))))
                        .build(),
            IllegalStateException.class,
            "rule \"eur\" must use USD, but used EUR 1.00"),
        Arguments.of(
            (Supplier<Object>)
                () ->
                    program()
                        .rule(BASE)
                        .rule(
                            CampaignRule.bonus("c", LocalDate.MIN, LocalDate.MAX, 5)
                                .withMinimumSpend(Money.of("5", "EUR")))
                        .build(),
            IllegalStateException.class,
            "rule \"c\" must use USD, but used EUR 5.00"),
        Arguments.of(
            (Supplier<Object>)
                () ->
                    program()
                        .rule(
                            MultiplierRule.forCategories("m", BigDecimal.TEN, "x").withPriority(1))
                        .rule(BASE)
                        .build(),
            IllegalStateException.class,
            "rule \"m\" must be evaluated after a spend rule (have a lower priority), but was not"),
        Arguments.of(
            (Supplier<Object>)
                () ->
                    program()
                        .rule(
                            CampaignRule.multiplier(
                                "c", LocalDate.MIN, LocalDate.MAX, BigDecimal.TEN))
                        .build(),
            IllegalStateException.class,
            "rule \"c\" must be evaluated after a spend rule (have a lower priority), but was"
                + " not"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("badSettings")
  void rejectsBadSettings(Supplier<Object> build, Class<? extends Throwable> type, String message) {
    assertThatThrownBy(build::get).isInstanceOf(type).hasMessage(message);
  }

  @Test
  void aBonusOnlyCampaignNeedsNoSpendRule() {
    assertThat(
            program()
                .rule(CampaignRule.bonus("c", LocalDate.MIN, LocalDate.MAX, 5))
                .build()
                .rules())
        .hasSize(1);
  }
}
