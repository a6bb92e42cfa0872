package dev.rapport.loyalty.referral.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.google.common.collect.ImmutableMap;
import dev.rapport.core.json.internal.JsonIn;
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
    in.object("a referral program", PROGRAM);
    ReferralProgram.Builder builder =
        in.get("name").build(() -> ReferralProgram.builder(in.get("name").text()));
    if (in.has("referrerReward")) {
      builder.referrerReward(ReferralFormat.readReward(in.get("referrerReward")));
    }
    if (in.has("refereeReward")) {
      builder.refereeReward(ReferralFormat.readReward(in.get("refereeReward")));
    }
    builder.qualification(readQualification(in.get("qualification")));
    if (in.has("attributionWindow")) {
      Duration window = in.get("attributionWindow").duration();
      in.get("attributionWindow").build(() -> builder.attributionWindow(window));
    }
    if (in.has("rewardHold")) {
      Duration hold = in.get("rewardHold").duration();
      in.get("rewardHold").build(() -> builder.rewardHold(hold));
    }
    List<ReferrerCap> caps = new ArrayList<>();
    for (JsonIn cap : in.optional("caps", JsonIn::elements).orElse(List.of())) {
      caps.add(readCap(cap));
    }
    builder.caps(caps);
    if (in.has("clawback")) {
      builder.clawback(in.get("clawback").constant(ReferralClawback.class));
    }
    if (in.has("clawbackWindow")) {
      Duration window = in.get("clawbackWindow").duration();
      in.get("clawbackWindow").build(() -> builder.clawbackWindow(window));
    }
    if (in.has("fraudRules")) {
      List<FraudRule> rules = new ArrayList<>();
      for (JsonIn rule : in.optional("fraudRules", JsonIn::elements).orElse(List.of())) {
        rules.add(readRule(rule));
      }
      builder.fraudRules(rules);
    }
    if (in.has("emails")) {
      builder.emails(readEmails(in.get("emails")));
    }
    return in.build(builder::build);
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
    in.object("a qualification rule", Set.of("type", "minimum", "currency", "name"));
    String type = in.get("type").text();
    switch (type) {
      case "first_order", "any_order" -> {
        in.object("a \"" + type + "\" rule", ORDER_RULE);
        Currency currency = in.get("currency").currency();
        Money minimum = Values.money(in, "minimum", currency);
        return type.equals("first_order")
            ? QualificationRule.firstOrderAtLeast(minimum)
            : QualificationRule.anyOrderAtLeast(minimum);
      }
      case "event" -> {
        in.object("an \"event\" rule", EVENT_RULE);
        return in.get("name").parsed(QualificationRule::event, QualificationRule.class);
      }
      default ->
          throw in.get("type")
              .error("must be one of [first_order, any_order, event], but was \"" + type + "\"");
    }
  }

  private static ReferrerCap readCap(JsonIn in) throws JsonMappingException {
    in.object("a cap", Set.of("type", "max", "window", "zone"));
    String type = in.get("type").text();
    int max = in.get("max").intValue();
    return switch (type) {
      case "rolling" -> {
        in.object("a \"rolling\" cap", ROLLING_CAP);
        Duration window = in.get("window").duration();
        yield in.build(() -> ReferrerCap.rolling(max, window));
      }
      case "calendar_month", "calendar_year" -> {
        in.object("a \"" + type + "\" cap", CALENDAR_CAP);
        ZoneId zone = in.get("zone").zone();
        yield in.build(
            () ->
                type.equals("calendar_month")
                    ? ReferrerCap.perMonth(max, zone)
                    : ReferrerCap.perYear(max, zone));
      }
      default ->
          throw in.get("type")
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
    in.object("a fraud rule", Set.of("type", "max", "window"));
    String type = in.get("type").text();
    StandardFraudRule standard = STANDARD_RULES.get(type);
    if (standard != null) {
      in.object("a \"" + type + "\" rule", STANDARD_RULE);
      return standard;
    }
    VelocityRule.Scope scope = VELOCITY_SCOPES.get(type);
    if (scope == null) {
      List<String> known = new ArrayList<>(STANDARD_RULES.keySet());
      known.addAll(VELOCITY_SCOPES.keySet());
      throw in.get("type").error("must be one of " + known + ", but was \"" + type + "\"");
    }
    in.object("a \"" + type + "\" rule", VELOCITY_RULE);
    int max = in.get("max").intValue();
    Duration window = in.get("window").duration();
    return in.build(() -> new VelocityRule(scope, max, window));
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
    in.object("an email normaliser", EMAILS);
    EmailNormalizer.Builder builder = EmailNormalizer.builder();
    for (String domain : ReferralFormat.uniqueTexts(in, "ignoresDots")) {
      in.get("ignoresDots").build(() -> builder.ignoresDots(domain));
    }
    for (String domain : ReferralFormat.uniqueTexts(in, "plusTags")) {
      in.get("plusTags").build(() -> builder.plusTags(domain));
    }
    for (Map.Entry<String, JsonIn> alias :
        in.optional("aliases", aliases -> aliases.properties("a map of aliases"))
            .orElse(List.of())) {
      String to = alias.getValue().text();
      alias.getValue().build(() -> builder.alias(alias.getKey(), to));
    }
    return in.build(builder::build);
  }
}
