package dev.rapport.testkit;

import dev.rapport.core.Channel;
import dev.rapport.core.Priority;
import dev.rapport.core.TicketStatus;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.sla.Reselection;
import dev.rapport.sla.SlaMetric;
import dev.rapport.sla.SlaPolicy;
import dev.rapport.sla.SlaPolicySet;
import dev.rapport.sla.SlaTarget;
import dev.rapport.sla.TicketCondition;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Generators of SLA configuration for property tests, as plain {@code Function<RandomGenerator, T>}
 * values ({@link QtSlaGens} wraps them for QuickTheories): ticket conditions, targets, policies and
 * policy sets.
 *
 * <p>Conditions use the priorities, channels, tags and segments that {@link TimelineGenerators}
 * gives tickets, so that generated policies select generated tickets in every way: some match, some
 * do not, and priority and tag changes move tickets between policies. Target durations are whole
 * minutes, from 1 minute to 3 days, log-uniform; warnings are 0 to 3 of 25%, a third, 50%, 75%,
 * 80%, 90% and 95%; pause statuses are the metric's defaults half the time, else a random subset of
 * the active statuses.
 *
 * <p>Targets take their calendars from a generator the caller gives, or from {@link
 * #sampleCalendars()}: a few fixed calendars with holidays, overrides, split and overnight shifts
 * in zones with daylight saving, all of whose boundaries are whole minutes.
 *
 * <p>Each generator is a pure function of the random source it is given. Thread-safe (stateless);
 * the random source is the caller's.
 */
public final class SlaGenerators {
  private static final List<String> TAGS = List.of("billing", "vip", "refund", "bug", "outage");
  private static final List<String> SEGMENTS = List.of("enterprise", "smb", "key accounts");
  private static final double[] SHARES = {0.25, 1.0 / 3, 0.5, 0.75, 0.8, 0.9, 0.95};
  private static final long LONGEST_MINUTES = Duration.ofDays(3).toMinutes();
  private static final List<BusinessCalendar> SAMPLE_CALENDARS = buildSampleCalendars();

  private SlaGenerators() {}

  /**
   * Returns the fixed calendars {@link #sampleCalendars()} picks from: 24/7 in UTC; Monday to
   * Friday 09:00-17:00 in Berlin with holidays and a short day; split shifts 08:00-12:00 and
   * 13:00-18:00 on weekdays and a Saturday morning in New York; an overnight 22:00-06:00 shift
   * Sunday to Thursday in Kolkata. Holidays and overrides fall between 2020 and 2030.
   */
  public static List<BusinessCalendar> sampleCalendarList() {
    return SAMPLE_CALENDARS;
  }

  private static List<BusinessCalendar> buildSampleCalendars() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    BusinessCalendar.Builder office =
        BusinessCalendar.builder(berlin).weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0));
    BusinessCalendar.Builder shifts =
        BusinessCalendar.builder(ZoneId.of("America/New_York"))
            .weekdays(LocalTime.of(8, 0), LocalTime.of(12, 0))
            .weekdays(LocalTime.of(13, 0), LocalTime.of(18, 0))
            .open(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0));
    for (int year = 2020; year <= 2030; year++) {
      office
          .closed(LocalDate.of(year, 1, 1))
          .closed(LocalDate.of(year, 12, 25))
          .override(LocalDate.of(year, 12, 24), LocalTime.of(9, 0), LocalTime.of(12, 30));
      shifts.closed(LocalDate.of(year, 7, 4)).closed(LocalDate.of(year, 11, 26));
    }
    BusinessCalendar overnight =
        BusinessCalendar.builder(ZoneId.of("Asia/Kolkata"))
            .open(
                EnumSet.of(
                    DayOfWeek.SUNDAY,
                    DayOfWeek.MONDAY,
                    DayOfWeek.TUESDAY,
                    DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY),
                LocalTime.of(22, 0),
                LocalTime.of(6, 0))
            .build();
    return List.of(
        BusinessCalendar.always(ZoneOffset.UTC), office.build(), shifts.build(), overnight);
  }

  /** Returns a generator that picks one of {@link #sampleCalendarList()}. */
  public static Function<RandomGenerator, BusinessCalendar> sampleCalendars() {
    return random -> pick(Objects.requireNonNull(random, "random"), sampleCalendarList());
  }

  /**
   * Returns a generator of conditions over priority, channel, tags and segment, nested {@code
   * all}/{@code any}/{@code not} up to three levels deep, and now and then {@code always}.
   */
  public static Function<RandomGenerator, TicketCondition> conditions() {
    return random -> condition(Objects.requireNonNull(random, "random"), 0);
  }

  /** Returns a generator of targets for any metric on {@link #sampleCalendars()}. */
  public static Function<RandomGenerator, SlaTarget> targets() {
    return targets(sampleCalendars());
  }

  /** Returns a generator of targets for any metric on calendars from {@code calendars}. */
  public static Function<RandomGenerator, SlaTarget> targets(
      Function<RandomGenerator, BusinessCalendar> calendars) {
    Objects.requireNonNull(calendars, "calendars");
    return random -> {
      Objects.requireNonNull(random, "random");
      return target(random, pick(random, List.of(SlaMetric.values())), calendars);
    };
  }

  /** Returns a generator of targets for {@code metric} on calendars from {@code calendars}. */
  public static Function<RandomGenerator, SlaTarget> targets(
      SlaMetric metric, Function<RandomGenerator, BusinessCalendar> calendars) {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(calendars, "calendars");
    return random -> target(Objects.requireNonNull(random, "random"), metric, calendars);
  }

  /**
   * Returns a generator of policy sets that select by priority alone: one policy per priority with
   * targets for a random subset of the metrics, in a random reselection mode, so that every
   * priority change of a ticket may change its targets.
   */
  public static Function<RandomGenerator, SlaPolicySet> priorityLadders(
      Function<RandomGenerator, BusinessCalendar> calendars) {
    Objects.requireNonNull(calendars, "calendars");
    return random -> {
      Objects.requireNonNull(random, "random");
      SlaPolicySet.Builder set =
          SlaPolicySet.builder().reselection(pick(random, List.of(Reselection.values())));
      for (Priority priority : Priority.values()) {
        SlaPolicy.Builder policy =
            SlaPolicy.builder(priority.name().toLowerCase(Locale.ROOT))
                .when(TicketCondition.priorityIn(priority));
        for (SlaMetric metric : SlaMetric.values()) {
          if (random.nextInt(4) != 0) {
            policy.target(target(random, metric, calendars));
          }
        }
        set.add(policy.build());
      }
      return set.build();
    };
  }

  /**
   * Returns a generator of policies named {@code "p" + n} for a random {@code n}, with a random
   * condition and targets for a random subset of the metrics (possibly none) on calendars from
   * {@code calendars}.
   */
  public static Function<RandomGenerator, SlaPolicy> policies(
      Function<RandomGenerator, BusinessCalendar> calendars) {
    Objects.requireNonNull(calendars, "calendars");
    return random ->
        policy(Objects.requireNonNull(random, "random"), "p" + random.nextInt(1000), calendars);
  }

  /**
   * Returns a generator of policy sets: 1 to 4 policies with distinct names, the last a catch-all
   * half the time, and either reselection mode.
   */
  public static Function<RandomGenerator, SlaPolicySet> policySets() {
    return policySets(sampleCalendars());
  }

  /**
   * Returns a generator of policy sets as {@link #policySets()}, on calendars from {@code
   * calendars}.
   */
  public static Function<RandomGenerator, SlaPolicySet> policySets(
      Function<RandomGenerator, BusinessCalendar> calendars) {
    Objects.requireNonNull(calendars, "calendars");
    return random -> {
      Objects.requireNonNull(random, "random");
      int count = 1 + random.nextInt(4);
      SlaPolicySet.Builder set =
          SlaPolicySet.builder().reselection(pick(random, List.of(Reselection.values())));
      for (int i = 0; i < count; i++) {
        SlaPolicy policy = policy(random, "p" + (i + 1), calendars);
        boolean last = i == count - 1;
        if (!last && policy.condition() == TicketCondition.always()) {
          policy =
              SlaPolicy.builder(policy)
                  .when(new TicketCondition.PriorityIn(subset(random, List.of(Priority.values()))))
                  .build();
        } else if (last && random.nextBoolean()) {
          policy = SlaPolicy.builder(policy).when(TicketCondition.always()).build();
        }
        set.add(policy);
      }
      return set.build();
    };
  }

  private static SlaPolicy policy(
      RandomGenerator random, String name, Function<RandomGenerator, BusinessCalendar> calendars) {
    SlaPolicy.Builder policy = SlaPolicy.builder(name).when(condition(random, 0));
    for (SlaMetric metric : SlaMetric.values()) {
      if (random.nextInt(3) != 0) {
        policy.target(target(random, metric, calendars));
      }
    }
    return policy.build();
  }

  private static SlaTarget target(
      RandomGenerator random,
      SlaMetric metric,
      Function<RandomGenerator, BusinessCalendar> calendars) {
    long minutes =
        Math.max(
            1,
            Math.min(
                LONGEST_MINUTES,
                Math.round(Math.exp(random.nextDouble() * Math.log(LONGEST_MINUTES)))));
    SlaTarget.Builder target =
        SlaTarget.builder(metric, Duration.ofMinutes(minutes)).calendar(calendars.apply(random));
    if (random.nextBoolean()) {
      Set<TicketStatus> pauses = EnumSet.noneOf(TicketStatus.class);
      for (TicketStatus status : TicketStatus.values()) {
        if (status.isActive() && random.nextInt(3) == 0) {
          pauses.add(status);
        }
      }
      target.pauseStatuses(pauses);
    }
    List<Double> shares = new ArrayList<>();
    for (double share : SHARES) {
      if (random.nextInt(SHARES.length) < 1) {
        shares.add(share);
      }
    }
    return target.warnings(shares.subList(0, Math.min(3, shares.size()))).build();
  }

  private static TicketCondition condition(RandomGenerator random, int depth) {
    int kind = random.nextInt(depth >= 2 ? 6 : 9);
    switch (kind) {
      case 0:
        return TicketCondition.always();
      case 1:
        return new TicketCondition.PriorityIn(subset(random, List.of(Priority.values())));
      case 2:
        return new TicketCondition.ChannelIn(subset(random, List.of(Channel.values())));
      case 3:
        return new TicketCondition.HasAnyTag(subset(random, TAGS));
      case 4:
        return new TicketCondition.HasAllTags(subset(random, TAGS));
      case 5:
        return new TicketCondition.SegmentIn(subset(random, SEGMENTS));
      case 6:
        return new TicketCondition.All(conditions(random, depth));
      case 7:
        return new TicketCondition.Any(conditions(random, depth));
      default:
        return TicketCondition.not(condition(random, depth + 1));
    }
  }

  private static List<TicketCondition> conditions(RandomGenerator random, int depth) {
    int count = 1 + random.nextInt(3);
    List<TicketCondition> result = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      result.add(condition(random, depth + 1));
    }
    return result;
  }

  /** A non-empty subset of {@code values}, each one kept with probability one half. */
  private static <T> Set<T> subset(RandomGenerator random, List<T> values) {
    Set<T> result = new LinkedHashSet<>();
    for (T value : values) {
      if (random.nextBoolean()) {
        result.add(value);
      }
    }
    if (result.isEmpty()) {
      result.add(pick(random, values));
    }
    return result;
  }

  private static <T> T pick(RandomGenerator random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
