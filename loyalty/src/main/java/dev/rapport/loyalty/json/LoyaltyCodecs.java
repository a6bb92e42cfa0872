package dev.rapport.loyalty.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.google.common.collect.ImmutableBiMap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import dev.rapport.core.CustomerId;
import dev.rapport.core.json.internal.JsonIn;
import dev.rapport.loyalty.Actor;
import dev.rapport.loyalty.CampaignRule;
import dev.rapport.loyalty.ClawbackPolicy;
import dev.rapport.loyalty.EarningRule;
import dev.rapport.loyalty.EntryType;
import dev.rapport.loyalty.EventKind;
import dev.rapport.loyalty.EventRule;
import dev.rapport.loyalty.ExpiryPolicy;
import dev.rapport.loyalty.ExplanationLine;
import dev.rapport.loyalty.IdempotencyKey;
import dev.rapport.loyalty.LedgerEntry;
import dev.rapport.loyalty.LedgerRequest;
import dev.rapport.loyalty.LotChange;
import dev.rapport.loyalty.LotTerms;
import dev.rapport.loyalty.LoyaltyProgram;
import dev.rapport.loyalty.Money;
import dev.rapport.loyalty.MultiplierRule;
import dev.rapport.loyalty.Origin;
import dev.rapport.loyalty.PointsLedger;
import dev.rapport.loyalty.PointsRate;
import dev.rapport.loyalty.RollbackExpiry;
import dev.rapport.loyalty.SourceRef;
import dev.rapport.loyalty.SpendRule;
import dev.rapport.loyalty.Tier;
import dev.rapport.loyalty.TierPolicy;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/** The JSON form of each loyalty type; {@link RapportLoyaltyModule} describes it. */
final class LoyaltyCodecs {
  private LoyaltyCodecs() {}

  static final Codec<Money> MONEY = Codec.text(Money.class, Money::toString, Money::parse);
  static final Codec<IdempotencyKey> KEY =
      Codec.text(IdempotencyKey.class, IdempotencyKey::value, IdempotencyKey::of);
  static final Codec<EventKind> EVENT_KIND =
      Codec.text(EventKind.class, EventKind::name, EventKind::of);
  static final Codec<Actor> ACTOR =
      Codec.text(Actor.class, Actor::toString, LoyaltyCodecs::parseActor);
  static final Codec<SourceRef> SOURCE =
      Codec.text(SourceRef.class, SourceRef::toString, LoyaltyCodecs::parseSource);

  static final Codec<PointsRate> RATE =
      Codec.of(
          PointsRate.class,
          (rate, out) -> {
            out.writeStartObject();
            out.writeStringField("points", rate.points().toPlainString());
            MONEY.writeField("per", rate.per(), out);
            out.writeEndObject();
          },
          in -> {
            in.object("a points rate", ImmutableSet.of("points", "per"));
            BigDecimal points = in.get("points").decimal();
            Money per = MONEY.read(in.get("per"));
            return in.build(() -> new PointsRate(points, per));
          });

  static final Codec<ExpiryPolicy> EXPIRY =
      Codec.of(
          ExpiryPolicy.class,
          (expiry, out) -> {
            out.writeStartObject();
            out.writeStringField("type", lower(expiry.kind()));
            if (expiry.kind() != ExpiryPolicy.Kind.NONE) {
              out.writeNumberField("amount", expiry.amount());
            }
            out.writeEndObject();
          },
          in -> {
            in.object("an expiry policy", ImmutableSet.of("type", "amount"));
            ExpiryPolicy.Kind kind = lowerConstant(in.get("type"), ExpiryPolicy.Kind.class);
            int amount = in.has("amount") ? in.get("amount").intValue() : 0;
            return in.build(() -> ExpiryPolicy.of(kind, amount));
          });

  static final Codec<ExplanationLine> LINE =
      Codec.of(
          ExplanationLine.class,
          (line, out) -> {
            out.writeStartObject();
            out.writeStringField("rule", line.rule());
            out.writeStringField("base", line.base());
            out.writeNumberField("points", line.points());
            out.writeEndObject();
          },
          in -> {
            in.object("an explanation line", ImmutableSet.of("rule", "base", "points"));
            String rule = in.get("rule").text();
            String base = in.get("base").text();
            long points = in.get("points").longValue();
            return in.build(() -> new ExplanationLine(rule, base, points));
          });

  private static final Set<String> ORIGIN =
      ImmutableSet.of("type", "key", "occurredAt", "source", "reason", "actor");
  private static final ImmutableMap<EntryType, Set<String>> REQUEST_PROPERTIES =
      ImmutableMap.<EntryType, Set<String>>builder()
          .put(EntryType.EARN, with(ORIGIN, "points", "orderAmount", "explanation"))
          .put(EntryType.REDEEM, with(ORIGIN, "points", "orderAmount"))
          .put(EntryType.CLAWBACK, with(ORIGIN, "earnKey", "refunded"))
          .put(EntryType.REDEMPTION_ROLLBACK, with(ORIGIN, "redemptionKey", "points"))
          .put(EntryType.MANUAL_CREDIT, with(ORIGIN, "points"))
          .put(EntryType.MANUAL_DEBIT, with(ORIGIN, "points"))
          .put(EntryType.PENDING_ACTIVATION, with(ORIGIN, "earnKey"))
          .put(EntryType.PENDING_CANCELLATION, with(ORIGIN, "earnKey"))
          .put(EntryType.EXPIRE, with(ORIGIN, "lot"))
          .build();

  /**
   * The value of {@code "type"} of each kind of request, its entry type in lower case: the request
   * writer and the errors of {@link Codec#addSubtypesTo} use this table, and the request reader
   * finds the entry type by the same lower-case name.
   */
  static final ImmutableMap<Class<? extends LedgerRequest>, String> REQUEST_TYPES =
      ImmutableMap.copyOf(
          Maps.transformValues(
              ImmutableMap.<Class<? extends LedgerRequest>, EntryType>builder()
                  .put(LedgerRequest.Earn.class, EntryType.EARN)
                  .put(LedgerRequest.Redeem.class, EntryType.REDEEM)
                  .put(LedgerRequest.Clawback.class, EntryType.CLAWBACK)
                  .put(LedgerRequest.RedemptionRollback.class, EntryType.REDEMPTION_ROLLBACK)
                  .put(LedgerRequest.ManualCredit.class, EntryType.MANUAL_CREDIT)
                  .put(LedgerRequest.ManualDebit.class, EntryType.MANUAL_DEBIT)
                  .put(LedgerRequest.PendingActivation.class, EntryType.PENDING_ACTIVATION)
                  .put(LedgerRequest.PendingCancellation.class, EntryType.PENDING_CANCELLATION)
                  .put(LedgerRequest.Expire.class, EntryType.EXPIRE)
                  .build(),
              LoyaltyCodecs::lower));

  static final Codec<LedgerRequest> REQUEST =
      Codec.of(LedgerRequest.class, LoyaltyCodecs::writeRequest, LoyaltyCodecs::readRequest);

  static final Codec<LotChange> LOT_CHANGE =
      Codec.of(
          LotChange.class,
          (change, out) -> {
            out.writeStartObject();
            out.writeNumberField("lot", change.lot());
            out.writeNumberField("points", change.points());
            out.writeEndObject();
          },
          in -> {
            in.object("a lot change", ImmutableSet.of("lot", "points"));
            long lot = in.get("lot").longValue();
            long points = in.get("points").longValue();
            return in.build(() -> new LotChange(lot, points));
          });

  static final Codec<LotTerms> LOT_TERMS =
      Codec.of(
          LotTerms.class,
          (terms, out) -> {
            out.writeStartObject();
            out.writeNumberField("points", terms.points());
            out.writeStringField("availableAt", terms.availableAt().toString());
            if (terms.expiresAt().isPresent()) {
              out.writeStringField("expiresAt", terms.expiresAt().get().toString());
            }
            out.writeEndObject();
          },
          in -> {
            in.object("the terms of a lot", ImmutableSet.of("points", "availableAt", "expiresAt"));
            long points = in.get("points").longValue();
            Instant availableAt = in.get("availableAt").instant();
            Optional<Instant> expiresAt =
                in.has("expiresAt") ? Optional.of(in.get("expiresAt").instant()) : Optional.empty();
            return in.build(() -> new LotTerms(points, availableAt, expiresAt));
          });

  static final Codec<LedgerEntry> ENTRY =
      Codec.of(
          LedgerEntry.class,
          (entry, out) -> {
            out.writeStartObject();
            out.writeNumberField("sequence", entry.sequence());
            REQUEST.writeField("request", entry.request(), out);
            out.writeNumberField("points", entry.points());
            writeArray("lotChanges", entry.lotChanges(), LOT_CHANGE, out);
            if (entry.openedLot().isPresent()) {
              LOT_TERMS.writeField("openedLot", entry.openedLot().get(), out);
            }
            out.writeNumberField("deficitChange", entry.deficitChange());
            out.writeNumberField("waived", entry.waived());
            out.writeEndObject();
          },
          in -> {
            in.object(
                "a ledger entry",
                ImmutableSet.of(
                    "sequence",
                    "request",
                    "points",
                    "lotChanges",
                    "openedLot",
                    "deficitChange",
                    "waived"));
            long sequence = in.get("sequence").longValue();
            LedgerRequest request = REQUEST.read(in.get("request"));
            long points = in.get("points").longValue();
            List<LotChange> changes = readArray(in.get("lotChanges"), LOT_CHANGE);
            Optional<LotTerms> opened =
                in.has("openedLot")
                    ? Optional.of(LOT_TERMS.read(in.get("openedLot")))
                    : Optional.empty();
            long deficitChange = in.get("deficitChange").longValue();
            long waived = in.get("waived").longValue();
            return in.build(
                () ->
                    new LedgerEntry(
                        sequence, request, points, changes, opened, deficitChange, waived));
          });

  static final Codec<PointsLedger> LEDGER =
      Codec.of(
          PointsLedger.class,
          (ledger, out) -> {
            out.writeStartObject();
            out.writeStringField("account", ledger.account().value());
            writeArray("entries", ledger.entries(), ENTRY, out);
            out.writeEndObject();
          },
          in -> {
            in.object("a points ledger", ImmutableSet.of("account", "entries"));
            CustomerId account = in.get("account").parsed(CustomerId::of, CustomerId.class);
            PointsLedger ledger = PointsLedger.empty(account);
            for (JsonIn element : in.get("entries").elements()) {
              LedgerEntry entry = ENTRY.read(element);
              PointsLedger before = ledger;
              ledger = element.build(() -> before.append(List.of(entry)));
            }
            return ledger;
          });

  static final Codec<EarningRule> RULE =
      Codec.of(EarningRule.class, LoyaltyCodecs::writeRule, LoyaltyCodecs::readRule);

  static final Codec<Tier> TIER =
      Codec.of(
          Tier.class,
          (tier, out) -> {
            out.writeStartObject();
            out.writeStringField("name", tier.name());
            out.writeStringField("threshold", tier.threshold().toPlainString());
            out.writeStringField("multiplier", tier.multiplier().toPlainString());
            out.writeEndObject();
          },
          in -> {
            in.object("a tier", ImmutableSet.of("name", "threshold", "multiplier"));
            String name = in.get("name").text();
            BigDecimal threshold = in.get("threshold").decimal();
            BigDecimal multiplier =
                in.has("multiplier") ? in.get("multiplier").decimal() : BigDecimal.ONE;
            return in.build(() -> new Tier(name, threshold, multiplier));
          });

  static final Codec<TierPolicy> TIER_POLICY =
      Codec.of(
          TierPolicy.class,
          (policy, out) -> {
            out.writeStartObject();
            out.writeStringField("basis", policy.basis().name());
            out.writeStringField("window", policy.window().name());
            writeArray("tiers", policy.tiers(), TIER, out);
            out.writeStringField("review", policy.review().name());
            out.writeStringField("grace", policy.grace().toString());
            out.writeStringField("clawbackDowngrade", policy.clawbackDowngrade().name());
            out.writeEndObject();
          },
          in -> {
            in.object(
                "a tier policy",
                ImmutableSet.of(
                    "basis", "window", "tiers", "review", "grace", "clawbackDowngrade"));
            TierPolicy.Builder builder =
                TierPolicy.builder(
                    in.get("basis").constant(TierPolicy.Basis.class),
                    in.get("window").constant(TierPolicy.Window.class));
            for (Tier tier : readArray(in.get("tiers"), TIER)) {
              builder.tier(tier);
            }
            if (in.has("review")) {
              builder.review(in.get("review").constant(TierPolicy.Review.class));
            }
            if (in.has("grace")) {
              JsonIn grace = in.get("grace");
              Period period = grace.parsed(LoyaltyCodecs::parsePeriod, Period.class);
              grace.build(() -> builder.grace(period));
            }
            if (in.has("clawbackDowngrade")) {
              builder.clawbackDowngrade(
                  in.get("clawbackDowngrade").constant(TierPolicy.ClawbackDowngrade.class));
            }
            return in.build(builder::build);
          });

  static final Codec<LoyaltyProgram> PROGRAM =
      Codec.of(LoyaltyProgram.class, LoyaltyCodecs::writeProgram, LoyaltyCodecs::readProgram);

  // ---------------------------------------------------------------------------------------------

  private static void writeRequest(LedgerRequest request, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("type", REQUEST_TYPES.get(request.getClass()));
    Origin origin = request.origin();
    out.writeStringField("key", origin.key().value());
    out.writeStringField("occurredAt", origin.occurredAt().toString());
    SOURCE.writeField("source", origin.source(), out);
    out.writeStringField("reason", origin.reason());
    ACTOR.writeField("actor", origin.actor(), out);
    if (request instanceof LedgerRequest.Earn) {
      LedgerRequest.Earn earn = (LedgerRequest.Earn) request;
      out.writeNumberField("points", earn.points());
      writeOptional("orderAmount", earn.orderAmount(), MONEY, out);
      writeArray("explanation", earn.explanation(), LINE, out);
    } else if (request instanceof LedgerRequest.Redeem) {
      LedgerRequest.Redeem redeem = (LedgerRequest.Redeem) request;
      out.writeNumberField("points", redeem.points());
      writeOptional("orderAmount", redeem.orderAmount(), MONEY, out);
    } else if (request instanceof LedgerRequest.Clawback) {
      LedgerRequest.Clawback clawback = (LedgerRequest.Clawback) request;
      KEY.writeField("earnKey", clawback.earnKey(), out);
      writeOptional("refunded", clawback.refunded(), MONEY, out);
    } else if (request instanceof LedgerRequest.RedemptionRollback) {
      LedgerRequest.RedemptionRollback rollback = (LedgerRequest.RedemptionRollback) request;
      KEY.writeField("redemptionKey", rollback.redemptionKey(), out);
      if (rollback.points().isPresent()) {
        out.writeNumberField("points", rollback.points().getAsLong());
      }
    } else if (request instanceof LedgerRequest.ManualCredit) {
      out.writeNumberField("points", ((LedgerRequest.ManualCredit) request).points());
    } else if (request instanceof LedgerRequest.ManualDebit) {
      out.writeNumberField("points", ((LedgerRequest.ManualDebit) request).points());
    } else if (request instanceof LedgerRequest.PendingActivation) {
      KEY.writeField("earnKey", ((LedgerRequest.PendingActivation) request).earnKey(), out);
    } else if (request instanceof LedgerRequest.PendingCancellation) {
      KEY.writeField("earnKey", ((LedgerRequest.PendingCancellation) request).earnKey(), out);
    } else {
      out.writeNumberField("lot", ((LedgerRequest.Expire) request).lot());
    }
    out.writeEndObject();
  }

  private static LedgerRequest readRequest(JsonIn in) throws JsonMappingException {
    in.requireObject("a ledger request");
    EntryType type = lowerConstant(in.get("type"), EntryType.class);
    in.object("a request of type \"" + lower(type) + "\"", REQUEST_PROPERTIES.get(type));
    IdempotencyKey key = KEY.read(in.get("key"));
    Instant occurredAt = in.get("occurredAt").instant();
    SourceRef source = SOURCE.read(in.get("source"));
    String reason = in.get("reason").text();
    Actor actor = ACTOR.read(in.get("actor"));
    Origin origin = in.build(() -> new Origin(key, occurredAt, source, reason, actor));
    switch (type) {
      case EARN:
        long earned = in.get("points").longValue();
        Optional<Money> orderAmount = optional(in, "orderAmount", MONEY);
        List<ExplanationLine> explanation =
            in.has("explanation") ? readArray(in.get("explanation"), LINE) : List.of();
        return in.build(() -> new LedgerRequest.Earn(origin, earned, orderAmount, explanation));
      case REDEEM:
        long redeemed = in.get("points").longValue();
        Optional<Money> order = optional(in, "orderAmount", MONEY);
        return in.build(() -> new LedgerRequest.Redeem(origin, redeemed, order));
      case CLAWBACK:
        IdempotencyKey earnKey = KEY.read(in.get("earnKey"));
        Optional<Money> refunded = optional(in, "refunded", MONEY);
        return in.build(() -> new LedgerRequest.Clawback(origin, earnKey, refunded));
      case REDEMPTION_ROLLBACK:
        IdempotencyKey redemptionKey = KEY.read(in.get("redemptionKey"));
        OptionalLong points =
            in.has("points") ? OptionalLong.of(in.get("points").longValue()) : OptionalLong.empty();
        return in.build(() -> new LedgerRequest.RedemptionRollback(origin, redemptionKey, points));
      case MANUAL_CREDIT:
        long credited = in.get("points").longValue();
        return in.build(() -> new LedgerRequest.ManualCredit(origin, credited));
      case MANUAL_DEBIT:
        long debited = in.get("points").longValue();
        return in.build(() -> new LedgerRequest.ManualDebit(origin, debited));
      case PENDING_ACTIVATION:
        IdempotencyKey activated = KEY.read(in.get("earnKey"));
        return in.build(() -> new LedgerRequest.PendingActivation(origin, activated));
      case PENDING_CANCELLATION:
        IdempotencyKey cancelled = KEY.read(in.get("earnKey"));
        return in.build(() -> new LedgerRequest.PendingCancellation(origin, cancelled));
      case EXPIRE:
        long lot = in.get("lot").longValue();
        return in.build(() -> new LedgerRequest.Expire(origin, lot));
      default:
        throw new AssertionError(type);
    }
  }

  private static final Set<String> RULE_COMMON =
      ImmutableSet.of("type", "name", "priority", "stop");
  private static final ImmutableMap<Class<? extends EarningRule>, Set<String>> RULE_PROPERTIES =
      ImmutableMap.of(
          SpendRule.class,
          with(RULE_COMMON, "rate", "includedCategories", "excludedCategories"),
          MultiplierRule.class,
          with(RULE_COMMON, "multiplier", "products", "categories"),
          CampaignRule.class,
          with(RULE_COMMON, "from", "to", "multiplier", "bonusPoints", "minimumSpend"),
          EventRule.class,
          with(RULE_COMMON, "kind", "points", "capPerDay", "capPerWeek", "capPerMonth"));

  /**
   * The value of {@code "type"} of each kind of rule: the rule reader and writer and the errors of
   * {@link Codec#addSubtypesTo} use this table.
   */
  static final ImmutableBiMap<Class<? extends EarningRule>, String> RULE_TYPES =
      ImmutableBiMap.of(
          SpendRule.class,
          "spend",
          MultiplierRule.class,
          "multiplier",
          CampaignRule.class,
          "campaign",
          EventRule.class,
          "event");

  private static void writeRule(EarningRule rule, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("type", RULE_TYPES.get(rule.getClass()));
    out.writeStringField("name", rule.name());
    out.writeNumberField("priority", rule.priority());
    out.writeBooleanField("stop", rule.stop());
    if (rule instanceof SpendRule) {
      SpendRule spend = (SpendRule) rule;
      RATE.writeField("rate", spend.rate(), out);
      writeTexts("includedCategories", spend.includedCategories(), out);
      writeTexts("excludedCategories", spend.excludedCategories(), out);
    } else if (rule instanceof MultiplierRule) {
      MultiplierRule multiplier = (MultiplierRule) rule;
      out.writeStringField("multiplier", multiplier.multiplier().toPlainString());
      writeTexts("products", multiplier.products(), out);
      writeTexts("categories", multiplier.categories(), out);
    } else if (rule instanceof CampaignRule) {
      CampaignRule campaign = (CampaignRule) rule;
      out.writeStringField("from", campaign.from().toString());
      out.writeStringField("to", campaign.to().toString());
      out.writeStringField("multiplier", campaign.multiplier().toPlainString());
      out.writeNumberField("bonusPoints", campaign.bonusPoints());
      writeOptional("minimumSpend", campaign.minimumSpend(), MONEY, out);
    } else {
      EventRule event = (EventRule) rule;
      EVENT_KIND.writeField("kind", event.kind(), out);
      out.writeNumberField("points", event.points());
      writeCap("capPerDay", event.capPerDay(), out);
      writeCap("capPerWeek", event.capPerWeek(), out);
      writeCap("capPerMonth", event.capPerMonth(), out);
    }
    out.writeEndObject();
  }

  private static EarningRule readRule(JsonIn in) throws JsonMappingException {
    in.requireObject("an earning rule");
    JsonIn typeIn = in.get("type");
    String type = typeIn.text();
    Class<? extends EarningRule> ruleClass = RULE_TYPES.inverse().get(type);
    if (ruleClass == null) {
      throw typeIn.error("must be one of " + RULE_TYPES.values() + ", but was \"" + type + "\"");
    }
    in.object("a rule of type \"" + type + "\"", RULE_PROPERTIES.get(ruleClass));
    String name = in.get("name").text();
    int priority = in.has("priority") ? in.get("priority").intValue() : 0;
    boolean stop = in.has("stop") && in.get("stop").bool();
    if (ruleClass == SpendRule.class) {
      PointsRate rate = RATE.read(in.get("rate"));
      Set<String> included = texts(in, "includedCategories");
      Set<String> excluded = texts(in, "excludedCategories");
      return in.build(() -> new SpendRule(name, priority, stop, rate, included, excluded));
    }
    if (ruleClass == MultiplierRule.class) {
      BigDecimal multiplier = in.get("multiplier").decimal();
      Set<String> products = texts(in, "products");
      Set<String> categories = texts(in, "categories");
      return in.build(
          () -> new MultiplierRule(name, priority, stop, multiplier, products, categories));
    }
    if (ruleClass == CampaignRule.class) {
      LocalDate from = in.get("from").parsed(LocalDate::parse, LocalDate.class);
      LocalDate to = in.get("to").parsed(LocalDate::parse, LocalDate.class);
      BigDecimal factor = in.has("multiplier") ? in.get("multiplier").decimal() : BigDecimal.ONE;
      long bonus = in.has("bonusPoints") ? in.get("bonusPoints").longValue() : 0;
      Optional<Money> minimum = optional(in, "minimumSpend", MONEY);
      return in.build(
          () -> new CampaignRule(name, priority, stop, from, to, factor, bonus, minimum));
    }
    EventKind kind = EVENT_KIND.read(in.get("kind"));
    long points = in.get("points").longValue();
    OptionalInt day = cap(in, "capPerDay");
    OptionalInt week = cap(in, "capPerWeek");
    OptionalInt month = cap(in, "capPerMonth");
    return in.build(() -> new EventRule(name, priority, stop, kind, points, day, week, month));
  }

  private static final Set<String> PROGRAM_PROPERTIES =
      ImmutableSet.of(
          "name",
          "zone",
          "currency",
          "roundingMode",
          "expiry",
          "pendingDays",
          "clawback",
          "rollbackExpiry",
          "minimumRedemption",
          "maximumRedemptionShare",
          "redemptionValue",
          "rules",
          "tiers");

  private static void writeProgram(LoyaltyProgram program, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("name", program.name());
    out.writeStringField("zone", program.zone().getId());
    out.writeStringField("currency", program.currency().getCurrencyCode());
    out.writeStringField("roundingMode", program.roundingMode().name());
    EXPIRY.writeField("expiry", program.expiry(), out);
    out.writeNumberField("pendingDays", program.pendingDays());
    out.writeStringField("clawback", program.clawback().name());
    out.writeStringField("rollbackExpiry", program.rollbackExpiry().name());
    out.writeNumberField("minimumRedemption", program.minimumRedemption());
    out.writeStringField(
        "maximumRedemptionShare", program.maximumRedemptionShare().toPlainString());
    writeOptional("redemptionValue", program.redemptionValue(), RATE, out);
    writeArray("rules", program.rules(), RULE, out);
    writeOptional("tiers", program.tiers(), TIER_POLICY, out);
    out.writeEndObject();
  }

  private static LoyaltyProgram readProgram(JsonIn in) throws JsonMappingException {
    in.object("a loyalty program", PROGRAM_PROPERTIES);
    String name = in.get("name").text();
    ZoneId zone = in.get("zone").zone();
    Currency currency = in.get("currency").currency();
    LoyaltyProgram.Builder builder = in.build(() -> LoyaltyProgram.builder(name, zone, currency));
    if (in.has("roundingMode")) {
      builder.roundingMode(in.get("roundingMode").constant(RoundingMode.class));
    }
    if (in.has("expiry")) {
      builder.expiry(EXPIRY.read(in.get("expiry")));
    }
    if (in.has("pendingDays")) {
      JsonIn days = in.get("pendingDays");
      int pendingDays = days.intValue();
      days.build(() -> builder.pendingDays(pendingDays));
    }
    if (in.has("clawback")) {
      builder.clawback(in.get("clawback").constant(ClawbackPolicy.class));
    }
    if (in.has("rollbackExpiry")) {
      builder.rollbackExpiry(in.get("rollbackExpiry").constant(RollbackExpiry.class));
    }
    if (in.has("minimumRedemption")) {
      JsonIn minimum = in.get("minimumRedemption");
      long points = minimum.longValue();
      minimum.build(() -> builder.minimumRedemption(points));
    }
    if (in.has("maximumRedemptionShare")) {
      JsonIn share = in.get("maximumRedemptionShare");
      BigDecimal value = share.decimal();
      share.build(() -> builder.maximumRedemptionShare(value));
    }
    if (in.has("redemptionValue")) {
      builder.redemptionValue(RATE.read(in.get("redemptionValue")));
    }
    if (in.has("rules")) {
      builder.rules(readArray(in.get("rules"), RULE));
    }
    if (in.has("tiers")) {
      builder.tiers(TIER_POLICY.read(in.get("tiers")));
    }
    return in.build(builder::build);
  }

  // ---------------------------------------------------------------------------------------------

  private static Set<String> with(Set<String> base, String... more) {
    return ImmutableSet.<String>builder().addAll(base).add(more).build();
  }

  static String lower(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  private static <E extends Enum<E>> E lowerConstant(JsonIn in, Class<E> type)
      throws JsonMappingException {
    return in.parsed(
        text -> {
          List<String> names = new ArrayList<>();
          for (E constant : type.getEnumConstants()) {
            if (lower(constant).equals(text)) {
              return constant;
            }
            names.add(lower(constant));
          }
          throw new IllegalArgumentException(
              "must be one of " + names + ", but was \"" + text + "\"");
        },
        type);
  }

  private static Period parsePeriod(String text) {
    try {
      return Period.parse(text);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "must be an ISO-8601 period such as P30D, but was \"" + text + "\"", e);
    }
  }

  private static Actor parseActor(String text) {
    int colon = text.indexOf(':');
    String kind = colon < 0 ? text : text.substring(0, colon);
    for (Actor.Type type : Actor.Type.values()) {
      if (lower(type).equals(kind)) {
        return new Actor(
            type, colon < 0 ? Optional.empty() : Optional.of(text.substring(colon + 1)));
      }
    }
    throw new IllegalArgumentException(
        "must be \"system\", \"member\", \"agent:<id>\" or \"service:<name>\", but was \""
            + text
            + "\"");
  }

  private static SourceRef parseSource(String text) {
    int colon = text.indexOf(':');
    if (colon > 0) {
      String kind = text.substring(0, colon);
      for (SourceRef.Type type : SourceRef.Type.values()) {
        if (lower(type).equals(kind)) {
          return new SourceRef(type, text.substring(colon + 1));
        }
      }
    }
    throw new IllegalArgumentException(
        "must be a source type and an id such as \"order:O-1\", but was \"" + text + "\"");
  }

  private static <T> void writeArray(
      String name, List<? extends T> values, Codec<T> codec, JsonGenerator out) throws IOException {
    out.writeArrayFieldStart(name);
    for (T value : values) {
      codec.write(value, out);
    }
    out.writeEndArray();
  }

  private static <T> List<T> readArray(JsonIn in, Codec<T> codec) throws JsonMappingException {
    List<T> values = new ArrayList<>();
    for (JsonIn element : in.elements()) {
      values.add(codec.read(element));
    }
    return values;
  }

  private static <T> void writeOptional(
      String name, Optional<T> value, Codec<T> codec, JsonGenerator out) throws IOException {
    if (value.isPresent()) {
      codec.writeField(name, value.get(), out);
    }
  }

  private static <T> Optional<T> optional(JsonIn in, String name, Codec<T> codec)
      throws JsonMappingException {
    return in.optional(name, codec::read);
  }

  private static void writeTexts(String name, Set<String> values, JsonGenerator out)
      throws IOException {
    out.writeArrayFieldStart(name);
    for (String value : values) {
      out.writeString(value);
    }
    out.writeEndArray();
  }

  private static Set<String> texts(JsonIn in, String name) throws JsonMappingException {
    Set<String> values = new LinkedHashSet<>();
    if (!in.has(name)) {
      return values;
    }
    for (JsonIn element : in.get(name).elements()) {
      if (!values.add(element.text())) {
        throw element.error("must not repeat a value, but \"" + element.text() + "\" repeats");
      }
    }
    return values;
  }

  private static void writeCap(String name, OptionalInt cap, JsonGenerator out) throws IOException {
    if (cap.isPresent()) {
      out.writeNumberField(name, cap.getAsInt());
    }
  }

  private static OptionalInt cap(JsonIn in, String name) throws JsonMappingException {
    return in.has(name) ? OptionalInt.of(in.get(name).intValue()) : OptionalInt.empty();
  }
}
