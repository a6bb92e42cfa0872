package dev.rapport.sla.json;

import static dev.rapport.sla.json.JsonErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.core.AgentId;
import dev.rapport.core.Channel;
import dev.rapport.core.CustomerId;
import dev.rapport.core.Priority;
import dev.rapport.core.TeamId;
import dev.rapport.core.TicketId;
import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.Assigned;
import dev.rapport.core.ticket.StatusChanged;
import dev.rapport.core.ticket.TicketCreated;
import dev.rapport.core.ticket.TicketTimeline;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.sla.SlaEngine;
import dev.rapport.sla.SlaMetric;
import dev.rapport.sla.SlaPolicy;
import dev.rapport.sla.SlaPolicySet;
import dev.rapport.sla.SlaTarget;
import dev.rapport.sla.TicketCondition;
import dev.rapport.sla.escalation.DelayClock;
import dev.rapport.sla.escalation.EscalationAction;
import dev.rapport.sla.escalation.EscalationEngine;
import dev.rapport.sla.escalation.EscalationLevel;
import dev.rapport.sla.escalation.EscalationPolicy;
import dev.rapport.sla.escalation.EscalationResult;
import dev.rapport.sla.escalation.EscalationState;
import dev.rapport.sla.escalation.EscalationStep;
import dev.rapport.sla.escalation.EscalationTrigger;
import dev.rapport.sla.escalation.NotifyTarget;
import dev.rapport.sla.escalation.OutsideWindow;
import dev.rapport.sla.escalation.Repeat;
import dev.rapport.sla.escalation.Restart;
import dev.rapport.sla.escalation.StepId;
import dev.rapport.sla.escalation.StopCondition;
import dev.rapport.sla.escalation.TimeWindow;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EscalationModuleTest {
  private static final BusinessCalendar OFFICE =
      BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
          .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
          .build();
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new EscalationModule(Map.of("office", OFFICE)));
  private static final TimeWindow WEEKENDS =
      TimeWindow.of(
          EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

  /** Returns JSON written with single quotes, for readability. */
  private static String json(String text) {
    return text.replace('\'', '"');
  }

  private static final String POLICY =
      json(
          "{'name': 'first-response', 'calendar': 'office', 'levels': [{'trigger': {'type':"
              + " 'sla_share_consumed', 'metric': 'FIRST_RESPONSE', 'share': 0.75}, 'notify':"
              + " [{'type': 'assignee'}, {'type': 'team', 'teamId': 'support'}]},{'trigger':"
              + " {'type': 'sla_breached', 'metric': 'FIRST_RESPONSE'}, 'notify': [{'type':"
              + " 'manager_of_assignee_team'}], 'actions': [{'type': 'raise_priority', 'atLeast':"
              + " 'HIGH'}, {'type': 'reassign_to', 'teamId': 'tier-2'}, {'type': 'add_tag', 'tag':"
              + " 'escalated'}]},{'trigger': {'type': 'after_previous', 'delay': 'PT30M'}, 'clock':"
              + " 'WALL', 'notify': [{'type': 'on_call', 'role': 'duty-phone'}, {'type': 'agent',"
              + " 'agentId': 'ana'}], 'when': {'type': 'priority_in', 'priorities': ['URGENT']},"
              + " 'window': {'SATURDAY': ['00:00-00:00'], 'SUNDAY': ['00:00-00:00']},"
              + " 'outsideWindow': 'WAIT'}], 'repeat': {'times': 3, 'fromLevel': 2, 'delay':"
              + " 'PT1H', 'clock': 'BUSINESS'}, 'stopOn': ['ACKNOWLEDGED', 'SOLVED'], 'restartOn':"
              + " ['NEXT_RESPONSE_CYCLE']}");

  private static EscalationPolicy expected() {
    return EscalationPolicy.builder("first-response")
        .calendar(OFFICE)
        .level(
            EscalationLevel.builder(
                    EscalationTrigger.slaShareConsumed(SlaMetric.FIRST_RESPONSE, 0.75))
                .notifying(NotifyTarget.assignee(), NotifyTarget.team(TeamId.of("support")))
                .build())
        .level(
            EscalationLevel.builder(EscalationTrigger.slaBreached(SlaMetric.FIRST_RESPONSE))
                .notifying(NotifyTarget.managerOfAssigneeTeam())
                .actions(
                    EscalationAction.raisePriority(Priority.HIGH),
                    EscalationAction.reassignTo(TeamId.of("tier-2")),
                    EscalationAction.addTag("escalated"))
                .build())
        .level(
            EscalationLevel.builder(EscalationTrigger.afterPrevious(Duration.ofMinutes(30)))
                .clock(DelayClock.WALL)
                .notifying(NotifyTarget.onCall("duty-phone"), NotifyTarget.agent(AgentId.of("ana")))
                .when(TicketCondition.priorityIn(Priority.URGENT))
                .window(WEEKENDS, OutsideWindow.WAIT)
                .build())
        .repeat(Repeat.of(3, Duration.ofHours(1)).startingAt(2))
        .stopOn(StopCondition.ACKNOWLEDGED, StopCondition.SOLVED)
        .restartOn(Restart.NEXT_RESPONSE_CYCLE)
        .build();
  }

  @Test
  void readsAPolicy() throws Exception {
    assertThat(MAPPER.readValue(POLICY, EscalationPolicy.class)).isEqualTo(expected());
  }

  @Test
  void writingThenReadingAPolicyGivesAnEqualPolicyAndTheSameText() throws Exception {
    String written = MAPPER.writeValueAsString(expected());
    assertThat(MAPPER.readValue(written, EscalationPolicy.class)).isEqualTo(expected());
    assertThat(MAPPER.writeValueAsString(MAPPER.readValue(written, EscalationPolicy.class)))
        .isEqualTo(written);
    assertThat(written)
        .startsWith(json("{'name':'first-response','calendar':'office','levels':[{'trigger':"))
        .contains(
            json(
                "'window':{'SATURDAY':['00:00-00:00'],'SUNDAY':['00:00-00:00']},'outsideWindow':'WAIT'"))
        .endsWith(
            json(
                "'repeat':{'times':3,'fromLevel':2,'delay':'PT1H','clock':'BUSINESS'},"
                    + "'stopOn':['ACKNOWLEDGED','SOLVED'],'restartOn':['NEXT_RESPONSE_CYCLE']}"));
  }

  @Test
  void aPolicyWithDefaultsAndAnUnnamedCalendarRoundTrips() throws Exception {
    EscalationPolicy minimal =
        MAPPER.readValue(
            json(
                "{'name': 'p', 'levels': [{'trigger': {'type': 'since_created', 'delay': 'PT0S'},"
                    + " 'notify': [{'type': 'assignee'}]}]}"),
            EscalationPolicy.class);
    assertThat(minimal)
        .isEqualTo(
            EscalationPolicy.builder("p")
                .level(
                    EscalationLevel.builder(EscalationTrigger.sinceCreated(Duration.ZERO))
                        .notifying(NotifyTarget.assignee())
                        .build())
                .build());
    EscalationPolicy paris =
        EscalationPolicy.builder(minimal)
            .calendar(
                BusinessCalendar.builder(ZoneId.of("Europe/Paris"))
                    .weekdays(LocalTime.of(8, 0), LocalTime.of(18, 0))
                    .build())
            .build();
    String written =
        new ObjectMapper().registerModule(new EscalationModule()).writeValueAsString(paris);
    assertThat(written).contains(json("'calendar':{'zone':'Europe/Paris'"));
    assertThat(MAPPER.readValue(written, EscalationPolicy.class)).isEqualTo(paris);
  }

  static Stream<Arguments> triggers() {
    return Stream.of(
        Arguments.of(
            EscalationTrigger.sinceCreated(Duration.ofMinutes(5)),
            "{'type':'since_created','delay':'PT5M'}"),
        Arguments.of(
            EscalationTrigger.sinceStatus(TicketStatus.ON_HOLD, Duration.ofDays(2)),
            "{'type':'since_status','status':'ON_HOLD','delay':'PT48H'}"),
        Arguments.of(
            EscalationTrigger.noPublicReplyFor(Duration.ofHours(4)),
            "{'type':'no_public_reply_for','duration':'PT4H'}"),
        Arguments.of(
            EscalationTrigger.slaShareConsumed(SlaMetric.NEXT_RESPONSE, 0.5),
            "{'type':'sla_share_consumed','metric':'NEXT_RESPONSE','share':0.5}"),
        Arguments.of(
            EscalationTrigger.slaBreached(SlaMetric.RESOLUTION),
            "{'type':'sla_breached','metric':'RESOLUTION'}"),
        Arguments.of(
            EscalationTrigger.afterPrevious(Duration.ZERO),
            "{'type':'after_previous','delay':'PT0S'}"));
  }

  @ParameterizedTest
  @MethodSource("triggers")
  void eachTriggerHasItsForm(EscalationTrigger trigger, String form) throws Exception {
    assertThat(MAPPER.writeValueAsString(trigger)).isEqualTo(json(form));
    assertThat(MAPPER.readValue(json(form), EscalationTrigger.class)).isEqualTo(trigger);
  }

  static Stream<Arguments> invalid() {
    String level = "'notify': [{'type': 'assignee'}]";
    return Stream.of(
        Arguments.of(
            "{'name': 'p', 'levels': []}",
            "levels: levels must hold 1 to 100 levels, but held 0",
            "levels"),
        Arguments.of("{'levels': []}", "property \"name\" is required", ""),
        Arguments.of(
            "{'name': 'p', 'levels': [{'trigger': {'type': 'since_created', 'delay': 'PT-1M'}, "
                + level
                + "}]}",
            "levels[0].trigger.delay: delay must be in [PT0S, PT87600H], but was PT-1M",
            "levels[0].trigger.delay"),
        Arguments.of(
            "{'name': 'p', 'levels': [{'trigger': {'type': 'since_status', 'status': 'CLOSED',"
                + " 'delay': 'PT1M'}, "
                + level
                + "}]}",
            "levels[0].trigger.status: status must not be CLOSED (a closed ticket stops every"
                + " chain), but was CLOSED",
            "levels[0].trigger.status"),
        Arguments.of(
            "{'name': 'p', 'levels': [{'trigger': {'type': 'sla_share_consumed', 'metric':"
                + " 'RESOLUTION', 'share': 1}, "
                + level
                + "}]}",
            "levels[0].trigger.share: share must be in (0, 1) (use slaBreached for 1), but was 1.0",
            "levels[0].trigger.share"),
        Arguments.of(
            "{'name': 'p', 'levels': [{'trigger': {'type': 'later'}, " + level + "}]}",
            "levels[0].trigger.type: unknown type \"later\" of a trigger: must be one of"
                + " [since_created, since_status, no_public_reply_for, sla_share_consumed,"
                + " sla_breached, after_previous]",
            "levels[0].trigger.type"),
        Arguments.of(
            "{'name': 'p', 'levels': [{'trigger': {'type': 'sla_breached', 'metric': 'RESOLUTION',"
                + " 'share': 1}, "
                + level
                + "}]}",
            "levels[0].trigger.share: unknown property of trigger \"sla_breached\"; known"
                + " properties: [type, metric]",
            "levels[0].trigger.share"),
        Arguments.of(
            "{'name': 'p', 'levels': [{'trigger': {'type': 'after_previous', 'delay': 'PT1M'}}]}",
            "levels[0]: a level must notify a target or take an action, but has neither:"
                + " afterPrevious(PT1M)",
            "levels[0]"),
        Arguments.of(
            "{'name': 'p', 'levels': [{'trigger': {'type': 'after_previous', 'delay': 'PT1M'}, "
                + "'notify': [{'type': 'on_call', 'role': ' '}]}]}",
            "levels[0].notify[0].role: role must not be blank or start or end with white space,"
                + " but was \" \"",
            "levels[0].notify[0].role"),
        Arguments.of(
            "{'name': 'p', 'levels': [{'trigger': {'type': 'after_previous', 'delay': 'PT1M'}, "
                + "'actions': [{'type': 'raise_priority', 'atLeast': 'CRITICAL'}]}]}",
            "levels[0].actions[0].atLeast: must be one of [LOW, NORMAL, HIGH, URGENT], but was"
                + " \"CRITICAL\"",
            "levels[0].actions[0].atLeast"),
        Arguments.of(
            "{'name': 'p', 'levels': [{'trigger': {'type': 'after_previous', 'delay': 'PT1M'}, "
                + level
                + ", 'window': {'MONDAY': ['09:00-17:00', '12:00-13:00']}}]}",
            "levels[0].window: ranges of MONDAY must not overlap, but 09:00-17:00 overlaps"
                + " 12:00-13:00",
            "levels[0].window"),
        Arguments.of(
            "{'name': 'p', 'levels': [{'trigger': {'type': 'after_previous', 'delay': 'PT1M'}, "
                + level
                + ", 'window': {'MONDEY': ['09:00-17:00']}}]}",
            "levels[0].window.MONDEY: unknown day of week \"MONDEY\": must be one of [MONDAY,"
                + " TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY]",
            "levels[0].window.MONDEY"),
        Arguments.of(
            "{'name': 'p', 'levels': [{'trigger': {'type': 'after_previous', 'delay': 'PT1M'}, "
                + level
                + ", 'outsideWindow': 'WAIT'}]}",
            "levels[0].outsideWindow: must come with a \"window\", but the level has none",
            "levels[0].outsideWindow"),
        Arguments.of(
            "{'name': 'p', 'levels': [{'trigger': {'type': 'after_previous', 'delay': 'PT1M'}, "
                + level
                + "}], 'repeat': {'times': 2, 'fromLevel': 2, 'delay': 'PT1H'}}",
            "repeat.fromLevel: repeat.fromLevel must be a level of the policy, 1 to 1, but was 2",
            "repeat.fromLevel"),
        Arguments.of(
            "{'name': 'p', 'levels': [{'trigger': {'type': 'after_previous', 'delay': 'PT1M'}, "
                + level
                + "}], 'repeat': {'times': 0, 'delay': 'PT1H'}}",
            "repeat.times: times must be in [1, 1000], but was 0",
            "repeat.times"),
        Arguments.of(
            "{'name': 'p', 'levels': [{'trigger': {'type': 'after_previous', 'delay': 'PT1M'}, "
                + level
                + "}], 'repeat': {'times': 1.5, 'delay': 'PT1H'}}",
            "repeat.times: must be a JSON integer, but was number 1.5",
            "repeat.times"),
        Arguments.of(
            "{'name': 'p', 'levels': [{'trigger': {'type': 'after_previous', 'delay': 'PT1M'}, "
                + level
                + "}, {'trigger': {'type': 'since_status', 'status': 'SOLVED', 'delay': 'PT1M'}, "
                + level
                + "}]}",
            "levels[1].trigger: level 2 must not wait for a SOLVED ticket when SOLVED stops the"
                + " chain, but was sinceStatus(SOLVED, PT1M)",
            "levels[1].trigger"),
        Arguments.of(
            "{'name': 'p', 'calendar': 'shop', 'levels': []}",
            "calendar: unknown calendar \"shop\": must be one of [office] (give EscalationModule a"
                + " map of named calendars)",
            "calendar"),
        Arguments.of(
            "{'name': 'p', 'levels': [], 'stopOn': ['REPLIED']}",
            "stopOn[0]: must be one of [ACKNOWLEDGED, PUBLIC_REPLY, SOLVED], but was"
                + " \"REPLIED\"",
            "stopOn[0]"),
        Arguments.of(
            "{'name': 'p', 'levels': [], 'restart': []}",
            "restart: unknown property of an escalation policy; known properties: [name,"
                + " calendar, levels, repeat, stopOn, restartOn]",
            "restart"),
        Arguments.of(
            "{'name': 'p', 'name': 'q', 'levels': []}",
            "name: property appears more than once",
            "name"));
  }

  @ParameterizedTest(name = "[{index}] {2}")
  @MethodSource("invalid")
  void rejectsBadConfigurationNamingThePath(String document, String message, String path) {
    assertRejected(() -> MAPPER.readValue(json(document), EscalationPolicy.class), message, path);
  }

  /** A result with a fired step and a step skipped by its condition (HIGH is not URGENT). */
  private static EscalationResult result() {
    Instant saturday = Instant.parse("2027-01-09T11:00:00Z");
    TicketTimeline timeline =
        TicketTimeline.of(
            List.of(
                new TicketCreated(
                    saturday,
                    TicketId.of("T-7"),
                    CustomerId.of("C-1"),
                    Channel.CHAT,
                    Priority.HIGH,
                    Set.of("vip"),
                    Optional.empty()),
                Assigned.to(saturday.plusSeconds(60), AgentId.of("ana"), TeamId.of("support")),
                new StatusChanged(saturday.plusSeconds(120), TicketStatus.OPEN)));
    EscalationPolicy policy =
        EscalationPolicy.builder("weekday")
            .calendar(OFFICE)
            .level(
                EscalationLevel.builder(EscalationTrigger.sinceCreated(Duration.ZERO))
                    .clock(DelayClock.WALL)
                    .notifying(NotifyTarget.assignee())
                    .window(WEEKENDS, OutsideWindow.SKIP)
                    .when(TicketCondition.priorityIn(Priority.URGENT))
                    .build())
            .level(
                EscalationLevel.builder(EscalationTrigger.afterPrevious(Duration.ofHours(1)))
                    .actions(EscalationAction.addTag("escalated"))
                    .build())
            .build();
    Instant now = Instant.parse("2027-01-11T12:00:00Z");
    SlaPolicySet sla =
        SlaPolicySet.builder()
            .add(
                SlaPolicy.builder("all")
                    .target(SlaTarget.of(SlaMetric.FIRST_RESPONSE, Duration.ofDays(9), OFFICE))
                    .build())
            .build();
    return EscalationEngine.of(policy)
        .due(
            timeline,
            SlaEngine.of(sla).evaluate(timeline, now),
            EscalationState.initial(TicketId.of("T-7")),
            now);
  }

  @Test
  void writesAndReadsResultsStepsAndState() throws Exception {
    EscalationResult result = result();
    assertThat(result.steps()).hasSize(1);
    assertThat(result.skipped()).hasSize(1);
    String written = MAPPER.writeValueAsString(result);
    assertThat(MAPPER.readValue(written, EscalationResult.class)).isEqualTo(result);
    assertThat(MAPPER.writeValueAsString(MAPPER.readValue(written, EscalationResult.class)))
        .isEqualTo(written);

    EscalationStep step = result.steps().get(0);
    assertThat(MAPPER.writeValueAsString(step))
        .isEqualTo(
            json(
                "{'id':{'ticketId':'T-7','policy':'weekday','cycle':1,'level':2,'repetition':0},"
                    + "'dueAt':'2027-01-11T09:00:00Z','targets':[],"
                    + "'actions':[{'type':'add_tag','tag':'escalated'}],"
                    + "'ticket':{'status':'OPEN','priority':'HIGH','tags':['vip'],'agentId':'ana',"
                    + "'teamId':'support'},"
                    + "'reason':{'trigger':{'type':'after_previous','delay':'PT1H'},"
                    + "'clock':'BUSINESS','since':'2027-01-09T11:00:00Z',"
                    + "'triggeredAt':'2027-01-11T09:00:00Z','threshold':'PT1H','measured':'PT1H',"
                    + "'readyAt':'2027-01-09T11:00:00Z'}}"));
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(step), EscalationStep.class))
        .isEqualTo(step);
    assertThat(MAPPER.writeValueAsString(result.skipped().get(0)))
        .contains(
            json("'reason':{'trigger':{'type':'since_created','delay':'PT0S'},'clock':'WALL'"))
        .endsWith(json("'skipped':'CONDITION_NOT_MET'}}"));

    assertThat(MAPPER.writeValueAsString(result.state()))
        .isEqualTo(
            json(
                "{'ticketId':'T-7','fired':[{'policy':'weekday','cycle':1,'level':2,'repetition':0}],"
                    + "'skipped':[{'policy':'weekday','cycle':1,'level':1,'repetition':0}]}"));
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(result.state()), EscalationState.class))
        .isEqualTo(result.state());
    StepId id = new StepId(TicketId.of("T-7"), "weekday", 2, 1, 3);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(id), StepId.class)).isEqualTo(id);
  }

  @Test
  void rejectsBadStateNamingThePath() {
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    json(
                        "{'ticketId': 'T-1', 'fired': [{'policy': 'p', 'cycle': 1, 'level': 1,"
                            + " 'repetition': 0}, {'policy': 'p', 'cycle': 1, 'level': 1,"
                            + " 'repetition': 0}]}"),
                    EscalationState.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith(
            "fired[1]: must not repeat a step, but T-1/p cycle 1 level 1 repetition 0 appears"
                + " twice");
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    json(
                        "{'ticketId': 'T-1', 'skipped': [{'policy': 'p', 'cycle': 0, 'level': 1,"
                            + " 'repetition': 0}]}"),
                    EscalationState.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith("skipped[0].cycle: cycle must be at least 1, but was 0");
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    json(
                        "{'ticketId': 'T-1', 'fired': [{'ticketId': 'T-1', 'policy': 'p', 'cycle':"
                            + " 1, 'level': 1, 'repetition': 0}]}"),
                    EscalationState.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith("fired[0].ticketId: unknown property of a step of the state");
  }

  @Test
  void readsListsOfPoliciesAndIsFoundByFindAndRegisterModules() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    String two =
        json(
            "[{'name': 'a', 'levels': [{'trigger': {'type': 'sla_breached', 'metric':"
                + " 'RESOLUTION'}, 'notify': [{'type': 'assignee'}]}]}, {'name': 'b', 'levels':"
                + " [{'trigger': {'type': 'no_public_reply_for', 'duration': 'PT4H'}, 'notify':"
                + " [{'type': 'assignee'}]}], 'stopOn': []}]");
    List<EscalationPolicy> policies =
        mapper.readValue(two, new TypeReference<List<EscalationPolicy>>() {});
    assertThat(policies).extracting(EscalationPolicy::name).containsExactly("a", "b");
    assertThat(policies.get(1).stopConditions()).isEmpty();
    assertThat(EscalationEngine.of(policies).policies()).hasSize(2);
    assertThat(new EscalationModule()).hasToString("EscalationModule[]");
    assertThatThrownBy(() -> new EscalationModule(Map.of(" ", OFFICE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("calendar names must not be blank, but was \" \"");
  }
}
