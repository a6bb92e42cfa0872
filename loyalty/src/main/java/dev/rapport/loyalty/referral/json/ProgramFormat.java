package dev.rapport.loyalty.referral.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.google.common.collect.ImmutableMap;
import dev.rapport.loyalty.Money;
import dev.rapport.loyalty.referral.EmailNormalizer;
import dev.rapport.loyalty.referral.FraudRule;
import dev.rapport.loyalty.referral.QualificationRule;
import dev.rapport.loyalty.referral.ReferralClawback;
import dev.rapport.loyalty.referral.ReferralProgram;
import dev.rapport.loyalty.referral.ReferrerCap;
import dev.rapport.loyalty.referral.StandardFraudRule;
import dev.rapport.loyalty.referral.VelocityRule;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The JSON form of a {@link ReferralProgram}, written and read. Stateless, thread-safe. */
final class ProgramFormat {
  private static final Set<String> PROGRAM =
      Set.of(
          "name",
          "referrerReward",
          "refereeReward",
          "qualification",
          "attributionWindow",
          "rewardHold",
          "caps",
          "clawback",
          "clawbackWindow",
          "fraudRules",
          "emails");
  private static final Set<String> ORDER_RULE = Set.of("type", "minimum", "currency");
  private static final Set<String> EVENT_RULE = Set.of("type", "name");
  private static final Set<String> ROLLING_CAP = Set.of("type", "max", "window");
  private static final Set<String> CALENDAR_CAP = Set.of("type", "max", "zone");
  private static final Set<String> STANDARD_RULE = Set.of("type");
  private static final Set<String> VELOCITY_RULE = Set.of("type", "max", "window");
  private static final Set<String> EMAILS = Set.of("ignoresDots", "plusTags", "aliases");

  private static final ImmutableMap<String, StandardFraudRule> STANDARD_RULES;
  private static final ImmutableMap<String, VelocityRule.Scope> VELOCITY_SCOPES;

  static {
    ImmutableMap.Builder<String, StandardFraudRule> standard = ImmutableMap.builder();
    for (StandardFraudRule rule : StandardFraudRule.values()) {
      standard.put(rule.reasonCode(), rule);
    }
    STANDARD_RULES = standard.build();
    ImmutableMap.Builder<String, VelocityRule.Scope> velocity = ImmutableMap.builder();
    for (VelocityRule.Scope scope : VelocityRule.Scope.values()) {
      velocity.put(scope.reasonCode(), scope);
    }
    VELOCITY_SCOPES = velocity.build();
  }

  private ProgramFormat() {}

  static void write(ReferralProgram program, JsonGenerator out) throws IOException {
    out.writeStartObject(program);
    out.writeStringField("name", program.name());
    ReferralFormat.writeOptionalReward("referrerReward", program.referrerReward(), out);
    ReferralFormat.writeOptionalReward("refereeReward", program.refereeReward(), out);
    out.writeFieldName("qualification");
    writeQualification(program.qualification(), out);
    out.writeStringField("attributionWindow", Values.duration(program.attributionWindow()));
    out.writeStringField("rewardHold", Values.duration(program.rewardHold()));
    out.writeArrayFieldStart("caps");
    for (ReferrerCap cap : program.caps()) {
      out.writeStartObject();
      out.writeStringField("type", cap.kind().name().toLowerCase(Locale.ROOT));
      out.writeNumberField("max", cap.maxRewards());
      if (cap.window().isPresent()) {
        out.writeStringField("window", Values.duration(cap.window().get()));
      } else {
        out.writeStringField("zone", cap.zone().orElseThrow().getId());
      }
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeStringField("clawback", program.clawback().name());
    if (program.clawbackWindow().isPresent()) {
      out.writeStringField("clawbackWindow", Values.duration(program.clawbackWindow().get()));
    }
    out.writeArrayFieldStart("fraudRules");
    List<FraudRule> rules = program.fraudRules();
    for (int i = 0; i < rules.size(); i++) {
      writeRule(rules.get(i), i, out);
    }
    out.writeEndArray();
    if (!program.emails().equals(EmailNormalizer.standard())) {
      writeEmails(program.emails(), out);
    }
    out.writeEndObject();
  }

  static ReferralProgram read(JsonIn in) throws JsonMappingException {
    in.object(PROGRAM, "a referral program");
    ReferralProgram.Builder builder =
        ReferralFormat.construct(in.field("name"), () -> ReferralProgram.builder(in.text("name")));
    if (in.has("referrerReward")) {
      builder.referrerReward(ReferralFormat.readReward(in.field("referrerReward")));
    }
    if (in.has("refereeReward")) {
      builder.refereeReward(ReferralFormat.readReward(in.field("refereeReward")));
    }
    builder.qualification(readQualification(in.field("qualification").required()));
    if (in.has("attributionWindow")) {
      Duration window = in.parsed("attributionWindow", Values::duration);
      ReferralFormat.construct(
          in.field("attributionWindow"), () -> builder.attributionWindow(window));
    }
    if (in.has("rewardHold")) {
      Duration hold = in.parsed("rewardHold", Values::duration);
      ReferralFormat.construct(in.field("rewardHold"), () -> builder.rewardHold(hold));
    }
    List<ReferrerCap> caps = new ArrayList<>();
    for (JsonIn cap : in.elements("caps")) {
      caps.add(readCap(cap));
    }
    builder.caps(caps);
    if (in.has("clawback")) {
      builder.clawback(
          in.parsed("clawback", text -> Values.constant(ReferralClawback.class, text)));
    }
    if (in.has("clawbackWindow")) {
      Duration window = in.parsed("clawbackWindow", Values::duration);
      ReferralFormat.construct(in.field("clawbackWindow"), () -> builder.clawbackWindow(window));
    }
    if (in.has("fraudRules")) {
      List<FraudRule> rules = new ArrayList<>();
      for (JsonIn rule : in.elements("fraudRules")) {
        rules.add(readRule(rule));
      }
      builder.fraudRules(rules);
    }
    if (in.has("emails")) {
      builder.emails(readEmails(in.field("emails")));
    }
    try {
      return builder.build();
    } catch (IllegalStateException e) {
      throw in.error(e.getMessage());
    }
  }

  private static void writeQualification(QualificationRule rule, JsonGenerator out)
      throws IOException {
    out.writeStartObject();
    if (rule instanceof QualificationRule.NamedEvent event) {
      out.writeStringField("type", "event");
      out.writeStringField("name", event.name());
    } else {
      boolean first = rule instanceof QualificationRule.FirstOrder;
      Money minimum =
          first
              ? ((QualificationRule.FirstOrder) rule).minimum()
              : ((QualificationRule.AnyOrder) rule).minimum();
      out.writeStringField("type", first ? "first_order" : "any_order");
      out.writeStringField("minimum", minimum.amount().toPlainString());
      out.writeStringField("currency", minimum.currency().getCurrencyCode());
    }
    out.writeEndObject();
  }

  private static QualificationRule readQualification(JsonIn in) throws JsonMappingException {
    in.object(Set.of("type", "minimum", "currency", "name"), "a qualification rule");
    String type = in.text("type");
    switch (type) {
      case "first_order", "any_order" -> {
        in.object(ORDER_RULE, "a \"" + type + "\" rule");
        Currency currency = in.parsed("currency", Values::currency);
        Money minimum = Values.money(in, "minimum", currency);
        return type.equals("first_order")
            ? QualificationRule.firstOrderAtLeast(minimum)
            : QualificationRule.anyOrderAtLeast(minimum);
      }
      case "event" -> {
        in.object(EVENT_RULE, "an \"event\" rule");
        return in.parsed("name", QualificationRule::event);
      }
      default ->
          throw in.field("type")
              .error("must be one of [first_order, any_order, event], but was \"" + type + "\"");
    }
  }

  private static ReferrerCap readCap(JsonIn in) throws JsonMappingException {
    in.object(Set.of("type", "max", "window", "zone"), "a cap");
    String type = in.text("type");
    int max = in.intValue("max");
    return switch (type) {
      case "rolling" -> {
        in.object(ROLLING_CAP, "a \"rolling\" cap");
        Duration window = in.parsed("window", Values::duration);
        yield ReferralFormat.construct(in, () -> ReferrerCap.rolling(max, window));
      }
      case "calendar_month", "calendar_year" -> {
        in.object(CALENDAR_CAP, "a \"" + type + "\" cap");
        ZoneId zone = in.parsed("zone", Values::zone);
        yield ReferralFormat.construct(
            in,
            () ->
                type.equals("calendar_month")
                    ? ReferrerCap.perMonth(max, zone)
                    : ReferrerCap.perYear(max, zone));
      }
      default ->
          throw in.field("type")
              .error(
                  "must be one of [rolling, calendar_month, calendar_year], but was \""
                      + type
                      + "\"");
    };
  }

  private static void writeRule(FraudRule rule, int index, JsonGenerator out) throws IOException {
    out.writeStartObject();
    if (rule instanceof StandardFraudRule standard) {
      out.writeStringField("type", standard.reasonCode());
    } else if (rule instanceof VelocityRule velocity) {
      out.writeStringField("type", velocity.scope().reasonCode());
      out.writeNumberField("max", velocity.max());
      out.writeStringField("window", Values.duration(velocity.window()));
    } else {
      throw JsonMappingException.from(
          out,
          "fraudRules["
              + index
              + "]: only StandardFraudRule and VelocityRule can be written as JSON, but was "
              + rule);
    }
    out.writeEndObject();
  }

  private static FraudRule readRule(JsonIn in) throws JsonMappingException {
    in.object(Set.of("type", "max", "window"), "a fraud rule");
    String type = in.text("type");
    StandardFraudRule standard = STANDARD_RULES.get(type);
    if (standard != null) {
      in.object(STANDARD_RULE, "a \"" + type + "\" rule");
      return standard;
    }
    VelocityRule.Scope scope = VELOCITY_SCOPES.get(type);
    if (scope == null) {
      List<String> known = new ArrayList<>(STANDARD_RULES.keySet());
      known.addAll(VELOCITY_SCOPES.keySet());
      throw in.field("type").error("must be one of " + known + ", but was \"" + type + "\"");
    }
    in.object(VELOCITY_RULE, "a \"" + type + "\" rule");
    int max = in.intValue("max");
    Duration window = in.parsed("window", Values::duration);
    return ReferralFormat.construct(in, () -> new VelocityRule(scope, max, window));
  }

  private static void writeEmails(EmailNormalizer emails, JsonGenerator out) throws IOException {
    out.writeObjectFieldStart("emails");
    ReferralFormat.writeTexts("ignoresDots", emails.dotsIgnoredDomains(), out);
    ReferralFormat.writeTexts("plusTags", emails.plusTagDomains(), out);
    out.writeObjectFieldStart("aliases");
    for (Map.Entry<String, String> alias : emails.aliases().entrySet()) {
      out.writeStringField(alias.getKey(), alias.getValue());
    }
    out.writeEndObject();
    out.writeEndObject();
  }

  private static EmailNormalizer readEmails(JsonIn in) throws JsonMappingException {
    in.object(EMAILS, "an email normaliser");
    EmailNormalizer.Builder builder = EmailNormalizer.builder();
    for (String domain : ReferralFormat.uniqueTexts(in, "ignoresDots")) {
      ReferralFormat.construct(in.field("ignoresDots"), () -> builder.ignoresDots(domain));
    }
    for (String domain : ReferralFormat.uniqueTexts(in, "plusTags")) {
      ReferralFormat.construct(in.field("plusTags"), () -> builder.plusTags(domain));
    }
    for (Map.Entry<String, String> alias : in.textMap("aliases").entrySet()) {
      ReferralFormat.construct(
          in.field("aliases").field(alias.getKey()),
          () -> builder.alias(alias.getKey(), alias.getValue()));
    }
    return ReferralFormat.construct(in, builder::build);
  }
}
