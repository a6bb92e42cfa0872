package dev.rapport.sla.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.google.common.collect.ImmutableMap;
import dev.rapport.core.AgentId;
import dev.rapport.core.Priority;
import dev.rapport.core.TeamId;
import dev.rapport.core.TicketStatus;
import dev.rapport.core.json.internal.JsonIn;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.core.time.LocalTimeRange;
import dev.rapport.sla.SlaMetric;
import dev.rapport.sla.TicketCondition;
import dev.rapport.sla.escalation.DelayClock;
import dev.rapport.sla.escalation.EscalationAction;
import dev.rapport.sla.escalation.EscalationLevel;
import dev.rapport.sla.escalation.EscalationPolicy;
import dev.rapport.sla.escalation.EscalationTrigger;
import dev.rapport.sla.escalation.NotifyTarget;
import dev.rapport.sla.escalation.OutsideWindow;
import dev.rapport.sla.escalation.Repeat;
import dev.rapport.sla.escalation.Restart;
import dev.rapport.sla.escalation.StopCondition;
import dev.rapport.sla.escalation.TimeWindow;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON form of escalation configuration: triggers, targets, actions, windows, repetitions,
 * levels and policies, read strictly and written so that reading gives an equal value. Conditions
 * are those of {@link PolicyJson}; named calendars come from the module's map, other calendars are
 * core's calendar JSON. Immutable and thread-safe.
 */
final class EscalationJson {
  private static final List<String> TRIGGER_TYPES =
      List.of(
          "since_created",
          "since_status",
          "no_public_reply_for",
          "sla_share_consumed",
          "sla_breached",
          "after_previous");
  private static final List<String> TARGET_TYPES =
      List.of("agent", "team", "assignee", "manager_of_assignee_team", "on_call");
  private static final List<String> ACTION_TYPES =
      List.of("raise_priority", "reassign_to", "add_tag");

  private final ImmutableMap<String, BusinessCalendar> calendars;
  private final PolicyJson conditions;

  EscalationJson(ImmutableMap<String, BusinessCalendar> calendars) {
    this.calendars = calendars;
    this.conditions = new PolicyJson(calendars);
  }

  // ---- reading -------------------------------------------------------------------------------

  EscalationPolicy policy(JsonIn in) throws IOException {
    in.object(
        "an escalation policy", "name", "calendar", "levels", "repeat", "stopOn", "restartOn");
    JsonIn name = in.get("name");
    EscalationPolicy.Builder policy = name.build(() -> EscalationPolicy.builder(name.text()));
    Optional<JsonIn> calendar = in.find("calendar");
    if (calendar.isPresent()) {
      policy.calendar(CalendarJson.readCalendar(calendar.get(), calendars, "EscalationModule"));
    }
    JsonIn levels = in.get("levels");
    for (JsonIn element : levels.elements()) {
      policy.level(level(element));
    }
    Optional<JsonIn> repeat = in.find("repeat");
    if (repeat.isPresent()) {
      policy.repeat(repeat(repeat.get()));
    }
    Optional<JsonIn> stops = in.find("stopOn");
    if (stops.isPresent()) {
      policy.stopOn(stops.get().constants(StopCondition.class).toArray(new StopCondition[0]));
    }
    Optional<JsonIn> restarts = in.find("restartOn");
    if (restarts.isPresent()) {
      policy.restartOn(restarts.get().constants(Restart.class).toArray(new Restart[0]));
    }
    try {
      return policy.build();
    } catch (IllegalStateException e) {
      throw buildError(e, levels, repeat);
    }
  }

  EscalationLevel level(JsonIn in) throws JsonMappingException {
    in.object(
        "an escalation level",
        "trigger",
        "clock",
        "notify",
        "actions",
        "when",
        "window",
        "outsideWindow");
    EscalationLevel.Builder level = EscalationLevel.builder(trigger(in.get("trigger")));
    Optional<JsonIn> clock = in.find("clock");
    if (clock.isPresent()) {
      level.clock(clock.get().constant(DelayClock.class));
    }
    Optional<JsonIn> notify = in.find("notify");
    if (notify.isPresent()) {
      for (JsonIn element : notify.get().elements()) {
        level.notifying(target(element));
      }
    }
    Optional<JsonIn> actions = in.find("actions");
    if (actions.isPresent()) {
      for (JsonIn element : actions.get().elements()) {
        level.actions(action(element));
      }
    }
    Optional<JsonIn> when = in.find("when");
    if (when.isPresent()) {
      level.when(conditions.condition(when.get()));
    }
    Optional<JsonIn> window = in.find("window");
    Optional<JsonIn> outside = in.find("outsideWindow");
    if (window.isPresent()) {
      OutsideWindow mode =
          outside.isPresent() ? outside.get().constant(OutsideWindow.class) : OutsideWindow.SKIP;
      level.window(window(window.get()), mode);
    } else if (outside.isPresent()) {
      throw outside.get().error("must come with a \"window\", but the level has none");
    }
    try {
      return level.build();
    } catch (IllegalStateException e) {
      throw in.error(e.getMessage(), e);
    }
  }

  EscalationTrigger trigger(JsonIn in) throws JsonMappingException {
    String type = type(in, "a trigger", TRIGGER_TYPES);
    switch (type) {
      case "since_created":
        in.object("trigger \"since_created\"", "type", "delay");
        Duration sinceCreated = in.get("delay").duration();
        return callObject(in, () -> EscalationTrigger.sinceCreated(sinceCreated));
      case "since_status":
        in.object("trigger \"since_status\"", "type", "status", "delay");
        TicketStatus status = in.get("status").constant(TicketStatus.class);
        Duration inStatus = in.get("delay").duration();
        return callObject(in, () -> EscalationTrigger.sinceStatus(status, inStatus));
      case "no_public_reply_for":
        in.object("trigger \"no_public_reply_for\"", "type", "duration");
        Duration silence = in.get("duration").duration();
        return callObject(in, () -> EscalationTrigger.noPublicReplyFor(silence));
      case "sla_share_consumed":
        in.object("trigger \"sla_share_consumed\"", "type", "metric", "share");
        SlaMetric metric = in.get("metric").constant(SlaMetric.class);
        double share = in.get("share").number().doubleValue();
        return callObject(in, () -> EscalationTrigger.slaShareConsumed(metric, share));
      case "sla_breached":
        in.object("trigger \"sla_breached\"", "type", "metric");
        return EscalationTrigger.slaBreached(in.get("metric").constant(SlaMetric.class));
      default:
        in.object("trigger \"after_previous\"", "type", "delay");
        Duration afterPrevious = in.get("delay").duration();
        return callObject(in, () -> EscalationTrigger.afterPrevious(afterPrevious));
    }
  }

  NotifyTarget target(JsonIn in) throws JsonMappingException {
    String type = type(in, "a notify target", TARGET_TYPES);
    switch (type) {
      case "agent":
        in.object("target \"agent\"", "type", "agentId");
        return in.get("agentId")
            .build(() -> NotifyTarget.agent(AgentId.of(in.get("agentId").text())));
      case "team":
        in.object("target \"team\"", "type", "teamId");
        return in.get("teamId").build(() -> NotifyTarget.team(TeamId.of(in.get("teamId").text())));
      case "assignee":
        in.object("target \"assignee\"", "type");
        return NotifyTarget.assignee();
      case "manager_of_assignee_team":
        in.object("target \"manager_of_assignee_team\"", "type");
        return NotifyTarget.managerOfAssigneeTeam();
      default:
        in.object("target \"on_call\"", "type", "role");
        return in.get("role").build(() -> NotifyTarget.onCall(in.get("role").text()));
    }
  }

  EscalationAction action(JsonIn in) throws JsonMappingException {
    String type = type(in, "an action", ACTION_TYPES);
    switch (type) {
      case "raise_priority":
        in.object("action \"raise_priority\"", "type", "atLeast");
        return EscalationAction.raisePriority(in.get("atLeast").constant(Priority.class));
      case "reassign_to":
        in.object("action \"reassign_to\"", "type", "teamId");
        return in.get("teamId")
            .build(() -> EscalationAction.reassignTo(TeamId.of(in.get("teamId").text())));
      default:
        in.object("action \"add_tag\"", "type", "tag");
        return in.get("tag").build(() -> EscalationAction.addTag(in.get("tag").text()));
    }
  }

  TimeWindow window(JsonIn in) throws JsonMappingException {
    TimeWindow.Builder window = TimeWindow.builder();
    for (Map.Entry<String, JsonIn> day : in.properties("a time window by day of week")) {
      DayOfWeek dayOfWeek = dayOfWeek(day.getKey(), day.getValue());
      for (JsonIn range : day.getValue().elements()) {
        LocalTimeRange parsed = range.build(() -> LocalTimeRange.parse(range.text()));
        window.open(dayOfWeek, parsed.start(), parsed.end());
      }
    }
    try {
      return window.build();
    } catch (IllegalStateException e) {
      throw in.error(e.getMessage(), e);
    }
  }

  Repeat repeat(JsonIn in) throws JsonMappingException {
    in.object("a repeat", "times", "fromLevel", "delay", "clock");
    int times = integer(in.get("times"));
    int fromLevel = in.find("fromLevel").isPresent() ? integer(in.get("fromLevel")) : 1;
    Duration delay = in.get("delay").duration();
    DelayClock clock =
        in.find("clock").isPresent()
            ? in.get("clock").constant(DelayClock.class)
            : DelayClock.BUSINESS;
    return callObject(in, () -> new Repeat(times, fromLevel, delay, clock));
  }

  /**
   * Returns the error of a policy that does not build, at the level it names ({@code "level 2 must
   * ..."}), at the repeat, or at the levels.
   */
  private static JsonMappingException buildError(
      IllegalStateException e, JsonIn levels, Optional<JsonIn> repeat) throws JsonMappingException {
    String message = e.getMessage();
    if (message.startsWith("repeat") && repeat.isPresent()) {
      return repeat.get().get("fromLevel").error(message, e);
    }
    if (message.startsWith("level ")) {
      int level = Integer.parseInt(message.substring(6, message.indexOf(' ', 6)));
      return levels.elements().get(level - 1).get("trigger").error(message, e);
    }
    return levels.error(message, e);
  }

  private static String type(JsonIn in, String what, List<String> types)
      throws JsonMappingException {
    in.requireObject(what);
    JsonIn typeIn = in.get("type");
    String type = typeIn.text();
    if (!types.contains(type)) {
      throw typeIn.error("unknown type \"" + type + "\" of " + what + ": must be one of " + types);
    }
    return type;
  }

  private static DayOfWeek dayOfWeek(String name, JsonIn at) throws JsonMappingException {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().equals(name)) {
        return day;
      }
    }
    throw at.error(
        "unknown day of week \"" + name + "\": must be one of " + List.of(DayOfWeek.values()));
  }

  /**
   * Returns this number as an {@code int}, rejecting fractions and values out of range; unlike
   * {@link JsonIn#intValue()} it takes a whole number written with a fraction ({@code 2.0}), as
   * this format always has.
   */
  static int integer(JsonIn in) throws JsonMappingException {
    if (in.node().isNumber()) {
      try {
        return in.node().decimalValue().stripTrailingZeros().intValueExact();
      } catch (ArithmeticException e) {
        throw in.error("must be a JSON integer, but was " + JsonIn.describe(in.node()), e);
      }
    }
    throw in.error("must be a JSON integer, but was " + JsonIn.describe(in.node()));
  }

  /**
   * Runs {@code step}, which builds a value from the properties of the object {@code in}, turning
   * an {@link IllegalArgumentException} into an error at the property its message names first
   * ({@code "delay must be ..."}), or at the object.
   */
  static <T> T callObject(JsonIn in, JsonIn.Builder<T> step) throws JsonMappingException {
    try {
      return step.build();
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      int space = message.indexOf(' ');
      Optional<JsonIn> at = space > 0 ? in.find(message.substring(0, space)) : Optional.empty();
      throw at.orElse(in).error(message, e);
    }
  }

  // ---- writing -------------------------------------------------------------------------------

  void writePolicy(EscalationPolicy policy, JsonGenerator out, SerializerProvider provider)
      throws IOException {
    out.writeStartObject(policy);
    out.writeStringField("name", policy.name());
    if (!policy.calendar().equals(EscalationPolicy.DEFAULT_CALENDAR)) {
      out.writeFieldName("calendar");
      CalendarJson.writeCalendar(policy.calendar(), calendars, out, provider);
    }
    out.writeArrayFieldStart("levels");
    for (EscalationLevel level : policy.levels()) {
      writeLevel(level, out);
    }
    out.writeEndArray();
    if (policy.repeat().isPresent()) {
      out.writeFieldName("repeat");
      writeRepeat(policy.repeat().get(), out);
    }
    writeNames(out, "stopOn", policy.stopConditions());
    writeNames(out, "restartOn", policy.restartOn());
    out.writeEndObject();
  }

  void writeLevel(EscalationLevel level, JsonGenerator out) throws IOException {
    out.writeStartObject(level);
    out.writeFieldName("trigger");
    writeTrigger(level.trigger(), out);
    out.writeStringField("clock", level.clock().name());
    out.writeArrayFieldStart("notify");
    for (NotifyTarget target : level.targets()) {
      writeTarget(target, out);
    }
    out.writeEndArray();
    out.writeArrayFieldStart("actions");
    for (EscalationAction action : level.actions()) {
      writeAction(action, out);
    }
    out.writeEndArray();
    if (!level.condition().equals(TicketCondition.always())) {
      out.writeFieldName("when");
      conditions.writeCondition(level.condition(), out);
    }
    if (level.window().isPresent()) {
      out.writeFieldName("window");
      writeWindow(level.window().get(), out);
      out.writeStringField("outsideWindow", level.outsideWindow().name());
    }
    out.writeEndObject();
  }

  static void writeTrigger(EscalationTrigger trigger, JsonGenerator out) throws IOException {
    out.writeStartObject(trigger);
    if (trigger instanceof EscalationTrigger.SinceCreated since) {
      out.writeStringField("type", "since_created");
      out.writeStringField("delay", since.delay().toString());
    } else if (trigger instanceof EscalationTrigger.SinceStatus since) {
      out.writeStringField("type", "since_status");
      out.writeStringField("status", since.status().name());
      out.writeStringField("delay", since.delay().toString());
    } else if (trigger instanceof EscalationTrigger.NoPublicReplyFor silence) {
      out.writeStringField("type", "no_public_reply_for");
      out.writeStringField("duration", silence.duration().toString());
    } else if (trigger instanceof EscalationTrigger.SlaShareConsumed share) {
      out.writeStringField("type", "sla_share_consumed");
      out.writeStringField("metric", share.metric().name());
      out.writeNumberField("share", share.share());
    } else if (trigger instanceof EscalationTrigger.SlaBreached breach) {
      out.writeStringField("type", "sla_breached");
      out.writeStringField("metric", breach.metric().name());
    } else {
      out.writeStringField("type", "after_previous");
      out.writeStringField("delay", ((EscalationTrigger.AfterPrevious) trigger).delay().toString());
    }
    out.writeEndObject();
  }

  static void writeTarget(NotifyTarget target, JsonGenerator out) throws IOException {
    out.writeStartObject(target);
    if (target instanceof NotifyTarget.Agent agent) {
      out.writeStringField("type", "agent");
      out.writeStringField("agentId", agent.agentId().value());
    } else if (target instanceof NotifyTarget.Team team) {
      out.writeStringField("type", "team");
      out.writeStringField("teamId", team.teamId().value());
    } else if (target instanceof NotifyTarget.Assignee) {
      out.writeStringField("type", "assignee");
    } else if (target instanceof NotifyTarget.ManagerOfAssigneeTeam) {
      out.writeStringField("type", "manager_of_assignee_team");
    } else {
      out.writeStringField("type", "on_call");
      out.writeStringField("role", ((NotifyTarget.OnCall) target).role());
    }
    out.writeEndObject();
  }

  static void writeAction(EscalationAction action, JsonGenerator out) throws IOException {
    out.writeStartObject(action);
    if (action instanceof EscalationAction.RaisePriority raise) {
      out.writeStringField("type", "raise_priority");
      out.writeStringField("atLeast", raise.atLeast().name());
    } else if (action instanceof EscalationAction.ReassignTo reassign) {
      out.writeStringField("type", "reassign_to");
      out.writeStringField("teamId", reassign.teamId().value());
    } else {
      out.writeStringField("type", "add_tag");
      out.writeStringField("tag", ((EscalationAction.AddTag) action).tag());
    }
    out.writeEndObject();
  }

  static void writeWindow(TimeWindow window, JsonGenerator out) throws IOException {
    out.writeStartObject(window);
    for (Map.Entry<DayOfWeek, List<LocalTimeRange>> day : window.ranges().entrySet()) {
      out.writeArrayFieldStart(day.getKey().name());
      for (LocalTimeRange range : day.getValue()) {
        out.writeString(range.toString());
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  static void writeRepeat(Repeat repeat, JsonGenerator out) throws IOException {
    out.writeStartObject(repeat);
    out.writeNumberField("times", repeat.times());
    out.writeNumberField("fromLevel", repeat.fromLevel());
    out.writeStringField("delay", repeat.delay().toString());
    out.writeStringField("clock", repeat.clock().name());
    out.writeEndObject();
  }

  static void writeNames(JsonGenerator out, String name, Iterable<? extends Enum<?>> values)
      throws IOException {
    out.writeArrayFieldStart(name);
    for (Enum<?> value : values) {
      out.writeString(value.name());
    }
    out.writeEndArray();
  }
}
