package dev.rapport.loyalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Computes what an {@link Activity} earns under a program's {@link EarningRule}s, with a
 * line-by-line explanation: a pure function of (program, activity, the member's ledger).
 *
 * <p>Rules are evaluated in the program's order (see {@link EarningRule}). {@link SpendRule}s give
 * spend points per purchase line; {@link MultiplierRule}s and {@link CampaignRule}s add multiples
 * of them; {@link EventRule}s give fixed points per event within their caps, counted in the ledger.
 * Then, if the program has tiers, the member's tier multiplier (from the {@link TierEngine} at the
 * activity's instant) applies to the sum, as one more line. All of this is exact (rationals, never
 * floating point); the total is rounded once, with the program's rounding mode, and each line shows
 * the difference of the rounded running totals, so the lines sum to the total exactly. If
 * multipliers below one took the sum below zero, a last line brings it back to zero.
 *
 * <p>Immutable and thread-safe.
 */
public final class EarningEngine {
  private final LoyaltyProgram program;
  private final Optional<TierEngine> tiers;

  private EarningEngine(LoyaltyProgram program) {
    this.program = program;
    this.tiers = program.tiers().map(policy -> TierEngine.of(program));
  }

  /** Returns the engine of {@code program}. */
  public static EarningEngine of(LoyaltyProgram program) {
    return new EarningEngine(Objects.requireNonNull(program, "program"));
  }

  /** A line before rounding. */
  private static final class Line {
    final String rule;
    final String base;
    final Exact points;

    Line(String rule, String base, Exact points) {
      this.rule = rule;
      this.base = base;
      this.points = points;
    }
  }

  /**
   * Returns what {@code activity} earns for the member whose ledger is {@code history}.
   *
   * @throws IllegalArgumentException if a purchase is in another currency than the program's
   * @throws ArithmeticException if the program's rounding mode is {@code UNNECESSARY} and the
   *     points are not whole
   */
  public EarningResult evaluate(Activity activity, PointsLedger history) {
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(history, "history");
    List<Line> lines = new ArrayList<>();
    Optional<Money> orderAmount = Optional.empty();
    if (activity instanceof Activity.Purchase) {
      Activity.Purchase purchase = (Activity.Purchase) activity;
      program.requireCurrency(purchase.total(), "purchase");
      orderAmount = Optional.of(purchase.total());
      purchaseLines(purchase, lines);
    } else {
      eventLines((Activity.MemberEvent) activity, history, lines);
    }
    if (tiers.isPresent()) {
      Tier tier = tiers.get().evaluate(history, activity.at()).tier();
      Exact sum = sum(lines);
      if (tier.multiplier().compareTo(BigDecimal.ONE) != 0 && sum.signum() != 0) {
        lines.add(
            new Line(
                "tier " + tier.name(),
                sum + " points x" + tier.multiplier().toPlainString(),
                sum.times(Exact.of(tier.multiplier().subtract(BigDecimal.ONE)))));
      }
    }
    Exact total = sum(lines);
    if (total.signum() < 0) {
      lines.add(new Line("no negative earn", "points cannot go below zero", total.negate()));
    }
    return round(lines, orderAmount);
  }

  private void purchaseLines(Activity.Purchase purchase, List<Line> lines) {
    List<LineItem> items = purchase.items();
    Exact[] spendPoints = new Exact[items.size()];
    Arrays.fill(spendPoints, Exact.ZERO);
    LocalDate date = LocalDate.ofInstant(purchase.at(), program.zone());
    for (EarningRule rule : program.rules()) {
      Line line = null;
      if (rule instanceof SpendRule) {
        SpendRule spend = (SpendRule) rule;
        Money base = Money.zero(program.currency());
        Exact points = Exact.ZERO;
        for (int i = 0; i < items.size(); i++) {
          LineItem item = items.get(i);
          if (spend.covers(item.category())) {
            Exact itemPoints = spend.rate().exactPointsFor(item.amount());
            spendPoints[i] = spendPoints[i].plus(itemPoints);
            base = base.plus(item.amount());
            points = points.plus(itemPoints);
          }
        }
        if (points.signum() != 0) {
          line = new Line(rule.name(), base + " at " + spend.rate(), points);
        }
      } else if (rule instanceof MultiplierRule) {
        MultiplierRule multiplier = (MultiplierRule) rule;
        Exact base = Exact.ZERO;
        for (int i = 0; i < items.size(); i++) {
          if (multiplier.matches(items.get(i))) {
            base = base.plus(spendPoints[i]);
          }
        }
        if (base.signum() != 0) {
          line = multiplied(rule.name(), base, multiplier.multiplier());
        }
      } else if (rule instanceof CampaignRule) {
        line = campaign((CampaignRule) rule, purchase, date, sum(spendPoints));
      }
      if (line != null) {
        lines.add(line);
        if (rule.stop()) {
          return;
        }
      }
    }
  }

  private static Line multiplied(String rule, Exact base, BigDecimal multiplier) {
    return new Line(
        rule,
        base + " spend points x" + multiplier.toPlainString(),
        base.times(Exact.of(multiplier.subtract(BigDecimal.ONE))));
  }

  private Line campaign(
      CampaignRule campaign, Activity.Purchase purchase, LocalDate date, Exact spendPoints) {
    if (date.isBefore(campaign.from()) || date.isAfter(campaign.to())) {
      return null;
    }
    if (campaign.minimumSpend().isPresent()
        && purchase.total().compareAmount(campaign.minimumSpend().get()) < 0) {
      return null;
    }
    Exact points = Exact.of(campaign.bonusPoints());
    List<String> base = new ArrayList<>(2);
    if (campaign.multiplies() && spendPoints.signum() != 0) {
      points =
          points.plus(spendPoints.times(Exact.of(campaign.multiplier().subtract(BigDecimal.ONE))));
      base.add(spendPoints + " spend points x" + campaign.multiplier().toPlainString());
    }
    if (campaign.bonusPoints() > 0) {
      base.add(campaign.bonusPoints() + " bonus points");
    }
    if (base.isEmpty()) {
      return null;
    }
    return new Line(
        campaign.name(),
        String.join(" and ", base) + ", " + campaign.from() + " to " + campaign.to(),
        points);
  }

  private void eventLines(Activity.MemberEvent event, PointsLedger history, List<Line> lines) {
    for (EarningRule rule : program.rules()) {
      if (!(rule instanceof EventRule) || !((EventRule) rule).kind().equals(event.kind())) {
        continue;
      }
      EventRule eventRule = (EventRule) rule;
      Optional<String> cap = reachedCap(eventRule, event, history);
      if (cap.isPresent()) {
        lines.add(new Line(rule.name(), event.kind() + ", " + cap.get(), Exact.ZERO));
        continue;
      }
      lines.add(new Line(rule.name(), event.kind().toString(), Exact.of(eventRule.points())));
      if (rule.stop()) {
        return;
      }
    }
  }

  /** Returns a description of the first cap the rule has reached in the event's periods. */
  private Optional<String> reachedCap(
      EventRule rule, Activity.MemberEvent event, PointsLedger history) {
    if (rule.capPerDay().isEmpty() && rule.capPerWeek().isEmpty() && rule.capPerMonth().isEmpty()) {
      return Optional.empty();
    }
    ZoneId zone = program.zone();
    LocalDate date = LocalDate.ofInstant(event.at(), zone);
    LocalDate week = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate month = date.withDayOfMonth(1);
    int day = 0;
    int inWeek = 0;
    int inMonth = 0;
    for (LedgerEntry entry : history.entries()) {
      if (entry.type() != EntryType.EARN || !rewarded(entry, rule.name())) {
        continue;
      }
      LocalDate earned = LocalDate.ofInstant(entry.occurredAt(), zone);
      day += earned.equals(date) ? 1 : 0;
      inWeek += !earned.isBefore(week) && earned.isBefore(week.plusWeeks(1)) ? 1 : 0;
      inMonth += !earned.isBefore(month) && earned.isBefore(month.plusMonths(1)) ? 1 : 0;
    }
    Optional<String> reached = capReached(rule.capPerDay(), day, "day");
    if (reached.isEmpty()) {
      reached = capReached(rule.capPerWeek(), inWeek, "week");
    }
    return reached.isPresent() ? reached : capReached(rule.capPerMonth(), inMonth, "month");
  }

  private static Optional<String> capReached(OptionalInt cap, int count, String period) {
    return cap.isPresent() && count >= cap.getAsInt()
        ? Optional.of("cap of " + cap.getAsInt() + " per " + period + " reached")
        : Optional.empty();
  }

  private static boolean rewarded(LedgerEntry entry, String rule) {
    for (ExplanationLine line : ((LedgerRequest.Earn) entry.request()).explanation()) {
      if (line.rule().equals(rule) && line.points() > 0) {
        return true;
      }
    }
    return false;
  }

  private static Exact sum(List<Line> lines) {
    Exact sum = Exact.ZERO;
    for (Line line : lines) {
      sum = sum.plus(line.points);
    }
    return sum;
  }

  private static Exact sum(Exact[] values) {
    Exact sum = Exact.ZERO;
    for (Exact value : values) {
      sum = sum.plus(value);
    }
    return sum;
  }

  /** Rounds the running total once per line; each line is the difference of rounded totals. */
  private EarningResult round(List<Line> lines, Optional<Money> orderAmount) {
    RoundingMode mode = program.roundingMode();
    List<ExplanationLine> rounded = new ArrayList<>(lines.size());
    Exact running = Exact.ZERO;
    long previous = 0;
    for (Line line : lines) {
      running = running.plus(line.points);
      long total;
      try {
        total = running.round(mode);
      } catch (ArithmeticException e) {
        if (mode != RoundingMode.UNNECESSARY) {
          throw e;
        }
        throw new ArithmeticException(
            "points must be whole under rounding mode UNNECESSARY, but were "
                + running
                + " after rule \""
                + line.rule
                + "\"; set the program's rounding mode");
      }
      rounded.add(new ExplanationLine(line.rule, line.base, Math.subtractExact(total, previous)));
      previous = total;
    }
    return new EarningResult(previous, rounded, orderAmount);
  }

  @Override
  public String toString() {
    return "EarningEngine[" + program.name() + "]";
  }
}
