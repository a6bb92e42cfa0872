package dev.rapport.loyalty.referral.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.rapport.core.CustomerId;
import dev.rapport.core.json.internal.JsonIn;
import dev.rapport.loyalty.Money;
import dev.rapport.loyalty.referral.Referral;
import dev.rapport.loyalty.referral.ReferralCode;
import dev.rapport.loyalty.referral.ReferralId;
import dev.rapport.loyalty.referral.ReferralOrder;
import dev.rapport.loyalty.referral.ReferralParty;
import dev.rapport.loyalty.referral.ReferralStatus;
import dev.rapport.loyalty.referral.RejectionReason;
import dev.rapport.loyalty.referral.Reward;
import dev.rapport.loyalty.referral.RewardInstruction;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The JSON form of a {@link Referral} and its parts, written and read. Stateless, thread-safe. */
final class ReferralFormat {
  private static final Set<String> REFERRAL =
      Set.of(
          "id",
          "code",
          "status",
          "referrer",
          "referee",
          "refereeAlreadyCustomer",
          "codeUsedAt",
          "expiresAt",
          "referrerReward",
          "refereeReward",
          "reasons",
          "order",
          "rewardDueAt",
          "instructions",
          "transitions");
  private static final Set<String> PARTY =
      Set.of("customer", "email", "paymentFingerprints", "addresses", "deviceIds", "networkIds");
  private static final Set<String> REWARD = Set.of("points", "reference");
  private static final Set<String> REASON = Set.of("code", "detail");
  private static final Set<String> ORDER =
      Set.of("orderId", "at", "amount", "currency", "minimum", "refunded");
  private static final Set<String> INSTRUCTION =
      Set.of("referralId", "side", "beneficiary", "reward", "action", "at", "idempotencyKey");
  private static final Set<String> TRANSITION = Set.of("at", "status", "cause");

  private ReferralFormat() {}

  static void write(Referral referral, JsonGenerator out) throws IOException {
    out.writeStartObject(referral);
    out.writeStringField("id", referral.id().value());
    out.writeStringField("code", referral.code().value());
    out.writeStringField("status", referral.status().name());
    out.writeFieldName("referrer");
    writeParty(referral.referrer(), out);
    out.writeFieldName("referee");
    writeParty(referral.referee(), out);
    out.writeBooleanField("refereeAlreadyCustomer", referral.refereeAlreadyCustomer());
    out.writeStringField("codeUsedAt", referral.codeUsedAt().toString());
    out.writeStringField("expiresAt", referral.expiresAt().toString());
    writeOptionalReward("referrerReward", referral.referrerReward(), out);
    writeOptionalReward("refereeReward", referral.refereeReward(), out);
    out.writeArrayFieldStart("reasons");
    for (RejectionReason reason : referral.reasons()) {
      out.writeStartObject();
      out.writeStringField("code", reason.code());
      out.writeStringField("detail", reason.detail());
      out.writeEndObject();
    }
    out.writeEndArray();
    if (referral.order().isPresent()) {
      ReferralOrder order = referral.order().get();
      out.writeObjectFieldStart("order");
      out.writeStringField("orderId", order.orderId());
      out.writeStringField("at", order.at().toString());
      out.writeStringField("amount", order.amount().amount().toPlainString());
      out.writeStringField("currency", order.amount().currency().getCurrencyCode());
      out.writeStringField("minimum", order.minimum().amount().toPlainString());
      out.writeStringField("refunded", order.refunded().amount().toPlainString());
      out.writeEndObject();
    }
    if (referral.rewardDueAt().isPresent()) {
      out.writeStringField("rewardDueAt", referral.rewardDueAt().get().toString());
    }
    out.writeArrayFieldStart("instructions");
    for (RewardInstruction instruction : referral.instructions()) {
      writeInstruction(instruction, out);
    }
    out.writeEndArray();
    out.writeArrayFieldStart("transitions");
    for (Referral.Transition transition : referral.transitions()) {
      out.writeStartObject();
      out.writeStringField("at", transition.at().toString());
      out.writeStringField("status", transition.status().name());
      out.writeStringField("cause", transition.cause());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  static Referral read(JsonIn in) throws JsonMappingException {
    in.object("a referral", REFERRAL);
    ReferralId id = in.get("id").parsed(ReferralId::of, ReferralId.class);
    ReferralCode code = in.get("code").parsed(ReferralCode::new, ReferralCode.class);
    ReferralParty referrer = readParty(in.get("referrer"));
    ReferralParty referee = readParty(in.get("referee"));
    boolean alreadyCustomer = in.get("refereeAlreadyCustomer").bool();
    Instant codeUsedAt = in.get("codeUsedAt").instant();
    Instant expiresAt = in.get("expiresAt").instant();
    Optional<Reward> referrerReward = optionalReward(in, "referrerReward");
    Optional<Reward> refereeReward = optionalReward(in, "refereeReward");
    List<RejectionReason> reasons = new ArrayList<>();
    for (JsonIn reason : in.optional("reasons", JsonIn::elements).orElse(List.of())) {
      reason.object("a rejection reason", REASON);
      reasons.add(
          reason.build(
              () -> RejectionReason.of(reason.get("code").text(), reason.get("detail").text())));
    }
    Optional<ReferralOrder> order =
        in.has("order") ? Optional.of(readOrder(in.get("order"))) : Optional.empty();
    Optional<Instant> rewardDueAt = in.optional("rewardDueAt", JsonIn::instant);
    List<RewardInstruction> instructions = new ArrayList<>();
    for (JsonIn instruction : in.optional("instructions", JsonIn::elements).orElse(List.of())) {
      instructions.add(readInstruction(instruction));
    }
    List<Referral.Transition> transitions = new ArrayList<>();
    for (JsonIn transition : in.optional("transitions", JsonIn::elements).orElse(List.of())) {
      transition.object("a transition", TRANSITION);
      Instant at = transition.get("at").instant();
      ReferralStatus status = transition.get("status").constant(ReferralStatus.class);
      String cause = transition.get("cause").text();
      transitions.add(transition.build(() -> new Referral.Transition(at, status, cause)));
    }
    Referral referral =
        in.build(
            () ->
                new Referral(
                    id,
                    code,
                    referrer,
                    referee,
                    alreadyCustomer,
                    codeUsedAt,
                    expiresAt,
                    referrerReward,
                    refereeReward,
                    reasons,
                    order,
                    rewardDueAt,
                    instructions,
                    transitions));
    ReferralStatus status = in.get("status").constant(ReferralStatus.class);
    if (status != referral.status()) {
      throw in.get("status")
          .error(
              "must be the status of the last transition, "
                  + referral.status()
                  + ", but was "
                  + status);
    }
    return referral;
  }

  static void writeInstruction(RewardInstruction instruction, JsonGenerator out)
      throws IOException {
    out.writeStartObject(instruction);
    out.writeStringField("referralId", instruction.referralId().value());
    out.writeStringField("side", instruction.side().name());
    out.writeStringField("beneficiary", instruction.beneficiary().value());
    out.writeFieldName("reward");
    writeReward(instruction.reward(), out);
    out.writeStringField("action", instruction.action().name());
    out.writeStringField("at", instruction.at().toString());
    out.writeStringField("idempotencyKey", instruction.idempotencyKey());
    out.writeEndObject();
  }

  static RewardInstruction readInstruction(JsonIn in) throws JsonMappingException {
    in.object("a reward instruction", INSTRUCTION);
    ReferralId referralId = in.get("referralId").parsed(ReferralId::of, ReferralId.class);
    RewardInstruction.Side side = in.get("side").constant(RewardInstruction.Side.class);
    CustomerId beneficiary = in.get("beneficiary").parsed(CustomerId::of, CustomerId.class);
    Reward reward = readReward(in.get("reward"));
    RewardInstruction.Action action = in.get("action").constant(RewardInstruction.Action.class);
    Instant at = in.get("at").instant();
    RewardInstruction instruction =
        new RewardInstruction(referralId, side, beneficiary, reward, action, at);
    Optional<String> key = in.optional("idempotencyKey", JsonIn::text);
    if (key.isPresent() && !key.get().equals(instruction.idempotencyKey())) {
      throw in.get("idempotencyKey")
          .error(
              "must be the key derived from the referral, side and action, \""
                  + instruction.idempotencyKey()
                  + "\", but was \""
                  + key.get()
                  + "\"");
    }
    return instruction;
  }

  static void writeReward(Reward reward, JsonGenerator out) throws IOException {
    out.writeStartObject();
    if (reward instanceof Reward.Points points) {
      out.writeNumberField("points", points.points());
    } else {
      out.writeStringField("reference", ((Reward.Reference) reward).reference());
    }
    out.writeEndObject();
  }

  /** Reads {@code {"points": 500}} or {@code {"reference": "voucher:10"}}. */
  static Reward readReward(JsonIn in) throws JsonMappingException {
    in.object("a reward", REWARD);
    if (in.has("points") == in.has("reference")) {
      throw in.error("a reward must have exactly one of \"points\" and \"reference\"");
    }
    if (in.has("points")) {
      long points = in.get("points").longValue();
      return in.get("points").build(() -> Reward.points(points));
    }
    return in.get("reference").parsed(Reward::reference, Reward.class);
  }

  static Optional<Reward> optionalReward(JsonIn in, String name) throws JsonMappingException {
    return in.has(name) ? Optional.of(readReward(in.get(name))) : Optional.empty();
  }

  static void writeOptionalReward(String name, Optional<Reward> reward, JsonGenerator out)
      throws IOException {
    if (reward.isPresent()) {
      out.writeFieldName(name);
      writeReward(reward.get(), out);
    }
  }

  static void writeParty(ReferralParty party, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("customer", party.customer().value());
    if (party.email().isPresent()) {
      out.writeStringField("email", party.email().get());
    }
    writeTexts("paymentFingerprints", party.paymentFingerprints(), out);
    writeTexts("addresses", party.addresses(), out);
    writeTexts("deviceIds", party.deviceIds(), out);
    writeTexts("networkIds", party.networkIds(), out);
    out.writeEndObject();
  }

  static ReferralParty readParty(JsonIn in) throws JsonMappingException {
    in.object("a referral party", PARTY);
    CustomerId customer = in.get("customer").parsed(CustomerId::of, CustomerId.class);
    Optional<String> email = in.optional("email", JsonIn::text);
    Set<String> payments = uniqueTexts(in, "paymentFingerprints");
    Set<String> addresses = uniqueTexts(in, "addresses");
    Set<String> devices = uniqueTexts(in, "deviceIds");
    Set<String> networks = uniqueTexts(in, "networkIds");
    return in.build(
        () -> new ReferralParty(customer, email, payments, addresses, devices, networks));
  }

  private static ReferralOrder readOrder(JsonIn in) throws JsonMappingException {
    in.object("an order", ORDER);
    String orderId = in.get("orderId").text();
    Instant at = in.get("at").instant();
    Currency currency = in.get("currency").currency();
    Money amount = Values.money(in, "amount", currency);
    Money minimum = Values.money(in, "minimum", currency);
    Money refunded = Values.money(in, "refunded", currency);
    return in.build(() -> new ReferralOrder(orderId, at, amount, minimum, refunded));
  }

  static void writeTexts(String name, Collection<String> values, JsonGenerator out)
      throws IOException {
    out.writeArrayFieldStart(name);
    for (String value : values) {
      out.writeString(value);
    }
    out.writeEndArray();
  }

  /** Reads a string array that must not repeat a value; absent or null is empty. */
  static Set<String> uniqueTexts(JsonIn in, String name) throws JsonMappingException {
    return new LinkedHashSet<>(in.optional(name, JsonIn::texts).orElse(List.of()));
  }
}
