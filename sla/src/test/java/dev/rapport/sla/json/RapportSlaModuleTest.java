package dev.rapport.sla.json;

import static dev.rapport.sla.json.JsonErrors.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.core.AgentId;
import dev.rapport.core.Channel;
import dev.rapport.core.CustomerId;
import dev.rapport.core.Priority;
import dev.rapport.core.TicketId;
import dev.rapport.core.ticket.AgentReply;
import dev.rapport.core.ticket.CustomerMessage;
import dev.rapport.core.ticket.TicketCreated;
import dev.rapport.core.ticket.TicketTimeline;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.sla.Reselection;
import dev.rapport.sla.SlaEngine;
import dev.rapport.sla.SlaMetric;
import dev.rapport.sla.SlaPolicy;
import dev.rapport.sla.SlaPolicySet;
import dev.rapport.sla.SlaReport;
import dev.rapport.sla.SlaTarget;
import dev.rapport.sla.TicketCondition;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RapportSlaModuleTest {
  private static final BusinessCalendar OFFICE =
      BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
          .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
          .build();
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new RapportSlaModule(Map.of("office", OFFICE)));

  /** Returns JSON written with single quotes, for readability. */
  private static String json(String text) {
    return text.replace('\'', '"');
  }

  private static final String POLICIES =
      json(
          "{'reselection': 'FROM_CREATION', 'policies': [{'name': 'urgent', 'when': {'type': 'all',"
              + " 'conditions': [  {'type': 'priority_in', 'priorities': ['URGENT', 'HIGH']}, "
              + " {'type': 'not', 'condition': {'type': 'has_any_tag', 'tags': ['spam']}}]},"
              + " 'targets': {  'FIRST_RESPONSE': {'duration': 'PT1H', 'calendar': 'office',"
              + " 'warnings': [0.5, 0.9]},  'RESOLUTION': {'duration': 'PT16H', 'calendar':"
              + " 'office', 'pauseStatuses': []}}},{'name': 'standard', 'targets':"
              + " {'AGENT_WORK_TIME': {'duration': 'P2D'}}}]}");

  private static SlaPolicySet expected() {
    return SlaPolicySet.builder()
        .add(
            SlaPolicy.builder("urgent")
                .when(
                    TicketCondition.all(
                        TicketCondition.priorityIn(Priority.URGENT, Priority.HIGH),
                        TicketCondition.not(TicketCondition.hasAnyTag("spam"))))
                .target(
                    SlaTarget.builder(SlaMetric.FIRST_RESPONSE, Duration.ofHours(1))
                        .calendar(OFFICE)
                        .warnings(0.5, 0.9)
                        .build())
                .target(
                    SlaTarget.builder(SlaMetric.RESOLUTION, Duration.ofHours(16))
                        .calendar(OFFICE)
                        .pauseStatuses()
                        .build())
                .build())
        .add(
            SlaPolicy.builder("standard")
                .target(SlaTarget.builder(SlaMetric.AGENT_WORK_TIME, Duration.ofDays(2)).build())
                .build())
        .reselection(Reselection.FROM_CREATION)
        .build();
  }

  @Test
  void readsAPolicySet() throws Exception {
    assertThat(MAPPER.readValue(POLICIES, SlaPolicySet.class)).isEqualTo(expected());
  }

  @Test
  void writingThenReadingGivesAnEqualSetAndTheSameText() throws Exception {
    String written = MAPPER.writeValueAsString(expected());
    assertThat(MAPPER.readValue(written, SlaPolicySet.class)).isEqualTo(expected());
    assertThat(MAPPER.writeValueAsString(MAPPER.readValue(written, SlaPolicySet.class)))
        .isEqualTo(written);
    assertThat(written)
        .contains(
            json(
                "'FIRST_RESPONSE':{'duration':'PT1H','calendar':'office','pauseStatuses':[],"
                    + "'warnings':[0.5,0.9]}"));
  }

  @Test
  void readsAndWritesACalendarWrittenInFullInATarget() throws Exception {
    BusinessCalendar shop =
        BusinessCalendar.builder(ZoneId.of("America/New_York"))
            .weekdays(LocalTime.of(8, 0), LocalTime.of(20, 0))
            .open(DayOfWeek.SATURDAY, LocalTime.of(22, 0), LocalTime.of(2, 0))
            .closed(LocalDate.of(2027, 7, 5))
            .override(LocalDate.of(2027, 12, 24), LocalTime.of(8, 0), LocalTime.of(12, 0))
            .build();
    String document =
        json(
            "{'policies': [{'name': 'shop', 'targets': {'RESOLUTION': {'duration': 'PT24H',"
                + " 'calendar': {'zone': 'America/New_York', 'weekly': {"
                + "'MONDAY': ['08:00-20:00'], 'TUESDAY': ['08:00-20:00'],"
                + " 'WEDNESDAY': ['08:00-20:00'], 'THURSDAY': ['08:00-20:00'],"
                + " 'FRIDAY': ['08:00-20:00'], 'SATURDAY': ['22:00-02:00']},"
                + " 'closed': ['2027-07-05'], 'overrides': {'2027-12-24': ['08:00-12:00']}}}}}]}");
    SlaPolicySet expected =
        SlaPolicySet.builder()
            .add(
                SlaPolicy.builder("shop")
                    .target(SlaMetric.RESOLUTION, Duration.ofHours(24), shop)
                    .build())
            .build();

    SlaPolicySet read = MAPPER.readValue(document, SlaPolicySet.class);

    assertThat(read).isEqualTo(expected);
    String written = MAPPER.writeValueAsString(read);
    assertThat(written).contains(json("'calendar':{'zone':'America/New_York'"));
    assertThat(MAPPER.readValue(written, SlaPolicySet.class)).isEqualTo(expected);
  }

  @Test
  void namesThePathIntoACalendarWrittenInFull() {
    String document =
        json(
            "{'policies': [{'name': 'shop', 'targets': {'RESOLUTION': {'duration': 'PT24H',"
                + " 'calendar': {'zone': 'America/New_York', 'weekly': {"
                + "'MONDAY': ['08:00-20:00', '8-21']}}}}}]}");

    assertRejected(
        () -> MAPPER.readValue(document, SlaPolicySet.class),
        "policies[0].targets.RESOLUTION.calendar.weekly.MONDAY[1]: text must be a"
            + " range such as 09:00-17:00, but was \"8-21\"",
        "policies[0].targets.RESOLUTION.calendar.weekly.MONDAY[1]");
  }

  @Test
  void readsAndWritesTargetsAndConditionsOnTheirOwn() throws Exception {
    SlaTarget target =
        MAPPER.readValue(
            json("{'metric': 'NEXT_RESPONSE', 'duration': 'PT30M', 'warnings': [0.75]}"),
            SlaTarget.class);
    assertThat(target)
        .isEqualTo(
            SlaTarget.builder(SlaMetric.NEXT_RESPONSE, Duration.ofMinutes(30))
                .warnings(0.75)
                .build());
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(target), SlaTarget.class))
        .isEqualTo(target);
    TicketCondition condition =
        TicketCondition.any(
            TicketCondition.channelIn(Channel.CHAT),
            TicketCondition.segmentIn("enterprise"),
            TicketCondition.hasAllTags("vip", "billing"),
            TicketCondition.always());
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(condition), TicketCondition.class))
        .isEqualTo(condition);
  }

  @Test
  void isFoundByFindAndRegisterModules() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(
            mapper.readValue(
                json(
                    "{'policies': [{'name': 'all', 'targets': {'RESOLUTION': {'duration':"
                        + " 'PT8H'}}}]}"),
                SlaPolicySet.class))
        .isEqualTo(
            SlaPolicySet.builder()
                .add(
                    SlaPolicy.builder("all")
                        .target(
                            SlaTarget.builder(SlaMetric.RESOLUTION, Duration.ofHours(8)).build())
                        .build())
                .build());
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of(
            "{'policies': [{'name': 'a', 'targets': {'FIRST_RESPONS': {'duration': 'PT1H'}}}]}",
            "policies[0].targets.FIRST_RESPONS: unknown metric \"FIRST_RESPONS\": must be one of"
                + " [FIRST_RESPONSE, NEXT_RESPONSE, PERIODIC_UPDATE, RESOLUTION, AGENT_WORK_TIME]",
            "policies[0].targets.FIRST_RESPONS"),
        Arguments.of(
            "{'policies': [{'name': 'a', 'targets': {'RESOLUTION': {'duration': 'PT-1H'}}}]}",
            "policies[0].targets.RESOLUTION.duration: duration must be positive, but was PT-1H",
            "policies[0].targets.RESOLUTION.duration"),
        Arguments.of(
            "{'policies': [{'name': 'a', 'targets': {'RESOLUTION': {'duration': 'PT0S'}}}]}",
            "policies[0].targets.RESOLUTION.duration: duration must be positive, but was PT0S",
            "policies[0].targets.RESOLUTION.duration"),
        Arguments.of(
            "{'policies': [{'name': 'a', 'targets': {'RESOLUTION': {'duration': '8 hours'}}}]}",
            "policies[0].targets.RESOLUTION.duration: must be an ISO-8601 duration such as PT1H,"
                + " but was \"8 hours\"",
            "policies[0].targets.RESOLUTION.duration"),
        Arguments.of(
            "{'policies': [{'name': 'a', 'targets': {'RESOLUTION': {'duration': 'PT8H',"
                + " 'pauseStatuses': ['PENDING']}}}]}",
            "policies[0].targets.RESOLUTION.pauseStatuses[0]: must be one of [NEW, OPEN,"
                + " PENDING_CUSTOMER, ON_HOLD, SOLVED, CLOSED], but was \"PENDING\"",
            "policies[0].targets.RESOLUTION.pauseStatuses[0]"),
        Arguments.of(
            "{'policies': [{'name': 'a', 'targets': {'RESOLUTION': {'duration': 'PT8H',"
                + " 'pauseStatuses': ['SOLVED']}}}]}",
            "policies[0].targets.RESOLUTION.pauseStatuses: pauseStatuses must contain only NEW,"
                + " OPEN, PENDING_CUSTOMER or ON_HOLD, but was [SOLVED]",
            "policies[0].targets.RESOLUTION.pauseStatuses"),
        Arguments.of(
            "{'policies': [{'name': 'a'}, {'name': 'b'}, {'name': 'a'}]}",
            "policies[2].name: policy names must be unique, but \"a\" appears twice",
            "policies[2].name"),
        Arguments.of(
            "{'policies': [{'name': 'a', 'name': 'b'}]}",
            "policies[0].name: property appears more than once",
            "policies[0].name"),
        Arguments.of(
            "{'policies': [{'name': 'a', 'target': {}}]}",
            "policies[0].target: unknown property of a policy; known properties: [name, when,"
                + " targets]",
            "policies[0].target"),
        Arguments.of(
            "{'policies': [{'name': 'a', 'when': {'type': 'priority', 'priorities': []}}]}",
            "policies[0].when.type: unknown condition type \"priority\": must be one of [always,"
                + " priority_in, channel_in, has_any_tag, has_all_tags, segment_in, all, any, not]",
            "policies[0].when.type"),
        Arguments.of(
            "{'policies': [{'name': 'a', 'when': {'type': 'priority_in', 'priorities': []}}]}",
            "policies[0].when.priorities: must not be empty, but was []",
            "policies[0].when.priorities"),
        Arguments.of(
            "{'policies': [{'name': 'a', 'targets': {'RESOLUTION': {'duration': 'PT8H',"
                + " 'calendar': 'shop'}}}]}",
            "policies[0].targets.RESOLUTION.calendar: unknown calendar \"shop\": must be one of"
                + " [office] (give RapportSlaModule a map of named calendars)",
            "policies[0].targets.RESOLUTION.calendar"),
        Arguments.of(
            "{'policies': [{'name': 'a', 'targets': {'RESOLUTION': {'duration': 'PT8H',"
                + " 'warnings': [0.9, 0.5]}}}]}",
            "policies[0].targets.RESOLUTION.warnings: warnings must be strictly increasing, but"
                + " was [0.9, 0.5]",
            "policies[0].targets.RESOLUTION.warnings"),
        Arguments.of(
            "{'policies': [{'name': 'a', 'targets': {'RESOLUTION': {'duration': 8}}}]}",
            "policies[0].targets.RESOLUTION.duration: must be a JSON string, but was number 8",
            "policies[0].targets.RESOLUTION.duration"),
        Arguments.of(
            "{'policies': [{'name': 'all'}, {'name': 'late'}]}",
            "policies: policy \"late\" must be reachable, but it follows the catch-all policy"
                + " \"all\", whose condition is always",
            "policies"),
        Arguments.of(
            "{'reselection': 'LATER', 'policies': []}",
            "reselection: must be one of [FROM_CHANGE, FROM_CREATION], but was \"LATER\"",
            "reselection"),
        Arguments.of("{}", "property \"policies\" is required", ""),
        Arguments.of(
            "{'policies': [{'name': ' a'}]}",
            "policies[0].name: name must not be blank or start or end with white space, but was"
                + " \" a\"",
            "policies[0].name"));
  }

  @ParameterizedTest(name = "[{index}] {2}")
  @MethodSource("invalid")
  void rejectsBadConfigurationNamingThePath(String document, String message, String path) {
    assertRejected(() -> MAPPER.readValue(json(document), SlaPolicySet.class), message, path);
  }

  @Test
  void writesReports() throws Exception {
    Instant created = Instant.parse("2026-11-23T09:00:00Z");
    TicketTimeline timeline =
        TicketTimeline.of(
            List.of(
                new TicketCreated(
                    created,
                    TicketId.of("T-1"),
                    CustomerId.of("C-1"),
                    Channel.EMAIL,
                    Priority.HIGH),
                AgentReply.publicReply(created.plusSeconds(1800), AgentId.of("ana")),
                new CustomerMessage(created.plusSeconds(3600))));
    SlaPolicySet policies =
        SlaPolicySet.builder()
            .add(
                SlaPolicy.builder("all")
                    .target(
                        SlaMetric.FIRST_RESPONSE, Duration.ofHours(1), SlaTarget.DEFAULT_CALENDAR)
                    .target(
                        SlaTarget.builder(SlaMetric.NEXT_RESPONSE, Duration.ofHours(2))
                            .warnings(0.5)
                            .build())
                    .build())
            .build();
    SlaReport report = SlaEngine.of(policies).evaluate(timeline, created.plusSeconds(4000));

    assertThat(MAPPER.writeValueAsString(report))
        .isEqualTo(
            json(
                "{'ticketId':'T-1','evaluatedAt':'2026-11-23T10:06:40Z','policy':'all',"
                    + "'measurements':["
                    + "{'metric':'FIRST_RESPONSE','cycle':1,'policy':'all','state':'ACHIEVED',"
                    + "'target':'PT1H','startedAt':'2026-11-23T09:00:00Z',"
                    + "'stoppedAt':'2026-11-23T09:30:00Z','elapsed':'PT30M','paused':'PT0S',"
                    + "'remaining':'PT30M','dueAt':'2026-11-23T10:00:00Z',"
                    + "'achievedAt':'2026-11-23T09:30:00Z','warnings':[]},"
                    + "{'metric':'NEXT_RESPONSE','cycle':1,'policy':'all','state':'RUNNING',"
                    + "'target':'PT2H','startedAt':'2026-11-23T10:00:00Z','elapsed':'PT6M40S',"
                    + "'paused':'PT0S','remaining':'PT1H53M20S','dueAt':'2026-11-23T12:00:00Z',"
                    + "'warnings':[],'nextWarning':{'share':0.5,'at':'2026-11-23T11:00:00Z'}}],"
                    + "'nextDeadline':{'at':'2026-11-23T11:00:00Z','metric':'NEXT_RESPONSE',"
                    + "'cycle':1,'share':0.5,'breach':false}}"));
  }
}
