package dev.rapport.sla.json;

import static dev.rapport.sla.json.EscalationJson.callObject;
import static dev.rapport.sla.json.EscalationJson.integer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.rapport.core.AgentId;
import dev.rapport.core.Priority;
import dev.rapport.core.TeamId;
import dev.rapport.core.TicketId;
import dev.rapport.core.TicketStatus;
import dev.rapport.core.json.internal.JsonIn;
import dev.rapport.core.ticket.TicketState;
import dev.rapport.sla.escalation.DelayClock;
import dev.rapport.sla.escalation.EscalationAction;
import dev.rapport.sla.escalation.EscalationResult;
import dev.rapport.sla.escalation.EscalationState;
import dev.rapport.sla.escalation.EscalationStep;
import dev.rapport.sla.escalation.NotifyTarget;
import dev.rapport.sla.escalation.SkipReason;
import dev.rapport.sla.escalation.StepId;
import dev.rapport.sla.escalation.StepReason;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON form of what the escalation engine hands out: step ids, steps with their reasons and the
 * ticket's state, the escalation state a caller stores, and results. Read strictly and written so
 * that reading gives an equal value. Immutable and thread-safe.
 */
final class StepJson {
  private final EscalationJson config;

  StepJson(EscalationJson config) {
    this.config = config;
  }

  // ---- reading -------------------------------------------------------------------------------

  StepId stepId(JsonIn in) throws JsonMappingException {
    in.object("a step id", "ticketId", "policy", "cycle", "level", "repetition");
    TicketId ticket = in.get("ticketId").build(() -> TicketId.of(in.get("ticketId").text()));
    return stepIdOf(in, ticket);
  }

  /** Reads a step id without its ticket, as the state stores them. */
  private StepId stepIdOf(JsonIn in, TicketId ticket) throws JsonMappingException {
    String policy = in.get("policy").text();
    int cycle = integer(in.get("cycle"));
    int level = integer(in.get("level"));
    int repetition = integer(in.get("repetition"));
    return callObject(in, () -> new StepId(ticket, policy, cycle, level, repetition));
  }

  EscalationState state(JsonIn in) throws JsonMappingException {
    in.object("an escalation state", "ticketId", "fired", "skipped");
    TicketId ticket = in.get("ticketId").build(() -> TicketId.of(in.get("ticketId").text()));
    List<StepId> fired = ids(in.find("fired"), ticket);
    List<StepId> skipped = ids(in.find("skipped"), ticket);
    return callObject(in, () -> EscalationState.of(ticket, fired, skipped));
  }

  private List<StepId> ids(Optional<JsonIn> in, TicketId ticket) throws JsonMappingException {
    List<StepId> ids = new ArrayList<>();
    if (in.isPresent()) {
      Set<StepId> seen = new LinkedHashSet<>();
      for (JsonIn element : in.get().elements()) {
        element.object("a step of the state", "policy", "cycle", "level", "repetition");
        StepId id = stepIdOf(element, ticket);
        if (!seen.add(id)) {
          throw element.error("must not repeat a step, but " + id + " appears twice");
        }
        ids.add(id);
      }
    }
    return ids;
  }

  EscalationStep step(JsonIn in) throws JsonMappingException {
    in.object("an escalation step", "id", "dueAt", "targets", "actions", "ticket", "reason");
    StepId id = stepId(in.get("id"));
    Instant dueAt = in.get("dueAt").instant();
    List<NotifyTarget> targets = new ArrayList<>();
    for (JsonIn element : in.get("targets").elements()) {
      targets.add(config.target(element));
    }
    List<EscalationAction> actions = new ArrayList<>();
    for (JsonIn element : in.get("actions").elements()) {
      actions.add(config.action(element));
    }
    TicketState ticket = ticketState(in.get("ticket"));
    StepReason reason = reason(in.get("reason"));
    return callObject(in, () -> new EscalationStep(id, dueAt, targets, actions, ticket, reason));
  }

  private TicketState ticketState(JsonIn in) throws JsonMappingException {
    in.object("a ticket's state", "status", "priority", "tags", "agentId", "teamId");
    TicketStatus status = in.get("status").constant(TicketStatus.class);
    Priority priority = in.get("priority").constant(Priority.class);
    List<String> tags = in.get("tags").texts();
    Optional<AgentId> agent = Optional.empty();
    if (in.find("agentId").isPresent()) {
      JsonIn at = in.get("agentId");
      agent = Optional.of(at.build(() -> AgentId.of(at.text())));
    }
    Optional<TeamId> team = Optional.empty();
    if (in.find("teamId").isPresent()) {
      JsonIn at = in.get("teamId");
      team = Optional.of(at.build(() -> TeamId.of(at.text())));
    }
    Optional<AgentId> agentId = agent;
    Optional<TeamId> teamId = team;
    return callObject(
        in, () -> new TicketState(status, priority, Set.copyOf(tags), agentId, teamId));
  }

  private StepReason reason(JsonIn in) throws JsonMappingException {
    in.object(
        "a step's reason",
        "trigger",
        "clock",
        "since",
        "triggeredAt",
        "threshold",
        "measured",
        "readyAt",
        "waitedForWindow",
        "skipped");
    var trigger = config.trigger(in.get("trigger"));
    DelayClock clock = in.get("clock").constant(DelayClock.class);
    Instant since = in.get("since").instant();
    Instant triggeredAt = in.get("triggeredAt").instant();
    Duration threshold = in.get("threshold").duration();
    Duration measured = in.get("measured").duration();
    Instant readyAt = in.get("readyAt").instant();
    Optional<Instant> waited = Optional.empty();
    if (in.find("waitedForWindow").isPresent()) {
      waited = Optional.of(in.get("waitedForWindow").instant());
    }
    Optional<SkipReason> skipped = Optional.empty();
    if (in.find("skipped").isPresent()) {
      skipped = Optional.of(in.get("skipped").constant(SkipReason.class));
    }
    Optional<Instant> waitedForWindow = waited;
    Optional<SkipReason> skip = skipped;
    return callObject(
        in,
        () ->
            new StepReason(
                trigger,
                clock,
                since,
                triggeredAt,
                threshold,
                measured,
                readyAt,
                waitedForWindow,
                skip));
  }

  EscalationResult result(JsonIn in) throws JsonMappingException {
    in.object("an escalation result", "evaluatedAt", "steps", "skipped", "state", "nextDueAt");
    Instant evaluatedAt = in.get("evaluatedAt").instant();
    List<EscalationStep> steps = new ArrayList<>();
    for (JsonIn element : in.get("steps").elements()) {
      steps.add(step(element));
    }
    List<EscalationStep> skipped = new ArrayList<>();
    for (JsonIn element : in.get("skipped").elements()) {
      skipped.add(step(element));
    }
    EscalationState state = state(in.get("state"));
    Optional<Instant> next = Optional.empty();
    if (in.find("nextDueAt").isPresent()) {
      next = Optional.of(in.get("nextDueAt").instant());
    }
    Optional<Instant> nextDueAt = next;
    return callObject(
        in, () -> new EscalationResult(evaluatedAt, steps, skipped, state, nextDueAt));
  }

  // ---- writing -------------------------------------------------------------------------------

  static void writeStepId(StepId id, JsonGenerator out) throws IOException {
    out.writeStartObject(id);
    out.writeStringField("ticketId", id.ticketId().value());
    writeIdFields(id, out);
    out.writeEndObject();
  }

  private static void writeIdFields(StepId id, JsonGenerator out) throws IOException {
    out.writeStringField("policy", id.policy());
    out.writeNumberField("cycle", id.cycle());
    out.writeNumberField("level", id.level());
    out.writeNumberField("repetition", id.repetition());
  }

  static void writeState(EscalationState state, JsonGenerator out) throws IOException {
    out.writeStartObject(state);
    out.writeStringField("ticketId", state.ticketId().value());
    writeIds(out, "fired", state.fired());
    writeIds(out, "skipped", state.skipped());
    out.writeEndObject();
  }

  private static void writeIds(JsonGenerator out, String name, Set<StepId> ids) throws IOException {
    out.writeArrayFieldStart(name);
    for (StepId id : ids) {
      out.writeStartObject(id);
      writeIdFields(id, out);
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  static void writeStep(EscalationStep step, JsonGenerator out) throws IOException {
    out.writeStartObject(step);
    out.writeFieldName("id");
    writeStepId(step.id(), out);
    out.writeStringField("dueAt", step.dueAt().toString());
    out.writeArrayFieldStart("targets");
    for (NotifyTarget target : step.targets()) {
      EscalationJson.writeTarget(target, out);
    }
    out.writeEndArray();
    out.writeArrayFieldStart("actions");
    for (EscalationAction action : step.actions()) {
      EscalationJson.writeAction(action, out);
    }
    out.writeEndArray();
    out.writeFieldName("ticket");
    writeTicketState(step.ticket(), out);
    out.writeFieldName("reason");
    writeReason(step.reason(), out);
    out.writeEndObject();
  }

  private static void writeTicketState(TicketState state, JsonGenerator out) throws IOException {
    out.writeStartObject(state);
    out.writeStringField("status", state.status().name());
    out.writeStringField("priority", state.priority().name());
    out.writeArrayFieldStart("tags");
    for (String tag : state.tags()) {
      out.writeString(tag);
    }
    out.writeEndArray();
    if (state.agentId().isPresent()) {
      out.writeStringField("agentId", state.agentId().get().value());
    }
    if (state.teamId().isPresent()) {
      out.writeStringField("teamId", state.teamId().get().value());
    }
    out.writeEndObject();
  }

  private static void writeReason(StepReason reason, JsonGenerator out) throws IOException {
    out.writeStartObject(reason);
    out.writeFieldName("trigger");
    EscalationJson.writeTrigger(reason.trigger(), out);
    out.writeStringField("clock", reason.clock().name());
    out.writeStringField("since", reason.since().toString());
    out.writeStringField("triggeredAt", reason.triggeredAt().toString());
    out.writeStringField("threshold", reason.threshold().toString());
    out.writeStringField("measured", reason.measured().toString());
    out.writeStringField("readyAt", reason.readyAt().toString());
    if (reason.waitedForWindow().isPresent()) {
      out.writeStringField("waitedForWindow", reason.waitedForWindow().get().toString());
    }
    if (reason.skipped().isPresent()) {
      out.writeStringField("skipped", reason.skipped().get().name());
    }
    out.writeEndObject();
  }

  static void writeResult(EscalationResult result, JsonGenerator out) throws IOException {
    out.writeStartObject(result);
    out.writeStringField("evaluatedAt", result.evaluatedAt().toString());
    out.writeArrayFieldStart("steps");
    for (EscalationStep step : result.steps()) {
      writeStep(step, out);
    }
    out.writeEndArray();
    out.writeArrayFieldStart("skipped");
    for (EscalationStep step : result.skipped()) {
      writeStep(step, out);
    }
    out.writeEndArray();
    out.writeFieldName("state");
    writeState(result.state(), out);
    if (result.nextDueAt().isPresent()) {
      out.writeStringField("nextDueAt", result.nextDueAt().get().toString());
    }
    out.writeEndObject();
  }
}
