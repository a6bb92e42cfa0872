package dev.rapport.testkit;

import dev.rapport.core.AgentId;
import dev.rapport.core.Priority;
import dev.rapport.core.TeamId;
import dev.rapport.core.TicketStatus;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.sla.SlaMetric;
import dev.rapport.sla.TicketCondition;
import dev.rapport.sla.escalation.DelayClock;
import dev.rapport.sla.escalation.EscalationAction;
import dev.rapport.sla.escalation.EscalationEngine;
import dev.rapport.sla.escalation.EscalationLevel;
import dev.rapport.sla.escalation.EscalationPolicy;
import dev.rapport.sla.escalation.EscalationTrigger;
import dev.rapport.sla.escalation.NotifyTarget;
import dev.rapport.sla.escalation.OutsideWindow;
import dev.rapport.sla.escalation.Repeat;
import dev.rapport.sla.escalation.Restart;
import dev.rapport.sla.escalation.StopCondition;
import dev.rapport.sla.escalation.TimeWindow;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Generators of escalation configuration for property tests, as plain {@code
 * Function<RandomGenerator, T>} values ({@link QtEscalationGens} wraps them for QuickTheories):
 * triggers, time windows, levels, policies and engines.
 *
 * <p>Delays are whole minutes from zero to a day, log-uniform, so that chains run at the pace of
 * the tickets {@link TimelineGenerators} makes (most gaps minutes, some days); SLA shares are
 * those {@link SlaGenerators} gives targets as warnings, and others, so that an SLA trigger is
 * sometimes a warning of the target and sometimes not. Windows are one range of quarter hours on
 * some days of the week, now and then overnight or the whole day. Conditions come from {@link
 * SlaGenerators#conditions()} a third of the time. Policies take their calendars from {@link
 * SlaGenerators#sampleCalendars()} unless the caller gives a generator; they have 1 to 3 levels, a
 * repetition a third of the time, and random stop and restart settings.
 *
 * <p>Each generator is a pure function of the random source it is given. Thread-safe (stateless);
 * the random source is the caller's.
 */
public final class EscalationGenerators {
  private static final double[] SHARES = {0.25, 0.5, 0.75, 0.9, 0.1, 0.6, 0.85};
  private static final long LONGEST_DELAY_MINUTES = Duration.ofDays(1).toMinutes();
  private static final List<NotifyTarget> TARGETS =
      List.of(
          NotifyTarget.agent(AgentId.of("ana")),
          NotifyTarget.team(TeamId.of("support")),
          NotifyTarget.assignee(),
          NotifyTarget.managerOfAssigneeTeam(),
          NotifyTarget.onCall("duty-phone"));
  private static final List<TeamId> TEAMS = List.of(TeamId.of("tier-2"), TeamId.of("billing"));
  private static final List<String> TAGS = List.of("escalated", "vip");

  private EscalationGenerators() {}

  /** Returns a generator of every kind of trigger. */
  public static Function<RandomGenerator, EscalationTrigger> triggers() {
    return random -> trigger(Objects.requireNonNull(random, "random"), true);
  }

  /**
   * Returns a generator of the triggers that need no SLA report: {@code sinceCreated}, {@code
   * sinceStatus}, {@code noPublicReplyFor} and {@code afterPrevious}.
   */
  public static Function<RandomGenerator, EscalationTrigger> delayTriggers() {
    return random -> trigger(Objects.requireNonNull(random, "random"), false);
  }

  /** Returns a generator of time windows: one range on a random set of days. */
  public static Function<RandomGenerator, TimeWindow> timeWindows() {
    return random -> window(Objects.requireNonNull(random, "random"));
  }

  /** Returns a generator of levels on {@link #triggers()}. */
  public static Function<RandomGenerator, EscalationLevel> levels() {
    return levels(triggers());
  }

  /** Returns a generator of levels on triggers from {@code triggers}. */
  public static Function<RandomGenerator, EscalationLevel> levels(
      Function<RandomGenerator, EscalationTrigger> triggers) {
    Objects.requireNonNull(triggers, "triggers");
    return random -> level(Objects.requireNonNull(random, "random"), triggers.apply(random));
  }

  /** Returns a generator of policies named {@code "e" + n} on {@link #triggers()}. */
  public static Function<RandomGenerator, EscalationPolicy> policies() {
    return policies(SlaGenerators.sampleCalendars(), triggers());
  }

  /**
   * Returns a generator of policies named {@code "e" + n}, on calendars from {@code calendars} and
   * triggers from {@code triggers}. A level never waits for a {@code SOLVED} ticket in a policy
   * that stops on {@code SOLVED} (the policy's builder rejects that).
   */
  public static Function<RandomGenerator, EscalationPolicy> policies(
      Function<RandomGenerator, BusinessCalendar> calendars,
      Function<RandomGenerator, EscalationTrigger> triggers) {
    Objects.requireNonNull(calendars, "calendars");
    Objects.requireNonNull(triggers, "triggers");
    return random -> {
      Objects.requireNonNull(random, "random");
      return policy(random, "e" + random.nextInt(1000), calendars, triggers);
    };
  }

  /** Returns a generator of engines with 1 to 3 policies from {@link #policies()}. */
  public static Function<RandomGenerator, EscalationEngine> engines() {
    return engines(SlaGenerators.sampleCalendars(), triggers());
  }

  /**
   * Returns a generator of engines with 1 to 3 policies, named {@code e1}, {@code e2} and {@code
   * e3}, as {@link #policies(Function, Function)} makes them.
   */
  public static Function<RandomGenerator, EscalationEngine> engines(
      Function<RandomGenerator, BusinessCalendar> calendars,
      Function<RandomGenerator, EscalationTrigger> triggers) {
    Objects.requireNonNull(calendars, "calendars");
    Objects.requireNonNull(triggers, "triggers");
    return random -> {
      Objects.requireNonNull(random, "random");
      int count = 1 + random.nextInt(3);
      List<EscalationPolicy> policies = new ArrayList<>();
      for (int i = 1; i <= count; i++) {
        policies.add(policy(random, "e" + i, calendars, triggers));
      }
      return EscalationEngine.of(policies);
    };
  }

  private static EscalationPolicy policy(
      RandomGenerator random,
      String name,
      Function<RandomGenerator, BusinessCalendar> calendars,
      Function<RandomGenerator, EscalationTrigger> triggers) {
    EscalationPolicy.Builder policy = EscalationPolicy.builder(name).calendar(calendars.apply(random));
    List<StopCondition> stops = new ArrayList<>();
    for (StopCondition stop : StopCondition.values()) {
      if (random.nextInt(3) != 0) {
        stops.add(stop);
      }
    }
    policy.stopOn(stops.toArray(new StopCondition[0]));
    List<Restart> restarts = new ArrayList<>();
    for (Restart restart : Restart.values()) {
      if (random.nextInt(3) == 0) {
        restarts.add(restart);
      }
    }
    policy.restartOn(restarts.toArray(new Restart[0]));
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      EscalationTrigger trigger = triggers.apply(random);
      if (stops.contains(StopCondition.SOLVED)
          && trigger instanceof EscalationTrigger.SinceStatus since
          && since.status() == TicketStatus.SOLVED) {
        trigger = EscalationTrigger.sinceStatus(TicketStatus.OPEN, since.delay());
      }
      policy.level(level(random, trigger));
    }
    if (random.nextInt(3) == 0) {
      policy.repeat(
          new Repeat(
              1 + random.nextInt(3),
              1 + random.nextInt(count),
              Duration.ofMinutes(random.nextInt(121)),
              pick(random, List.of(DelayClock.values()))));
    }
    return policy.build();
  }

  private static EscalationLevel level(RandomGenerator random, EscalationTrigger trigger) {
    EscalationLevel.Builder level =
        EscalationLevel.builder(trigger).clock(pick(random, List.of(DelayClock.values())));
    List<EscalationAction> actions = new ArrayList<>();
    if (random.nextInt(3) == 0) {
      actions.add(EscalationAction.raisePriority(pick(random, List.of(Priority.values()))));
    }
    if (random.nextInt(4) == 0) {
      actions.add(EscalationAction.reassignTo(pick(random, TEAMS)));
    }
    if (random.nextInt(3) == 0) {
      actions.add(EscalationAction.addTag(pick(random, TAGS)));
    }
    List<NotifyTarget> targets = new ArrayList<>();
    for (NotifyTarget target : TARGETS) {
      if (random.nextInt(TARGETS.size()) == 0) {
        targets.add(target);
      }
    }
    if (targets.isEmpty() && actions.isEmpty()) {
      targets.add(pick(random, TARGETS));
    }
    level.notifying(targets.toArray(new NotifyTarget[0]));
    level.actions(actions.toArray(new EscalationAction[0]));
    if (random.nextInt(3) == 0) {
      level.when(SlaGenerators.conditions().apply(random));
    }
    if (random.nextInt(4) == 0) {
      level.window(window(random), pick(random, List.of(OutsideWindow.values())));
    }
    return level.build();
  }

  private static EscalationTrigger trigger(RandomGenerator random, boolean sla) {
    int kind = random.nextInt(sla ? 10 : 7);
    switch (kind) {
      case 0:
      case 1:
      case 2:
        return EscalationTrigger.afterPrevious(delay(random));
      case 3:
        return EscalationTrigger.sinceCreated(delay(random));
      case 4:
        return EscalationTrigger.sinceStatus(
            pick(random, List.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING_CUSTOMER,
                TicketStatus.ON_HOLD, TicketStatus.SOLVED)),
            delay(random));
      case 5:
      case 6:
        return EscalationTrigger.noPublicReplyFor(delay(random).plusMinutes(1));
      case 7:
      case 8:
        return EscalationTrigger.slaShareConsumed(
            pick(random, List.of(SlaMetric.values())), SHARES[random.nextInt(SHARES.length)]);
      default:
        return EscalationTrigger.slaBreached(pick(random, List.of(SlaMetric.values())));
    }
  }

  /** Whole minutes, zero one time in six, else log-uniform from 1 minute to a day. */
  private static Duration delay(RandomGenerator random) {
    if (random.nextInt(6) == 0) {
      return Duration.ZERO;
    }
    double exponent = random.nextDouble() * Math.log(LONGEST_DELAY_MINUTES);
    return Duration.ofMinutes(Math.max(1, Math.min(LONGEST_DELAY_MINUTES, Math.round(Math.exp(exponent)))));
  }

  private static TimeWindow window(RandomGenerator random) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (random.nextInt(3) != 0) {
        days.add(day);
      }
    }
    if (days.isEmpty()) {
      days.add(pick(random, List.of(DayOfWeek.values())));
    }
    if (random.nextInt(8) == 0) {
      return TimeWindow.of(days, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }
    LocalTime start = LocalTime.MIDNIGHT.plusMinutes(15L * random.nextInt(96));
    LocalTime end = start.plusMinutes(15L * (1 + random.nextInt(95)));
    return TimeWindow.of(days, start, end);
  }

  private static <T> T pick(RandomGenerator random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
