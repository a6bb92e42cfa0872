package dev.rapport.loyalty;

import static dev.rapport.loyalty.Fixtures.USD;
import static dev.rapport.loyalty.Fixtures.day;
import static dev.rapport.loyalty.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule records ({@link SpendRule}, {@link MultiplierRule}, {@link CampaignRule}, {@link
 * EventRule}), the activities they apply to ({@link Activity}, {@link LineItem}, {@link EventKind})
 * and {@link EarningResult}.
 */
class EarningRulesTest {
  private static final PointsRate TEN = PointsRate.perUnit(BigDecimal.TEN, USD);
  private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);

  @Test
  void withersChangeOnePartEach() {
    SpendRule spend =
        SpendRule.of("s", TEN).including("a", "b").excluding("c").withPriority(3).withStop(true);
    MultiplierRule multiplier =
        MultiplierRule.forProducts("m", new BigDecimal("2.50"), "p")
            .withPriority(-1)
            .withStop(true);
    CampaignRule campaign =
        CampaignRule.bonus("c", JAN_1, JAN_1, 10)
            .withMinimumSpend(usd("5"))
            .withPriority(2)
            .withStop(true);
    EventRule event =
        EventRule.of("e", EventKind.SIGN_UP, 5)
            .withCapPerDay(1)
            .withCapPerWeek(2)
            .withCapPerMonth(3)
            .withPriority(9)
            .withStop(true);

    assertThat(spend).isEqualTo(new SpendRule("s", 3, true, TEN, Set.of("a", "b"), Set.of("c")));
    assertThat(multiplier)
        .isEqualTo(new MultiplierRule("m", -1, true, new BigDecimal("2.5"), Set.of("p"), Set.of()));
    assertThat(campaign)
        .isEqualTo(
            new CampaignRule(
                "c", 2, true, JAN_1, JAN_1, BigDecimal.ONE, 10, Optional.of(usd("5"))));
    assertThat(event)
        .isEqualTo(
            new EventRule(
                "e",
                9,
                true,
                EventKind.SIGN_UP,
                5,
                OptionalInt.of(1),
                OptionalInt.of(2),
                OptionalInt.of(3)));
    assertThat(spend.covers("a")).isTrue();
    assertThat(spend.covers("c")).isFalse();
    assertThat(spend.covers("d")).isFalse();
    assertThat(SpendRule.of("all", TEN).excluding("gift").covers("d")).isTrue();
    assertThat(multiplier.matches(LineItem.of("p", "x", usd("1")))).isTrue();
    assertThat(multiplier.matches(LineItem.of("q", "p", usd("1")))).isFalse();
  }

  static Stream<Arguments> invalidRules() {
    return Stream.of(
        Arguments.of(
            (Supplier<Object>) () -> SpendRule.of("s", TEN).including("a").excluding("a"),
            "excludedCategories must not repeat included categories, but both had [a]"),
        Arguments.of(
            (Supplier<Object>) () -> MultiplierRule.forCategories("m", BigDecimal.ZERO, "a"),
            "multiplier must be positive, but was 0"),
        Arguments.of(
            (Supplier<Object>) () -> MultiplierRule.forCategories("m", BigDecimal.ONE),
            "products or categories must not be empty, but both were"),
        Arguments.of(
            (Supplier<Object>) () -> CampaignRule.bonus("c", JAN_1, JAN_1.minusDays(1), 5),
            "to must not be before from 2025-01-01, but was 2024-12-31"),
        Arguments.of(
            (Supplier<Object>) () -> CampaignRule.bonus("c", JAN_1, JAN_1, 0),
            "multiplier must not be 1 when bonusPoints is 0, but was: the campaign would do"
                + " nothing"),
        Arguments.of(
            (Supplier<Object>) () -> CampaignRule.bonus("c", JAN_1, JAN_1, -1),
            "bonusPoints must not be negative, but was -1"),
        Arguments.of(
            (Supplier<Object>) () -> EventRule.of("e", EventKind.BIRTHDAY, 0),
            "points must be positive, but was 0"),
        Arguments.of(
            (Supplier<Object>) () -> EventRule.of("e", EventKind.BIRTHDAY, 1).withCapPerWeek(0),
            "capPerWeek must be positive, but was 0"),
        Arguments.of(
            (Supplier<Object>) () -> SpendRule.of("s", TEN).including(" a"),
            "includedCategories must not start or end with white space, but was \" a\""));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalidRules")
  void rejectsInvalidRules(Supplier<Object> rule, String message) {
    assertThatThrownBy(rule::get).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void aPurchaseTotalsItsLinesInOneCurrency() {
    Activity.Purchase purchase =
        Activity.Purchase.of(
            day(1), LineItem.of("a", "x", usd("1.10")), LineItem.of("b", "y", usd("2.205")));

    assertThat(purchase.total()).isEqualTo(usd("3.305"));
    assertThat(purchase.at()).isEqualTo(day(1));
    assertThatThrownBy(() -> new Activity.Purchase(day(1), List.of()))
        .hasMessage("items must not be empty");
    assertThatThrownBy(
            () ->
                Activity.Purchase.of(
                    day(1),
                    LineItem.of("a", "x", usd("1")),
                    LineItem.of("b", "x", Money.of("1", "EUR"))))
        .hasMessage("items must be in USD, but was EUR 1.00");
    assertThat(Activity.MemberEvent.of(day(2), EventKind.BIRTHDAY).kind())
        .isEqualTo(EventKind.BIRTHDAY);
  }

  @Test
  void eventKindsAreNamedValues() {
    assertThat(EventKind.of("review_written")).isEqualTo(EventKind.REVIEW_WRITTEN);
    assertThat(EventKind.SURVEY_COMPLETED).hasToString("survey_completed");
    assertThat(EventKind.of("app_installed").name()).isEqualTo("app_installed");
  }

  @Test
  void aResultsLinesSumToItsPointsAndBecomeAnEarn() {
    List<ExplanationLine> lines =
        List.of(new ExplanationLine("a", "x", 7), new ExplanationLine("b", "y", -2));
    EarningResult result = new EarningResult(5, lines, Optional.of(usd("3")));
    Origin origin = Fixtures.origin("o", day(1));

    assertThat(result.toEarn(origin))
        .isEqualTo(new LedgerRequest.Earn(origin, 5, Optional.of(usd("3")), lines));
    assertThatThrownBy(() -> new EarningResult(6, lines, Optional.empty()))
        .hasMessage("lines must sum to the points 6, but summed to 5");
    assertThatThrownBy(() -> new EarningResult(-1, List.of(), Optional.empty()))
        .hasMessage("points must not be negative, but was -1");
  }
}
