package dev.rapport.sla;

import static dev.rapport.sla.Tickets.OFFICE;
import static dev.rapport.sla.Tickets.hours;
import static dev.rapport.sla.Tickets.local;
import static dev.rapport.sla.Tickets.oneTarget;
import static dev.rapport.sla.Tickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rapport.core.Priority;
import dev.rapport.core.TicketId;
import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.TicketTimeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BreachScheduleTest {
  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

  private static SlaDeadline breachAt(Instant at) {
    return new SlaDeadline(at, SlaMetric.FIRST_RESPONSE, 1, 1.0);
  }

  @Test
  void holdsEachTicketsNextDeadlineFromItsReport() {
    SlaTarget target =
        SlaTarget.builder(SlaMetric.FIRST_RESPONSE, hours(2))
            .calendar(OFFICE)
            .warnings(0.5)
            .build();
    SlaEngine engine = SlaEngine.of(oneTarget(target));
    TicketTimeline timeline = ticket("2026-11-23T09:00", Priority.NORMAL).timeline();
    BreachSchedule schedule = BreachSchedule.create();

    assertThat(
            schedule.update(
                timeline.ticketId(), engine.evaluate(timeline, local("2026-11-23T09:00"))))
        .isTrue();
    assertThat(schedule.deadline(timeline.ticketId()))
        .contains(new SlaDeadline(local("2026-11-23T10:00"), SlaMetric.FIRST_RESPONSE, 1, 0.5));
    assertThat(schedule.dueUntil(local("2026-11-23T09:59"))).isEmpty();

    List<BreachSchedule.Due> due = schedule.dueUntil(local("2026-11-23T10:00"));
    assertThat(due).extracting(BreachSchedule.Due::ticketId).containsExactly(timeline.ticketId());
    assertThat(schedule.isEmpty()).isTrue();

    schedule.update(timeline.ticketId(), engine.evaluate(timeline, local("2026-11-23T10:00")));
    assertThat(schedule.peek().orElseThrow().deadline())
        .isEqualTo(breachAt(local("2026-11-23T11:00")));
  }

  @Test
  void aReportWithoutRunningClocksRemovesTheTicket() {
    SlaEngine engine =
        SlaEngine.of(oneTarget(SlaTarget.of(SlaMetric.RESOLUTION, hours(8), OFFICE)));
    TicketTimeline timeline =
        ticket("2026-11-23T09:00", Priority.NORMAL)
            .status("2026-11-23T10:00", TicketStatus.PENDING_CUSTOMER)
            .timeline();
    BreachSchedule schedule = BreachSchedule.create();
    schedule.update(timeline.ticketId(), engine.evaluate(timeline, local("2026-11-23T09:30")));
    assertThat(schedule.size()).isEqualTo(1);

    assertThat(
            schedule.update(
                timeline.ticketId(), engine.evaluate(timeline, local("2026-11-23T10:30"))))
        .isFalse();
    assertThat(schedule.size()).isZero();
  }

  @Test
  void rejectsAReportForAnotherTicket() {
    SlaReport report = new SlaReport(TicketId.of("T-9"), T0, Optional.empty(), List.of());
    assertThatThrownBy(() -> BreachSchedule.create().update(TicketId.of("T-1"), report))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("report must be for ticket T-1, but was for T-9");
  }

  @Test
  void tiesAreInTicketIdOrder() {
    BreachSchedule schedule = BreachSchedule.create();
    schedule.put(TicketId.of("b"), breachAt(T0));
    schedule.put(TicketId.of("c"), breachAt(T0.minusNanos(1)));
    schedule.put(TicketId.of("a"), breachAt(T0));
    assertThat(schedule.dueUntil(T0))
        .extracting(d -> d.ticketId().value())
        .containsExactly("c", "a", "b");
  }

  @Test
  void rejectsBadSizes() {
    assertThatThrownBy(() -> BreachSchedule.withExpectedSize(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expectedTickets must be in [0, 2^29], but was -1");
  }

  /**
   * Random sequences of put, remove and dueUntil over a few hundred ticket ids, against a map and a
   * sort: after every step the size, each ticket's deadline and the next entry agree.
   */
  @Test
  void behavesLikeASortedMapUnderRandomOperations() {
    qt().withExamples(60)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom random = new SplittableRandom(seed);
              BreachSchedule schedule = BreachSchedule.withExpectedSize(random.nextInt(4));
              Map<TicketId, SlaDeadline> model = new HashMap<>();
              int ids = 1 + random.nextInt(300);
              for (int step = 0; step < 2000; step++) {
                TicketId id = TicketId.of("T-" + random.nextInt(ids));
                int op = random.nextInt(10);
                if (op < 6) {
                  SlaDeadline deadline =
                      new SlaDeadline(
                          T0.plusSeconds(random.nextInt(1000)).plusNanos(random.nextInt(3)),
                          SlaMetric.values()[random.nextInt(5)],
                          1 + random.nextInt(3),
                          random.nextBoolean() ? 1.0 : 1.0 / 3);
                  schedule.put(id, deadline);
                  model.put(id, deadline);
                } else if (op < 9) {
                  assertThat(schedule.remove(id)).isEqualTo(model.remove(id) != null);
                } else {
                  Instant until = T0.plusSeconds(random.nextInt(1000));
                  List<BreachSchedule.Due> expected = new ArrayList<>();
                  model.forEach(
                      (ticket, deadline) -> {
                        if (!deadline.at().isAfter(until)) {
                          expected.add(new BreachSchedule.Due(ticket, deadline));
                        }
                      });
                  expected.sort(
                      Comparator.comparing((BreachSchedule.Due d) -> d.deadline().at())
                          .thenComparing(BreachSchedule.Due::ticketId));
                  expected.forEach(d -> model.remove(d.ticketId()));
                  assertThat(schedule.dueUntil(until)).isEqualTo(expected);
                }
                assertThat(schedule.size()).isEqualTo(model.size());
                assertThat(schedule.deadline(id)).isEqualTo(Optional.ofNullable(model.get(id)));
                Optional<BreachSchedule.Due> first =
                    model.entrySet().stream()
                        .map(e -> new BreachSchedule.Due(e.getKey(), e.getValue()))
                        .min(
                            Comparator.comparing((BreachSchedule.Due d) -> d.deadline().at())
                                .thenComparing(BreachSchedule.Due::ticketId));
                assertThat(schedule.peek()).isEqualTo(first);
              }
              for (TicketId id : model.keySet()) {
                assertThat(schedule.deadline(id)).contains(model.get(id));
              }
            });
  }
}
