package dev.rapport.sla.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.google.common.collect.ImmutableMap;
import dev.rapport.core.Channel;
import dev.rapport.core.Priority;
import dev.rapport.core.TicketStatus;
import dev.rapport.core.json.internal.JsonIn;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.sla.Reselection;
import dev.rapport.sla.SlaMetric;
import dev.rapport.sla.SlaPolicy;
import dev.rapport.sla.SlaPolicySet;
import dev.rapport.sla.SlaTarget;
import dev.rapport.sla.TicketCondition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON form of SLA configuration: conditions, targets, policies and policy sets, read strictly
 * and written so that reading gives an equal value. Named calendars come from the module's map.
 * Immutable and thread-safe.
 */
final class PolicyJson {
  private static final List<String> CONDITION_TYPES =
      List.of(
          "always",
          "priority_in",
          "channel_in",
          "has_any_tag",
          "has_all_tags",
          "segment_in",
          "all",
          "any",
          "not");

  private final ImmutableMap<String, BusinessCalendar> calendars;

  PolicyJson(ImmutableMap<String, BusinessCalendar> calendars) {
    this.calendars = calendars;
  }

  // ---- reading -------------------------------------------------------------------------------

  SlaPolicySet policySet(JsonIn in) throws IOException {
    in.object("a policy set", "reselection", "policies");
    SlaPolicySet.Builder set = SlaPolicySet.builder();
    Optional<JsonIn> reselection = in.find("reselection");
    if (reselection.isPresent()) {
      set.reselection(reselection.get().constant(Reselection.class));
    }
    Set<String> names = new HashSet<>();
    for (JsonIn element : in.get("policies").elements()) {
      SlaPolicy policy = policy(element);
      if (!names.add(policy.name())) {
        throw element
            .get("name")
            .error("policy names must be unique, but \"" + policy.name() + "\" appears twice");
      }
      set.add(policy);
    }
    try {
      return set.build();
    } catch (IllegalStateException e) {
      throw in.get("policies").error(e.getMessage(), e);
    }
  }

  SlaPolicy policy(JsonIn in) throws IOException {
    in.object("a policy", "name", "when", "targets");
    JsonIn name = in.get("name");
    SlaPolicy.Builder policy = name.build(() -> SlaPolicy.builder(name.text()));
    Optional<JsonIn> when = in.find("when");
    if (when.isPresent()) {
      policy.when(condition(when.get()));
    }
    Optional<JsonIn> targets = in.find("targets");
    if (targets.isPresent()) {
      for (Map.Entry<String, JsonIn> entry : targets.get().properties("targets by metric")) {
        SlaMetric metric = metric(entry.getKey(), entry.getValue());
        policy.target(target(entry.getValue(), metric));
      }
    }
    return policy.build();
  }

  private static SlaMetric metric(String name, JsonIn at) throws JsonMappingException {
    for (SlaMetric metric : SlaMetric.values()) {
      if (metric.name().equals(name)) {
        return metric;
      }
    }
    throw at.error(
        "unknown metric \"" + name + "\": must be one of " + List.of(SlaMetric.values()));
  }

  /** Reads the target of a policy, whose key in {@code "targets"} is the metric. */
  SlaTarget target(JsonIn in, SlaMetric metric) throws IOException {
    in.object("a target", "duration", "calendar", "pauseStatuses", "warnings");
    return targetProperties(in, metric);
  }

  /** Reads a target object with its own {@code "metric"} property. */
  SlaTarget standaloneTarget(JsonIn in) throws IOException {
    in.object("a target", "metric", "duration", "calendar", "pauseStatuses", "warnings");
    return targetProperties(in, in.get("metric").constant(SlaMetric.class));
  }

  private SlaTarget targetProperties(JsonIn in, SlaMetric metric) throws IOException {
    JsonIn duration = in.get("duration");
    SlaTarget.Builder target = duration.build(() -> SlaTarget.builder(metric, duration.duration()));
    Optional<JsonIn> calendar = in.find("calendar");
    if (calendar.isPresent()) {
      target.calendar(CalendarJson.readCalendar(calendar.get(), calendars, "RapportSlaModule"));
    }
    Optional<JsonIn> pauses = in.find("pauseStatuses");
    if (pauses.isPresent()) {
      List<TicketStatus> statuses = pauses.get().constants(TicketStatus.class);
      pauses.get().build(() -> target.pauseStatuses(new HashSet<>(statuses)));
    }
    Optional<JsonIn> warnings = in.find("warnings");
    if (warnings.isPresent()) {
      List<JsonIn> elements = warnings.get().elements();
      double[] shares = new double[elements.size()];
      for (int i = 0; i < shares.length; i++) {
        shares[i] = elements.get(i).number().doubleValue();
      }
      warnings.get().build(() -> target.warnings(shares));
    }
    return target.build();
  }

  TicketCondition condition(JsonIn in) throws JsonMappingException {
    in.requireObject("a condition");
    JsonIn typeIn = in.get("type");
    String type = typeIn.text();
    switch (type) {
      case "always":
        in.object("condition \"always\"", "type");
        return TicketCondition.always();
      case "priority_in":
        in.object("condition \"priority_in\"", "type", "priorities");
        JsonIn priorities = in.get("priorities");
        List<Priority> p = priorities.constants(Priority.class);
        return priorities.build(() -> new TicketCondition.PriorityIn(EnumSet.copyOf(nonEmpty(p))));
      case "channel_in":
        in.object("condition \"channel_in\"", "type", "channels");
        JsonIn channels = in.get("channels");
        List<Channel> c = channels.constants(Channel.class);
        return channels.build(() -> new TicketCondition.ChannelIn(EnumSet.copyOf(nonEmpty(c))));
      case "has_any_tag":
        in.object("condition \"has_any_tag\"", "type", "tags");
        JsonIn anyTags = in.get("tags");
        List<String> any = anyTags.texts();
        return anyTags.build(() -> new TicketCondition.HasAnyTag(Set.copyOf(any)));
      case "has_all_tags":
        in.object("condition \"has_all_tags\"", "type", "tags");
        JsonIn allTags = in.get("tags");
        List<String> all = allTags.texts();
        return allTags.build(() -> new TicketCondition.HasAllTags(Set.copyOf(all)));
      case "segment_in":
        in.object("condition \"segment_in\"", "type", "segments");
        JsonIn segments = in.get("segments");
        List<String> s = segments.texts();
        return segments.build(() -> new TicketCondition.SegmentIn(Set.copyOf(s)));
      case "all":
      case "any":
        in.object("condition \"" + type + "\"", "type", "conditions");
        JsonIn list = in.get("conditions");
        List<TicketCondition> conditions = new ArrayList<>();
        for (JsonIn element : list.elements()) {
          conditions.add(condition(element));
        }
        return list.build(
            () ->
                type.equals("all")
                    ? new TicketCondition.All(conditions)
                    : new TicketCondition.Any(conditions));
      case "not":
        in.object("condition \"not\"", "type", "condition");
        return TicketCondition.not(condition(in.get("condition")));
      default:
        throw typeIn.error(
            "unknown condition type \"" + type + "\": must be one of " + CONDITION_TYPES);
    }
  }

  private static <T> Collection<T> nonEmpty(List<T> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("must not be empty, but was []");
    }
    return values;
  }

  // ---- writing -------------------------------------------------------------------------------

  void writePolicySet(SlaPolicySet set, JsonGenerator out, SerializerProvider provider)
      throws IOException {
    out.writeStartObject(set);
    out.writeStringField("reselection", set.reselection().name());
    out.writeArrayFieldStart("policies");
    for (SlaPolicy policy : set.policies()) {
      writePolicy(policy, out, provider);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  void writePolicy(SlaPolicy policy, JsonGenerator out, SerializerProvider provider)
      throws IOException {
    out.writeStartObject(policy);
    out.writeStringField("name", policy.name());
    out.writeFieldName("when");
    writeCondition(policy.condition(), out);
    out.writeObjectFieldStart("targets");
    for (SlaTarget target : policy.targets().values()) {
      out.writeFieldName(target.metric().name());
      writeTarget(target, false, out, provider);
    }
    out.writeEndObject();
    out.writeEndObject();
  }

  void writeTarget(
      SlaTarget target, boolean withMetric, JsonGenerator out, SerializerProvider provider)
      throws IOException {
    out.writeStartObject(target);
    if (withMetric) {
      out.writeStringField("metric", target.metric().name());
    }
    out.writeStringField("duration", target.duration().toString());
    if (!target.calendar().equals(SlaTarget.DEFAULT_CALENDAR)) {
      out.writeFieldName("calendar");
      CalendarJson.writeCalendar(target.calendar(), calendars, out, provider);
    }
    out.writeArrayFieldStart("pauseStatuses");
    for (TicketStatus status : target.pauseStatuses()) {
      out.writeString(status.name());
    }
    out.writeEndArray();
    out.writeArrayFieldStart("warnings");
    for (double share : target.warnings()) {
      out.writeNumber(share);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  void writeCondition(TicketCondition condition, JsonGenerator out) throws IOException {
    out.writeStartObject(condition);
    if (condition instanceof TicketCondition.Always) {
      out.writeStringField("type", "always");
    } else if (condition instanceof TicketCondition.PriorityIn) {
      out.writeStringField("type", "priority_in");
      writeNames(out, "priorities", ((TicketCondition.PriorityIn) condition).priorities());
    } else if (condition instanceof TicketCondition.ChannelIn) {
      out.writeStringField("type", "channel_in");
      writeNames(out, "channels", ((TicketCondition.ChannelIn) condition).channels());
    } else if (condition instanceof TicketCondition.HasAnyTag) {
      out.writeStringField("type", "has_any_tag");
      writeNames(out, "tags", ((TicketCondition.HasAnyTag) condition).tags());
    } else if (condition instanceof TicketCondition.HasAllTags) {
      out.writeStringField("type", "has_all_tags");
      writeNames(out, "tags", ((TicketCondition.HasAllTags) condition).tags());
    } else if (condition instanceof TicketCondition.SegmentIn) {
      out.writeStringField("type", "segment_in");
      writeNames(out, "segments", ((TicketCondition.SegmentIn) condition).segments());
    } else if (condition instanceof TicketCondition.Not) {
      out.writeStringField("type", "not");
      out.writeFieldName("condition");
      writeCondition(((TicketCondition.Not) condition).condition(), out);
    } else {
      boolean all = condition instanceof TicketCondition.All;
      out.writeStringField("type", all ? "all" : "any");
      out.writeArrayFieldStart("conditions");
      for (TicketCondition c :
          all
              ? ((TicketCondition.All) condition).conditions()
              : ((TicketCondition.Any) condition).conditions()) {
        writeCondition(c, out);
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  private static void writeNames(JsonGenerator out, String name, Collection<?> values)
      throws IOException {
    out.writeArrayFieldStart(name);
    for (Object value : values) {
      out.writeString(value instanceof Enum ? ((Enum<?>) value).name() : value.toString());
    }
    out.writeEndArray();
  }
}
