package dev.rapport.sla.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.google.common.collect.ImmutableMap;
import dev.rapport.core.json.RapportCoreModule;
import dev.rapport.core.json.internal.JsonAdapters;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.sla.escalation.EscalationAction;
import dev.rapport.sla.escalation.EscalationLevel;
import dev.rapport.sla.escalation.EscalationPolicy;
import dev.rapport.sla.escalation.EscalationResult;
import dev.rapport.sla.escalation.EscalationState;
import dev.rapport.sla.escalation.EscalationStep;
import dev.rapport.sla.escalation.EscalationTrigger;
import dev.rapport.sla.escalation.NotifyTarget;
import dev.rapport.sla.escalation.Repeat;
import dev.rapport.sla.escalation.StepId;
import dev.rapport.sla.escalation.TimeWindow;
import java.util.List;
import java.util.Map;

/**
 * Jackson support for Rapport's escalation policies: policies, levels, triggers, targets, actions,
 * windows and repetitions are read from and written to JSON configuration; step ids, steps, results
 * and the escalation state a caller stores are written and read back. On the class path {@code
 * mapper.findAndRegisterModules()} finds it (it is listed in {@code META-INF/services}, with no-arg
 * construction, so without named calendars); register {@code new EscalationModule(calendars)} by
 * hand to name calendars. It brings {@link RapportCoreModule} along.
 *
 * <pre>{@code
 * {
 *   "name": "first-response",
 *   "calendar": "office",
 *   "levels": [
 *     {"trigger": {"type": "sla_share_consumed", "metric": "FIRST_RESPONSE", "share": 0.75},
 *      "notify": [{"type": "assignee"}, {"type": "team", "teamId": "support"}]},
 *     {"trigger": {"type": "sla_breached", "metric": "FIRST_RESPONSE"},
 *      "notify": [{"type": "manager_of_assignee_team"}],
 *      "actions": [{"type": "raise_priority", "atLeast": "HIGH"}]},
 *     {"trigger": {"type": "after_previous", "delay": "PT30M"}, "clock": "WALL",
 *      "notify": [{"type": "on_call", "role": "duty-phone"}],
 *      "when": {"type": "priority_in", "priorities": ["URGENT"]},
 *      "window": {"SATURDAY": ["00:00-00:00"], "SUNDAY": ["00:00-00:00"]},
 *      "outsideWindow": "SKIP"}
 *   ],
 *   "repeat": {"times": 3, "fromLevel": 2, "delay": "PT1H", "clock": "BUSINESS"},
 *   "stopOn": ["ACKNOWLEDGED", "PUBLIC_REPLY", "SOLVED"],
 *   "restartOn": ["NEXT_RESPONSE_CYCLE"]
 * }
 * }</pre>
 *
 * <ul>
 *   <li>Policy: {@code "name"} and {@code "levels"} (required, in order); {@code "calendar"} (the
 *       name of a calendar given to this module, or a calendar object in core's calendar JSON;
 *       absent is 24/7 UTC); {@code "repeat"} (absent: none); {@code "stopOn"} (absent: all three;
 *       {@code []}: none); {@code "restartOn"} (absent or {@code []}: none).
 *   <li>Level: {@code "trigger"} (required); {@code "clock"} ({@code BUSINESS}, the default, or
 *       {@code WALL}); {@code "notify"} and {@code "actions"} (absent: none, but not both); {@code
 *       "when"} (a condition of the SLA module's JSON; absent is {@code always}); {@code "window"}
 *       (day of week to ranges such as {@code "22:00-06:00"}) and {@code "outsideWindow"} ({@code
 *       SKIP}, the default, or {@code WAIT}; only with a window).
 *   <li>Trigger: {@code {"type": ...}} with {@code since_created} (delay), {@code since_status}
 *       (status, delay), {@code no_public_reply_for} (duration), {@code sla_share_consumed}
 *       (metric, share), {@code sla_breached} (metric), {@code after_previous} (delay).
 *   <li>Target: {@code agent} (agentId), {@code team} (teamId), {@code assignee}, {@code
 *       manager_of_assignee_team}, {@code on_call} (role). Action: {@code raise_priority}
 *       (atLeast), {@code reassign_to} (teamId), {@code add_tag} (tag).
 *   <li>Repeat: {@code "times"} and {@code "delay"} (required), {@code "fromLevel"} (absent: 1),
 *       {@code "clock"} (absent: {@code BUSINESS}).
 *   <li>Step id: ticketId, policy, cycle, level, repetition. State: ticketId, and {@code "fired"}
 *       and {@code "skipped"}, arrays of ids without their ticket ({@code {"policy": "p", "cycle":
 *       1, "level": 2, "repetition": 0}}). Step: id, dueAt, targets, actions, ticket (status,
 *       priority, tags, agentId, teamId) and reason (trigger, clock, since, triggeredAt, threshold,
 *       measured, readyAt, waitedForWindow, skipped). Result: evaluatedAt, steps, skipped, state,
 *       nextDueAt.
 *   <li>Instants are ISO-8601 strings, durations ISO-8601 durations, enums their constant names;
 *       absent optional values are omitted when written.
 * </ul>
 *
 * <p>Reading is strict whatever the mapper allows: unknown and repeated properties, values of the
 * wrong JSON type, unknown types, metrics, statuses, calendars and days, and values the builders
 * reject are {@link com.fasterxml.jackson.databind.JsonMappingException}s whose message starts with
 * the JSON path (such as {@code levels[1].trigger.delay}) and whose {@code getPath()} holds it.
 * Read the sealed types ({@link EscalationTrigger}, {@link NotifyTarget}, {@link EscalationAction})
 * as the interface, not as one of their records. Writing then reading gives an equal value (for
 * calendars that are named, 24/7 UTC, or that core can write).
 *
 * <p>Immutable and thread-safe.
 */
// Jackson is optional ("requires static", not transitive, so modules without JSON compile without
// it); a caller of this class has Jackson and reads it itself.
@SuppressWarnings("exports")
public final class EscalationModule extends Module {
  private final ImmutableMap<String, BusinessCalendar> calendars;

  /** Creates the module without named calendars. */
  public EscalationModule() {
    this(Map.of());
  }

  /**
   * Creates the module with named calendars, which policies refer to by name ({@code "calendar":
   * "office"}) and which are written by name.
   *
   * @throws IllegalArgumentException if a name is blank
   */
  public EscalationModule(Map<String, BusinessCalendar> calendars) {
    this.calendars = CalendarJson.namedCalendars(calendars);
  }

  @Override
  public String getModuleName() {
    return "rapport-sla-escalation";
  }

  /** Returns {@link Version#unknownVersion()}: the format is versioned with the SLA module. */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /** Returns the modules this one needs: {@link RapportCoreModule}. */
  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new RapportCoreModule());
  }

  @Override
  public void setupModule(SetupContext context) {
    EscalationJson config = new EscalationJson(calendars);
    StepJson steps = new StepJson(config);
    JsonAdapters.table()
        .both(EscalationPolicy.class, config::writePolicy, config::policy)
        .both(
            EscalationLevel.class, (value, out, p) -> config.writeLevel(value, out), config::level)
        .both(
            EscalationTrigger.class,
            (value, out, p) -> EscalationJson.writeTrigger(value, out),
            config::trigger)
        .both(
            NotifyTarget.class,
            (value, out, p) -> EscalationJson.writeTarget(value, out),
            config::target)
        .both(
            EscalationAction.class,
            (value, out, p) -> EscalationJson.writeAction(value, out),
            config::action)
        .both(
            TimeWindow.class,
            (value, out, p) -> EscalationJson.writeWindow(value, out),
            config::window)
        .both(
            Repeat.class, (value, out, p) -> EscalationJson.writeRepeat(value, out), config::repeat)
        .both(StepId.class, (value, out, p) -> StepJson.writeStepId(value, out), steps::stepId)
        .both(EscalationStep.class, (value, out, p) -> StepJson.writeStep(value, out), steps::step)
        .both(
            EscalationState.class, (value, out, p) -> StepJson.writeState(value, out), steps::state)
        .both(
            EscalationResult.class,
            (value, out, p) -> StepJson.writeResult(value, out),
            steps::result)
        .registerIn(context);
  }

  @Override
  public String toString() {
    return "EscalationModule" + calendars.keySet();
  }
}
