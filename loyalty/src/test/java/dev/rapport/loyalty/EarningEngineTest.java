package dev.rapport.loyalty;

import static dev.rapport.loyalty.Fixtures.MEMBER;
import static dev.rapport.loyalty.Fixtures.USD;
import static dev.rapport.loyalty.Fixtures.day;
import static dev.rapport.loyalty.Fixtures.origin;
import static dev.rapport.loyalty.Fixtures.program;
import static dev.rapport.loyalty.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EarningEngineTest {
  private static final PointsRate TEN_PER_DOLLAR = PointsRate.perUnit(BigDecimal.TEN, USD);
  private static final PointsLedger NO_HISTORY = PointsLedger.empty(MEMBER);

  private static Activity.Purchase purchase(Instant at, LineItem... items) {
    return Activity.Purchase.of(at, items);
  }

  private static LineItem item(String product, String category, String amount) {
    return LineItem.of(product, category, usd(amount));
  }

  @Test
  void spendRuleEarnsOnIncludedCategoriesAndNeverOnExcludedOnes() {
    LoyaltyProgram program =
        program().rule(SpendRule.of("base", TEN_PER_DOLLAR).excluding("gift-cards")).build();

    EarningResult result =
        EarningEngine.of(program)
            .evaluate(
                purchase(
                    day(1),
                    item("shoe-1", "shoes", "80.00"),
                    item("card-50", "gift-cards", "50.00"),
                    item("sock-3", "socks", "4.50")),
                NO_HISTORY);

    assertThat(result.points()).isEqualTo(845);
    assertThat(result.lines())
        .containsExactly(new ExplanationLine("base", "USD 84.50 at 10 points per USD 1.00", 845));
    assertThat(result.orderAmount()).contains(usd("134.50"));
  }

  @Test
  void aThirdOfAPointPerDollarIsExactUntilTheOneRounding() {
    PointsRate third = PointsRate.of(1, usd("3.00"));
    LoyaltyProgram down =
        program().roundingMode(RoundingMode.DOWN).rule(SpendRule.of("base", third)).build();
    LoyaltyProgram strict = program().rule(SpendRule.of("base", third)).build();
    Activity.Purchase purchase =
        purchase(day(1), item("a", "x", "1.00"), item("b", "x", "1.00"), item("c", "x", "1.00"));

    // Three thirds are exactly one point, never 0.999...
    assertThat(EarningEngine.of(down).evaluate(purchase, NO_HISTORY).points()).isEqualTo(1);
    assertThat(EarningEngine.of(strict).evaluate(purchase, NO_HISTORY).points()).isEqualTo(1);
    assertThatThrownBy(
            () ->
                EarningEngine.of(strict)
                    .evaluate(purchase(day(1), item("a", "x", "1.00")), NO_HISTORY))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage(
            "points must be whole under rounding mode UNNECESSARY, but were 1/3 after rule"
                + " \"base\"; set the program's rounding mode");
  }

  @Test
  void multipliersAddUpOnSpendPointsAndCampaignsApplyInsideTheirLocalDateWindow() {
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    LoyaltyProgram program =
        LoyaltyProgram.builder("Tokyo", tokyo, USD)
            .rule(SpendRule.of("base", TEN_PER_DOLLAR).withPriority(100))
            .rule(MultiplierRule.forCategories("shoes x2", new BigDecimal("2"), "shoes"))
            .rule(MultiplierRule.forProducts("brand x3", new BigDecimal("3"), "shoe-1"))
            .rule(
                CampaignRule.multiplier(
                        "golden week",
                        LocalDate.of(2025, 5, 3),
                        LocalDate.of(2025, 5, 6),
                        new BigDecimal("1.5"))
                    .withPriority(-1))
            .build();
    Activity.Purchase purchase =
        purchase(
            // 2025-05-03T00:30 in Tokyo: inside the campaign, although it is still 2 May in UTC.
            Instant.parse("2025-05-02T15:30:00Z"),
            item("shoe-1", "shoes", "10.00"),
            item("hat-1", "hats", "5.00"));

    EarningResult result = EarningEngine.of(program).evaluate(purchase, NO_HISTORY);

    assertThat(result.lines())
        .containsExactly(
            new ExplanationLine("base", "USD 15.00 at 10 points per USD 1.00", 150),
            new ExplanationLine("shoes x2", "100 spend points x2", 100),
            new ExplanationLine("brand x3", "100 spend points x3", 200),
            new ExplanationLine(
                "golden week", "150 spend points x1.5, 2025-05-03 to 2025-05-06", 75));
    assertThat(result.points()).isEqualTo(525);
    Instant after = Instant.parse("2025-05-06T15:00:00Z");
    assertThat(
            EarningEngine.of(program)
                .evaluate(purchase(after, item("h", "hats", "1.00")), NO_HISTORY)
                .lines())
        .extracting(ExplanationLine::rule)
        .containsExactly("base");
  }

  @Test
  void aRuleWithStopEndsTheEvaluationOnceItApplies() {
    LoyaltyProgram program =
        program()
            .rule(
                SpendRule.of("staff", PointsRate.perUnit(BigDecimal.ONE, USD))
                    .including("staff-shop")
                    .withPriority(10)
                    .withStop(true))
            .rule(SpendRule.of("base", TEN_PER_DOLLAR))
            .rule(
                CampaignRule.bonus(
                    "welcome", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), 500))
            .build();

    EarningResult staff =
        EarningEngine.of(program)
            .evaluate(purchase(day(1), item("a", "staff-shop", "10.00")), NO_HISTORY);
    EarningResult customer =
        EarningEngine.of(program)
            .evaluate(purchase(day(1), item("a", "shop", "10.00")), NO_HISTORY);

    assertThat(staff.lines()).extracting(ExplanationLine::rule).containsExactly("staff");
    assertThat(staff.points()).isEqualTo(10);
    assertThat(customer.lines())
        .extracting(ExplanationLine::rule)
        .containsExactly("base", "welcome");
    assertThat(customer.points()).isEqualTo(600);
  }

  @Test
  void campaignsNeedTheirMinimumSpend() {
    LoyaltyProgram program =
        program()
            .roundingMode(RoundingMode.DOWN)
            .rule(SpendRule.of("base", TEN_PER_DOLLAR))
            .rule(
                CampaignRule.bonus(
                        "big basket", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 250)
                    .withMinimumSpend(usd("100.00")))
            .build();

    assertThat(
            EarningEngine.of(program)
                .evaluate(purchase(day(1), item("a", "x", "99.99")), NO_HISTORY)
                .points())
        .isEqualTo(999);
    assertThat(
            EarningEngine.of(program)
                .evaluate(purchase(day(1), item("a", "x", "100.00")), NO_HISTORY)
                .points())
        .isEqualTo(1250);
  }

  static Stream<Arguments> capScenarios() {
    // 2025-01-06 is a Monday.
    return Stream.of(
        Arguments.of(
            EventRule.of("review", EventKind.REVIEW_WRITTEN, 50).withCapPerDay(1),
            List.of("2025-01-06T09:00:00Z", "2025-01-06T20:00:00Z", "2025-01-07T09:00:00Z"),
            List.of(50L, 0L, 50L)),
        Arguments.of(
            EventRule.of("review", EventKind.REVIEW_WRITTEN, 50).withCapPerWeek(2),
            List.of(
                "2025-01-06T09:00:00Z",
                "2025-01-08T09:00:00Z",
                "2025-01-12T23:00:00Z",
                "2025-01-13T00:00:00Z"),
            List.of(50L, 50L, 0L, 50L)),
        Arguments.of(
            EventRule.of("review", EventKind.REVIEW_WRITTEN, 50).withCapPerMonth(1),
            List.of("2025-01-31T23:59:59Z", "2025-01-02T00:00:00Z", "2025-02-01T00:00:00Z"),
            List.of(50L, 0L, 50L)));
  }

  @ParameterizedTest
  @MethodSource("capScenarios")
  void eventRulesEarnWithinTheirCapsPerLocalDayWeekAndMonth(
      EventRule rule, List<String> instants, List<Long> expected) {
    LoyaltyProgram program = program().rule(rule).build();
    EarningEngine engine = EarningEngine.of(program);
    PointsLedger ledger = PointsLedger.empty(MEMBER);
    List<Long> earned = new java.util.ArrayList<>();
    for (int i = 0; i < instants.size(); i++) {
      Instant at = Instant.parse(instants.get(i));
      EarningResult result =
          engine.evaluate(Activity.MemberEvent.of(at, EventKind.REVIEW_WRITTEN), ledger);
      earned.add(result.points());
      ledger = ledger.apply(program, result.toEarn(origin("ev" + i, at))).ledger();
    }

    assertThat(earned).isEqualTo(expected);
    assertThat(ledger.entries().get(1).request())
        .isInstanceOfSatisfying(
            LedgerRequest.Earn.class,
            earn -> assertThat(earn.explanation().get(0).base()).startsWith("review_written"));
  }

  @Test
  void aCappedEventSaysSoInItsExplanation() {
    LoyaltyProgram program =
        program()
            .rule(EventRule.of("survey", EventKind.SURVEY_COMPLETED, 20).withCapPerDay(1))
            .build();
    EarningEngine engine = EarningEngine.of(program);
    PointsLedger ledger =
        PointsLedger.empty(MEMBER)
            .apply(
                program,
                engine
                    .evaluate(
                        Activity.MemberEvent.of(day(1), EventKind.SURVEY_COMPLETED), NO_HISTORY)
                    .toEarn(origin("s1", day(1))))
            .ledger();

    EarningResult second =
        engine.evaluate(Activity.MemberEvent.of(day(1), EventKind.SURVEY_COMPLETED), ledger);
    EarningResult otherKind =
        engine.evaluate(Activity.MemberEvent.of(day(1), EventKind.BIRTHDAY), ledger);

    assertThat(second.lines())
        .containsExactly(
            new ExplanationLine("survey", "survey_completed, cap of 1 per day reached", 0));
    assertThat(second.points()).isZero();
    assertThat(otherKind.lines()).isEmpty();
    assertThat(otherKind.orderAmount()).isEmpty();
  }

  @Test
  void theTierMultiplierAppliesAfterTheRulesAndBeforeTheRounding() {
    LoyaltyProgram program =
        program()
            .roundingMode(RoundingMode.HALF_UP)
            .rule(SpendRule.of("base", TEN_PER_DOLLAR))
            .tiers(
                TierPolicy.builder(TierPolicy.Basis.POINTS_EARNED, TierPolicy.Window.LIFETIME)
                    .tier("member", 0, "1")
                    .tier("gold", 1000, "1.25")
                    .build())
            .build();
    PointsLedger gold =
        PointsLedger.empty(MEMBER)
            .apply(program, LedgerRequest.earn(origin("big", day(1)), 1000))
            .ledger();
    Activity.Purchase purchase = purchase(day(2), item("a", "x", "0.05"), item("b", "x", "0.05"));

    EarningResult member = EarningEngine.of(program).evaluate(purchase, NO_HISTORY);
    EarningResult goldResult = EarningEngine.of(program).evaluate(purchase, gold);

    assertThat(member.lines())
        .containsExactly(new ExplanationLine("base", "USD 0.10 at 10 points per USD 1.00", 1));
    // 1 x 1.25 = 1.25 rounds to 1: the tier line shows 0, and the lines still sum to the total.
    assertThat(goldResult.lines())
        .containsExactly(
            new ExplanationLine("base", "USD 0.10 at 10 points per USD 1.00", 1),
            new ExplanationLine("tier gold", "1 points x1.25", 0));
    EarningResult bigger =
        EarningEngine.of(program).evaluate(purchase(day(2), item("a", "x", "12.34")), gold);
    assertThat(bigger.lines())
        .containsExactly(
            new ExplanationLine("base", "USD 12.34 at 10 points per USD 1.00", 123),
            new ExplanationLine("tier gold", "123.4 points x1.25", 31));
    assertThat(bigger.points()).isEqualTo(154);
  }

  @Test
  void linesAlwaysSumToTheTotalWhichIsTheExactSumRoundedOnce() {
    LoyaltyProgram program =
        program()
            .roundingMode(RoundingMode.HALF_EVEN)
            .rule(SpendRule.of("base", PointsRate.of(7, usd("3.00"))).withPriority(1))
            .rule(MultiplierRule.forCategories("c x1.5", new BigDecimal("1.5"), "c"))
            .rule(MultiplierRule.forCategories("d x0.5", new BigDecimal("0.5"), "d"))
            .build();
    EarningEngine engine = EarningEngine.of(program);
    qt().withExamples(300)
        .forAll(lists().of(integers().between(1, 100_000)).ofSizeBetween(1, 6))
        .checkAssert(
            cents -> {
              LineItem[] items = new LineItem[cents.size()];
              BigDecimal exact = BigDecimal.ZERO;
              for (int i = 0; i < items.length; i++) {
                BigDecimal amount = BigDecimal.valueOf(cents.get(i), 2);
                String category = List.of("c", "d", "e").get(i % 3);
                items[i] = LineItem.of("p" + i, category, Money.of(amount, USD));
                BigDecimal factor =
                    category.equals("c")
                        ? new BigDecimal("1.5")
                        : category.equals("d") ? new BigDecimal("0.5") : BigDecimal.ONE;
                exact = exact.add(amount.multiply(factor));
              }
              EarningResult result =
                  engine.evaluate(Activity.Purchase.of(day(1), items), NO_HISTORY);
              long sum = result.lines().stream().mapToLong(ExplanationLine::points).sum();
              assertThat(sum).isEqualTo(result.points());
              // 7 points per 3 dollars, times the multipliers, rounded half-even once.
              long expected =
                  exact
                      .multiply(BigDecimal.valueOf(7))
                      .divide(BigDecimal.valueOf(3), 0, RoundingMode.HALF_EVEN)
                      .longValueExact();
              assertThat(result.points()).isEqualTo(expected);
            });
  }

  @Test
  void aClawbackUsesTheRecordedEarnNotTodaysRules() {
    LoyaltyProgram then = program().rule(SpendRule.of("base", TEN_PER_DOLLAR)).build();
    LoyaltyProgram now =
        program().rule(SpendRule.of("base", PointsRate.perUnit(new BigDecimal("20"), USD))).build();
    Activity.Purchase purchase = purchase(day(1), item("a", "x", "50.00"));
    PointsLedger ledger =
        PointsLedger.empty(MEMBER)
            .apply(
                then,
                EarningEngine.of(then).evaluate(purchase, NO_HISTORY).toEarn(origin("o", day(1))))
            .ledger()
            .apply(then, LedgerRequest.credit(origin("other", day(1)), 1000))
            .ledger();

    LedgerResult refund =
        ledger.apply(
            now, LedgerRequest.refund(origin("r", day(5)), Fixtures.key("o"), usd("25.00")));

    assertThat(refund.entry().points()).isEqualTo(-250);
    assertThat(ledger.find(Fixtures.key("o")).get().request())
        .isInstanceOfSatisfying(
            LedgerRequest.Earn.class,
            earn -> {
              assertThat(earn.orderAmount()).contains(usd("50.00"));
              assertThat(earn.explanation()).hasSize(1);
            });
  }

  @Test
  void rejectsAPurchaseInAnotherCurrency() {
    LoyaltyProgram program = program().rule(SpendRule.of("base", TEN_PER_DOLLAR)).build();
    Activity.Purchase euros =
        Activity.Purchase.of(day(1), LineItem.of("a", "x", Money.of("1.00", "EUR")));

    assertThatThrownBy(() -> EarningEngine.of(program).evaluate(euros, NO_HISTORY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("purchase must be in USD, but was EUR 1.00");
    assertThat(EarningEngine.of(program)).hasToString("EarningEngine[Test Rewards]");
    assertThat(Optional.of(program.rules().get(0))).containsInstanceOf(SpendRule.class);
  }
}
