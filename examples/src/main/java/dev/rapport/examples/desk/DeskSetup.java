package dev.rapport.examples.desk;

import com.google.common.collect.ImmutableMap;
import dev.rapport.core.Channel;
import dev.rapport.core.Priority;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.loyalty.ClawbackPolicy;
import dev.rapport.loyalty.EarningEngine;
import dev.rapport.loyalty.ExpiryPolicy;
import dev.rapport.loyalty.LoyaltyProgram;
import dev.rapport.loyalty.Money;
import dev.rapport.loyalty.PointsRate;
import dev.rapport.loyalty.SpendRule;
import dev.rapport.loyalty.TierEngine;
import dev.rapport.loyalty.TierPolicy;
import dev.rapport.loyalty.referral.QualificationRule;
import dev.rapport.loyalty.referral.ReferralProgram;
import dev.rapport.loyalty.referral.ReferrerCap;
import dev.rapport.loyalty.referral.Reward;
import dev.rapport.loyalty.referral.VelocityRule;
import dev.rapport.sla.SlaEngine;
import dev.rapport.sla.SlaMetric;
import dev.rapport.sla.SlaPolicy;
import dev.rapport.sla.SlaPolicySet;
import dev.rapport.sla.SlaTarget;
import dev.rapport.sla.TicketCondition;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The desk's configuration, as a company would write it with Rapport's builders: the teams'
 * business calendars, the SLA policy set, the loyalty program and the referral program. Immutable
 * after construction.
 */
final class DeskSetup {
  static final Currency EUR = Currency.getInstance("EUR");
  static final double[] WARNINGS = {0.5, 0.75, 0.9};

  final DeskConfig config;
  final Map<Team, BusinessCalendar> calendars;
  final SlaPolicySet policies;
  final SlaEngine engine;
  final LoyaltyProgram program;
  final EarningEngine earning;

  /**
   * The earning rules without tiers, for the year of history seeded before the simulation: that
   * history is made up, and earning it through the tier engine would replay each member's ledger
   * for every past order (the seeding would take longer than the month itself).
   */
  final EarningEngine historyEarning;

  final TierEngine tiers;
  final ReferralProgram referralProgram;

  DeskSetup(DeskConfig config) {
    this.config = config;
    int firstYear = config.start().getYear() - 1;
    int lastYear = config.start().plusDays(config.days()).getYear() + 1;
    Map<Team, BusinessCalendar> map = new EnumMap<>(Team.class);
    map.put(Team.EMEA, berlin(firstYear, lastYear));
    map.put(Team.AMER, newYork(firstYear, lastYear));
    map.put(Team.CHAT, BusinessCalendar.always(Team.CHAT.zone()));
    this.calendars = ImmutableMap.copyOf(map);
    this.policies = policies(calendars);
    this.engine = SlaEngine.of(policies);
    LoyaltyProgram base =
        LoyaltyProgram.builder("Rapport Rewards", ZoneId.of("Europe/Berlin"), EUR)
            .roundingMode(java.math.RoundingMode.DOWN)
            .expiry(ExpiryPolicy.rollingDays(365))
            .pendingDays(14)
            .clawback(ClawbackPolicy.ALLOW_NEGATIVE)
            .minimumRedemption(500)
            .redemptionValue(PointsRate.of(100, Money.of("1.00", "EUR")))
            .maximumRedemptionShare(new BigDecimal("0.5"))
            .rule(SpendRule.of("a point per euro", PointsRate.of(1, Money.of("1.00", "EUR"))))
            .build();
    this.program =
        LoyaltyProgram.builder(base)
            .tiers(
                TierPolicy.builder(
                        TierPolicy.Basis.POINTS_EARNED, TierPolicy.Window.ROLLING_12_MONTHS)
                    .tier("Member", 0, "1")
                    .tier("Silver", 1_000, "1.25")
                    .tier("Gold", 2_000, "1.5")
                    .review(TierPolicy.Review.MONTHLY)
                    .build())
            .build();
    this.earning = EarningEngine.of(program);
    this.historyEarning = EarningEngine.of(base);
    this.tiers = TierEngine.of(program);
    this.referralProgram =
        ReferralProgram.builder("Friends of Rapport")
            .referrerReward(Reward.points(1_000))
            .refereeReward(Reward.points(500))
            .qualification(QualificationRule.firstOrderAtLeast(Money.of("50.00", "EUR")))
            .rewardHold(Duration.ofDays(7))
            .cap(ReferrerCap.perMonth(5, ZoneId.of("Europe/Berlin")))
            .fraudRule(VelocityRule.perDevice(3, Duration.ofDays(7)))
            .build();
  }

  BusinessCalendar calendar(Team team) {
    return calendars.get(team);
  }

  /** Berlin office: weekdays 08:00 to 18:00, German holidays, half days on 24 and 31 December. */
  static BusinessCalendar berlin(int firstYear, int lastYear) {
    BusinessCalendar.Builder builder =
        BusinessCalendar.builder(Team.EMEA.zone())
            .weekdays(LocalTime.of(8, 0), LocalTime.of(18, 0));
    for (int year = firstYear; year <= lastYear; year++) {
      builder.closed(Holidays.germany(year));
      halfDay(builder, LocalDate.of(year, 12, 24), LocalTime.of(8, 0), LocalTime.of(12, 0));
      halfDay(builder, LocalDate.of(year, 12, 31), LocalTime.of(8, 0), LocalTime.of(12, 0));
    }
    return builder.build();
  }

  /** New York office: weekdays 08:00 to 19:00, US federal holidays, Christmas Eve until 13:00. */
  static BusinessCalendar newYork(int firstYear, int lastYear) {
    BusinessCalendar.Builder builder =
        BusinessCalendar.builder(Team.AMER.zone())
            .weekdays(LocalTime.of(8, 0), LocalTime.of(19, 0));
    for (int year = firstYear; year <= lastYear; year++) {
      Set<LocalDate> closed = Holidays.unitedStates(year);
      builder.closed(closed);
      LocalDate christmasEve = LocalDate.of(year, 12, 24);
      if (!closed.contains(christmasEve)) {
        halfDay(builder, christmasEve, LocalTime.of(8, 0), LocalTime.of(13, 0));
      }
    }
    return builder.build();
  }

  private static void halfDay(
      BusinessCalendar.Builder builder, LocalDate date, LocalTime start, LocalTime end) {
    DayOfWeek day = date.getDayOfWeek();
    if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
      builder.override(date, start, end);
    }
  }

  /**
   * The policy set, first match wins: chats promise minutes around the clock; the office teams
   * promise business hours on their own calendar, by priority.
   */
  static SlaPolicySet policies(Map<Team, BusinessCalendar> calendars) {
    SlaPolicySet.Builder set = SlaPolicySet.builder();
    BusinessCalendar chat = calendars.get(Team.CHAT);
    set.add(
        SlaPolicy.builder("chat")
            .when(TicketCondition.channelIn(Channel.CHAT))
            .target(target(SlaMetric.FIRST_RESPONSE, Duration.ofMinutes(10), chat))
            .target(target(SlaMetric.NEXT_RESPONSE, Duration.ofMinutes(15), chat))
            .target(target(SlaMetric.RESOLUTION, Duration.ofHours(8), chat))
            .build());
    for (Team team : new Team[] {Team.EMEA, Team.AMER}) {
      BusinessCalendar calendar = calendars.get(team);
      for (Priority priority :
          new Priority[] {Priority.URGENT, Priority.HIGH, Priority.NORMAL, Priority.LOW}) {
        Duration[] hours = targetHours(priority);
        set.add(
            SlaPolicy.builder(team.tag() + "-" + priority.name().toLowerCase(java.util.Locale.ROOT))
                .when(
                    TicketCondition.all(
                        TicketCondition.hasAnyTag(team.tag()),
                        TicketCondition.priorityIn(priority)))
                .target(target(SlaMetric.FIRST_RESPONSE, hours[0], calendar))
                .target(target(SlaMetric.NEXT_RESPONSE, hours[1], calendar))
                .target(target(SlaMetric.RESOLUTION, hours[2], calendar))
                .build());
      }
    }
    return set.build();
  }

  /**
   * Returns a one-line description of {@code policy}: its name, condition and targets, each with
   * the calendar it counts on ({@code toString} prints whole calendars, too long for a report).
   */
  String describe(SlaPolicy policy) {
    StringBuilder line =
        new StringBuilder(policy.name()).append(" (when ").append(policy.condition()).append("):");
    String separator = " ";
    for (SlaTarget target : policy.targets().values()) {
      line.append(separator)
          .append(target.metric().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
          .append(' ')
          .append(hours(target.duration()));
      separator = ", ";
    }
    for (Team team : Team.values()) {
      if (calendars.get(team).equals(policy.targets().values().iterator().next().calendar())) {
        line.append(
            team == Team.CHAT ? " around the clock" : " on " + team.label() + " business hours");
      }
    }
    return line.toString();
  }

  private static String hours(Duration duration) {
    return duration.toMinutes() < 60 ? duration.toMinutes() + " min" : duration.toHours() + " h";
  }

  /** First response, next response and resolution targets in business hours. */
  private static Duration[] targetHours(Priority priority) {
    switch (priority) {
      case URGENT:
        return new Duration[] {Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(8)};
      case HIGH:
        return new Duration[] {Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(20)};
      case NORMAL:
        return new Duration[] {Duration.ofHours(6), Duration.ofHours(8), Duration.ofHours(40)};
      default:
        return new Duration[] {Duration.ofHours(12), Duration.ofHours(16), Duration.ofHours(80)};
    }
  }

  private static SlaTarget target(SlaMetric metric, Duration duration, BusinessCalendar calendar) {
    return SlaTarget.builder(metric, duration).calendar(calendar).warnings(WARNINGS).build();
  }
}
