package dev.rapport.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.AgentId;
import dev.rapport.core.Channel;
import dev.rapport.core.CustomerId;
import dev.rapport.core.TicketId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SurveyResponseTest {
  private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");

  private static SurveyResponse.Builder builder(SurveyScale scale) {
    return SurveyResponse.builder(
        ResponseId.of("R-1"), scale, CustomerId.of("C-1"), Channel.CHAT, AT);
  }

  @Test
  void buildsAFullResponseWithTheAgentAmongThoseInvolved() {
    SurveyResponse response =
        builder(SurveyScale.nps())
            .answered(9)
            .ticket(TicketId.of("T-7"))
            .involved(AgentId.of("ben"))
            .agent(AgentId.of("ana"))
            .comment("Quick and kind")
            .attribute("region", "EMEA")
            .build();
    assertThat(response.value()).isEqualTo(OptionalInt.of(9));
    assertThat(response.agentsInvolved()).containsExactly(AgentId.of("ana"), AgentId.of("ben"));
    assertThat(response.npsCategory()).contains(NpsCategory.PROMOTER);
    assertThat(response.attribute("region")).contains("EMEA");
    assertThat(response.attribute("tier")).isEmpty();
    assertThat(response.isAnswered()).isTrue();
  }

  @Test
  void skippedAndDismissedHaveNoValue() {
    SurveyResponse skipped = builder(SurveyScale.csat5()).skipped().build();
    assertThat(skipped.status()).isEqualTo(ResponseStatus.SKIPPED);
    assertThat(skipped.value()).isEmpty();
    assertThat(skipped.npsCategory()).isEmpty();
    assertThat(builder(SurveyScale.nps()).dismissed().build().npsCategory()).isEmpty();
  }

  @Test
  void aStatusMustBeChosen() {
    assertThatThrownBy(() -> builder(SurveyScale.nps()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("status must be set by answered, skipped or dismissed, but was unset for R-1");
  }

  @Test
  void answersOffTheScaleOrFractionalAreRejected() {
    assertThatThrownBy(() -> builder(SurveyScale.csat5()).answered(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("on CSAT 1-5");
    assertThatThrownBy(() -> builder(SurveyScale.nps()).answered(7.5))
        .hasMessage("value must be an integer from 0 to 10 on NPS 0-10, but was 7.5");
  }

  @Test
  void theCanonicalConstructorChecksRulesAcrossFields() {
    CustomerId c = CustomerId.of("C-1");
    ResponseId id = ResponseId.of("R-1");
    assertThatThrownBy(
            () ->
                new SurveyResponse(
                    id,
                    SurveyScale.nps(),
                    ResponseStatus.ANSWERED,
                    OptionalInt.empty(),
                    c,
                    Optional.empty(),
                    Optional.empty(),
                    Set.of(),
                    Channel.SMS,
                    AT,
                    Optional.empty(),
                    Map.of()))
        .hasMessage("value must be present when ANSWERED, but was empty");
    assertThatThrownBy(
            () ->
                new SurveyResponse(
                    id,
                    SurveyScale.nps(),
                    ResponseStatus.SKIPPED,
                    OptionalInt.of(3),
                    c,
                    Optional.empty(),
                    Optional.empty(),
                    Set.of(),
                    Channel.SMS,
                    AT,
                    Optional.empty(),
                    Map.of()))
        .hasMessage("value must be empty when SKIPPED, but was 3");
    assertThatThrownBy(
            () ->
                new SurveyResponse(
                    id,
                    SurveyScale.nps(),
                    ResponseStatus.ANSWERED,
                    OptionalInt.of(3),
                    c,
                    Optional.empty(),
                    Optional.of(AgentId.of("ana")),
                    Set.of(AgentId.of("ben")),
                    Channel.SMS,
                    AT,
                    Optional.empty(),
                    Map.of()))
        .hasMessage("agentsInvolved must contain the agent ana, but was [ben]");
    assertThatThrownBy(
            () ->
                new SurveyResponse(
                    id,
                    SurveyScale.nps(),
                    ResponseStatus.ANSWERED,
                    OptionalInt.of(3),
                    c,
                    Optional.empty(),
                    Optional.empty(),
                    Set.of(),
                    Channel.SMS,
                    Instant.parse("+10000-01-01T00:00:00Z"),
                    Optional.empty(),
                    Map.of()))
        .hasMessage("at must be in the years 1 to 9999, but was +10000-01-01T00:00:00Z");
  }

  @Test
  void commentsAndAttributesAreValidated() {
    assertThatThrownBy(() -> builder(SurveyScale.nps()).comment("  "))
        .hasMessage("comment must not be blank, but was \"  \"");
    assertThatThrownBy(() -> builder(SurveyScale.nps()).attribute("region", " EMEA"))
        .hasMessage("attribute region must not start or end with white space, but was \" EMEA\"");
    assertThatThrownBy(() -> builder(SurveyScale.nps()).attribute("", "x"))
        .hasMessage("attribute name must not be blank, but was \"\"");
  }

  @Test
  void builderRejectsNulls() {
    assertThatThrownBy(
            () ->
                SurveyResponse.builder(
                    null, SurveyScale.nps(), CustomerId.of("C"), Channel.SMS, AT))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
    assertThatThrownBy(() -> builder(SurveyScale.nps()).ticket(null)).hasMessage("ticketId");
  }
}
