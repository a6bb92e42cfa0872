package dev.rapport.sla.escalation;

import static dev.rapport.sla.escalation.Fixtures.TICKET;
import static dev.rapport.sla.escalation.Fixtures.hours;
import static dev.rapport.sla.escalation.Fixtures.local;
import static dev.rapport.sla.escalation.Fixtures.minutes;
import static dev.rapport.sla.escalation.Fixtures.ticket;
import static dev.rapport.sla.escalation.Fixtures.wallLevel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.Priority;
import dev.rapport.core.TicketId;
import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.TicketTimeline;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.sla.SlaEngine;
import dev.rapport.sla.SlaMetric;
import dev.rapport.sla.SlaReport;
import dev.rapport.sla.SlaTarget;
import dev.rapport.sla.TicketCondition;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class EscalationEngineTest {
  private static final Instant T0 = local("2027-01-04T10:00");

  private static EscalationPolicy single(EscalationTrigger trigger) {
    return EscalationPolicy.builder("p").level(wallLevel(trigger)).build();
  }

  private static EscalationResult dueOnce(EscalationEngine engine, TicketTimeline timeline, Instant now) {
    SlaReport report = SlaEngine.of(Fixtures.sla()).evaluate(timeline, now);
    return engine.due(timeline, report, EscalationState.initial(timeline.ticketId()), now);
  }

  @Test
  void ofRejectsNoPoliciesAndRepeatedNames() {
    EscalationPolicy p = single(EscalationTrigger.sinceCreated(Duration.ZERO));
    assertThatThrownBy(() -> EscalationEngine.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("policies must not be empty, but was []");
    assertThatThrownBy(() -> EscalationEngine.of(p, p))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("policies must have distinct names, but \"p\" appears twice");
    assertThat(EscalationEngine.of(p).policies()).containsExactly(p);
    assertThat(EscalationEngine.of(p).toString()).startsWith("EscalationEngine[EscalationPolicy[p");
  }

  @Test
  void dueChecksItsArguments() {
    EscalationEngine engine = EscalationEngine.of(single(EscalationTrigger.sinceCreated(Duration.ZERO)));
    TicketTimeline timeline = ticket(T0).timeline();
    SlaReport report = SlaEngine.of(Fixtures.sla()).evaluate(timeline, T0);
    EscalationState state = EscalationState.initial(TICKET);

    assertThatThrownBy(() -> engine.due(timeline, report, state, T0.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("now must not be before the ticket's creation");
    assertThatThrownBy(() -> engine.due(timeline, report, state, T0.plusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "report must be evaluated at now " + T0.plusSeconds(1) + ", but was at " + T0);
    assertThatThrownBy(
            () -> engine.due(timeline, report, EscalationState.initial(TicketId.of("T-2")), T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("state must be for ticket T-1, but was for T-2");
    SlaReport other = new SlaReport(TicketId.of("T-2"), T0, java.util.Optional.empty(), List.of());
    assertThatThrownBy(() -> engine.due(timeline, other, state, T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("report must be for ticket T-1, but was for T-2");
    assertThatThrownBy(() -> engine.due(null, report, state, T0))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("timeline");
  }

  @Test
  void evaluatingTwiceWithTheNewStateYieldsNothingNew() {
    EscalationEngine engine =
        EscalationEngine.of(
            EscalationPolicy.builder("p")
                .level(wallLevel(EscalationTrigger.sinceCreated(Duration.ZERO)))
                .level(wallLevel(EscalationTrigger.afterPrevious(minutes(5))))
                .build());
    TicketTimeline timeline = ticket(T0).timeline();
    Instant now = T0.plus(minutes(10));
    EscalationResult first = dueOnce(engine, timeline, now);
    SlaReport report = SlaEngine.of(Fixtures.sla()).evaluate(timeline, now);
    EscalationResult again = engine.due(timeline, report, first.state(), now);

    assertThat(first.steps()).hasSize(2);
    assertThat(first.state().fired()).containsExactly(first.steps().get(0).id(), first.steps().get(1).id());
    assertThat(again.steps()).isEmpty();
    assertThat(again.state()).isEqualTo(first.state());
    // A crash before the state was saved: the same steps, with the same ids, again.
    assertThat(dueOnce(engine, timeline, now).steps()).isEqualTo(first.steps());
  }

  @Test
  void eventsAfterNowAreIgnored() {
    EscalationEngine engine = EscalationEngine.of(single(EscalationTrigger.sinceCreated(minutes(30))));
    TicketTimeline withReply = ticket(T0).reply(T0.plus(minutes(20))).timeline();
    TicketTimeline withoutReply = ticket(T0).timeline();
    Instant now = T0.plus(minutes(10));

    assertThat(dueOnce(engine, withReply, now)).isEqualTo(dueOnce(engine, withoutReply, now));
    assertThat(dueOnce(engine, withReply, now).nextDueAt()).contains(T0.plus(minutes(30)));
    assertThat(dueOnce(engine, withReply, T0.plus(minutes(30))).steps()).isEmpty();
  }

  @Test
  void stepsOfSeveralPoliciesComeInDueOrderTiesInPolicyOrder() {
    EscalationPolicy late = EscalationPolicy.builder("late")
        .level(wallLevel(EscalationTrigger.sinceCreated(minutes(20)))).build();
    EscalationPolicy early = EscalationPolicy.builder("early")
        .level(wallLevel(EscalationTrigger.sinceCreated(minutes(10))))
        .level(wallLevel(EscalationTrigger.afterPrevious(minutes(10))))
        .build();
    EscalationResult result =
        dueOnce(EscalationEngine.of(late, early), ticket(T0).timeline(), T0.plus(hours(1)));

    assertThat(result.steps())
        .extracting(s -> s.id().policy() + " L" + s.id().level())
        .containsExactly("early L1", "late L1", "early L2");
  }

  @Test
  void nextDueAtIsTheEarliestAmongThePolicies() {
    EscalationEngine engine =
        EscalationEngine.of(
            single(EscalationTrigger.sinceCreated(minutes(30))),
            EscalationPolicy.builder("q").level(wallLevel(EscalationTrigger.sinceCreated(minutes(20)))).build());
    assertThat(dueOnce(engine, ticket(T0).timeline(), T0).nextDueAt()).contains(T0.plus(minutes(20)));
  }

  @Test
  void sinceStatusStartsAgainWhenTheTicketComesBackToTheStatus() {
    EscalationEngine engine =
        EscalationEngine.of(single(EscalationTrigger.sinceStatus(TicketStatus.OPEN, hours(1))));
    TicketTimeline timeline =
        ticket(T0)
            .status(T0, TicketStatus.OPEN)
            .status(T0.plus(minutes(50)), TicketStatus.PENDING_CUSTOMER)
            .status(T0.plus(minutes(70)), TicketStatus.OPEN)
            .timeline();

    assertThat(dueOnce(engine, timeline, T0.plus(hours(2))).nextDueAt())
        .contains(T0.plus(minutes(130)));
    EscalationResult at3h = dueOnce(engine, timeline, T0.plus(hours(3)));
    assertThat(at3h.steps()).extracting(EscalationStep::dueAt).containsExactly(T0.plus(minutes(130)));
    assertThat(at3h.steps().get(0).reason().since()).isEqualTo(T0.plus(minutes(70)));
    assertThat(dueOnce(engine, timeline, T0.plus(minutes(60))).nextDueAt()).isEmpty();
  }

  @Test
  void noPublicReplyForCountsFromTheLastPublicReplyNotFromInternalNotes() {
    EscalationPolicy policy =
        EscalationPolicy.builder("silence")
            .level(wallLevel(EscalationTrigger.noPublicReplyFor(hours(1))))
            .stopOn()
            .build();
    TicketTimeline timeline =
        ticket(T0)
            .reply(T0.plus(minutes(40)))
            .note(T0.plus(minutes(90)))
            .timeline();

    EscalationResult result = dueOnce(EscalationEngine.of(policy), timeline, T0.plus(hours(3)));
    assertThat(result.steps()).extracting(EscalationStep::dueAt).containsExactly(T0.plus(minutes(100)));
    assertThat(result.steps().get(0).reason().since()).isEqualTo(T0.plus(minutes(40)));
  }

  @Test
  void aReplyExactlyAtTheSilenceThresholdIsInTime() {
    EscalationPolicy policy =
        EscalationPolicy.builder("silence")
            .level(wallLevel(EscalationTrigger.noPublicReplyFor(hours(1))))
            .stopOn()
            .build();
    TicketTimeline timeline = ticket(T0).reply(T0.plus(hours(1))).timeline();
    EscalationResult result = dueOnce(EscalationEngine.of(policy), timeline, T0.plus(minutes(90)));

    assertThat(result.steps()).isEmpty();
    assertThat(result.nextDueAt()).contains(T0.plus(hours(2)));
  }

  @Test
  void aLevelWhoseConditionFailsIsSkippedAndTheChainGoesOn() {
    EscalationPolicy policy =
        EscalationPolicy.builder("p")
            .level(
                EscalationLevel.builder(EscalationTrigger.sinceCreated(minutes(10)))
                    .clock(DelayClock.WALL)
                    .notifying(NotifyTarget.onCall("duty"))
                    .when(TicketCondition.priorityIn(Priority.URGENT))
                    .build())
            .level(wallLevel(EscalationTrigger.afterPrevious(minutes(5))))
            .build();
    TicketTimeline timeline = ticket(T0).priority(T0.plus(minutes(12)), Priority.URGENT).timeline();
    EscalationResult result = dueOnce(EscalationEngine.of(policy), timeline, T0.plus(hours(1)));

    assertThat(result.skipped()).extracting(s -> s.id().level() + "@" + s.dueAt())
        .containsExactly("1@" + T0.plus(minutes(10)));
    assertThat(result.skipped().get(0).reason().skipped()).contains(SkipReason.CONDITION_NOT_MET);
    assertThat(result.steps()).extracting(s -> s.id().level() + "@" + s.dueAt())
        .containsExactly("2@" + T0.plus(minutes(15)));
    assertThat(result.state().skipped()).containsExactly(result.skipped().get(0).id());
  }

  @Test
  void aStepCarriesTheTicketAsItWasAtItsInstant() {
    EscalationResult result =
        dueOnce(
            EscalationEngine.of(single(EscalationTrigger.sinceCreated(minutes(10)))),
            ticket(T0).assign(T0.plus(minutes(5)), Fixtures.SUPPORT).priority(T0.plus(minutes(20)), Priority.HIGH).timeline(),
            T0.plus(hours(1)));
    EscalationStep step = result.steps().get(0);

    assertThat(step.ticket().teamId()).contains(Fixtures.SUPPORT);
    assertThat(step.ticket().priority()).isEqualTo(Priority.NORMAL);
    assertThat(step.targets()).containsExactly(Fixtures.TEAM);
  }

  @Test
  void aCalendarThatNeverOpensAgainLeavesTheLevelWaitingWithoutError() {
    BusinessCalendar once =
        BusinessCalendar.builder(Fixtures.BERLIN)
            .override(LocalDate.of(2027, 1, 4), LocalTime.of(9, 0), LocalTime.of(11, 0))
            .build();
    EscalationPolicy policy =
        EscalationPolicy.builder("p")
            .calendar(once)
            .level(Fixtures.level(EscalationTrigger.sinceCreated(hours(5))))
            .build();
    EscalationResult result = dueOnce(EscalationEngine.of(policy), ticket(T0).timeline(), T0.plus(hours(1)));

    assertThat(result.steps()).isEmpty();
    assertThat(result.nextDueAt()).isEmpty();
  }

  @Test
  void anSlaTriggerOnAMetricWithoutTargetNeverFires() {
    EscalationResult result =
        dueOnce(
            EscalationEngine.of(single(EscalationTrigger.slaBreached(SlaMetric.RESOLUTION))),
            ticket(T0).timeline(),
            T0.plus(hours(100)));
    assertThat(result.steps()).isEmpty();
    assertThat(result.nextDueAt()).isEmpty();
  }

  @Test
  void anSlaBreachBeforeTheCycleBeganDoesNotFireTheNewCycle() {
    // First response breached at 10:30 in cycle 1; the reply stops it; the customer writes again
    // and a new cycle begins, in which first response cannot breach any more.
    EscalationPolicy policy =
        EscalationPolicy.builder("p")
            .level(wallLevel(EscalationTrigger.slaBreached(SlaMetric.FIRST_RESPONSE)))
            .restartOn(Restart.NEXT_RESPONSE_CYCLE)
            .build();
    TicketTimeline timeline =
        ticket(T0).reply(T0.plus(minutes(45))).message(T0.plus(minutes(50))).timeline();
    SlaReport report =
        SlaEngine.of(
                Fixtures.sla(
                    SlaTarget.of(SlaMetric.FIRST_RESPONSE, minutes(30), SlaTarget.DEFAULT_CALENDAR)))
            .evaluate(timeline, T0.plus(hours(2)));
    EscalationResult result =
        EscalationEngine.of(policy)
            .due(timeline, report, EscalationState.initial(TICKET), T0.plus(hours(2)));

    assertThat(result.steps())
        .extracting(s -> s.id().cycle() + "@" + s.dueAt())
        .containsExactly("1@" + T0.plus(minutes(30)));
  }
}
