package dev.rapport.feedback.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.primitives.ImmutableLongArray;
import dev.rapport.core.AgentId;
import dev.rapport.core.Channel;
import dev.rapport.core.CustomerId;
import dev.rapport.core.TicketId;
import dev.rapport.core.json.internal.JsonIn;
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
        SurveyScale read(JsonIn in) throws JsonMappingException {
          in.object("a survey scale", names);
          SurveyKind kind = in.get("kind").constant(SurveyKind.class);
          int min = in.get("min").intValue();
          int max = in.get("max").intValue();
          int threshold = in.get("threshold").intValue();
          return in.build(() -> SurveyScale.of(kind, min, max, threshold));
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
        SurveyResponse read(JsonIn in) throws JsonMappingException {
          in.object("a survey response", names);
          ResponseId id = in.get("id").parsed(ResponseId::of, ResponseId.class);
          SurveyScale scale = SCALE.read(in.get("scale"));
          ResponseStatus status = in.get("status").constant(ResponseStatus.class);
          OptionalInt value = OptionalInt.empty();
          if (in.has("value")) {
            BigDecimal number = in.get("value").number();
            value = OptionalInt.of(in.get("value").build(() -> scale.check(number)));
          }
          CustomerId customer = in.get("customer").parsed(CustomerId::of, CustomerId.class);
          Optional<TicketId> ticket =
              in.optional("ticket", text -> text.parsed(TicketId::of, TicketId.class));
          Optional<AgentId> agent =
              in.optional("agent", text -> text.parsed(AgentId::of, AgentId.class));
          List<AgentId> involved = new ArrayList<>();
          for (JsonIn agentIn : in.optional("agentsInvolved", JsonIn::elements).orElse(List.of())) {
            involved.add(agentIn.parsed(AgentId::of, AgentId.class));
          }
          Channel channel = in.get("channel").constant(Channel.class);
          Instant at = in.get("at").instant();
          Optional<String> comment = in.optional("comment", JsonIn::text);
          Map<String, String> attributes = new LinkedHashMap<>();
          for (Map.Entry<String, JsonIn> entry :
              in.optional("attributes", a -> a.properties("a map of attributes"))
                  .orElse(List.of())) {
            attributes.put(entry.getKey(), entry.getValue().text());
          }
          OptionalInt answer = value;
          return in.build(
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
        NpsSummary read(JsonIn in) throws JsonMappingException {
          in.object("an NPS summary", names);
          expectType(in, "nps");
          long p = in.get("promoters").longValue();
          long pa = in.get("passives").longValue();
          long d = in.get("detractors").longValue();
          return in.build(() -> NpsSummary.of(p, pa, d));
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
        ScoreSummary read(JsonIn in) throws JsonMappingException {
          String type = in.requireObject("a score summary").get("type").text();
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
              throw in.get("type")
                  .error("must be one of [nps, csat, ces, rating], but was \"" + type + "\"");
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
        FollowUpPolicy read(JsonIn in) throws JsonMappingException {
          in.object("a follow-up policy", names);
          BusinessCalendar calendar = in.get("calendar").value(BusinessCalendar.class);
          FollowUpPolicy.Builder builder = FollowUpPolicy.builder(calendar);
          Duration detractors = in.get("detractorsWithin").duration();
          in.get("detractorsWithin").build(() -> builder.detractorsWithin(detractors));
          if (in.has("passivesWithin")) {
            Duration passives = in.get("passivesWithin").duration();
            in.get("passivesWithin").build(() -> builder.passivesWithin(passives));
          }
          if (in.has("promotersWithin")) {
            Duration promoters = in.get("promotersWithin").duration();
            in.get("promotersWithin").build(() -> builder.promotersWithin(promoters));
          }
          return in.build(builder::build);
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
        SurveyThrottle read(JsonIn in) throws JsonMappingException {
          in.object("a survey throttle", names);
          Duration gap = in.get("minimumGap").duration();
          SurveyThrottle.Builder builder =
              in.get("minimumGap").build(() -> SurveyThrottle.builder(gap));
          SurveyThrottle.CountFrom countFrom =
              in.get("countFrom").constant(SurveyThrottle.CountFrom.class);
          builder.countFrom(countFrom);
          double rate = in.get("sampleRate").number().doubleValue();
          in.get("sampleRate").build(() -> builder.sampleRate(rate));
          if (in.has("salt")) {
            String salt = in.get("salt").text();
            in.get("salt").build(() -> builder.salt(salt));
          }
          return in.build(builder::build);
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
      S read(JsonIn in) throws JsonMappingException {
        in.object("a " + name + " summary", names);
        expectType(in, name);
        SurveyScale scale = withScale ? SCALE.read(in.get("scale")) : SurveyScale.stars();
        List<JsonIn> elements = in.optional("counts", JsonIn::elements).orElse(List.of());
        long[] counts = new long[elements.size()];
        for (int i = 0; i < counts.length; i++) {
          counts[i] = elements.get(i).longValue();
        }
        return in.get("counts").build(() -> factory.create(scale, counts));
      }
    };
  }

  private static void expectType(JsonIn in, String name) throws JsonMappingException {
    JsonIn typeIn = in.get("type");
    String type = typeIn.text();
    if (!type.equals(name)) {
      throw typeIn.error("must be \"" + name + "\", but was \"" + type + "\"");
    }
  }
}
