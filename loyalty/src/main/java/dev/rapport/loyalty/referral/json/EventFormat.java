package dev.rapport.loyalty.referral.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.Money;
import dev.rapport.loyalty.referral.CodeUsed;
import dev.rapport.loyalty.referral.OrderPlaced;
import dev.rapport.loyalty.referral.OrderRefunded;
import dev.rapport.loyalty.referral.QualifyingEvent;
import dev.rapport.loyalty.referral.ReferralCode;
import dev.rapport.loyalty.referral.ReferralEvent;
import dev.rapport.loyalty.referral.ReferralId;
import dev.rapport.loyalty.referral.ReviewDecision;
import java.io.IOException;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON form of a {@link ReferralEvent}: an object with a logical {@code "type"} (never a class
 * name), {@code "at"}, and the record's components. Stateless, thread-safe.
 */
final class EventFormat {
  private static final String CODE_USED = "code_used";
  private static final String ORDER_PLACED = "order_placed";
  private static final String ORDER_REFUNDED = "order_refunded";
  private static final String QUALIFYING_EVENT = "qualifying_event";
  private static final String REVIEW_DECISION = "review_decision";
  private static final Set<String> ALL_PROPERTIES =
      Set.of(
          "type",
          "at",
          "referralId",
          "code",
          "referrer",
          "referee",
          "refereeAlreadyCustomer",
          "customer",
          "orderId",
          "amount",
          "currency",
          "paymentFingerprint",
          "shippingAddress",
          "refundedTotal",
          "name",
          "verdict",
          "reviewer",
          "note");

  private EventFormat() {}

  static void write(ReferralEvent event, JsonGenerator out) throws IOException {
    out.writeStartObject(event);
    if (event instanceof CodeUsed e) {
      out.writeStringField("type", CODE_USED);
      out.writeStringField("at", e.at().toString());
      out.writeStringField("referralId", e.referralId().value());
      out.writeStringField("code", e.code().value());
      out.writeFieldName("referrer");
      ReferralFormat.writeParty(e.referrer(), out);
      out.writeFieldName("referee");
      ReferralFormat.writeParty(e.referee(), out);
      out.writeBooleanField("refereeAlreadyCustomer", e.refereeAlreadyCustomer());
    } else if (event instanceof OrderPlaced e) {
      out.writeStringField("type", ORDER_PLACED);
      out.writeStringField("at", e.at().toString());
      out.writeStringField("customer", e.customer().value());
      out.writeStringField("orderId", e.orderId());
      out.writeStringField("amount", e.amount().amount().toPlainString());
      out.writeStringField("currency", e.amount().currency().getCurrencyCode());
      writeOptional("paymentFingerprint", e.paymentFingerprint(), out);
      writeOptional("shippingAddress", e.shippingAddress(), out);
    } else if (event instanceof OrderRefunded e) {
      out.writeStringField("type", ORDER_REFUNDED);
      out.writeStringField("at", e.at().toString());
      out.writeStringField("customer", e.customer().value());
      out.writeStringField("orderId", e.orderId());
      out.writeStringField("refundedTotal", e.refundedTotal().amount().toPlainString());
      out.writeStringField("currency", e.refundedTotal().currency().getCurrencyCode());
    } else if (event instanceof QualifyingEvent e) {
      out.writeStringField("type", QUALIFYING_EVENT);
      out.writeStringField("at", e.at().toString());
      out.writeStringField("customer", e.customer().value());
      out.writeStringField("name", e.name());
    } else {
      ReviewDecision e = (ReviewDecision) event;
      out.writeStringField("type", REVIEW_DECISION);
      out.writeStringField("at", e.at().toString());
      out.writeStringField("referralId", e.referralId().value());
      out.writeStringField("verdict", e.verdict().name());
      out.writeStringField("reviewer", e.reviewer());
      writeOptional("note", e.note(), out);
    }
    out.writeEndObject();
  }

  static ReferralEvent read(JsonIn in) throws JsonMappingException {
    in.object(ALL_PROPERTIES, "a referral event");
    String type = in.text("type");
    Instant at = in.parsed("at", Values::instant);
    switch (type) {
      case CODE_USED -> {
        in.object(
            Set.of(
                "type",
                "at",
                "referralId",
                "code",
                "referrer",
                "referee",
                "refereeAlreadyCustomer"),
            "a \"" + type + "\" event");
        ReferralId id = in.parsed("referralId", ReferralId::of);
        ReferralCode code = in.parsed("code", ReferralCode::new);
        return new CodeUsed(
            at,
            id,
            code,
            ReferralFormat.readParty(in.field("referrer").required()),
            ReferralFormat.readParty(in.field("referee").required()),
            in.bool("refereeAlreadyCustomer"));
      }
      case ORDER_PLACED -> {
        in.object(
            Set.of(
                "type",
                "at",
                "customer",
                "orderId",
                "amount",
                "currency",
                "paymentFingerprint",
                "shippingAddress"),
            "an \"" + type + "\" event");
        CustomerId customer = in.parsed("customer", CustomerId::of);
        String orderId = in.text("orderId");
        Money amount = Values.money(in, "amount", in.parsed("currency", Values::currency));
        Optional<String> payment = in.optionalText("paymentFingerprint");
        Optional<String> address = in.optionalText("shippingAddress");
        return ReferralFormat.construct(
            in, () -> new OrderPlaced(at, customer, orderId, amount, payment, address));
      }
      case ORDER_REFUNDED -> {
        in.object(
            Set.of("type", "at", "customer", "orderId", "refundedTotal", "currency"),
            "an \"" + type + "\" event");
        CustomerId customer = in.parsed("customer", CustomerId::of);
        String orderId = in.text("orderId");
        Currency currency = in.parsed("currency", Values::currency);
        Money total = Values.money(in, "refundedTotal", currency);
        return ReferralFormat.construct(in, () -> new OrderRefunded(at, customer, orderId, total));
      }
      case QUALIFYING_EVENT -> {
        in.object(Set.of("type", "at", "customer", "name"), "a \"" + type + "\" event");
        CustomerId customer = in.parsed("customer", CustomerId::of);
        String name = in.text("name");
        return ReferralFormat.construct(in, () -> new QualifyingEvent(at, customer, name));
      }
      case REVIEW_DECISION -> {
        in.object(
            Set.of("type", "at", "referralId", "verdict", "reviewer", "note"),
            "a \"" + type + "\" event");
        ReferralId id = in.parsed("referralId", ReferralId::of);
        ReviewDecision.Verdict verdict =
            in.parsed("verdict", text -> Values.constant(ReviewDecision.Verdict.class, text));
        String reviewer = in.text("reviewer");
        Optional<String> note = in.optionalText("note");
        return ReferralFormat.construct(
            in, () -> new ReviewDecision(at, id, verdict, reviewer, note));
      }
      default ->
          throw in.field("type")
              .error(
                  "must be one of ["
                      + String.join(
                          ", ",
                          CODE_USED,
                          ORDER_PLACED,
                          ORDER_REFUNDED,
                          QUALIFYING_EVENT,
                          REVIEW_DECISION)
                      + "], but was \""
                      + type
                      + "\"");
    }
  }

  private static void writeOptional(String name, Optional<String> value, JsonGenerator out)
      throws IOException {
    if (value.isPresent()) {
      out.writeStringField(name, value.get());
    }
  }
}
