package dev.rapport.sla.escalation;

import static dev.rapport.sla.escalation.Fixtures.local;
import static dev.rapport.sla.escalation.Fixtures.minutes;
import static dev.rapport.sla.escalation.Fixtures.ticket;
import static dev.rapport.sla.escalation.Fixtures.wallLevel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.TicketTimeline;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** New cycles: a customer message after a public reply, a reopen; each runs the chain afresh. */
class RestartTest {
  private static final Instant T0 = local("2027-01-04T10:00");

  /** One level, 30 minutes without a public reply; stopped by a public reply. */
  private static EscalationPolicy silence(Restart... restarts) {
    return EscalationPolicy.builder("silence")
        .level(wallLevel(EscalationTrigger.noPublicReplyFor(minutes(30))))
        .stopOn(StopCondition.PUBLIC_REPLY, StopCondition.SOLVED)
        .restartOn(restarts)
        .build();
  }

  private static List<String> fired(EscalationPolicy policy, TicketTimeline timeline) {
    Fixtures.Run run = new Fixtures.Run(policy, timeline);
    run.every(minutes(5), T0, T0.plus(minutes(300)));
    return run.fired.stream()
        .map(s -> "c" + s.id().cycle() + "@" + java.time.Duration.between(T0, s.dueAt()).toMinutes())
        .toList();
  }

  @Test
  void aCustomerMessageAfterAPublicReplyBeginsANewCycle() {
    // Replied at 40 (the first cycle fired at 30), the customer writes at 60 and 65, the agent
    // replies at 120, the customer writes at 130: cycles begin at 60 and 130.
    TicketTimeline timeline =
        ticket(T0)
            .reply(T0.plus(minutes(40)))
            .message(T0.plus(minutes(60)))
            .message(T0.plus(minutes(65)))
            .reply(T0.plus(minutes(120)))
            .message(T0.plus(minutes(130)))
            .timeline();

    assertThat(fired(silence(Restart.NEXT_RESPONSE_CYCLE), timeline))
        .containsExactly("c1@30", "c2@90", "c3@160");
    assertThat(fired(silence(), timeline)).containsExactly("c1@30");
  }

  @Test
  void aReopenBeginsANewCycle() {
    TicketTimeline timeline =
        ticket(T0)
            .status(T0.plus(minutes(10)), TicketStatus.SOLVED)
            .reopen(T0.plus(minutes(100)))
            .timeline();

    assertThat(fired(silence(Restart.REOPENED), timeline)).containsExactly("c2@130");
    assertThat(fired(silence(), timeline)).isEmpty();
  }

  @Test
  void aNewCycleEndsTheCycleBeforeItEvenIfItWasNotStopped() {
    EscalationPolicy slow =
        EscalationPolicy.builder("slow")
            .level(wallLevel(EscalationTrigger.sinceCreated(minutes(50))))
            .stopOn()
            .restartOn(Restart.NEXT_RESPONSE_CYCLE)
            .build();
    TicketTimeline timeline =
        ticket(T0).reply(T0.plus(minutes(10))).message(T0.plus(minutes(40))).timeline();

    // Cycle 1 would fire at 50, but cycle 2 began at 40 and fires 50 minutes after it.
    assertThat(fired(slow, timeline)).containsExactly("c2@90");
  }

  @Test
  void aMessageOnASolvedTicketBeginsACycleThatIsStoppedAtOnce() {
    TicketTimeline timeline =
        ticket(T0)
            .reply(T0.plus(minutes(5)))
            .status(T0.plus(minutes(6)), TicketStatus.SOLVED)
            .message(T0.plus(minutes(60)))
            .timeline();
    assertThat(fired(silence(Restart.NEXT_RESPONSE_CYCLE), timeline)).isEmpty();
  }
}
