package dev.rapport.feedback.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.primitives.ImmutableLongArray;
import dev.rapport.core.AgentId;
import dev.rapport.core.Channel;
import dev.rapport.core.CustomerId;
import dev.rapport.core.TicketId;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.feedback.CesSummary;
import dev.rapport.feedback.CsatSummary;
import dev.rapport.feedback.NpsCategory;
import dev.rapport.feedback.NpsSummary;
import dev.rapport.feedback.RatingSummary;
import dev.rapport.feedback.ResponseId;
import dev.rapport.feedback.ResponseStatus;
import dev.rapport.feedback.ScoreSummary;
import dev.rapport.feedback.SurveyKind;
import dev.rapport.feedback.SurveyResponse;
import dev.rapport.feedback.SurveyScale;
import dev.rapport.feedback.loop.FollowUpPolicy;
import dev.rapport.feedback.loop.SurveyThrottle;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/** The JSON codecs of the feedback types; see {@link RapportFeedbackModule} for the format. */
final class Codecs {
  private Codecs() {}

  static final Codec<SurveyScale> SCALE =
      new Codec<>(SurveyScale.class) {
        private final Set<String> names = Set.of("kind", "min", "max", "threshold");

        @Override
        void write(SurveyScale scale, JsonGenerator out) throws IOException {
          out.writeStartObject();
          out.writeStringField("kind", scale.kind().name());
          out.writeNumberField("min", scale.min());
          out.writeNumberField("max", scale.max());
          out.writeNumberField("threshold", scale.threshold());
          out.writeEndObject();
        }

        @Override
        SurveyScale read(JsonObject in) throws JsonMappingException {
          in.allow(names);
          SurveyKind kind = enumOf(in, "kind", SurveyKind.class);
          int min = intOf(in, "min");
          int max = intOf(in, "max");
          int threshold = intOf(in, "threshold");
          return whole(in, () -> SurveyScale.of(kind, min, max, threshold));
        }
      };

  static final Codec<SurveyResponse> RESPONSE =
      new Codec<>(SurveyResponse.class) {
        private final Set<String> names =
            ImmutableSet.of(
                "id",
                "scale",
                "status",
                "value",
                "customer",
                "ticket",
                "agent",
                "agentsInvolved",
                "channel",
                "at",
                "comment",
                "attributes");

        @Override
        void write(SurveyResponse r, JsonGenerator out) throws IOException {
          out.writeStartObject();
          out.writeStringField("id", r.id().value());
          out.writeFieldName("scale");
          SCALE.write(r.scale(), out);
          out.writeStringField("status", r.status().name());
          if (r.value().isPresent()) {
            out.writeNumberField("value", r.value().getAsInt());
          }
          out.writeStringField("customer", r.customer().value());
          if (r.ticket().isPresent()) {
            out.writeStringField("ticket", r.ticket().get().value());
          }
          if (r.agent().isPresent()) {
            out.writeStringField("agent", r.agent().get().value());
          }
          out.writeArrayFieldStart("agentsInvolved");
          for (AgentId agent : r.agentsInvolved()) {
            out.writeString(agent.value());
          }
          out.writeEndArray();
          out.writeStringField("channel", r.channel().name());
          out.writeStringField("at", r.at().toString());
          if (r.comment().isPresent()) {
            out.writeStringField("comment", r.comment().get());
          }
          out.writeObjectFieldStart("attributes");
          for (Map.Entry<String, String> attribute : r.attributes().entrySet()) {
            out.writeStringField(attribute.getKey(), attribute.getValue());
          }
          out.writeEndObject();
          out.writeEndObject();
        }

        @Override
        SurveyResponse read(JsonObject in) throws JsonMappingException {
          in.allow(names);
          ResponseId id = textValue(in, "id", ResponseId::of);
          SurveyScale scale = SCALE.read(in.object("scale"));
          ResponseStatus status = enumOf(in, "status", ResponseStatus.class);
          OptionalInt value = OptionalInt.empty();
          if (in.has("value")) {
            BigDecimal number = in.number("value");
            value = OptionalInt.of(at(in, "value", () -> scale.check(number)));
          }
          CustomerId customer = textValue(in, "customer", CustomerId::of);
          Optional<TicketId> ticket = optionalTextValue(in, "ticket", TicketId::of);
          Optional<AgentId> agent = optionalTextValue(in, "agent", AgentId::of);
          List<AgentId> involved = new ArrayList<>();
          List<String> agents = in.texts("agentsInvolved");
          for (int i = 0; i < agents.size(); i++) {
            String text = agents.get(i);
            try {
              involved.add(AgentId.of(text));
            } catch (IllegalArgumentException e) {
              throw in.invalid("agentsInvolved", i, e.getMessage());
            }
          }
          Channel channel = enumOf(in, "channel", Channel.class);
          Instant at = textValue(in, "at", Instant::parse);
          Optional<String> comment = in.optionalText("comment");
          Map<String, String> attributes = new LinkedHashMap<>();
          for (Map.Entry<String, JsonNode> entry : in.entries("attributes")) {
            if (!entry.getValue().isTextual()) {
              throw in.invalid(
                  "attributes",
                  entry.getKey(),
                  "must be a JSON string, but was " + JsonObject.describe(entry.getValue()));
            }
            attributes.put(entry.getKey(), entry.getValue().textValue());
          }
          OptionalInt answer = value;
          return whole(
              in,
              () ->
                  new SurveyResponse(
                      id,
                      scale,
                      status,
                      answer,
                      customer,
                      ticket,
                      agent,
                      Set.copyOf(involved),
                      channel,
                      at,
                      comment,
                      attributes));
        }
      };

  static final Codec<NpsSummary> NPS =
      new Codec<>(NpsSummary.class) {
        private final Set<String> names = Set.of("type", "promoters", "passives", "detractors");

        @Override
        void write(NpsSummary s, JsonGenerator out) throws IOException {
          out.writeStartObject();
          out.writeStringField("type", "nps");
          out.writeNumberField("promoters", s.promoters());
          out.writeNumberField("passives", s.passives());
          out.writeNumberField("detractors", s.detractors());
          out.writeEndObject();
        }

        @Override
        NpsSummary read(JsonObject in) throws JsonMappingException {
          in.allow(names);
          expectType(in, "nps");
          long p = in.integer("promoters");
          long pa = in.integer("passives");
          long d = in.integer("detractors");
          return whole(in, () -> NpsSummary.of(p, pa, d));
        }
      };

  static final Codec<CsatSummary> CSAT =
      histogram(
          CsatSummary.class,
          "csat",
          true,
          CsatSummary::scale,
          CsatSummary::counts,
          (scale, counts) -> CsatSummary.of(scale, counts));

  static final Codec<CesSummary> CES =
      histogram(
          CesSummary.class,
          "ces",
          true,
          CesSummary::scale,
          CesSummary::counts,
          (scale, counts) -> CesSummary.of(scale, counts));

  static final Codec<RatingSummary> RATING =
      histogram(
          RatingSummary.class,
          "rating",
          false,
          s -> SurveyScale.stars(),
          RatingSummary::counts,
          (scale, counts) -> RatingSummary.of(counts));

  /** Any summary, told apart by its {@code "type"}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static final Codec<ScoreSummary> SUMMARY =
      new Codec<>(ScoreSummary.class) {
        @Override
        void write(ScoreSummary value, JsonGenerator out) throws IOException {
          if (value instanceof NpsSummary) {
            NPS.write((NpsSummary) value, out);
          } else if (value instanceof CsatSummary) {
            CSAT.write((CsatSummary) value, out);
          } else if (value instanceof CesSummary) {
            CES.write((CesSummary) value, out);
          } else {
            RATING.write((RatingSummary) value, out);
          }
        }

        @Override
        ScoreSummary read(JsonObject in) throws JsonMappingException {
          String type = in.text("type");
          switch (type) {
            case "nps":
              return NPS.read(in);
            case "csat":
              return CSAT.read(in);
            case "ces":
              return CES.read(in);
            case "rating":
              return RATING.read(in);
            default:
              throw in.invalid(
                  "type", "must be one of [nps, csat, ces, rating], but was \"" + type + "\"");
          }
        }
      };

  static final Codec<FollowUpPolicy> FOLLOW_UP =
      new Codec<>(FollowUpPolicy.class) {
        private final Set<String> names =
            Set.of("calendar", "detractorsWithin", "passivesWithin", "promotersWithin");

        @Override
        void write(FollowUpPolicy policy, JsonGenerator out) throws IOException {
          out.writeStartObject();
          out.writeFieldName("calendar");
          // Written by core's JSON module (a dependency of this one), in core's calendar format.
          out.writeObject(policy.calendar());
          out.writeStringField(
              "detractorsWithin", policy.within(NpsCategory.DETRACTOR).orElseThrow().toString());
          Optional<Duration> passives = policy.within(NpsCategory.PASSIVE);
          if (passives.isPresent()) {
            out.writeStringField("passivesWithin", passives.get().toString());
          }
          Optional<Duration> promoters = policy.within(NpsCategory.PROMOTER);
          if (promoters.isPresent()) {
            out.writeStringField("promotersWithin", promoters.get().toString());
          }
          out.writeEndObject();
        }

        @Override
        FollowUpPolicy read(JsonObject in) throws JsonMappingException {
          in.allow(names);
          BusinessCalendar calendar = in.read("calendar", BusinessCalendar.class);
          FollowUpPolicy.Builder builder = FollowUpPolicy.builder(calendar);
          Duration detractors = textValue(in, "detractorsWithin", Duration::parse);
          at(in, "detractorsWithin", () -> builder.detractorsWithin(detractors));
          if (in.has("passivesWithin")) {
            Duration passives = textValue(in, "passivesWithin", Duration::parse);
            at(in, "passivesWithin", () -> builder.passivesWithin(passives));
          }
          if (in.has("promotersWithin")) {
            Duration promoters = textValue(in, "promotersWithin", Duration::parse);
            at(in, "promotersWithin", () -> builder.promotersWithin(promoters));
          }
          return whole(in, builder::build);
        }
      };

  static final Codec<SurveyThrottle> THROTTLE =
      new Codec<>(SurveyThrottle.class) {
        private final Set<String> names = Set.of("minimumGap", "countFrom", "sampleRate", "salt");

        @Override
        void write(SurveyThrottle throttle, JsonGenerator out) throws IOException {
          out.writeStartObject();
          out.writeStringField("minimumGap", throttle.minimumGap().toString());
          out.writeStringField("countFrom", throttle.countFrom().name());
          out.writeNumberField("sampleRate", throttle.sampleRate());
          if (!throttle.salt().isEmpty()) {
            out.writeStringField("salt", throttle.salt());
          }
          out.writeEndObject();
        }

        @Override
        SurveyThrottle read(JsonObject in) throws JsonMappingException {
          in.allow(names);
          Duration gap = textValue(in, "minimumGap", Duration::parse);
          SurveyThrottle.Builder builder = at(in, "minimumGap", () -> SurveyThrottle.builder(gap));
          SurveyThrottle.CountFrom countFrom =
              enumOf(in, "countFrom", SurveyThrottle.CountFrom.class);
          builder.countFrom(countFrom);
          double rate = in.number("sampleRate").doubleValue();
          at(in, "sampleRate", () -> builder.sampleRate(rate));
          if (in.has("salt")) {
            String salt = in.text("salt");
            at(in, "salt", () -> builder.salt(salt));
          }
          return whole(in, builder::build);
        }
      };

  /** The codecs the module registers. */
  static final ImmutableList<Codec<?>> ALL =
      ImmutableList.of(SCALE, RESPONSE, NPS, CSAT, CES, RATING, SUMMARY, FOLLOW_UP, THROTTLE);

  /** Makes a summary from a scale and its counts. */
  private interface HistogramFactory<S> {
    S create(SurveyScale scale, long[] counts);
  }

  private static <S extends ScoreSummary<S>> Codec<S> histogram(
      Class<S> type,
      String name,
      boolean withScale,
      Function<S, SurveyScale> scaleOf,
      Function<S, ImmutableLongArray> countsOf,
      HistogramFactory<S> factory) {
    Set<String> names = withScale ? Set.of("type", "scale", "counts") : Set.of("type", "counts");
    return new Codec<>(type) {
      @Override
      void write(S summary, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", name);
        if (withScale) {
          out.writeFieldName("scale");
          SCALE.write(scaleOf.apply(summary), out);
        }
        long[] counts = countsOf.apply(summary).toArray();
        out.writeFieldName("counts");
        out.writeArray(counts, 0, counts.length);
        out.writeEndObject();
      }

      @Override
      S read(JsonObject in) throws JsonMappingException {
        in.allow(names);
        expectType(in, name);
        SurveyScale scale = withScale ? SCALE.read(in.object("scale")) : SurveyScale.stars();
        long[] counts = in.integers("counts");
        return Codec.at(in, "counts", () -> factory.create(scale, counts));
      }
    };
  }

  private static void expectType(JsonObject in, String name) throws JsonMappingException {
    String type = in.text("type");
    if (!type.equals(name)) {
      throw in.invalid("type", "must be \"" + name + "\", but was \"" + type + "\"");
    }
  }

  private static int intOf(JsonObject in, String name) throws JsonMappingException {
    long value = in.integer(name);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw in.invalid(name, "must fit an int, but was " + value);
    }
    return (int) value;
  }

  private static <E extends Enum<E>> E enumOf(JsonObject in, String name, Class<E> type)
      throws JsonMappingException {
    String text = in.text(name);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw in.invalid(
        name,
        "must be one of "
            + Arrays.toString(type.getEnumConstants())
            + ", but was \""
            + text
            + "\"");
  }

  private static <T> T textValue(JsonObject in, String name, Function<String, T> parse)
      throws JsonMappingException {
    String text = in.text(name);
    return Codec.at(in, name, () -> parse.apply(text));
  }

  private static <T> Optional<T> optionalTextValue(
      JsonObject in, String name, Function<String, T> parse) throws JsonMappingException {
    return in.has(name) ? Optional.of(textValue(in, name, parse)) : Optional.empty();
  }
}
