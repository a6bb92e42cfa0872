package dev.rapport.feedback.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.core.AgentId;
import dev.rapport.core.Channel;
import dev.rapport.core.CustomerId;
import dev.rapport.core.TicketId;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.feedback.CesSummary;
import dev.rapport.feedback.CsatSummary;
import dev.rapport.feedback.NpsSummary;
import dev.rapport.feedback.RatingSummary;
import dev.rapport.feedback.ResponseId;
import dev.rapport.feedback.ScoreSummary;
import dev.rapport.feedback.SurveyResponse;
import dev.rapport.feedback.SurveyScale;
import dev.rapport.feedback.loop.FollowUpPolicy;
import dev.rapport.feedback.loop.SurveyThrottle;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RapportFeedbackModuleTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new RapportFeedbackModule());

  private static final SurveyResponse RESPONSE =
      SurveyResponse.builder(
              ResponseId.of("R-1"),
              SurveyScale.nps(),
              CustomerId.of("C-1"),
              Channel.CHAT,
              Instant.parse("2026-11-23T09:00:00.5Z"))
          .answered(9)
          .ticket(TicketId.of("T-1"))
          .agent(AgentId.of("ben"))
          .involved(AgentId.of("ana"))
          .comment("Quick \"and\" kind")
          .attribute("region", "EMEA")
          .attribute("plan", "pro")
          .build();

  private static final BusinessCalendar CALENDAR =
      BusinessCalendar.builder(ZoneId.of("America/New_York"))
          .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
          .closed(LocalDate.of(2027, 1, 18))
          .override(LocalDate.of(2027, 12, 24), LocalTime.of(9, 0), LocalTime.of(13, 0))
          .build();

  static Stream<Arguments> exactJson() {
    return Stream.of(
        Arguments.of(
            SurveyScale.csat5(), "{\"kind\":\"CSAT\",\"min\":1,\"max\":5,\"threshold\":4}"),
        Arguments.of(
            RESPONSE,
            "{\"id\":\"R-1\",\"scale\":{\"kind\":\"NPS\",\"min\":0,\"max\":10,\"threshold\":9},"
                + "\"status\":\"ANSWERED\",\"value\":9,\"customer\":\"C-1\",\"ticket\":\"T-1\","
                + "\"agent\":\"ben\",\"agentsInvolved\":[\"ana\",\"ben\"],\"channel\":\"CHAT\","
                + "\"at\":\"2026-11-23T09:00:00.500Z\",\"comment\":\"Quick \\\"and\\\" kind\","
                + "\"attributes\":{\"plan\":\"pro\",\"region\":\"EMEA\"}}"),
        Arguments.of(
            NpsSummary.of(50, 30, 20),
            "{\"type\":\"nps\",\"promoters\":50,\"passives\":30,\"detractors\":20}"),
        Arguments.of(
            CsatSummary.of(SurveyScale.csat5(), 5, 5, 10, 30, 50),
            "{\"type\":\"csat\",\"scale\":{\"kind\":\"CSAT\",\"min\":1,\"max\":5,\"threshold\":4},"
                + "\"counts\":[5,5,10,30,50]}"),
        Arguments.of(
            CesSummary.of(SurveyScale.ces(5, 4), 1, 2, 3, 4, 5),
            "{\"type\":\"ces\",\"scale\":{\"kind\":\"CES\",\"min\":1,\"max\":5,\"threshold\":4},"
                + "\"counts\":[1,2,3,4,5]}"),
        Arguments.of(
            RatingSummary.of(0, 1, 0, 2, 7), "{\"type\":\"rating\",\"counts\":[0,1,0,2,7]}"),
        Arguments.of(
            SurveyThrottle.builder(Duration.ofDays(14))
                .countFrom(SurveyThrottle.CountFrom.LATEST_OF_BOTH)
                .sampleRate(0.25)
                .salt("q4")
                .build(),
            "{\"minimumGap\":\"PT336H\",\"countFrom\":\"LATEST_OF_BOTH\",\"sampleRate\":0.25,"
                + "\"salt\":\"q4\"}"),
        Arguments.of(
            FollowUpPolicy.builder(CALENDAR)
                .detractorsWithin(Duration.ofHours(4))
                .passivesWithin(Duration.ofHours(24))
                .build(),
            "{\"calendar\":{\"zone\":\"America/New_York\",\"weekly\":{\"MONDAY\":[\"09:00-17:00\"],"
                + "\"TUESDAY\":[\"09:00-17:00\"],\"WEDNESDAY\":[\"09:00-17:00\"],"
                + "\"THURSDAY\":[\"09:00-17:00\"],\"FRIDAY\":[\"09:00-17:00\"]},"
                + "\"closed\":[\"2027-01-18\"],\"overrides\":{\"2027-12-24\":[\"09:00-13:00\"]}},"
                + "\"detractorsWithin\":\"PT4H\",\"passivesWithin\":\"PT24H\"}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exactJson")
  void writesExactJsonAndReadsItBack(Object value, String json) throws Exception {
    assertThat(MAPPER.writeValueAsString(value)).isEqualTo(json);
    Object read = MAPPER.readValue(json, value.getClass());
    assertThat(read).isEqualTo(value);
    assertThat(MAPPER.writeValueAsString(read)).isEqualTo(json);
  }

  @Test
  void skippedResponsesHaveNoValueAndOptionalsMayBeNull() throws Exception {
    String json =
        "{\"id\":\"R-2\",\"scale\":{\"kind\":\"STARS\",\"min\":1,\"max\":5,\"threshold\":4},"
            + "\"status\":\"SKIPPED\",\"value\":null,\"customer\":\"C-1\",\"ticket\":null,"
            + "\"channel\":\"SMS\",\"at\":\"2026-11-23T09:00:00Z\"}";
    SurveyResponse read = MAPPER.readValue(json, SurveyResponse.class);
    assertThat(read.isAnswered()).isFalse();
    assertThat(read.ticket()).isEmpty();
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(read), SurveyResponse.class))
        .isEqualTo(read);
  }

  @Test
  void anySummaryReadsByItsType() throws Exception {
    ScoreSummary<?> summary =
        MAPPER.readValue("{\"type\":\"rating\",\"counts\":[1,0,0,0,0]}", ScoreSummary.class);
    assertThat(summary).isEqualTo(RatingSummary.of(1, 0, 0, 0, 0));
    assertThat(MAPPER.writeValueAsString(NpsSummary.of(1, 2, 3)))
        .isEqualTo(MAPPER.writerFor(ScoreSummary.class).writeValueAsString(NpsSummary.of(1, 2, 3)));
  }

  static Stream<Arguments> rejected() {
    String scale = "{\"kind\":\"CSAT\",\"min\":1,\"max\":5,\"threshold\":4}";
    String base =
        "\"id\":\"R-1\",\"scale\":"
            + scale
            + ",\"status\":\"ANSWERED\",\"customer\":\"C-1\","
            + "\"channel\":\"CHAT\",\"at\":\"2026-11-23T09:00:00Z\"";
    return Stream.of(
        Arguments.of(
            SurveyResponse.class,
            "{" + base + ",\"value\":4.5}",
            "value: value must be an integer from 1 to 5 on CSAT 1-5 (satisfied from 4), but was"
                + " 4.5",
            "value"),
        Arguments.of(
            SurveyResponse.class,
            "{" + base + ",\"value\":6}",
            "value: value must be an integer from 1 to 5 on CSAT 1-5 (satisfied from 4), but was 6",
            "value"),
        Arguments.of(
            SurveyResponse.class,
            "{" + base + ",\"value\":\"4\"}",
            "value: must be a JSON number, but was string \"4\"",
            "value"),
        Arguments.of(
            SurveyResponse.class,
            "{" + base + "}",
            "value must be present when ANSWERED, but was empty",
            ""),
        Arguments.of(
            SurveyResponse.class,
            "{" + base + ",\"value\":4,\"score\":4}",
            "score: unknown property of a survey response; known properties: [id, scale, status,"
                + " value, customer, ticket, agent, agentsInvolved, channel, at, comment,"
                + " attributes]",
            "score"),
        Arguments.of(
            SurveyResponse.class,
            "{" + base + ",\"value\":4,\"comment\":\"a\",\"comment\":\"b\"}",
            "comment: property appears more than once",
            "comment"),
        Arguments.of(
            SurveyResponse.class,
            "{" + base + ",\"value\":4,\"agentsInvolved\":[\"ana\",\" \"]}",
            "agentsInvolved[1]: agentId must not be blank, but was \" \"",
            "agentsInvolved.1"),
        Arguments.of(
            SurveyResponse.class,
            "{" + base.replace("\"CHAT\"", "\"FAX\"") + ",\"value\":4}",
            "channel: must be one of [EMAIL, PHONE, CHAT, SOCIAL, SMS, WEB_FORM, IN_PERSON,"
                + " SELF_SERVICE], but was \"FAX\"",
            "channel"),
        Arguments.of(
            SurveyResponse.class,
            "{" + base.replace("4}", "9}") + ",\"value\":4}",
            "scale: scale must be valid (a CSAT scale must be 1-3, 1-5 or 1-7 (or binary 0-1) with"
                + " a threshold from 2 to its maximum), but was 1-5 with threshold 9",
            "scale"),
        Arguments.of(
            NpsSummary.class,
            "{\"type\":\"nps\",\"promoters\":1,\"passives\":2}",
            "property \"detractors\" is required",
            ""),
        Arguments.of(
            NpsSummary.class,
            "{\"type\":\"csat\",\"promoters\":1,\"passives\":2,\"detractors\":0}",
            "type: must be \"nps\", but was \"csat\"",
            "type"),
        Arguments.of(
            CsatSummary.class,
            "{\"type\":\"csat\",\"scale\":" + scale + ",\"counts\":[1,2]}",
            "counts: counts must have 5 values for CSAT 1-5 (satisfied from 4), but had 2",
            "counts"),
        Arguments.of(
            CsatSummary.class,
            "{\"type\":\"csat\",\"scale\":" + scale + ",\"counts\":[1,2,3,4,0.5]}",
            "counts[4]: must be a JSON integer, but was number 0.5",
            "counts.4"),
        Arguments.of(
            SurveyThrottle.class,
            "{\"minimumGap\":\"two weeks\",\"countFrom\":\"LAST_SENT\",\"sampleRate\":1}",
            "minimumGap: must be an ISO-8601 duration such as PT1H, but was \"two weeks\"",
            "minimumGap"),
        Arguments.of(
            SurveyThrottle.class,
            "{\"minimumGap\":\"P1D\",\"countFrom\":\"LAST_SENT\",\"sampleRate\":0.5}",
            "salt must be set when sampleRate is below 1, but was unset (sampleRate 0.5)",
            ""),
        Arguments.of(
            FollowUpPolicy.class,
            "{\"calendar\":{\"zone\":\"UTC\",\"weekly\":{\"MONDAY\":[\"9-5\"]}},"
                + "\"detractorsWithin\":\"PT4H\"}",
            "calendar.weekly.MONDAY[0]: text must be a range such as 09:00-17:00, but was \"9-5\"",
            "calendar.weekly.MONDAY.0"),
        Arguments.of(
            FollowUpPolicy.class,
            "{\"calendar\":{\"zone\":\"UTC\",\"weekly\":{\"MONDAY\":[\"09:00-17:00\"]}},"
                + "\"detractorsWithin\":\"PT4H\",\"passivesWithin\":\"PT1H\"}",
            "passives within must be at least PT4H (the deadline of a less satisfied group), but"
                + " was PT1H",
            ""),
        Arguments.of(
            FollowUpPolicy.class,
            "{\"calendar\":{\"zone\":\"Mars/Olympus\"},\"detractorsWithin\":\"PT4H\"}",
            "calendar.zone: must be a zone id such as America/New_York or +01:00, but was"
                + " \"Mars/Olympus\"",
            "calendar.zone"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("rejected")
  void rejectsBadInputNamingTheJsonPath(Class<?> type, String json, String message, String path) {
    assertThatThrownBy(() -> MAPPER.readValue(json, type))
        .isInstanceOf(JsonMappingException.class)
        .satisfies(
            e -> {
              JsonMappingException error = (JsonMappingException) e;
              assertThat(error.getOriginalMessage()).isEqualTo(message);
              assertThat(
                      error.getPath().stream()
                          .map(
                              ref ->
                                  ref.getFieldName() != null
                                      ? ref.getFieldName()
                                      : String.valueOf(ref.getIndex()))
                          .collect(Collectors.joining(".")))
                  .isEqualTo(path);
            });
  }

  @Test
  void foundByFindAndRegisterModules() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.getRegisteredModuleIds()).contains(RapportFeedbackModule.class.getName());
    assertThat(mapper.readValue(MAPPER.writeValueAsString(RESPONSE), SurveyResponse.class))
        .isEqualTo(RESPONSE);
  }
}
