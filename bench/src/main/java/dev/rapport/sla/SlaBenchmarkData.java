package dev.rapport.sla;

import dev.rapport.core.Priority;
import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.TicketTimeline;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.testkit.MinuteSlaModel;
import dev.rapport.testkit.SlaGenerators;
import dev.rapport.testkit.TimelineGenerators;
import java.time.Duration;
import java.util.SplittableRandom;

/** Policies and timelines shared by the SLA benchmarks. */
final class SlaBenchmarkData {
  /** Monday to Friday 09:00-17:00 in Berlin, with holidays and a short Christmas Eve. */
  static final BusinessCalendar OFFICE = SlaGenerators.sampleCalendarList().get(1);

  private SlaBenchmarkData() {}

  /**
   * Three policies by priority (urgent, high, the rest), each with targets for all five metrics on
   * {@link #OFFICE} with warnings at 50%, 75% and 90%; every duration multiplied by {@code scale}.
   */
  static SlaPolicySet policies(double scale, Reselection reselection) {
    return SlaPolicySet.builder()
        .add(policy("urgent", TicketCondition.priorityIn(Priority.URGENT), 1, scale))
        .add(policy("high", TicketCondition.priorityIn(Priority.HIGH), 2, scale))
        .add(policy("standard", TicketCondition.always(), 4, scale))
        .reselection(reselection)
        .build();
  }

  private static SlaPolicy policy(String name, TicketCondition when, int hours, double scale) {
    SlaPolicy.Builder policy = SlaPolicy.builder(name).when(when);
    int[] multiples = {1, 2, 4, 8, 8};
    for (SlaMetric metric : SlaMetric.values()) {
      Duration duration =
          Duration.ofMinutes(Math.round(60 * hours * multiples[metric.ordinal()] * scale));
      SlaTarget.Builder target =
          SlaTarget.builder(metric, duration).calendar(OFFICE).warnings(0.5, 0.75, 0.9);
      if (metric == SlaMetric.AGENT_WORK_TIME) {
        target.pauseStatuses(TicketStatus.PENDING_CUSTOMER, TicketStatus.ON_HOLD);
      }
      policy.target(target.build());
    }
    return policy.build();
  }

  /**
   * Returns a timeline of exactly {@code events} events (a random but legal walk from {@link
   * TimelineGenerators}, restarted if it closes early), on whole minutes.
   */
  static TicketTimeline timeline(SplittableRandom random, int events) {
    while (true) {
      TicketTimeline timeline = TicketTimeline.of(TimelineGenerators.createdEvents().apply(random));
      while (timeline.size() < events && timeline.currentStatus() != TicketStatus.CLOSED) {
        timeline = timeline.append(TimelineGenerators.nextEvents(timeline).apply(random));
      }
      if (timeline.size() == events) {
        return MinuteSlaModel.wholeMinutes(timeline);
      }
    }
  }
}
