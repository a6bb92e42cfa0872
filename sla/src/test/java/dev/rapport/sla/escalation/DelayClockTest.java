package dev.rapport.sla.escalation;

import static dev.rapport.sla.escalation.Fixtures.OFFICE;
import static dev.rapport.sla.escalation.Fixtures.hours;
import static dev.rapport.sla.escalation.Fixtures.local;
import static dev.rapport.sla.escalation.Fixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Delays on business time count the policy calendar's open hours; on wall-clock time, all. */
class DelayClockTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        // created, delay, clock, due (Berlin, office hours Monday to Friday 09:00-17:00)
        Arguments.of("2027-01-04T10:00", hours(2), DelayClock.BUSINESS, "2027-01-04T12:00"),
        Arguments.of("2027-01-04T16:00", hours(2), DelayClock.BUSINESS, "2027-01-05T10:00"),
        Arguments.of("2027-01-08T16:00", hours(1), DelayClock.BUSINESS, "2027-01-08T17:00"),
        Arguments.of("2027-01-09T12:00", Duration.ZERO, DelayClock.BUSINESS, "2027-01-11T09:00"),
        Arguments.of("2027-01-09T12:00", Duration.ZERO, DelayClock.WALL, "2027-01-09T12:00"),
        Arguments.of("2027-01-08T16:00", hours(2), DelayClock.WALL, "2027-01-08T18:00"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void theDelayIsMeasuredOnTheLevelsClock(
      String created, Duration delay, DelayClock clock, String due) {
    EscalationPolicy policy =
        EscalationPolicy.builder("p")
            .calendar(OFFICE)
            .level(
                EscalationLevel.builder(EscalationTrigger.sinceCreated(delay))
                    .clock(clock)
                    .notifying(Fixtures.TEAM)
                    .build())
            .build();
    Fixtures.Run run = new Fixtures.Run(policy, ticket(created).timeline());
    Instant start = local(created);
    run.at(start);
    run.at(start.plus(Duration.ofDays(5)));

    assertThat(run.fired).extracting(EscalationStep::dueAt).containsExactly(local(due));
    assertThat(run.fired.get(0).reason().clock()).isEqualTo(clock);
    assertThat(run.fired.get(0).reason().measured()).isEqualTo(delay);
  }
}
