package dev.rapport.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rapport.core.AgentId;
import dev.rapport.core.Channel;
import dev.rapport.core.CustomerId;
import dev.rapport.core.Priority;
import dev.rapport.core.TeamId;
import dev.rapport.core.TicketId;
import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.Acknowledged;
import dev.rapport.core.ticket.AgentReply;
import dev.rapport.core.ticket.Assigned;
import dev.rapport.core.ticket.CustomerMessage;
import dev.rapport.core.ticket.InvalidTimelineEventException;
import dev.rapport.core.ticket.Merged;
import dev.rapport.core.ticket.PriorityChanged;
import dev.rapport.core.ticket.Reopened;
import dev.rapport.core.ticket.StatusChanged;
import dev.rapport.core.ticket.TagsChanged;
import dev.rapport.core.ticket.TicketCreated;
import dev.rapport.core.ticket.TicketEvent;
import dev.rapport.core.ticket.TicketTimeline;
import dev.rapport.core.ticket.Visibility;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.core.time.LocalTimeRange;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RapportCoreModuleTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new RapportCoreModule());

  private static final TicketId T1 = TicketId.of("T-1");
  private static final AgentId ANA = AgentId.of("ana");

  private static Instant at(String time) {
    return Instant.parse("2026-11-23T" + time + "Z");
  }

  private static final TicketCreated CREATED =
      new TicketCreated(
          at("09:00:00"),
          T1,
          CustomerId.of("C-1"),
          Channel.EMAIL,
          Priority.NORMAL,
          Set.of("vip", "billing"),
          Optional.of("enterprise"));

  /** A small timeline; the expected JSON below is written out by hand from it. */
  private static final TicketTimeline SMALL =
      TicketTimeline.of(
          List.of(
              CREATED,
              new StatusChanged(at("09:10:00"), TicketStatus.OPEN),
              AgentReply.publicReply(at("09:30:00.500"), ANA),
              Assigned.toTeam(at("09:30:00.500"), TeamId.of("support")),
              new TagsChanged(at("10:00:00"), Set.of("urgent"), Set.of("billing")),
              new Merged(at("11:00:00.000000001"), TicketId.of("T-2"))));

  private static final String SMALL_JSON =
      "{\"events\":["
          + "{\"type\":\"created\",\"at\":\"2026-11-23T09:00:00Z\",\"ticketId\":\"T-1\","
          + "\"customerId\":\"C-1\",\"channel\":\"EMAIL\",\"priority\":\"NORMAL\","
          + "\"tags\":[\"billing\",\"vip\"],\"segment\":\"enterprise\"},"
          + "{\"type\":\"status_changed\",\"at\":\"2026-11-23T09:10:00Z\",\"to\":\"OPEN\"},"
          + "{\"type\":\"agent_reply\",\"at\":\"2026-11-23T09:30:00.500Z\",\"agentId\":\"ana\","
          + "\"visibility\":\"PUBLIC\"},"
          + "{\"type\":\"assigned\",\"at\":\"2026-11-23T09:30:00.500Z\",\"teamId\":\"support\"},"
          + "{\"type\":\"tags_changed\",\"at\":\"2026-11-23T10:00:00Z\",\"added\":[\"urgent\"],"
          + "\"removed\":[\"billing\"]},"
          + "{\"type\":\"merged\",\"at\":\"2026-11-23T11:00:00.000000001Z\",\"into\":\"T-2\"}"
          + "]}";

  @Test
  void writesASmallTimelineExactly() throws Exception {
    assertThat(MAPPER.writeValueAsString(SMALL)).isEqualTo(SMALL_JSON);
  }

  @Test
  void readsItBackEqual() throws Exception {
    TicketTimeline read = MAPPER.readValue(SMALL_JSON, TicketTimeline.class);
    assertThat(read).isEqualTo(SMALL);
    assertThat(MAPPER.writeValueAsString(read)).isEqualTo(SMALL_JSON);
  }

  @Test
  void isFoundByFindAndRegisterModulesWithJavaTime() throws Exception {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertThat(found.getRegisteredModuleIds()).contains(RapportCoreModule.class.getName());
    assertThat(found.readValue(SMALL_JSON, TicketTimeline.class)).isEqualTo(SMALL);
  }

  @Test
  void bringsJavaTimeModuleAlong() throws Exception {
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new RapportCoreModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    assertThat(mapper.writeValueAsString(at("09:00:00"))).isEqualTo("\"2026-11-23T09:00:00Z\"");
  }

  @Test
  void writesInstantsAsStringsWhateverTheMapperSays() throws Exception {
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new RapportCoreModule())
            .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.WRITE_ENUMS_USING_INDEX);
    assertThat(mapper.writeValueAsString(SMALL)).isEqualTo(SMALL_JSON);
  }

  static Stream<Arguments> eventTypes() {
    Instant t = at("12:00:00");
    return Stream.of(
        Arguments.of("created", CREATED),
        Arguments.of("customer_message", new CustomerMessage(t)),
        Arguments.of("agent_reply", AgentReply.internalNote(t, ANA)),
        Arguments.of("status_changed", new StatusChanged(t, TicketStatus.ON_HOLD)),
        Arguments.of("priority_changed", new PriorityChanged(t, Priority.URGENT)),
        Arguments.of("assigned", Assigned.to(t, ANA, TeamId.of("support"))),
        Arguments.of("tags_changed", TagsChanged.removing(t, "vip")),
        Arguments.of("merged", new Merged(t, TicketId.of("T-9"))),
        Arguments.of("reopened", new Reopened(t)),
        Arguments.of("acknowledged", new Acknowledged(t, ANA)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("eventTypes")
  void eachEventHasItsLogicalTypeNameAndRoundTrips(String name, TicketEvent event)
      throws Exception {
    String json = MAPPER.writeValueAsString(event);
    assertThat(json)
        .startsWith("{\"type\":\"" + name + "\",\"at\":\"")
        .doesNotContain("dev.rapport");
    assertThat(MAPPER.readValue(json, TicketEvent.class)).isEqualTo(event);
    assertThat(MAPPER.readValue(json, event.getClass())).isEqualTo(event);
  }

  @Test
  void theTenTypeNamesAreDistinct() {
    assertThat(eventTypes().map(a -> (String) a.get()[0]).collect(Collectors.toSet())).hasSize(10);
  }

  @Test
  void writesEachEventTypeExactly() throws Exception {
    Instant t = at("12:00:00");
    assertThat(MAPPER.writeValueAsString(new CustomerMessage(t)))
        .isEqualTo("{\"type\":\"customer_message\",\"at\":\"2026-11-23T12:00:00Z\"}");
    assertThat(MAPPER.writeValueAsString(new PriorityChanged(t, Priority.URGENT)))
        .isEqualTo(
            "{\"type\":\"priority_changed\",\"at\":\"2026-11-23T12:00:00Z\",\"to\":\"URGENT\"}");
    assertThat(MAPPER.writeValueAsString(Assigned.to(t, ANA, TeamId.of("support"))))
        .isEqualTo(
            "{\"type\":\"assigned\",\"at\":\"2026-11-23T12:00:00Z\",\"agentId\":\"ana\","
                + "\"teamId\":\"support\"}");
    assertThat(MAPPER.writeValueAsString(new Reopened(t)))
        .isEqualTo("{\"type\":\"reopened\",\"at\":\"2026-11-23T12:00:00Z\"}");
    assertThat(MAPPER.writeValueAsString(new Acknowledged(t, ANA)))
        .isEqualTo(
            "{\"type\":\"acknowledged\",\"at\":\"2026-11-23T12:00:00Z\",\"agentId\":\"ana\"}");
    assertThat(
            MAPPER.writeValueAsString(
                new TicketCreated(t, T1, CustomerId.of("C-1"), Channel.CHAT, Priority.LOW)))
        .isEqualTo(
            "{\"type\":\"created\",\"at\":\"2026-11-23T12:00:00Z\",\"ticketId\":\"T-1\","
                + "\"customerId\":\"C-1\",\"channel\":\"CHAT\",\"priority\":\"LOW\",\"tags\":[]}");
  }

  @Test
  void readsAbsentOrNullOptionalsAndAbsentTagArraysAsEmpty() throws Exception {
    assertThat(
            MAPPER.readValue(
                "{\"type\":\"assigned\",\"at\":\"2026-11-23T12:00:00Z\",\"agentId\":\"ana\","
                    + "\"teamId\":null}",
                TicketEvent.class))
        .isEqualTo(Assigned.toAgent(at("12:00:00"), ANA));
    assertThat(
            MAPPER.readValue(
                "{\"at\":\"2026-11-23T12:00:00Z\",\"type\":\"created\",\"ticketId\":\"T-1\","
                    + "\"customerId\":\"C-1\",\"channel\":\"CHAT\",\"priority\":\"LOW\"}",
                TicketCreated.class))
        .isEqualTo(
            new TicketCreated(
                at("12:00:00"), T1, CustomerId.of("C-1"), Channel.CHAT, Priority.LOW));
  }

  @Test
  void writesIdsAndEnumsAsPlainStringsAlsoAsMapKeys() throws Exception {
    assertThat(MAPPER.writeValueAsString(T1)).isEqualTo("\"T-1\"");
    assertThat(MAPPER.writeValueAsString(CustomerId.of("C 1"))).isEqualTo("\"C 1\"");
    assertThat(MAPPER.writeValueAsString(TeamId.of("t"))).isEqualTo("\"t\"");
    assertThat(MAPPER.writeValueAsString(Visibility.INTERNAL)).isEqualTo("\"INTERNAL\"");
    assertThat(MAPPER.readValue("\"ana\"", AgentId.class)).isEqualTo(ANA);
    assertThat(MAPPER.readValue("\"SOLVED\"", TicketStatus.class)).isEqualTo(TicketStatus.SOLVED);
    Map<TicketId, Integer> map = new TreeMap<>(Map.of(T1, 1, TicketId.of("T-2"), 2));
    String json = MAPPER.writeValueAsString(map);
    assertThat(json).isEqualTo("{\"T-1\":1,\"T-2\":2}");
    assertThat(MAPPER.readValue(json, new TypeReference<Map<TicketId, Integer>>() {}))
        .isEqualTo(map);
  }

  @Test
  void rejectsBadIdsAndEnumSpellingsWhateverTheMapperAccepts() {
    ObjectMapper lenient =
        JsonMapper.builder()
            .addModule(new RapportCoreModule())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .build();
    assertThatThrownBy(() -> lenient.readValue("\"email\"", Channel.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageStartingWith(
            "must be one of [EMAIL, PHONE, CHAT, SOCIAL, SMS, WEB_FORM, IN_PERSON, SELF_SERVICE],"
                + " but was \"email\"");
    assertThatThrownBy(() -> lenient.readValue("\" T-1\"", TicketId.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageStartingWith(
            "ticketId must not start or end with white space, but was \" T-1\"");
    assertThatThrownBy(() -> lenient.readValue("7", TicketId.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith("must be a JSON string, but was number 7");
    assertThatThrownBy(
            () -> lenient.readValue("{\" \":1}", new TypeReference<Map<TicketId, Integer>>() {}))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("ticketId must not be blank, but was \" \"");
  }

  @Test
  void rejectsUnknownPropertiesEvenWhenTheMapperIgnoresThem() {
    ObjectMapper lenient =
        new ObjectMapper()
            .registerModule(new RapportCoreModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    String inEvent = SMALL_JSON.replace("\"to\":\"OPEN\"", "\"to\":\"OPEN\",\"colour\":\"red\"");
    UnrecognizedPropertyException e =
        catchThrowableOfType(
            () -> lenient.readValue(inEvent, TicketTimeline.class),
            UnrecognizedPropertyException.class);
    assertThat(e.getOriginalMessage())
        .isEqualTo(
            "events[1].colour: unknown property of event type \"status_changed\"; known"
                + " properties: [type, at, to]");
    assertThat(e.getPropertyName()).isEqualTo("colour");
    assertThat(path(e)).isEqualTo("events[1].colour");

    String atTop = SMALL_JSON.substring(0, SMALL_JSON.length() - 1) + ",\"version\":2}";
    UnrecognizedPropertyException top =
        catchThrowableOfType(
            () -> lenient.readValue(atTop, TicketTimeline.class),
            UnrecognizedPropertyException.class);
    assertThat(top.getOriginalMessage())
        .isEqualTo("version: unknown property of a timeline; known properties: [events]");
    assertThat(top.getPropertyName()).isEqualTo("version");
    assertThat(path(top)).isEqualTo("version");
  }

  /** A timeline whose event 2 is replaced by {@code event}, for the error-path cases. */
  private static String withEvent2(String event) {
    return "{\"events\":["
        + "{\"type\":\"created\",\"at\":\"2026-11-23T09:00:00Z\",\"ticketId\":\"T-1\","
        + "\"customerId\":\"C-1\",\"channel\":\"EMAIL\",\"priority\":\"NORMAL\"},"
        + "{\"type\":\"status_changed\",\"at\":\"2026-11-23T09:10:00Z\",\"to\":\"SOLVED\"},"
        + event
        + "]}";
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of(
            "an instant that is not ISO-8601",
            withEvent2("{\"type\":\"reopened\",\"at\":\"yesterday\"}"),
            "events[2].at",
            "events[2].at: must be an ISO-8601 instant such as 2026-11-23T09:00:00Z, but was"
                + " \"yesterday\""),
        Arguments.of(
            "an instant as a number",
            withEvent2("{\"type\":\"reopened\",\"at\":1795424400}"),
            "events[2].at",
            "events[2].at: must be a JSON string, but was number 1795424400"),
        Arguments.of(
            "a transition the machine forbids",
            withEvent2(
                "{\"type\":\"status_changed\",\"at\":\"2026-11-23T10:00:00Z\",\"to\":\"OPEN\"}"),
            "events[2]",
            "events[2]: event 2 (StatusChanged[at=2026-11-23T10:00:00Z, to=OPEN]) rejected:"
                + " SOLVED -> OPEN is not allowed; use Reopened"),
        Arguments.of(
            "an event out of order",
            withEvent2("{\"type\":\"reopened\",\"at\":\"2026-11-23T09:05:00Z\"}"),
            "events[2]",
            "events[2]: event 2 (Reopened[at=2026-11-23T09:05:00Z]) rejected: it is before the"
                + " previous event at 2026-11-23T09:10:00Z; events must be in time order"),
        Arguments.of(
            "an unknown type",
            withEvent2("{\"type\":\"note\",\"at\":\"2026-11-23T10:00:00Z\"}"),
            "events[2].type",
            "events[2].type: unknown event type \"note\"; known types: [created,"
                + " customer_message, agent_reply, status_changed, priority_changed, assigned,"
                + " tags_changed, merged, reopened, acknowledged]"),
        Arguments.of(
            "a class name as the type",
            withEvent2(
                "{\"type\":\"dev.rapport.core.ticket.Reopened\",\"at\":\"2026-11-23T10:00:00Z\"}"),
            "events[2].type",
            "events[2].type: unknown event type \"dev.rapport.core.ticket.Reopened\"; known types:"
                + " [created, customer_message, agent_reply, status_changed, priority_changed,"
                + " assigned, tags_changed, merged, reopened, acknowledged]"),
        Arguments.of(
            "no type",
            withEvent2("{\"at\":\"2026-11-23T10:00:00Z\"}"),
            "events[2]",
            "events[2]: property \"type\" is required"),
        Arguments.of(
            "a missing property",
            withEvent2(
                "{\"type\":\"agent_reply\",\"at\":\"2026-11-23T10:00:00Z\",\"agentId\":\"a\"}"),
            "events[2]",
            "events[2]: property \"visibility\" is required"),
        Arguments.of(
            "a null required property",
            withEvent2("{\"type\":\"merged\",\"at\":\"2026-11-23T10:00:00Z\",\"into\":null}"),
            "events[2]",
            "events[2]: property \"into\" is required"),
        Arguments.of(
            "a repeated property",
            withEvent2(
                "{\"type\":\"reopened\",\"at\":\"2026-11-23T10:00:00Z\","
                    + "\"at\":\"2026-11-23T11:00:00Z\"}"),
            "events[2].at",
            "events[2].at: property appears more than once"),
        Arguments.of(
            "a lower-case enum",
            withEvent2(
                "{\"type\":\"priority_changed\",\"at\":\"2026-11-23T10:00:00Z\",\"to\":\"high\"}"),
            "events[2].to",
            "events[2].to: must be one of [LOW, NORMAL, HIGH, URGENT], but was \"high\""),
        Arguments.of(
            "a blank id",
            withEvent2(
                "{\"type\":\"acknowledged\",\"at\":\"2026-11-23T10:00:00Z\",\"agentId\":\"\"}"),
            "events[2].agentId",
            "events[2].agentId: agentId must not be blank, but was \"\""),
        Arguments.of(
            "a tag that is not a string",
            withEvent2(
                "{\"type\":\"tags_changed\",\"at\":\"2026-11-23T10:00:00Z\",\"added\":[\"a\",3]}"),
            "events[2].added[1]",
            "events[2].added[1]: must be a JSON string, but was number 3"),
        Arguments.of(
            "a repeated tag",
            withEvent2(
                "{\"type\":\"tags_changed\",\"at\":\"2026-11-23T10:00:00Z\","
                    + "\"added\":[\"a\",\"a\"]}"),
            "events[2].added[1]",
            "events[2].added[1]: must not repeat a value, but \"a\" appears twice"),
        Arguments.of(
            "tags as a string",
            withEvent2(
                "{\"type\":\"tags_changed\",\"at\":\"2026-11-23T10:00:00Z\",\"added\":\"a\"}"),
            "events[2].added",
            "events[2].added: must be a JSON array, but was string \"a\""),
        Arguments.of(
            "an event that breaks its record's rule",
            withEvent2("{\"type\":\"tags_changed\",\"at\":\"2026-11-23T10:00:00Z\"}"),
            "events[2]",
            "events[2]: a tag change must add or remove a tag, but did neither"),
        Arguments.of(
            "an event that is not an object",
            withEvent2("[]"),
            "events[2]",
            "events[2]: must be a JSON object (an event), but was array []"),
        Arguments.of(
            "events that are not an array",
            "{\"events\":{}}",
            "events",
            "events: must be a JSON array, but was object {}"),
        Arguments.of("no events", "{\"events\":[]}", "events", "events: events must not be empty"),
        Arguments.of(
            "a repeated events property",
            "{\"events\":[],\"events\":[]}",
            "events",
            "events: property appears more than once"),
        Arguments.of("no events property", "{}", "", "property \"events\" is required"),
        Arguments.of(
            "a first event that is not the creation",
            "{\"events\":[{\"type\":\"reopened\",\"at\":\"2026-11-23T10:00:00Z\"}]}",
            "events[0]",
            "events[0]: event 0 (Reopened[at=2026-11-23T10:00:00Z]) rejected: the first event"
                + " must be TicketCreated"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void namesTheJsonPathOfEachError(String name, String json, String path, String message) {
    JsonMappingException e =
        catchThrowableOfType(
            () -> MAPPER.readValue(json, TicketTimeline.class), JsonMappingException.class);
    assertThat(e).as(name).isNotNull();
    assertThat(e.getOriginalMessage()).isEqualTo(message);
    assertThat(path(e)).isEqualTo(path);
  }

  @Test
  void aRejectedEventIsTheCause() {
    JsonMappingException e =
        catchThrowableOfType(
            () ->
                MAPPER.readValue(
                    withEvent2(
                        "{\"type\":\"status_changed\",\"at\":\"2026-11-23T10:00:00Z\","
                            + "\"to\":\"NEW\"}"),
                    TicketTimeline.class),
            JsonMappingException.class);
    assertThat(e.getCause()).isInstanceOf(InvalidTimelineEventException.class);
    assertThat(((InvalidTimelineEventException) e.getCause()).index()).isEqualTo(2);
  }

  /** A caller's own type that holds a timeline. */
  record Envelope(String name, TicketTimeline timeline) {}

  @Test
  void pathsContinueIntoTheCallersOwnTypes() throws Exception {
    String json =
        "{\"name\":\"x\",\"timeline\":"
            + withEvent2("{\"type\":\"reopened\",\"at\":\"soon\"}")
            + "}";
    JsonMappingException e =
        catchThrowableOfType(
            () -> MAPPER.readValue(json, Envelope.class), JsonMappingException.class);
    assertThat(path(e)).isEqualTo("timeline.events[2].at");
    Envelope envelope = new Envelope("x", SMALL);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(envelope), Envelope.class))
        .isEqualTo(envelope);
  }

  @Test
  void aRecordClassAcceptsOnlyItsOwnType() {
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    "{\"type\":\"reopened\",\"at\":\"2026-11-23T10:00:00Z\"}", StatusChanged.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith(
            "type: expected an event of type \"status_changed\", but was \"reopened\"");
  }

  @Test
  void errorsAtTheRootOfAStandaloneEventHaveNoPrefix() {
    JsonMappingException e =
        catchThrowableOfType(
            () -> MAPPER.readValue("{\"type\":\"reopened\",\"at\":5}", TicketEvent.class),
            JsonMappingException.class);
    assertThat(e.getOriginalMessage()).isEqualTo("at: must be a JSON string, but was number 5");
  }

  @Test
  void describesItself() {
    RapportCoreModule module = new RapportCoreModule();
    assertThat(module.getModuleName()).isEqualTo("rapport-core");
    assertThat(module).hasToString("RapportCoreModule");
    assertThat(module.getDependencies())
        .singleElement()
        .isInstanceOf(com.fasterxml.jackson.datatype.jsr310.JavaTimeModule.class);
  }

  // ------------------------------------------------------------------ BusinessCalendar

  private static final BusinessCalendar CALENDAR =
      BusinessCalendar.builder(ZoneId.of("America/New_York"))
          .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
          .open(DayOfWeek.FRIDAY, LocalTime.of(22, 0), LocalTime.of(2, 0, 30))
          .closed(List.of(LocalDate.of(2027, 7, 5), LocalDate.of(2027, 1, 1)))
          .override(LocalDate.of(2027, 12, 24), LocalTime.of(9, 0), LocalTime.of(13, 0))
          .override(LocalDate.of(2027, 12, 24), LocalTime.of(14, 0), LocalTime.of(15, 0))
          .build();

  private static final String CALENDAR_JSON =
      "{\"zone\":\"America/New_York\","
          + "\"weekly\":{\"MONDAY\":[\"09:00-17:00\"],\"TUESDAY\":[\"09:00-17:00\"],"
          + "\"WEDNESDAY\":[\"09:00-17:00\"],\"THURSDAY\":[\"09:00-17:00\"],"
          + "\"FRIDAY\":[\"09:00-17:00\",\"22:00-02:00:30\"]},"
          + "\"closed\":[\"2027-01-01\",\"2027-07-05\"],"
          + "\"overrides\":{\"2027-12-24\":[\"09:00-13:00\",\"14:00-15:00\"]}}";

  @Test
  void writesACalendarExactly() throws Exception {
    assertThat(MAPPER.writeValueAsString(CALENDAR)).isEqualTo(CALENDAR_JSON);
    assertThat(MAPPER.readValue(CALENDAR_JSON, BusinessCalendar.class)).isEqualTo(CALENDAR);
    assertThat(MAPPER.writeValueAsString(BusinessCalendar.always(ZoneId.of("+05:30"))))
        .isEqualTo(
            "{\"zone\":\"+05:30\",\"weekly\":{\"MONDAY\":[\"00:00-00:00\"],"
                + "\"TUESDAY\":[\"00:00-00:00\"],\"WEDNESDAY\":[\"00:00-00:00\"],"
                + "\"THURSDAY\":[\"00:00-00:00\"],\"FRIDAY\":[\"00:00-00:00\"],"
                + "\"SATURDAY\":[\"00:00-00:00\"],\"SUNDAY\":[\"00:00-00:00\"]},"
                + "\"closed\":[],\"overrides\":{}}");
    assertThat(MAPPER.writeValueAsString(LocalTimeRange.parse("22:00-02:00")))
        .isEqualTo("\"22:00-02:00\"");
    assertThat(MAPPER.readValue("\"00:00-00:00\"", LocalTimeRange.class))
        .isEqualTo(LocalTimeRange.parse("00:00-00:00"));
  }

  @Test
  void readsACalendarWithOnlyAZoneAndOverrides() throws Exception {
    BusinessCalendar read =
        MAPPER.readValue(
            "{\"overrides\":{\"2027-01-09\":[\"10:00-14:00\"]},\"weekly\":null,"
                + "\"zone\":\"Europe/Paris\"}",
            BusinessCalendar.class);
    assertThat(read)
        .isEqualTo(
            BusinessCalendar.builder(ZoneId.of("Europe/Paris"))
                .override(LocalDate.of(2027, 1, 9), LocalTime.of(10, 0), LocalTime.of(14, 0))
                .build());
  }

  static Stream<Arguments> invalidCalendarJson() {
    String zone = "{\"zone\":\"UTC\",";
    return Stream.of(
        Arguments.of(
            "{\"zone\":\"UTC\",\"hours\":{}}",
            "hours",
            "hours: unknown property of a calendar; known properties: [zone, weekly, closed,"
                + " overrides]"),
        Arguments.of(
            "{\"weekly\":{\"MONDAY\":[\"09:00-17:00\"]}}", "", "property \"zone\" is required"),
        Arguments.of(
            "{\"zone\":\"UTC\",\"zone\":\"UTC\"}", "zone", "zone: property appears more than once"),
        Arguments.of(
            "{\"zone\":\"Mars/Olympus\"}",
            "zone",
            "zone: must be a zone id such as America/New_York or +01:00, but was"
                + " \"Mars/Olympus\""),
        Arguments.of("{\"zone\":7}", "zone", "zone: must be a JSON string, but was number 7"),
        Arguments.of(
            zone + "\"weekly\":[]}",
            "weekly",
            "weekly: must be a JSON object (a weekly schedule), but was array []"),
        Arguments.of(
            zone + "\"weekly\":{\"FUNDAY\":[\"09:00-17:00\"]}}",
            "weekly.FUNDAY",
            "weekly.FUNDAY: must be one of [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY,"
                + " SATURDAY, SUNDAY], but was \"FUNDAY\""),
        Arguments.of(
            zone + "\"weekly\":{\"MONDAY\":[],\"MONDAY\":[]}}",
            "weekly.MONDAY",
            "weekly.MONDAY: property appears more than once"),
        Arguments.of(
            zone + "\"weekly\":{\"MONDAY\":[\"09:00-12:00\",\"13:00\"]}}",
            "weekly.MONDAY[1]",
            "weekly.MONDAY[1]: text must be a range such as 09:00-17:00, but was \"13:00\""),
        Arguments.of(
            zone + "\"weekly\":{\"MONDAY\":[\"09:00-09:00\"]}}",
            "weekly.MONDAY[0]",
            "weekly.MONDAY[0]: end must differ from start (a range is not empty; 00:00-00:00 is"
                + " the whole day), but was 09:00-09:00"),
        Arguments.of(
            zone + "\"weekly\":{\"MONDAY\":[9]}}",
            "weekly.MONDAY[0]",
            "weekly.MONDAY[0]: must be a JSON string, but was number 9"),
        Arguments.of(
            zone + "\"closed\":[\"2027-01-01\",\"2027-02-30\"]}",
            "closed[1]",
            "closed[1]: must be an ISO-8601 date such as 2027-12-24, but was \"2027-02-30\""),
        Arguments.of(
            zone + "\"closed\":[\"2027-01-01\",\"2027-01-01\"]}",
            "closed[1]",
            "closed[1]: must not repeat a value, but \"2027-01-01\" appears twice"),
        Arguments.of(
            zone + "\"closed\":[\"1800-01-01\"]}",
            "closed[0]",
            "closed[0]: date must be within [1900-01-01, 2299-12-31], but was 1800-01-01"),
        Arguments.of(
            zone + "\"overrides\":{\"24 Dec\":[\"09:00-13:00\"]}}",
            "overrides.24 Dec",
            "overrides.24 Dec: must be an ISO-8601 date such as 2027-12-24, but was \"24 Dec\""),
        Arguments.of(
            zone + "\"weekly\":{\"MONDAY\":[\"09:00-12:00\",\"11:00-13:00\"]}}",
            "",
            "a calendar is invalid: ranges of MONDAY must not overlap, but 09:00-12:00 overlaps"
                + " 11:00-13:00"),
        Arguments.of(
            "{\"zone\":\"UTC\"}",
            "",
            "a calendar is invalid: calendar must have some open time (a weekly range or an"
                + " override), but has none"),
        Arguments.of(
            "[\"UTC\"]", "", "must be a JSON object (a calendar), but was array [\"UTC\"]"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("invalidCalendarJson")
  void rejectsInvalidCalendarsNamingThePath(String json, String path, String message) {
    JsonMappingException e =
        catchThrowableOfType(
            () -> MAPPER.readValue(json, BusinessCalendar.class), JsonMappingException.class);
    assertThat(e).isNotNull();
    assertThat(e.getOriginalMessage()).isEqualTo(message);
    assertThat(path(e)).isEqualTo(path);
  }

  /** Renders Jackson's path references as a JSON path: {@code events[2].at}. */
  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
