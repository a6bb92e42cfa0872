package dev.rapport.loyalty.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.core.AgentId;
import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.Actor;
import dev.rapport.loyalty.CampaignRule;
import dev.rapport.loyalty.ClawbackPolicy;
import dev.rapport.loyalty.EarningRule;
import dev.rapport.loyalty.EventKind;
import dev.rapport.loyalty.EventRule;
import dev.rapport.loyalty.ExpiryPolicy;
import dev.rapport.loyalty.IdempotencyKey;
import dev.rapport.loyalty.LedgerEntry;
import dev.rapport.loyalty.LedgerRequest;
import dev.rapport.loyalty.LoyaltyProgram;
import dev.rapport.loyalty.Money;
import dev.rapport.loyalty.MultiplierRule;
import dev.rapport.loyalty.Origin;
import dev.rapport.loyalty.PointsLedger;
import dev.rapport.loyalty.PointsRate;
import dev.rapport.loyalty.RollbackExpiry;
import dev.rapport.loyalty.SourceRef;
import dev.rapport.loyalty.SpendRule;
import dev.rapport.loyalty.TierPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RapportLoyaltyModuleTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new RapportLoyaltyModule());
  private static final Currency USD = Currency.getInstance("USD");
  private static final Instant T0 = Instant.parse("2025-03-11T03:30:00Z");

  static LoyaltyProgram fullProgram() {
    return LoyaltyProgram.builder("Acme Rewards", ZoneId.of("America/New_York"), USD)
        .roundingMode(RoundingMode.HALF_UP)
        .expiry(ExpiryPolicy.rollingDays(365))
        .pendingDays(14)
        .clawback(ClawbackPolicy.ALLOW_NEGATIVE)
        .rollbackExpiry(RollbackExpiry.NEW)
        .minimumRedemption(100)
        .redemptionValue(PointsRate.of(100, Money.of("1.00", "USD")))
        .maximumRedemptionShare(new BigDecimal("0.5"))
        .rule(
            SpendRule.of("base", PointsRate.perUnit(BigDecimal.TEN, USD))
                .excluding("gift-cards")
                .withPriority(10))
        .rule(MultiplierRule.forCategories("shoes x2", new BigDecimal("2.0"), "shoes"))
        .rule(
            CampaignRule.multiplier(
                    "black friday",
                    LocalDate.of(2025, 11, 28),
                    LocalDate.of(2025, 12, 1),
                    new BigDecimal("1.5"))
                .withMinimumSpend(Money.of("50", "USD"))
                .withStop(true)
                .withPriority(-1))
        .rule(
            EventRule.of("review", EventKind.REVIEW_WRITTEN, 50)
                .withCapPerDay(1)
                .withCapPerMonth(5))
        .tiers(
            TierPolicy.builder(TierPolicy.Basis.SPEND, TierPolicy.Window.ROLLING_12_MONTHS)
                .tier("member", 0, "1")
                .tier("gold", 1000, "1.25")
                .review(TierPolicy.Review.QUARTERLY)
                .grace(Period.ofDays(30))
                .build())
        .build();
  }

  static PointsLedger everyKindOfEntry() {
    LoyaltyProgram program =
        LoyaltyProgram.builder("P", ZoneId.of("UTC"), USD)
            .expiry(ExpiryPolicy.rollingDays(30))
            .pendingDays(5)
            .clawback(ClawbackPolicy.ALLOW_NEGATIVE)
            .build();
    PointsLedger ledger = PointsLedger.empty(CustomerId.of("C-1"));
    List<LedgerRequest> requests =
        List.of(
            new LedgerRequest.Earn(
                origin("e1", 0),
                120,
                java.util.Optional.of(Money.of("12.00", "USD")),
                List.of(
                    new dev.rapport.loyalty.ExplanationLine(
                        "base", "USD 12.00 at 10 points per USD 1.00", 120))),
            LedgerRequest.activate(origin("a1", 1), IdempotencyKey.of("e1")),
            LedgerRequest.earn(origin("e2", 1), 40),
            LedgerRequest.redeem(origin("r1", 2), 100, Money.of("30.00", "USD")),
            LedgerRequest.refund(origin("c1", 3), IdempotencyKey.of("e1"), Money.of("6.00", "USD")),
            LedgerRequest.rollback(origin("b1", 3), IdempotencyKey.of("r1"), 30),
            LedgerRequest.credit(
                new Origin(
                    IdempotencyKey.of("m1"),
                    T0.plusSeconds(86_400 * 4),
                    SourceRef.adjustment("TICKET-9"),
                    "goodwill",
                    Actor.agent(AgentId.of("ana"))),
                25),
            LedgerRequest.debit(origin("d1", 4), 10),
            LedgerRequest.cancel(origin("x1", 4), IdempotencyKey.of("e2")),
            LedgerRequest.clawback(origin("c2", 5), IdempotencyKey.of("e1")),
            LedgerRequest.earn(origin("e3", 6), 100));
    for (LedgerRequest request : requests) {
      ledger = ledger.apply(program, request).ledger();
    }
    return ledger.expire(T0.plusSeconds(86_400 * 60)).ledger();
  }

  private static Origin origin(String key, int day) {
    return new Origin(
        IdempotencyKey.of(key),
        T0.plusSeconds(86_400L * day),
        SourceRef.order("O-" + key),
        "because " + key,
        Actor.system());
  }

  @Test
  void aLedgerWithEveryKindOfEntryRoundTripsLosslessly() throws Exception {
    PointsLedger ledger = everyKindOfEntry();
    assertThat(ledger.entries().stream().map(LedgerEntry::type).distinct().count()).isEqualTo(9);

    String json = MAPPER.writeValueAsString(ledger);
    PointsLedger read = MAPPER.readValue(json, PointsLedger.class);

    assertThat(read).isEqualTo(ledger);
    assertThat(read.balanceAt(T0)).isEqualTo(ledger.balanceAt(T0));
    assertThat(MAPPER.writeValueAsString(read)).isEqualTo(json);
    for (LedgerEntry entry : ledger.entries()) {
      String text = MAPPER.writeValueAsString(entry);
      assertThat(MAPPER.readValue(text, LedgerEntry.class)).isEqualTo(entry);
      String request = MAPPER.writeValueAsString(entry.request());
      assertThat(MAPPER.readValue(request, LedgerRequest.class)).isEqualTo(entry.request());
      assertThat(MAPPER.readValue(request, entry.request().getClass())).isEqualTo(entry.request());
    }
  }

  @Test
  void anEntryHasThisExactForm() throws Exception {
    LedgerEntry redeem = everyKindOfEntry().entries().get(3);

    assertThat(MAPPER.writeValueAsString(redeem))
        .isEqualTo(
            "{\"sequence\":3,\"request\":{\"type\":\"redeem\",\"key\":\"r1\","
                + "\"occurredAt\":\"2025-03-13T03:30:00Z\",\"source\":\"order:O-r1\","
                + "\"reason\":\"because r1\",\"actor\":\"system\",\"points\":100,"
                + "\"orderAmount\":\"USD 30.00\"},\"points\":-100,"
                + "\"lotChanges\":[{\"lot\":0,\"points\":-100}],\"deficitChange\":0,\"waived\":0}");
  }

  @Test
  void aProgramWithEveryRuleAndTiersRoundTrips() throws Exception {
    LoyaltyProgram program = fullProgram();

    String json = MAPPER.writeValueAsString(program);
    LoyaltyProgram read = MAPPER.readValue(json, LoyaltyProgram.class);

    assertThat(read.toString()).isEqualTo(program.toString());
    assertThat(read.rules()).isEqualTo(program.rules());
    assertThat(read.tiers()).isEqualTo(program.tiers());
    assertThat(MAPPER.writeValueAsString(read)).isEqualTo(json);
    for (EarningRule rule : program.rules()) {
      String text = MAPPER.writeValueAsString(rule);
      assertThat(MAPPER.readValue(text, EarningRule.class)).isEqualTo(rule);
      assertThat(MAPPER.readValue(text, rule.getClass())).isEqualTo(rule);
    }
  }

  @Test
  void aHandWrittenProgramLoadsWithTheBuildersDefaults() throws Exception {
    String json =
        "{\"name\": \"Shop\", \"zone\": \"Europe/Paris\", \"currency\": \"EUR\", \"expiry\":"
            + " {\"type\": \"end_of_month\", \"amount\": 12}, \"rules\": [{\"type\": \"spend\","
            + " \"name\": \"base\", \"rate\": {\"points\": \"1\", \"per\": \"EUR 1\"}}, {\"type\":"
            + " \"event\", \"name\": \"birthday\", \"kind\": \"birthday\", \"points\": 200,"
            + " \"capPerMonth\": 1}]}";

    LoyaltyProgram program = MAPPER.readValue(json, LoyaltyProgram.class);

    assertThat(program.expiry()).isEqualTo(ExpiryPolicy.endOfMonth(12));
    assertThat(program.roundingMode()).isEqualTo(LoyaltyProgram.DEFAULT_ROUNDING);
    assertThat(program.clawback()).isEqualTo(LoyaltyProgram.DEFAULT_CLAWBACK);
    assertThat(program.rules())
        .containsExactly(
            SpendRule.of("base", PointsRate.of(1, Money.of("1", "EUR"))),
            EventRule.of("birthday", EventKind.BIRTHDAY, 200).withCapPerMonth(1));
    assertThat(program.tiers()).isEmpty();
  }

  static Stream<Arguments> badPrograms() {
    String head = "{\"name\": \"Shop\", \"zone\": \"UTC\", \"currency\": \"USD\", ";
    String spend =
        "{\"type\": \"spend\", \"name\": \"base\", \"rate\": {\"points\": \"10\", \"per\": \"USD"
            + " 1.00\"}}";
    return Stream.of(
        Arguments.of(
            head + "\"colour\": 1}",
            "colour",
            "colour: unknown property of a loyalty program; known properties: [name, zone,"
                + " currency, roundingMode, expiry, pendingDays, clawback, rollbackExpiry,"
                + " minimumRedemption, maximumRedemptionShare, redemptionValue, rules, tiers]"),
        Arguments.of(
            head
                + "\"rules\": ["
                + spend
                + ", {\"type\": \"multiplier\", \"name\": \"m\", \"multiplyer\": \"2\"}]}",
            "rules[1].multiplyer",
            "rules[1].multiplyer: unknown property of a rule of type \"multiplier\"; known"
                + " properties: [type, name, priority, stop, multiplier, products, categories]"),
        Arguments.of(
            head
                + "\"rules\": [{\"type\": \"spend\", \"name\": \"base\", \"rate\": {\"points\": 10,"
                + " \"per\": \"USD 1.00\"}}]}",
            "rules[0].rate.points",
            "rules[0].rate.points: must be a JSON string, but was number 10"),
        Arguments.of(
            head
                + "\"rules\": [{\"type\": \"spend\", \"name\": \"base\", \"rate\": {\"points\":"
                + " \"ten\", \"per\": \"USD 1.00\"}}]}",
            "rules[0].rate.points",
            "rules[0].rate.points: must be a decimal number in a string, such as \"1.25\", but was"
                + " \"ten\""),
        Arguments.of(
            head
                + "\"rules\": [{\"type\": \"spend\", \"name\": \"base\", \"rate\": {\"points\":"
                + " \"10\", \"per\": \"USD -1\"}}]}",
            "rules[0].rate.per",
            "rules[0].rate.per: amount must not be negative, but was -1"),
        Arguments.of(
            head
                + "\"rules\": ["
                + spend
                + ", {\"type\": \"campaign\", \"name\": \"c\", \"from\": \"2025-02-01\", \"to\":"
                + " \"2025-01-01\", \"bonusPoints\": 5}]}",
            "rules[1]",
            "rules[1]: to must not be before from 2025-02-01, but was 2025-01-01"),
        Arguments.of(
            head + "\"rules\": [{\"type\": \"bonus\", \"name\": \"b\"}]}",
            "rules[0].type",
            "rules[0].type: must be one of [spend, multiplier, campaign, event], but was"
                + " \"bonus\""),
        Arguments.of(
            head
                + "\"rules\": [{\"type\": \"multiplier\", \"name\": \"m\", \"multiplier\": \"2\","
                + " \"categories\": [\"a\"]}]}",
            "",
            "rule \"m\" must be evaluated after a spend rule (have a lower priority), but was not"),
        Arguments.of(
            head + "\"pendingDays\": 1.5}",
            "pendingDays",
            "pendingDays: must be a JSON integer from -2147483648 to 2147483647, but was number"
                + " 1.5"),
        Arguments.of(
            head + "\"pendingDays\": -1}",
            "pendingDays",
            "pendingDays: pendingDays must be in [0, 3660], but was -1"),
        Arguments.of(
            head + "\"clawback\": \"clamp\"}",
            "clawback",
            "clawback: must be one of [CLAMP_TO_ZERO, ALLOW_NEGATIVE], but was \"clamp\""),
        Arguments.of(
            head + "\"zone\": \"Mars/Olympus\"}", "zone", "zone: property appears more than once"),
        Arguments.of(
            "{\"name\": \"Shop\", \"zone\": \"Mars/Olympus\", \"currency\": \"USD\"}",
            "zone",
            "zone: must be a zone id such as America/New_York or +01:00, but was \"Mars/Olympus\""),
        Arguments.of(
            "{\"name\": \"Shop\", \"currency\": \"USD\"}", "", "property \"zone\" is required"),
        Arguments.of(
            head
                + "\"tiers\": {\"basis\": \"SPEND\", \"window\": \"LIFETIME\", \"tiers\":"
                + " [{\"name\": \"a\", \"threshold\": \"5\"}]}}",
            "tiers",
            "tiers: the first tier's threshold must be 0, but was 5"),
        Arguments.of(
            head
                + "\"tiers\": {\"basis\": \"SPEND\", \"window\": \"LIFETIME\", \"grace\": \"30"
                + " days\", \"tiers\": []}}",
            "tiers.grace",
            "tiers.grace: must be an ISO-8601 period such as P30D, but was \"30 days\""));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("badPrograms")
  void programErrorsNameTheJsonPath(String json, String path, String message) {
    assertThatThrownBy(() -> MAPPER.readValue(json, LoyaltyProgram.class))
        .isInstanceOfSatisfying(
            JsonMappingException.class,
            e -> {
              assertThat(e.getOriginalMessage()).isEqualTo(message);
              assertThat(pathOf(e)).isEqualTo(path);
            });
  }

  private static String pathOf(JsonMappingException e) {
    return e.getPath().stream()
        .map(
            ref ->
                ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }

  @Test
  void anEntryThatDoesNotFitItsLedgerIsAnErrorAtItsPath() throws Exception {
    PointsLedger ledger = everyKindOfEntry();
    String json =
        MAPPER
            .writeValueAsString(ledger)
            .replace(
                "\"points\":-100,\"lotChanges\":[{\"lot\":0,\"points\":-100}]",
                "\"points\":-1000,\"lotChanges\":[{\"lot\":0,\"points\":-1000}]")
            .replace(
                "\"points\":100,\"orderAmount\":\"USD 30.00\"",
                "\"points\":1000,\"orderAmount\":\"USD 30.00\"");

    assertThatThrownBy(() -> MAPPER.readValue(json, PointsLedger.class))
        .isInstanceOfSatisfying(
            JsonMappingException.class,
            e -> {
              assertThat(e.getOriginalMessage())
                  .isEqualTo(
                      "entries[3]: lot 0 must not go below zero, but entry 3 takes 1000 of its"
                          + " 120");
              assertThat(pathOf(e)).isEqualTo("entries[3]");
            });
  }

  static Stream<Arguments> oneKindReadAsAnother() throws Exception {
    List<LedgerRequest> requests =
        everyKindOfEntry().entries().stream().map(LedgerEntry::request).toList();
    List<EarningRule> rules = fullProgram().rules();
    return Stream.of(
        Arguments.of(
            written(requests, LedgerRequest.Redeem.class),
            LedgerRequest.Earn.class,
            "type: expected a request of type \"earn\", but was \"redeem\""),
        Arguments.of(
            written(requests, LedgerRequest.Earn.class),
            LedgerRequest.RedemptionRollback.class,
            "type: expected a request of type \"redemption_rollback\", but was \"earn\""),
        Arguments.of(
            written(rules, SpendRule.class),
            EventRule.class,
            "type: expected a rule of type \"event\", but was \"spend\""),
        Arguments.of(
            written(rules, CampaignRule.class),
            MultiplierRule.class,
            "type: expected a rule of type \"multiplier\", but was \"campaign\""));
  }

  /** Returns the first of {@code values} of class {@code type}, written as JSON. */
  private static String written(List<?> values, Class<?> type) throws Exception {
    return MAPPER.writeValueAsString(values.stream().filter(type::isInstance).findFirst().get());
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("oneKindReadAsAnother")
  void readingOneKindAsAnotherNamesBothJsonTypes(String json, Class<?> type, String message) {
    assertThatThrownBy(() -> MAPPER.readValue(json, type))
        .isInstanceOfSatisfying(
            JsonMappingException.class,
            e -> {
              assertThat(e.getOriginalMessage()).isEqualTo(message);
              assertThat(pathOf(e)).isEqualTo("type");
            });
  }

  @Test
  void eachKindOfRequestIsReadByItsClassAndRejectedByTheOthers() throws Exception {
    List<LedgerRequest> requests =
        everyKindOfEntry().entries().stream().map(LedgerEntry::request).toList();
    WrongKindAssertions.assertEachKindRejectsTheOthers(
        MAPPER, LedgerRequest.class, requests, "a request");
  }

  @Test
  void eachKindOfRuleIsReadByItsClassAndRejectedByTheOthers() throws Exception {
    List<EarningRule> rules = fullProgram().rules();
    WrongKindAssertions.assertEachKindRejectsTheOthers(MAPPER, EarningRule.class, rules, "a rule");
  }

  @Test
  void anUnknownPropertyOfARequestNamesTheRequestsType() throws Exception {
    String redeem = MAPPER.writeValueAsString(everyKindOfEntry().entries().get(3).request());

    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    redeem.replace("\"points\":100", "\"points\":100,\"lot\":3"),
                    LedgerRequest.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith("lot: unknown property of a request of type \"redeem\"");
  }

  @Test
  void valuesWrittenAsStringsRoundTrip() throws Exception {
    assertThat(MAPPER.writeValueAsString(Money.of("12.5", "USD"))).isEqualTo("\"USD 12.50\"");
    assertThat(MAPPER.readValue("\"agent:ana\"", Actor.class))
        .isEqualTo(Actor.agent(AgentId.of("ana")));
    assertThat(MAPPER.readValue("\"referral:R:1\"", SourceRef.class))
        .isEqualTo(SourceRef.referral("R:1"));
    assertThat(MAPPER.writeValueAsString(ExpiryPolicy.none())).isEqualTo("{\"type\":\"none\"}");
    assertThat(MAPPER.readValue("{\"type\":\"end_of_year\",\"amount\":1}", ExpiryPolicy.class))
        .isEqualTo(ExpiryPolicy.endOfYear(1));
    assertThatThrownBy(() -> MAPPER.readValue("\"robot\"", Actor.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith(
            "must be \"system\", \"member\", \"agent:<id>\" or \"service:<name>\", but was"
                + " \"robot\"");
  }

  @Test
  void findAndRegisterModulesFindsTheModule() throws Exception {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();

    assertThat(found.getRegisteredModuleIds()).contains(RapportLoyaltyModule.class.getName());
    assertThat(found.readValue("\"USD 1\"", Money.class)).isEqualTo(Money.of("1.00", "USD"));
  }
}
