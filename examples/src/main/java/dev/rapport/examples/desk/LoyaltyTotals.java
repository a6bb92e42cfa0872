package dev.rapport.examples.desk;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.rapport.loyalty.LedgerEntry;
import dev.rapport.loyalty.referral.Referral;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The points that moved during the simulated period, summed from the ledger entries written in it:
 * {@code opening + earned + referralBonus + goodwill - redeemed - expired - clawedBack = closing},
 * where closing is the sum of every member's ledger balance. Immutable and thread-safe.
 *
 * @param opening the sum of the members' balances when the period starts
 * @param earned points earned on orders
 * @param referralBonus points granted by the referral program
 * @param goodwill points credited by hand after detractor follow-ups
 * @param redeemed points spent on orders
 * @param expired points that expired
 * @param clawedBack points taken back for refunds and reversed referrals
 * @param closing the sum of the members' balances when the period ends
 * @param members the number of member accounts at the end
 * @param orders the orders placed in the period
 * @param refunds the refunds in the period
 * @param weeks the same flows per week of the period
 * @param membersByTier members per tier at the end, in the tier policy's order
 * @param upgrades tier upgrades in the period
 * @param downgrades tier downgrades in the period (at a monthly review)
 * @param referrals the referral funnel
 */
public record LoyaltyTotals(
    long opening,
    long earned,
    long referralBonus,
    long goodwill,
    long redeemed,
    long expired,
    long clawedBack,
    long closing,
    int members,
    int orders,
    int refunds,
    List<Flow> weeks,
    Map<String, Long> membersByTier,
    long upgrades,
    long downgrades,
    ReferralFunnel referrals) {

  /** Checks the parts and copies the weeks. */
  public LoyaltyTotals {
    weeks = ImmutableList.copyOf(weeks);
    membersByTier = ImmutableMap.copyOf(membersByTier);
    Objects.requireNonNull(referrals, "referrals");
  }

  /**
   * The points flows of one week, all zero or positive.
   *
   * @param earned points earned on orders
   * @param bonus referral rewards and goodwill credits
   * @param redeemed points spent
   * @param expired points expired
   * @param clawedBack points clawed back
   */
  public record Flow(long earned, long bonus, long redeemed, long expired, long clawedBack) {}

  /** Accumulates ledger entries into totals. Not thread-safe. */
  static final class Builder {
    private final Instant start;
    private final long opening;
    private final long[][] weekly;
    private long earned;
    private long referralBonus;
    private long goodwill;
    private long redeemed;
    private long expired;
    private long clawedBack;
    private final Map<String, Long> tiers = new LinkedHashMap<>();
    private long upgrades;
    private long downgrades;

    Builder(Instant start, int weeks, long opening, List<String> tierNames) {
      for (String name : tierNames) {
        tiers.put(name, 0L);
      }
      this.start = start;
      this.opening = opening;
      this.weekly = new long[weeks][5];
    }

    void tier(String name) {
      tiers.merge(name, 1L, Long::sum);
    }

    void tierChange(boolean up) {
      if (up) {
        upgrades++;
      } else {
        downgrades++;
      }
    }

    void add(LedgerEntry entry) {
      long points = entry.points();
      int column;
      switch (entry.type()) {
        case EARN:
          if (LoyaltyDesk.isReferral(entry)) {
            referralBonus += points;
            column = 1;
          } else {
            earned += points;
            column = 0;
          }
          break;
        case MANUAL_CREDIT:
          goodwill += points;
          column = 1;
          break;
        case REDEEM:
          redeemed -= points;
          column = 2;
          break;
        case EXPIRE:
          expired -= points;
          column = 3;
          break;
        case CLAWBACK:
          clawedBack -= points;
          column = 4;
          break;
        default:
          throw new IllegalStateException(
              "entry must be of a kind the simulation writes, but was " + entry.type());
      }
      long week = Duration.between(start, entry.occurredAt()).toDays() / 7;
      int index = (int) Math.max(0, Math.min(weekly.length - 1, week));
      weekly[index][column] += Math.abs(points);
    }

    LoyaltyTotals build(long closing, int members, int orders, int refunds, List<Referral> all) {
      ImmutableList.Builder<Flow> flows = ImmutableList.builder();
      for (long[] week : weekly) {
        flows.add(new Flow(week[0], week[1], week[2], week[3], week[4]));
      }
      return new LoyaltyTotals(
          opening,
          earned,
          referralBonus,
          goodwill,
          redeemed,
          expired,
          clawedBack,
          closing,
          members,
          orders,
          refunds,
          flows.build(),
          tiers,
          upgrades,
          downgrades,
          ReferralFunnel.of(all));
    }
  }
}
