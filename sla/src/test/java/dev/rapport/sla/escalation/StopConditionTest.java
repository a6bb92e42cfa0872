package dev.rapport.sla.escalation;

import static dev.rapport.sla.escalation.Fixtures.local;
import static dev.rapport.sla.escalation.Fixtures.minutes;
import static dev.rapport.sla.escalation.Fixtures.ticket;
import static dev.rapport.sla.escalation.Fixtures.wallLevel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.TicketId;
import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.Merged;
import dev.rapport.core.ticket.TicketTimeline;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each stop condition stops the chain at its event, and only when the policy names it. */
class StopConditionTest {
  private static final Instant T0 = local("2027-01-04T10:00");
  private static final Instant STOP = T0.plus(minutes(15));

  static Stream<Arguments> stops() {
    return Stream.of(
        Arguments.of(StopCondition.ACKNOWLEDGED, (Function<Fixtures.Script, Fixtures.Script>) s -> s.ack(STOP)),
        Arguments.of(StopCondition.PUBLIC_REPLY, (Function<Fixtures.Script, Fixtures.Script>) s -> s.reply(STOP)),
        Arguments.of(
            StopCondition.SOLVED,
            (Function<Fixtures.Script, Fixtures.Script>) s -> s.status(STOP, TicketStatus.SOLVED)));
  }

  /** Steps every 10 minutes from the creation, three of them. */
  private static EscalationPolicy everyTenMinutes(StopCondition... stops) {
    return EscalationPolicy.builder("p")
        .level(wallLevel(EscalationTrigger.sinceCreated(Duration.ZERO)))
        .level(wallLevel(EscalationTrigger.afterPrevious(minutes(10))))
        .level(wallLevel(EscalationTrigger.afterPrevious(minutes(10))))
        .stopOn(stops)
        .build();
  }

  private static List<Integer> firedLevels(EscalationPolicy policy, TicketTimeline timeline) {
    Fixtures.Run run = new Fixtures.Run(policy, timeline);
    run.at(T0.plus(minutes(60)));
    return run.fired.stream().map(s -> s.id().level()).toList();
  }

  @ParameterizedTest
  @MethodSource("stops")
  void theNamedConditionStopsTheChainAtItsEvent(
      StopCondition stop, Function<Fixtures.Script, Fixtures.Script> event) {
    TicketTimeline timeline = event.apply(ticket(T0)).timeline();
    assertThat(firedLevels(everyTenMinutes(stop), timeline)).containsExactly(1, 2);
  }

  @ParameterizedTest
  @MethodSource("stops")
  void anUnnamedConditionDoesNotStopTheChain(
      StopCondition stop, Function<Fixtures.Script, Fixtures.Script> event) {
    TicketTimeline timeline = event.apply(ticket(T0)).timeline();
    StopCondition[] others =
        Stream.of(StopCondition.values()).filter(c -> c != stop).toArray(StopCondition[]::new);
    assertThat(firedLevels(everyTenMinutes(others), timeline)).containsExactly(1, 2, 3);
  }

  @ParameterizedTest
  @MethodSource("stops")
  void aStopAtTheDueInstantStopsThatStep(
      StopCondition stop, Function<Fixtures.Script, Fixtures.Script> unused) {
    Instant at = T0.plus(minutes(20));
    Fixtures.Script script = ticket(T0);
    switch (stop) {
      case ACKNOWLEDGED -> script.ack(at);
      case PUBLIC_REPLY -> script.reply(at);
      case SOLVED -> script.status(at, TicketStatus.SOLVED);
    }
    assertThat(firedLevels(everyTenMinutes(stop), script.timeline())).containsExactly(1, 2);
  }

  @ParameterizedTest
  @MethodSource("stops")
  void aClosedTicketStopsEveryChain(StopCondition unused, Function<Fixtures.Script, Fixtures.Script> unusedEvent) {
    TicketTimeline merged = ticket(T0).at(new Merged(STOP, TicketId.of("T-9"))).timeline();
    assertThat(firedLevels(everyTenMinutes(), merged)).containsExactly(1, 2);
  }

  @org.junit.jupiter.api.Test
  void anInternalNoteIsNotAPublicReply() {
    TicketTimeline timeline = ticket(T0).note(STOP).timeline();
    assertThat(firedLevels(everyTenMinutes(StopCondition.PUBLIC_REPLY), timeline))
        .containsExactly(1, 2, 3);
  }

  @org.junit.jupiter.api.Test
  void theDefaultStopsOnAllThree() {
    assertThat(EscalationPolicy.DEFAULT_STOP_CONDITIONS)
        .containsExactlyInAnyOrder(StopCondition.values());
    EscalationPolicy policy =
        EscalationPolicy.builder("p")
            .level(wallLevel(EscalationTrigger.sinceCreated(Duration.ZERO)))
            .build();
    assertThat(policy.stopConditions()).isEqualTo(EscalationPolicy.DEFAULT_STOP_CONDITIONS);
  }
}
