package dev.rapport.sla.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.google.common.collect.ImmutableMap;
import dev.rapport.core.json.RapportCoreModule;
import dev.rapport.core.json.internal.JsonAdapters;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.sla.Measurement;
import dev.rapport.sla.SlaDeadline;
import dev.rapport.sla.SlaPolicy;
import dev.rapport.sla.SlaPolicySet;
import dev.rapport.sla.SlaReport;
import dev.rapport.sla.SlaTarget;
import dev.rapport.sla.SlaWarning;
import dev.rapport.sla.TicketCondition;
import java.util.List;
import java.util.Map;

/**
 * Jackson support for Rapport SLA: policy sets, policies, targets and conditions are read from and
 * written to JSON configuration; reports, measurements, deadlines and warnings are written. On the
 * class path {@code mapper.findAndRegisterModules()} finds it (it is listed in {@code
 * META-INF/services}, with no-arg construction, so without named calendars); register {@code new
 * RapportSlaModule(calendars)} by hand to name calendars. It brings {@link RapportCoreModule}
 * along.
 *
 * <pre>{@code
 * {
 *   "reselection": "FROM_CHANGE",
 *   "policies": [
 *     {
 *       "name": "urgent",
 *       "when": {"type": "priority_in", "priorities": ["URGENT"]},
 *       "targets": {
 *         "FIRST_RESPONSE": {"duration": "PT1H", "calendar": "office", "warnings": [0.5, 0.9]},
 *         "RESOLUTION": {"duration": "PT16H", "calendar": "office",
 *                        "pauseStatuses": ["PENDING_CUSTOMER"]}
 *       }
 *     },
 *     {"name": "standard", "targets": {"FIRST_RESPONSE": {"duration": "PT8H"}}}
 *   ]
 * }
 * }</pre>
 *
 * <ul>
 *   <li>Policy set: {@code "policies"} (required, in order) and {@code "reselection"} ({@code
 *       FROM_CHANGE}, the default, or {@code FROM_CREATION}).
 *   <li>Policy: {@code "name"} (required), {@code "when"} (a condition; absent is {@code always}),
 *       {@code "targets"}: an object from metric name to target.
 *   <li>Target: {@code "duration"} (ISO-8601, required), {@code "calendar"} (the name of a calendar
 *       given to this module, or a calendar object in core's calendar JSON; absent is 24/7 UTC),
 *       {@code "pauseStatuses"} (absent: the metric's defaults; {@code []}: none), {@code
 *       "warnings"} (shares in (0, 1), increasing). A target read on its own also has {@code
 *       "metric"}.
 *   <li>Condition: {@code {"type": ...}} with {@code always}; {@code priority_in} (priorities),
 *       {@code channel_in} (channels), {@code has_any_tag} and {@code has_all_tags} (tags), {@code
 *       segment_in} (segments), each a non-empty array; {@code all} and {@code any} (conditions);
 *       {@code not} (condition).
 *   <li>Report: ticketId, evaluatedAt, policy, measurements (metric, cycle, policy, state, target
 *       duration, startedAt, stoppedAt, elapsed, paused, remaining, dueAt, achievedAt, breachedAt,
 *       warnings, nextWarning) and nextDeadline. Instants are ISO-8601 strings, durations ISO-8601
 *       durations; absent optional values are omitted. Reports are derived data: they are written,
 *       not read (evaluate the timeline again instead).
 * </ul>
 *
 * <p>Reading is strict whatever the mapper allows: unknown and repeated properties, values of the
 * wrong JSON type, unknown metrics, statuses, calendars and condition types, invalid durations
 * (negative, zero), warnings and duplicate policy names are {@link
 * com.fasterxml.jackson.databind.JsonMappingException}s whose message starts with the JSON path
 * (such as {@code policies[1].targets.RESOLUTION.duration}) and whose {@code getPath()} holds it.
 * Writing then reading gives an equal value (for calendars that are named, 24/7 UTC, or that core
 * can write).
 *
 * <p>Immutable and thread-safe.
 */
// Jackson is optional ("requires static", not transitive, so modules without JSON compile without
// it); a caller of this class has Jackson and reads it itself.
@SuppressWarnings("exports")
public final class RapportSlaModule extends Module {
  private final ImmutableMap<String, BusinessCalendar> calendars;

  /** Creates the module without named calendars. */
  public RapportSlaModule() {
    this(Map.of());
  }

  /**
   * Creates the module with named calendars, which targets refer to by name ({@code "calendar":
   * "office"}) and which are written by name.
   *
   * @throws IllegalArgumentException if a name is blank
   */
  public RapportSlaModule(Map<String, BusinessCalendar> calendars) {
    this.calendars = CalendarJson.namedCalendars(calendars);
  }

  @Override
  public String getModuleName() {
    return "rapport-sla";
  }

  /**
   * Returns {@link Version#unknownVersion()}: the module's format is versioned with the SLA module.
   */
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
    PolicyJson json = new PolicyJson(calendars);
    JsonAdapters.table()
        .both(SlaPolicySet.class, json::writePolicySet, json::policySet)
        .both(SlaPolicy.class, json::writePolicy, json::policy)
        .both(
            SlaTarget.class,
            (value, out, p) -> json.writeTarget(value, true, out, p),
            json::standaloneTarget)
        .both(
            TicketCondition.class,
            (value, out, p) -> json.writeCondition(value, out),
            json::condition)
        .writer(SlaReport.class, (value, out, p) -> ReportJson.writeReport(value, out))
        .writer(Measurement.class, (value, out, p) -> ReportJson.writeMeasurement(value, out))
        .writer(SlaDeadline.class, (value, out, p) -> ReportJson.writeDeadline(value, out))
        .writer(SlaWarning.class, (value, out, p) -> ReportJson.writeWarning(value, out))
        .registerIn(context);
  }

  @Override
  public String toString() {
    return "RapportSlaModule" + calendars.keySet();
  }
}
