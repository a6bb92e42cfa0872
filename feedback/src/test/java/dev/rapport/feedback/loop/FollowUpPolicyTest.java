package dev.rapport.feedback.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.AgentId;
import dev.rapport.core.Channel;
import dev.rapport.core.CustomerId;
import dev.rapport.core.TicketId;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.feedback.NpsCategory;
import dev.rapport.feedback.ResponseId;
import dev.rapport.feedback.SurveyResponse;
import dev.rapport.feedback.SurveyScale;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpPolicyTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final BusinessCalendar NINE_TO_FIVE =
      BusinessCalendar.builder(NEW_YORK)
          .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
          .closed(LocalDate.of(2027, 1, 18))
          .build();
  // Friday 2027-01-15 16:00 in New York.
  private static final Instant FRIDAY_4PM = Instant.parse("2027-01-15T21:00:00Z");

  private static SurveyResponse nps(String id, int value, Instant at) {
    return SurveyResponse.builder(
            ResponseId.of(id), SurveyScale.nps(), CustomerId.of("C-" + id), Channel.PHONE, at)
        .answered(value)
        .ticket(TicketId.of("T-" + id))
        .agent(AgentId.of("ana"))
        .involved(AgentId.of("ben"))
        .comment("Too slow")
        .build();
  }

  @Test
  void detractorsAreDueWithinBusinessHoursSkippingTheWeekendAndHoliday() {
    FollowUpPolicy policy =
        FollowUpPolicy.builder(NINE_TO_FIVE).detractorsWithin(Duration.ofHours(4)).build();
    FollowUpTask task = policy.taskFor(nps("R-1", 3, FRIDAY_4PM)).orElseThrow();
    // One hour on Friday, Monday is a holiday, three hours on Tuesday: Tue 12:00 New York.
    assertThat(task.due()).isEqualTo(Instant.parse("2027-01-19T17:00:00Z"));
    assertThat(task.id()).isEqualTo("follow-up:R-1");
    assertThat(task.owner()).contains(AgentId.of("ana"));
    assertThat(task.agentsInvolved()).containsExactly(AgentId.of("ana"), AgentId.of("ben"));
    assertThat(task.ticket()).contains(TicketId.of("T-R-1"));
    assertThat(task.category()).isEqualTo(NpsCategory.DETRACTOR);
    assertThat(task.comment()).contains("Too slow");
    assertThat(task.isOverdue(task.due())).isFalse();
    assertThat(task.isOverdue(task.due().plusNanos(1))).isTrue();
    assertThat(policy.taskFor(nps("R-1", 3, FRIDAY_4PM))).contains(task);
  }

  @Test
  void passivesLaterPromotersOptional() {
    FollowUpPolicy policy =
        FollowUpPolicy.builder(BusinessCalendar.always(NEW_YORK))
            .detractorsWithin(Duration.ofHours(4))
            .passivesWithin(Duration.ofHours(48))
            .build();
    assertThat(policy.taskFor(nps("p", 8, FRIDAY_4PM)).orElseThrow().due())
        .isEqualTo(FRIDAY_4PM.plus(Duration.ofHours(48)));
    assertThat(policy.taskFor(nps("q", 10, FRIDAY_4PM))).isEmpty();
    FollowUpPolicy withPromoters =
        FollowUpPolicy.builder(policy).promotersWithin(Duration.ofDays(7)).build();
    assertThat(withPromoters.taskFor(nps("q", 10, FRIDAY_4PM))).isPresent();
    assertThat(
            FollowUpPolicy.builder(withPromoters)
                .noPromoterFollowUp()
                .noPassiveFollowUp()
                .build()
                .within(NpsCategory.PASSIVE))
        .isEmpty();
  }

  @Test
  void tasksForManyResponsesSoonestFirstAndSkippedIgnored() {
    FollowUpPolicy policy =
        FollowUpPolicy.builder(BusinessCalendar.always(NEW_YORK))
            .passivesWithin(Duration.ofHours(24))
            .build();
    SurveyResponse skipped =
        SurveyResponse.builder(
                ResponseId.of("s"), SurveyScale.nps(), CustomerId.of("C"), Channel.SMS, FRIDAY_4PM)
            .skipped()
            .build();
    List<FollowUpTask> tasks =
        policy.tasksFor(
            List.of(
                nps("b", 7, FRIDAY_4PM),
                nps("a", 0, FRIDAY_4PM),
                skipped,
                nps("c", 9, FRIDAY_4PM)));
    assertThat(tasks).extracting(FollowUpTask::id).containsExactly("follow-up:a", "follow-up:b");
  }

  @Test
  void defaultsAndValidation() {
    FollowUpPolicy defaults = FollowUpPolicy.builder(NINE_TO_FIVE).build();
    assertThat(defaults.within(NpsCategory.DETRACTOR)).contains(FollowUpPolicy.DEFAULT_DETRACTORS);
    assertThat(defaults.within(NpsCategory.PROMOTER)).isEmpty();
    assertThat(defaults).isEqualTo(FollowUpPolicy.builder(NINE_TO_FIVE).build());
    assertThat(defaults.toString()).startsWith("FollowUpPolicy[{DETRACTOR=PT8H} business time on ");
    assertThatThrownBy(() -> FollowUpPolicy.builder(NINE_TO_FIVE).detractorsWithin(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("detractorsWithin must be positive, but was PT0S");
    assertThatThrownBy(
            () ->
                FollowUpPolicy.builder(NINE_TO_FIVE)
                    .detractorsWithin(Duration.ofHours(8))
                    .passivesWithin(Duration.ofHours(2))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "passives within must be at least PT8H (the deadline of a less satisfied group), but"
                + " was PT2H");
    assertThatThrownBy(
            () ->
                defaults.taskFor(
                    SurveyResponse.builder(
                            ResponseId.of("x"),
                            SurveyScale.csat5(),
                            CustomerId.of("C"),
                            Channel.SMS,
                            FRIDAY_4PM)
                        .answered(1)
                        .build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("response scale must be NPS 0-10, but was CSAT 1-5 (satisfied from 4) for x");
  }
}
