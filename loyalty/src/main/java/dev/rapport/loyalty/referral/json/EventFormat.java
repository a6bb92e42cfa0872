package dev.rapport.loyalty.referral.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.google.common.collect.ImmutableBiMap;
import dev.rapport.core.CustomerId;
import dev.rapport.core.json.internal.JsonIn;
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

  /**
   * The value of {@code "type"} of each kind of event: the writer, the reader's list of types and
   * {@link RapportReferralModule}'s errors use this table.
   */
  static final ImmutableBiMap<Class<? extends ReferralEvent>, String> TYPES =
      ImmutableBiMap.of(
          CodeUsed.class,
          CODE_USED,
          OrderPlaced.class,
          ORDER_PLACED,
          OrderRefunded.class,
          ORDER_REFUNDED,
          QualifyingEvent.class,
          QUALIFYING_EVENT,
          ReviewDecision.class,
          REVIEW_DECISION);

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
    out.writeStringField("type", TYPES.get(event.getClass()));
    out.writeStringField("at", event.at().toString());
    if (event instanceof CodeUsed e) {
      out.writeStringField("referralId", e.referralId().value());
      out.writeStringField("code", e.code().value());
      out.writeFieldName("referrer");
      ReferralFormat.writeParty(e.referrer(), out);
      out.writeFieldName("referee");
      ReferralFormat.writeParty(e.referee(), out);
      out.writeBooleanField("refereeAlreadyCustomer", e.refereeAlreadyCustomer());
    } else if (event instanceof OrderPlaced e) {
      out.writeStringField("customer", e.customer().value());
      out.writeStringField("orderId", e.orderId());
      out.writeStringField("amount", e.amount().amount().toPlainString());
      out.writeStringField("currency", e.amount().currency().getCurrencyCode());
      writeOptional("paymentFingerprint", e.paymentFingerprint(), out);
      writeOptional("shippingAddress", e.shippingAddress(), out);
    } else if (event instanceof OrderRefunded e) {
      out.writeStringField("customer", e.customer().value());
      out.writeStringField("orderId", e.orderId());
      out.writeStringField("refundedTotal", e.refundedTotal().amount().toPlainString());
      out.writeStringField("currency", e.refundedTotal().currency().getCurrencyCode());
    } else if (event instanceof QualifyingEvent e) {
      out.writeStringField("customer", e.customer().value());
      out.writeStringField("name", e.name());
    } else {
      ReviewDecision e = (ReviewDecision) event;
      out.writeStringField("referralId", e.referralId().value());
      out.writeStringField("verdict", e.verdict().name());
      out.writeStringField("reviewer", e.reviewer());
      writeOptional("note", e.note(), out);
    }
    out.writeEndObject();
  }

  static ReferralEvent read(JsonIn in) throws JsonMappingException {
    in.object("a referral event", ALL_PROPERTIES);
    String type = in.get("type").text();
    Instant at = in.get("at").instant();
    switch (type) {
      case CODE_USED -> {
        in.object(
            "a \"" + type + "\" event",
            Set.of(
                "type",
                "at",
                "referralId",
                "code",
                "referrer",
                "referee",
                "refereeAlreadyCustomer"));
        ReferralId id = in.get("referralId").parsed(ReferralId::of, ReferralId.class);
        ReferralCode code = in.get("code").parsed(ReferralCode::new, ReferralCode.class);
        return new CodeUsed(
            at,
            id,
            code,
            ReferralFormat.readParty(in.get("referrer")),
            ReferralFormat.readParty(in.get("referee")),
            in.get("refereeAlreadyCustomer").bool());
      }
      case ORDER_PLACED -> {
        in.object(
            "an \"" + type + "\" event",
            Set.of(
                "type",
                "at",
                "customer",
                "orderId",
                "amount",
                "currency",
                "paymentFingerprint",
                "shippingAddress"));
        CustomerId customer = in.get("customer").parsed(CustomerId::of, CustomerId.class);
        String orderId = in.get("orderId").text();
        Money amount = Values.money(in, "amount", in.get("currency").currency());
        Optional<String> payment = in.optional("paymentFingerprint", JsonIn::text);
        Optional<String> address = in.optional("shippingAddress", JsonIn::text);
        return in.build(() -> new OrderPlaced(at, customer, orderId, amount, payment, address));
      }
      case ORDER_REFUNDED -> {
        in.object(
            "an \"" + type + "\" event",
            Set.of("type", "at", "customer", "orderId", "refundedTotal", "currency"));
        CustomerId customer = in.get("customer").parsed(CustomerId::of, CustomerId.class);
        String orderId = in.get("orderId").text();
        Currency currency = in.get("currency").currency();
        Money total = Values.money(in, "refundedTotal", currency);
        return in.build(() -> new OrderRefunded(at, customer, orderId, total));
      }
      case QUALIFYING_EVENT -> {
        in.object("a \"" + type + "\" event", Set.of("type", "at", "customer", "name"));
        CustomerId customer = in.get("customer").parsed(CustomerId::of, CustomerId.class);
        String name = in.get("name").text();
        return in.build(() -> new QualifyingEvent(at, customer, name));
      }
      case REVIEW_DECISION -> {
        in.object(
            "a \"" + type + "\" event",
            Set.of("type", "at", "referralId", "verdict", "reviewer", "note"));
        ReferralId id = in.get("referralId").parsed(ReferralId::of, ReferralId.class);
        ReviewDecision.Verdict verdict = in.get("verdict").constant(ReviewDecision.Verdict.class);
        String reviewer = in.get("reviewer").text();
        Optional<String> note = in.optional("note", JsonIn::text);
        return in.build(() -> new ReviewDecision(at, id, verdict, reviewer, note));
      }
      default ->
          throw in.get("type")
              .error("must be one of " + TYPES.values() + ", but was \"" + type + "\"");
    }
  }

  private static void writeOptional(String name, Optional<String> value, JsonGenerator out)
      throws IOException {
    if (value.isPresent()) {
      out.writeStringField(name, value.get());
    }
  }
}
