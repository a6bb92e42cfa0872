package dev.rapport.loyalty;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A loyalty program's rules: its zone and currency, the earning rules and their rounding, how
 * points expire and when they become available, what a clawback does when the points are gone, how
 * a redemption rollback gives points back, the redemption limits, and the tiers. Made by {@link
 * #builder(String, ZoneId, Currency)}.
 *
 * <p>The program is an argument of every {@link PointsLedger} write, never stored in the ledger:
 * each entry records what the program decided (a lot's availability and expiry, what a clawback
 * took), so a ledger replays the same after the program changes.
 *
 * <p>Immutable and thread-safe.
 */
public final class LoyaltyProgram {
  /** The default rounding mode: {@code UNNECESSARY}, so an inexact conversion throws. */
  public static final RoundingMode DEFAULT_ROUNDING = RoundingMode.UNNECESSARY;

  /** The default clawback policy: clamp to zero. */
  public static final ClawbackPolicy DEFAULT_CLAWBACK = ClawbackPolicy.CLAMP_TO_ZERO;

  /** The default rollback expiry: the original lots' expiry. */
  public static final RollbackExpiry DEFAULT_ROLLBACK_EXPIRY = RollbackExpiry.ORIGINAL;

  /** The longest pending period accepted, in days. */
  public static final int MAX_PENDING_DAYS = 3_660;

  private final String name;
  private final ZoneId zone;
  private final Currency currency;
  private final RoundingMode roundingMode;
  private final ExpiryPolicy expiry;
  private final int pendingDays;
  private final ClawbackPolicy clawback;
  private final RollbackExpiry rollbackExpiry;
  private final long minimumRedemption;
  private final BigDecimal maximumRedemptionShare;
  private final Optional<PointsRate> redemptionValue;
  private final ImmutableList<EarningRule> rules;
  private final Optional<TierPolicy> tiers;

  private LoyaltyProgram(Builder builder, ImmutableList<EarningRule> rules) {
    this.name = builder.name;
    this.zone = builder.zone;
    this.currency = builder.currency;
    this.roundingMode = builder.roundingMode;
    this.expiry = builder.expiry;
    this.pendingDays = builder.pendingDays;
    this.clawback = builder.clawback;
    this.rollbackExpiry = builder.rollbackExpiry;
    this.minimumRedemption = builder.minimumRedemption;
    this.maximumRedemptionShare = builder.maximumRedemptionShare;
    this.redemptionValue = builder.redemptionValue;
    this.rules = rules;
    this.tiers = builder.tiers;
  }

  /**
   * Returns a builder of a program named {@code name} in {@code zone} and {@code currency}, with
   * the defaults: {@link #DEFAULT_ROUNDING}, points that never expire, no pending period, {@link
   * #DEFAULT_CLAWBACK}, {@link #DEFAULT_ROLLBACK_EXPIRY}, a minimum redemption of 1 point, no
   * maximum share of an order, no redemption value, no earning rules and no tiers.
   */
  public static Builder builder(String name, ZoneId zone, Currency currency) {
    return new Builder(name, zone, currency);
  }

  /** Returns a builder that starts from {@code existing}'s settings, to derive a variant. */
  public static Builder builder(LoyaltyProgram existing) {
    Objects.requireNonNull(existing, "existing");
    return new Builder(existing.name, existing.zone, existing.currency)
        .roundingMode(existing.roundingMode)
        .expiry(existing.expiry)
        .pendingDays(existing.pendingDays)
        .clawback(existing.clawback)
        .rollbackExpiry(existing.rollbackExpiry)
        .minimumRedemption(existing.minimumRedemption)
        .copyOf(existing);
  }

  /** Returns the program's name. */
  public String name() {
    return name;
  }

  /** Returns the zone whose local dates expiry, pending periods and campaign windows follow. */
  public ZoneId zone() {
    return zone;
  }

  /** Returns the currency of orders, rates and thresholds. */
  public Currency currency() {
    return currency;
  }

  /** Returns the mode of the one rounding of earned points. */
  public RoundingMode roundingMode() {
    return roundingMode;
  }

  /** Returns the expiry policy. */
  public ExpiryPolicy expiry() {
    return expiry;
  }

  /**
   * Returns the pending period in days: earned points become available at the end of the local day
   * this many days after the earn's (the return window); 0 means at once.
   */
  public int pendingDays() {
    return pendingDays;
  }

  /** Returns the clawback policy. */
  public ClawbackPolicy clawback() {
    return clawback;
  }

  /** Returns how a redemption rollback gives points back. */
  public RollbackExpiry rollbackExpiry() {
    return rollbackExpiry;
  }

  /** Returns the fewest points one redemption may redeem, at least 1. */
  public long minimumRedemption() {
    return minimumRedemption;
  }

  /**
   * Returns the largest share of an order that points may pay, in {@code (0, 1]}; below 1 it needs
   * a {@link #redemptionValue()}.
   */
  public BigDecimal maximumRedemptionShare() {
    return maximumRedemptionShare;
  }

  /** Returns what points are worth when redeemed ({@code 100 points per USD 1.00}), if set. */
  public Optional<PointsRate> redemptionValue() {
    return redemptionValue;
  }

  /**
   * Returns the earning rules in the order the {@link EarningEngine} evaluates them: highest
   * priority first, rules of equal priority in the order they were added.
   */
  public List<EarningRule> rules() {
    return rules;
  }

  /** Returns the tier policy, if the program has tiers. */
  public Optional<TierPolicy> tiers() {
    return tiers;
  }

  /** Returns when points earned at {@code occurredAt} become available. */
  Instant availableAt(Instant occurredAt) {
    if (pendingDays == 0) {
      return occurredAt;
    }
    return ExpiryPolicy.endOfDay(LocalDate.ofInstant(occurredAt, zone).plusDays(pendingDays), zone);
  }

  /** Returns when points earned at {@code occurredAt} expire. */
  Optional<Instant> expiresAt(Instant occurredAt) {
    return expiry.expiryOf(occurredAt, zone);
  }

  /** Throws {@link IllegalArgumentException} if {@code money} is not in the program's currency. */
  void requireCurrency(Money money, String name) {
    if (!money.currency().equals(currency)) {
      throw new IllegalArgumentException(
          name + " must be in " + currency.getCurrencyCode() + ", but was " + money);
    }
  }

  /**
   * Checks a redemption of {@code points} against the limits.
   *
   * @throws IllegalArgumentException if it is below the minimum or pays more than the maximum share
   *     of the order
   */
  void checkRedemption(long points, Optional<Money> orderAmount) {
    if (points < minimumRedemption) {
      throw new IllegalArgumentException(
          "points must be at least the program's minimum redemption "
              + minimumRedemption
              + ", but was "
              + points);
    }
    if (orderAmount.isEmpty()) {
      return;
    }
    Money order = orderAmount.get();
    requireCurrency(order, "orderAmount");
    if (redemptionValue.isEmpty()) {
      return;
    }
    Exact value = redemptionValue.get().exactValueOf(points);
    Exact limit = Exact.of(order.amount().multiply(maximumRedemptionShare));
    if (value.compareTo(limit) > 0) {
      throw new IllegalArgumentException(
          "points must be worth at most "
              + maximumRedemptionShare.toPlainString()
              + " of the order "
              + order
              + ", but "
              + points
              + " points are worth "
              + currency.getCurrencyCode()
              + " "
              + value);
    }
  }

  /** Returns the configuration, readably, for logs. */
  @Override
  public String toString() {
    return "LoyaltyProgram["
        + name
        + ", zone="
        + zone
        + ", currency="
        + currency.getCurrencyCode()
        + ", rounding="
        + roundingMode
        + ", expiry="
        + expiry
        + ", pendingDays="
        + pendingDays
        + ", clawback="
        + clawback
        + ", rollbackExpiry="
        + rollbackExpiry
        + ", minimumRedemption="
        + minimumRedemption
        + ", maximumRedemptionShare="
        + maximumRedemptionShare.toPlainString()
        + redemptionValue.map(rate -> ", redemptionValue=" + rate).orElse("")
        + ", rules="
        + rules
        + tiers.map(policy -> ", tiers=" + policy).orElse("")
        + "]";
  }

  /**
   * Builds a {@link LoyaltyProgram}; each setter checks its argument, {@link #build()} the rules
   * that span several. Not thread-safe.
   */
  public static final class Builder {
    private final String name;
    private final ZoneId zone;
    private final Currency currency;
    private RoundingMode roundingMode = DEFAULT_ROUNDING;
    private ExpiryPolicy expiry = ExpiryPolicy.none();
    private int pendingDays;
    private ClawbackPolicy clawback = DEFAULT_CLAWBACK;
    private RollbackExpiry rollbackExpiry = DEFAULT_ROLLBACK_EXPIRY;
    private long minimumRedemption = 1;
    private BigDecimal maximumRedemptionShare = BigDecimal.ONE;
    private Optional<PointsRate> redemptionValue = Optional.empty();
    private final List<EarningRule> rules = new ArrayList<>();
    private Optional<TierPolicy> tiers = Optional.empty();

    private Builder(String name, ZoneId zone, Currency currency) {
      this.name = Checks.text(name, "name", 200);
      this.zone = Objects.requireNonNull(zone, "zone");
      this.currency = Objects.requireNonNull(currency, "currency");
    }

    /** Sets the mode of the one rounding of earned points; default {@link #DEFAULT_ROUNDING}. */
    public Builder roundingMode(RoundingMode roundingMode) {
      this.roundingMode = Objects.requireNonNull(roundingMode, "roundingMode");
      return this;
    }

    /** Sets the expiry policy; default {@link ExpiryPolicy#none()}. */
    public Builder expiry(ExpiryPolicy expiry) {
      this.expiry = Objects.requireNonNull(expiry, "expiry");
      return this;
    }

    /**
     * Sets the pending period (return window) in days; default 0.
     *
     * @throws IllegalArgumentException unless {@code days} is in {@code [0, MAX_PENDING_DAYS]}
     */
    public Builder pendingDays(int days) {
      if (days < 0 || days > MAX_PENDING_DAYS) {
        throw new IllegalArgumentException(
            "pendingDays must be in [0, " + MAX_PENDING_DAYS + "], but was " + days);
      }
      this.pendingDays = days;
      return this;
    }

    /** Sets the clawback policy; default {@link #DEFAULT_CLAWBACK}. */
    public Builder clawback(ClawbackPolicy clawback) {
      this.clawback = Objects.requireNonNull(clawback, "clawback");
      return this;
    }

    /** Sets how rollbacks give points back; default {@link #DEFAULT_ROLLBACK_EXPIRY}. */
    public Builder rollbackExpiry(RollbackExpiry rollbackExpiry) {
      this.rollbackExpiry = Objects.requireNonNull(rollbackExpiry, "rollbackExpiry");
      return this;
    }

    /**
     * Sets the fewest points one redemption may redeem; default 1.
     *
     * @throws IllegalArgumentException if {@code points} is not positive
     */
    public Builder minimumRedemption(long points) {
      this.minimumRedemption = Checks.positive(points, "minimumRedemption");
      return this;
    }

    /**
     * Sets the largest share of an order points may pay ({@code 0.5} for half); default 1. Needs a
     * {@link #redemptionValue}.
     *
     * @throws IllegalArgumentException unless {@code share} is in {@code (0, 1]}
     */
    public Builder maximumRedemptionShare(BigDecimal share) {
      Objects.requireNonNull(share, "share");
      if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException(
            "maximumRedemptionShare must be in (0, 1], but was " + share.toPlainString());
      }
      this.maximumRedemptionShare = share;
      return this;
    }

    /** Sets what points are worth when redeemed ({@code 100 points per USD 1.00}). */
    public Builder redemptionValue(PointsRate rate) {
      this.redemptionValue = Optional.of(Objects.requireNonNull(rate, "rate"));
      return this;
    }

    /** Adds an earning rule; see {@link EarningRule} for the order they are evaluated in. */
    public Builder rule(EarningRule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** Adds earning rules, in order. */
    public Builder rules(List<? extends EarningRule> rules) {
      Objects.requireNonNull(rules, "rules").forEach(this::rule);
      return this;
    }

    /** Sets the tier policy. */
    public Builder tiers(TierPolicy tiers) {
      this.tiers = Optional.of(Objects.requireNonNull(tiers, "tiers"));
      return this;
    }

    private Builder copyOf(LoyaltyProgram existing) {
      this.maximumRedemptionShare = existing.maximumRedemptionShare;
      this.redemptionValue = existing.redemptionValue;
      this.rules.addAll(existing.rules);
      this.tiers = existing.tiers;
      return this;
    }

    /**
     * Returns the program.
     *
     * @throws IllegalStateException if the redemption value, a spend rate or a campaign's minimum
     *     spend is in another currency, a maximum share is set without a redemption value, points
     *     would expire before the pending period ends ({@code rollingDays} not longer than {@code
     *     pendingDays}), rule names repeat, or a multiplier or multiplying campaign is evaluated
     *     before every spend rule (it would have no spend points to multiply)
     */
    public LoyaltyProgram build() {
      if (redemptionValue.isPresent() && !redemptionValue.get().currency().equals(currency)) {
        throw new IllegalStateException(
            "redemptionValue must be in "
                + currency.getCurrencyCode()
                + ", but was "
                + redemptionValue.get());
      }
      if (maximumRedemptionShare.compareTo(BigDecimal.ONE) < 0 && redemptionValue.isEmpty()) {
        throw new IllegalStateException(
            "redemptionValue must be set when maximumRedemptionShare is below 1, but was not");
      }
      if (expiry.kind() == ExpiryPolicy.Kind.ROLLING_DAYS && expiry.amount() <= pendingDays) {
        throw new IllegalStateException(
            "expiry must be longer than the pending period of "
                + pendingDays
                + " days, but was "
                + expiry);
      }
      List<EarningRule> ordered = new ArrayList<>(rules);
      ordered.sort(Comparator.comparingInt(EarningRule::priority).reversed());
      Set<String> names = new HashSet<>();
      boolean spend = false;
      for (EarningRule rule : ordered) {
        if (!names.add(rule.name())) {
          throw new IllegalStateException(
              "rule names must be unique, but \"" + rule.name() + "\" repeats");
        }
        if (rule instanceof SpendRule) {
          spend = true;
          checkCurrency(((SpendRule) rule).rate().per(), rule);
        }
        if (rule instanceof CampaignRule) {
          ((CampaignRule) rule).minimumSpend().ifPresent(money -> checkCurrency(money, rule));
        }
        boolean multiplies =
            rule instanceof MultiplierRule
                || (rule instanceof CampaignRule && ((CampaignRule) rule).multiplies());
        if (multiplies && !spend) {
          throw new IllegalStateException(
              "rule \""
                  + rule.name()
                  + "\" must be evaluated after a spend rule (have a lower priority), but was not");
        }
      }
      return new LoyaltyProgram(this, ImmutableList.copyOf(ordered));
    }

    private void checkCurrency(Money money, EarningRule rule) {
      if (!money.currency().equals(currency)) {
        throw new IllegalStateException(
            "rule \""
                + rule.name()
                + "\" must use "
                + currency.getCurrencyCode()
                + ", but used "
                + money);
      }
    }
  }
}
