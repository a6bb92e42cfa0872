package dev.rapport.loyalty.referral.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.Money;
import dev.rapport.loyalty.json.WrongKindAssertions;
import dev.rapport.loyalty.referral.CodeUsed;
import dev.rapport.loyalty.referral.EmailNormalizer;
import dev.rapport.loyalty.referral.InMemoryReferralStore;
import dev.rapport.loyalty.referral.OrderPlaced;
import dev.rapport.loyalty.referral.OrderRefunded;
import dev.rapport.loyalty.referral.QualificationRule;
import dev.rapport.loyalty.referral.QualifyingEvent;
import dev.rapport.loyalty.referral.Referral;
import dev.rapport.loyalty.referral.ReferralClawback;
import dev.rapport.loyalty.referral.ReferralCode;
import dev.rapport.loyalty.referral.ReferralEngine;
import dev.rapport.loyalty.referral.ReferralEvent;
import dev.rapport.loyalty.referral.ReferralId;
import dev.rapport.loyalty.referral.ReferralParty;
import dev.rapport.loyalty.referral.ReferralProgram;
import dev.rapport.loyalty.referral.ReferralStatus;
import dev.rapport.loyalty.referral.ReferrerCap;
import dev.rapport.loyalty.referral.ReviewDecision;
import dev.rapport.loyalty.referral.Reward;
import dev.rapport.loyalty.referral.RewardInstruction;
import dev.rapport.loyalty.referral.StandardFraudRule;
import dev.rapport.loyalty.referral.VelocityRule;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RapportReferralModuleTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new RapportReferralModule());
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
  private static final ReferralCode CODE = ReferralCode.parse("K7QM4XWPR");

  private static ReferralProgram fullProgram() {
    return ReferralProgram.builder("friends 2026")
        .referrerReward(Reward.points(500))
        .refereeReward(Reward.reference("voucher:10-EUR"))
        .qualification(QualificationRule.anyOrderAtLeast(Money.of("20.00", "EUR")))
        .attributionWindow(Duration.ofDays(45))
        .rewardHold(Duration.ofHours(36))
        .cap(ReferrerCap.rolling(5, Duration.ofDays(30)))
        .cap(ReferrerCap.perMonth(8, ZoneId.of("Europe/Paris")))
        .cap(ReferrerCap.perYear(20, ZoneId.of("America/New_York")))
        .clawback(ReferralClawback.REFERRER_ONLY)
        .clawbackWindow(Duration.ofDays(90))
        .fraudRules(
            List.of(
                StandardFraudRule.SELF_REFERRAL_EMAIL,
                VelocityRule.perDevice(3, Duration.ofDays(1)),
                VelocityRule.perNetwork(10, Duration.ofMinutes(90))))
        .emails(
            EmailNormalizer.builder()
                .plusTags("example.com")
                .alias("ex.com", "example.com")
                .build())
        .build();
  }

  @Test
  void writesAProgramInTheDocumentedForm() throws Exception {
    String json = MAPPER.writeValueAsString(fullProgram());

    assertThat(json)
        .isEqualTo(
            "{\"name\":\"friends 2026\",\"referrerReward\":{\"points\":500},"
                + "\"refereeReward\":{\"reference\":\"voucher:10-EUR\"},"
                + "\"qualification\":{\"type\":\"any_order\",\"minimum\":\"20.00\",\"currency\":\"EUR\"},"
                + "\"attributionWindow\":\"P45D\",\"rewardHold\":\"PT36H\","
                + "\"caps\":[{\"type\":\"rolling\",\"max\":5,\"window\":\"P30D\"},"
                + "{\"type\":\"calendar_month\",\"max\":8,\"zone\":\"Europe/Paris\"},"
                + "{\"type\":\"calendar_year\",\"max\":20,\"zone\":\"America/New_York\"}],"
                + "\"clawback\":\"REFERRER_ONLY\",\"clawbackWindow\":\"P90D\","
                + "\"fraudRules\":[{\"type\":\"self_referral_email\"},"
                + "{\"type\":\"velocity_device\",\"max\":3,\"window\":\"P1D\"},"
                + "{\"type\":\"velocity_network\",\"max\":10,\"window\":\"PT1H30M\"}],"
                + "\"emails\":{\"ignoresDots\":[],\"plusTags\":[\"example.com\"],"
                + "\"aliases\":{\"ex.com\":\"example.com\"}}}");
  }

  @Test
  void programsRoundTripAndWriteTheSameTextAgain() throws Exception {
    ReferralProgram defaults =
        ReferralProgram.builder("p")
            .referrerReward(Reward.points(1))
            .qualification(QualificationRule.event("subscribed"))
            .build();
    for (ReferralProgram program : List.of(fullProgram(), defaults)) {
      String json = MAPPER.writeValueAsString(program);
      ReferralProgram read = MAPPER.readValue(json, ReferralProgram.class);
      assertThat(read).isEqualTo(program);
      assertThat(MAPPER.writeValueAsString(read)).isEqualTo(json);
    }
  }

  @Test
  void omittedSettingsTakeTheBuildersDefaults() throws Exception {
    ReferralProgram read =
        MAPPER.readValue(
            "{\"name\":\"p\",\"refereeReward\":{\"points\":100},"
                + "\"qualification\":{\"type\":\"first_order\",\"minimum\":\"0\",\"currency\":\"EUR\"}}",
            ReferralProgram.class);

    assertThat(read)
        .isEqualTo(
            ReferralProgram.builder("p")
                .refereeReward(Reward.points(100))
                .qualification(QualificationRule.firstOrderAtLeast(Money.zero(EUR)))
                .build());
    assertThat(read.fraudRules()).isEqualTo(ReferralProgram.DEFAULT_FRAUD_RULES);
  }

  @Test
  void anEmptyRuleListMeansNoFraudRules() throws Exception {
    ReferralProgram read =
        MAPPER.readValue(
            "{\"name\":\"p\",\"refereeReward\":{\"points\":100},\"fraudRules\":[],"
                + "\"qualification\":{\"type\":\"event\",\"name\":\"x\"}}",
            ReferralProgram.class);
    assertThat(read.fraudRules()).isEmpty();
  }

  static Stream<Arguments> badPrograms() {
    String q = "\"qualification\":{\"type\":\"event\",\"name\":\"x\"}";
    String r = "\"referrerReward\":{\"points\":5}";
    return Stream.of(
        Arguments.of("[]", "must be a JSON object (a referral program), but was array []", ""),
        Arguments.of("{\"name\":\"p\"," + r + "}", "property \"qualification\" is required", ""),
        Arguments.of(
            "{\"name\":\"p\","
                + r
                + ",\"qualification\":{\"type\":\"event\",\"name\":\"x\","
                + "\"name\":\"y\"}}",
            "qualification.name: property appears more than once",
            "qualification.name"),
        Arguments.of(
            "{\"name\":\"p\"," + r + "," + q + ",\"colour\":1}",
            "colour: unknown property of a referral program; known properties:",
            "colour"),
        Arguments.of(
            "{\"name\":\" p\"," + r + "," + q + "}",
            "name: name must not start or end with white space, but was \" p\"",
            "name"),
        Arguments.of(
            "{\"name\":\"p\"," + q + "}",
            "rewards must include one for the referrer or the referee, but both were empty",
            ""),
        Arguments.of(
            "{\"name\":\"p\",\"referrerReward\":{\"points\":0}," + q + "}",
            "referrerReward.points: points must be positive, but was 0",
            "referrerReward.points"),
        Arguments.of(
            "{\"name\":\"p\",\"referrerReward\":{\"points\":\"5\"}," + q + "}",
            "referrerReward.points: must be a JSON integer, but was string \"5\"",
            "referrerReward.points"),
        Arguments.of(
            "{\"name\":\"p\",\"referrerReward\":{\"points\":5,\"reference\":\"v\"}," + q + "}",
            "referrerReward: a reward must have exactly one of \"points\" and \"reference\"",
            "referrerReward"),
        Arguments.of(
            "{\"name\":\"p\","
                + r
                + ",\"qualification\":{\"type\":\"first_order\","
                + "\"minimum\":20.00,\"currency\":\"EUR\"}}",
            "qualification.minimum: must be a JSON string, but was number 20.0",
            "qualification.minimum"),
        Arguments.of(
            "{\"name\":\"p\","
                + r
                + ",\"qualification\":{\"type\":\"first_order\","
                + "\"minimum\":\"-1\",\"currency\":\"EUR\"}}",
            "qualification.minimum: amount must not be negative, but was -1",
            "qualification.minimum"),
        Arguments.of(
            "{\"name\":\"p\","
                + r
                + ",\"qualification\":{\"type\":\"first_order\","
                + "\"minimum\":\"1\",\"currency\":\"eur\"}}",
            "qualification.currency: must be an ISO 4217 currency code such as EUR, but was"
                + " \"eur\"",
            "qualification.currency"),
        Arguments.of(
            "{\"name\":\"p\","
                + r
                + ",\"qualification\":{\"type\":\"first_order\","
                + "\"name\":\"x\",\"minimum\":\"1\",\"currency\":\"EUR\"}}",
            "qualification.name: unknown property of a \"first_order\" rule",
            "qualification.name"),
        Arguments.of(
            "{\"name\":\"p\"," + r + ",\"qualification\":{\"type\":\"big_order\"}}",
            "qualification.type: must be one of [first_order, any_order, event], but was"
                + " \"big_order\"",
            "qualification.type"),
        Arguments.of(
            "{\"name\":\"p\"," + r + "," + q + ",\"attributionWindow\":\"30 days\"}",
            "attributionWindow: must be an ISO-8601 duration such as PT1H, but was \"30 days\"",
            "attributionWindow"),
        Arguments.of(
            "{\"name\":\"p\"," + r + "," + q + ",\"attributionWindow\":\"PT0S\"}",
            "attributionWindow: attributionWindow must be positive, but was PT0S",
            "attributionWindow"),
        Arguments.of(
            "{\"name\":\"p\","
                + r
                + ","
                + q
                + ",\"caps\":[{\"type\":\"rolling\","
                + "\"max\":5,\"window\":\"P1D\"},{\"type\":\"calendar_month\",\"max\":5,"
                + "\"zone\":\"Mars/Olympus\"}]}",
            "caps[1].zone: must be a zone id such as America/New_York or +01:00, but was"
                + " \"Mars/Olympus\"",
            "caps[1].zone"),
        Arguments.of(
            "{\"name\":\"p\","
                + r
                + ","
                + q
                + ",\"caps\":[{\"type\":\"rolling\","
                + "\"max\":0,\"window\":\"P1D\"}]}",
            "caps[0]: maxRewards must be at least 1, but was 0",
            "caps[0]"),
        Arguments.of(
            "{\"name\":\"p\","
                + r
                + ","
                + q
                + ",\"caps\":[{\"type\":\"rolling\","
                + "\"max\":2,\"zone\":\"UTC\"}]}",
            "caps[0].zone: unknown property of a \"rolling\" cap",
            "caps[0].zone"),
        Arguments.of(
            "{\"name\":\"p\"," + r + "," + q + ",\"clawback\":\"both_sides\"}",
            "clawback: must be one of [BOTH_SIDES, REFERRER_ONLY, NONE], but was \"both_sides\"",
            "clawback"),
        Arguments.of(
            "{\"name\":\"p\","
                + r
                + ","
                + q
                + ",\"clawback\":\"NONE\","
                + "\"clawbackWindow\":\"P1D\"}",
            "clawbackWindow must not be set when clawback is NONE, but was PT24H",
            ""),
        Arguments.of(
            "{\"name\":\"p\","
                + r
                + ","
                + q
                + ",\"fraudRules\":[{\"type\":\"self_referral_email\"},"
                + "{\"type\":\"vibes\"}]}",
            "fraudRules[1].type: must be one of [self_referral_customer,",
            "fraudRules[1].type"),
        Arguments.of(
            "{\"name\":\"p\","
                + r
                + ","
                + q
                + ",\"fraudRules\":[{\"type\":\"velocity_device\","
                + "\"max\":3}]}",
            "fraudRules[0]: property \"window\" is required",
            "fraudRules[0]"),
        Arguments.of(
            "{\"name\":\"p\","
                + r
                + ","
                + q
                + ",\"fraudRules\":[{\"type\":\"self_referral_email\","
                + "\"max\":3}]}",
            "fraudRules[0].max: unknown property of a \"self_referral_email\" rule",
            "fraudRules[0].max"),
        Arguments.of(
            "{\"name\":\"p\"," + r + "," + q + ",\"emails\":{\"aliases\":{\"a.com\":\"a.com\"}}}",
            "emails.aliases.a.com: alias must differ from its domain, but both were \"a.com\"",
            "emails.aliases.a.com"));
  }

  @ParameterizedTest(name = "{2}: {1}")
  @MethodSource("badPrograms")
  void programErrorsNameTheJsonPath(String json, String message, String path) {
    assertThatThrownBy(() -> MAPPER.readValue(json, ReferralProgram.class))
        .isInstanceOfSatisfying(
            JsonMappingException.class,
            e -> {
              assertThat(e.getOriginalMessage()).startsWith(message);
              assertThat(pathOf(e)).isEqualTo(path);
            });
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      } else {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      }
    }
    return path.toString();
  }

  @Test
  void aProgramWithACustomRuleCannotBeWritten() {
    ReferralProgram program =
        ReferralProgram.builder(fullProgram()).fraudRule(c -> Optional.empty()).build();

    assertThatThrownBy(() -> MAPPER.writeValueAsString(program))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith(
            "fraudRules[3]: only StandardFraudRule and VelocityRule can be written as JSON");
  }

  /** A referral that went through every part of the format: order, refund, instructions. */
  private static Referral reversedReferral() {
    ReferralEngine engine =
        ReferralEngine.of(ReferralProgram.builder(fullProgram()).rewardHold(Duration.ZERO).build());
    InMemoryReferralStore store = new InMemoryReferralStore();
    ReferralParty referrer =
        ReferralParty.builder(CustomerId.of("ana"))
            .email("ana@example.com")
            .paymentFingerprint("fp-1")
            .address("1 Main St")
            .deviceId("dev-a")
            .build();
    ReferralParty referee =
        ReferralParty.builder(CustomerId.of("ben"))
            .deviceId("dev-b")
            .networkId("10.0.0.0/24")
            .build();
    store.apply(
        engine.handle(
            new CodeUsed(T0, ReferralId.of("R1"), CODE, referrer, referee, false), store));
    store.apply(
        engine.handle(
            new OrderPlaced(
                T0.plusSeconds(60),
                CustomerId.of("ben"),
                "O-1",
                Money.of("25.50", "EUR"),
                Optional.of("fp-2"),
                Optional.empty()),
            store));
    store.apply(
        engine.handle(
            new OrderRefunded(
                T0.plusSeconds(120), CustomerId.of("ben"), "O-1", Money.of("25.50", "EUR")),
            store));
    return store.find(ReferralId.of("R1")).orElseThrow();
  }

  @Test
  void referralsRoundTripLosslessly() throws Exception {
    Referral referral = reversedReferral();
    assertThat(referral.status()).isEqualTo(ReferralStatus.REVERSED);

    String json = MAPPER.writeValueAsString(referral);
    Referral read = MAPPER.readValue(json, Referral.class);

    assertThat(read).isEqualTo(referral);
    assertThat(MAPPER.writeValueAsString(read)).isEqualTo(json);
    assertThat(json)
        .contains("\"status\":\"REVERSED\"")
        .contains("\"amount\":\"25.50\"")
        .contains("\"idempotencyKey\":\"referral/R1/referrer/revoke\"")
        .contains("\"referee\":{\"customer\":\"ben\",\"paymentFingerprints\":[\"fp-2\"]");
  }

  @Test
  void aReferralWhoseStatusDisagreesWithItsTransitionsIsRejected() throws Exception {
    String json =
        MAPPER
            .writeValueAsString(reversedReferral())
            .replace(
                "\"status\":\"REVERSED\",\"referrer\"", "\"status\":\"REWARDED\",\"referrer\"");

    assertThatThrownBy(() -> MAPPER.readValue(json, Referral.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith(
            "status: must be the status of the last transition, REVERSED, but was REWARDED");
  }

  @Test
  void aReferralWithAnImpossibleHistoryIsRejectedAtItsRoot() throws Exception {
    String json =
        MAPPER
            .writeValueAsString(reversedReferral())
            .replace("\"status\":\"QUALIFIED\",\"cause\"", "\"status\":\"REVERSED\",\"cause\"");

    assertThatThrownBy(() -> MAPPER.readValue(json, Referral.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith(
            "transitions must follow the status machine, but had PENDING then REVERSED at index 1");
  }

  @Test
  void instructionsRoundTripAndTheirKeyIsChecked() throws Exception {
    RewardInstruction instruction = reversedReferral().instructions().get(0);
    String json = MAPPER.writeValueAsString(instruction);

    assertThat(json)
        .isEqualTo(
            "{\"referralId\":\"R1\",\"side\":\"REFERRER\",\"beneficiary\":\"ana\","
                + "\"reward\":{\"points\":500},\"action\":\"GRANT\",\"at\":\"2026-03-02T10:01:00Z\","
                + "\"idempotencyKey\":\"referral/R1/referrer/grant\"}");
    assertThat(MAPPER.readValue(json, RewardInstruction.class)).isEqualTo(instruction);
    assertThat(
            MAPPER.readValue(
                json.replace(",\"idempotencyKey\":\"referral/R1/referrer/grant\"", ""),
                RewardInstruction.class))
        .isEqualTo(instruction);
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    json.replace("referrer/grant", "referee/grant"), RewardInstruction.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith(
            "idempotencyKey: must be the key derived from the referral, side and action,"
                + " \"referral/R1/referrer/grant\", but was \"referral/R1/referee/grant\"");
  }

  /** Every kind of event, and a second review decision. */
  private static List<ReferralEvent> everyKindOfEvent() {
    CustomerId ben = CustomerId.of("ben");
    return List.of(
        new CodeUsed(
            T0,
            ReferralId.of("R1"),
            CODE,
            ReferralParty.builder(CustomerId.of("ana")).email("ana@gmail.com").build(),
            ReferralParty.builder(ben).deviceId("d1").networkId("n1").build(),
            true),
        new OrderPlaced(
            T0, ben, "O-1", Money.of("25.5", "EUR"), Optional.of("fp"), Optional.empty()),
        new OrderRefunded(T0, ben, "O-1", Money.of("5", "JPY")),
        new QualifyingEvent(T0, ben, "subscribed"),
        ReviewDecision.reject(T0, ReferralId.of("R1"), "rita", "same card"),
        ReviewDecision.approve(T0, ReferralId.of("R1"), "rita"));
  }

  @Test
  void eventsRoundTripWithTheirLogicalTypes() throws Exception {
    List<ReferralEvent> events = everyKindOfEvent();
    for (ReferralEvent event : events) {
      String json = MAPPER.writeValueAsString(event);
      assertThat(MAPPER.readValue(json, ReferralEvent.class)).isEqualTo(event);
      assertThat(MAPPER.readValue(json, event.getClass())).isEqualTo(event);
    }
    assertThat(MAPPER.writeValueAsString(events.get(1)))
        .isEqualTo(
            "{\"type\":\"order_placed\",\"at\":\"2026-03-02T10:00:00Z\",\"customer\":\"ben\","
                + "\"orderId\":\"O-1\",\"amount\":\"25.50\",\"currency\":\"EUR\","
                + "\"paymentFingerprint\":\"fp\"}");
    assertThat(MAPPER.writeValueAsString(events.get(2)))
        .contains("\"refundedTotal\":\"5\",\"currency\":\"JPY\"");
  }

  static Stream<Arguments> badEvents() {
    return Stream.of(
        Arguments.of(
            "{\"type\":\"order_shipped\",\"at\":\"2026-03-02T10:00:00Z\"}",
            "type: must be one of [code_used, order_placed, order_refunded, qualifying_event,"
                + " review_decision], but was \"order_shipped\"",
            "type"),
        Arguments.of(
            "{\"type\":\"qualifying_event\",\"at\":\"2026-03-02T10:00:00Z\",\"customer\":\"b\","
                + "\"name\":\"x\",\"orderId\":\"O\"}",
            "orderId: unknown property of a \"qualifying_event\" event",
            "orderId"),
        Arguments.of(
            "{\"type\":\"order_refunded\",\"at\":\"2026-03-02T10:00:00Z\",\"customer\":\"b\","
                + "\"orderId\":\"O\",\"refundedTotal\":\"0\",\"currency\":\"EUR\"}",
            "refundedTotal must be positive, but was EUR 0.00",
            ""),
        Arguments.of(
            "{\"type\":\"review_decision\",\"at\":\"2026-03-02T10:00:00Z\",\"referralId\":\"R\","
                + "\"verdict\":\"MAYBE\",\"reviewer\":\"r\"}",
            "verdict: must be one of [APPROVE, REJECT], but was \"MAYBE\"",
            "verdict"));
  }

  @ParameterizedTest(name = "{2}: {1}")
  @MethodSource("badEvents")
  void eventErrorsNameTheJsonPath(String json, String message, String path) {
    assertThatThrownBy(() -> MAPPER.readValue(json, ReferralEvent.class))
        .isInstanceOfSatisfying(
            JsonMappingException.class,
            e -> {
              assertThat(e.getOriginalMessage()).startsWith(message);
              assertThat(pathOf(e)).isEqualTo(path);
            });
  }

  @Test
  void aRecordTypeRejectsAnotherKindOfEventNamingBothJsonTypes() {
    String json =
        "{\"type\":\"qualifying_event\",\"at\":\"2026-03-02T10:00:00Z\",\"customer\":\"b\","
            + "\"name\":\"x\"}";
    assertThatThrownBy(() -> MAPPER.readValue(json, OrderPlaced.class))
        .isInstanceOfSatisfying(
            JsonMappingException.class,
            e -> {
              assertThat(e.getOriginalMessage())
                  .isEqualTo(
                      "type: expected an event of type \"order_placed\", but was"
                          + " \"qualifying_event\"");
              assertThat(pathOf(e)).isEqualTo("type");
            });
  }

  @Test
  void eachKindOfEventIsReadByItsClassAndRejectedByTheOthers() throws Exception {
    List<ReferralEvent> events = everyKindOfEvent();
    WrongKindAssertions.assertEachKindRejectsTheOthers(
        MAPPER, ReferralEvent.class, events, "an event");
  }

  @Test
  void codesAndIdsAreStrings() throws Exception {
    assertThat(MAPPER.writeValueAsString(CODE)).isEqualTo("\"K7QM4XWPR\"");
    assertThat(MAPPER.readValue("\"K7QM4XWPR\"", ReferralCode.class)).isEqualTo(CODE);
    assertThat(MAPPER.readValue("\"R-1\"", ReferralId.class)).isEqualTo(ReferralId.of("R-1"));
    assertThatThrownBy(() -> MAPPER.readValue("\"k7qm4xwpr\"", ReferralCode.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith("value must be a canonical referral code");
    assertThatThrownBy(() -> MAPPER.readValue("7", ReferralId.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith("must be a JSON string, but was number 7");
  }

  @Test
  void findAndRegisterModulesFindsIt() throws Exception {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertThat(found.getRegisteredModuleIds()).contains(RapportReferralModule.class.getName());
    assertThat(found.writeValueAsString(CODE)).isEqualTo("\"K7QM4XWPR\"");
    assertThat(new RapportReferralModule()).hasToString("RapportReferralModule");
  }
}
