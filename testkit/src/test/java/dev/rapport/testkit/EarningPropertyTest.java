package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.Activity;
import dev.rapport.loyalty.CampaignRule;
import dev.rapport.loyalty.EarningEngine;
import dev.rapport.loyalty.EarningResult;
import dev.rapport.loyalty.EarningRule;
import dev.rapport.loyalty.EventRule;
import dev.rapport.loyalty.ExplanationLine;
import dev.rapport.loyalty.LineItem;
import dev.rapport.loyalty.LoyaltyProgram;
import dev.rapport.loyalty.MultiplierRule;
import dev.rapport.loyalty.PointsLedger;
import dev.rapport.loyalty.SpendRule;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link EarningEngine} over generated programs and activities: the lines sum to the
 * total, and the total of a program without tiers is what a simple exact reference computes.
 */
class EarningPropertyTest {
  private static final PointsLedger NO_HISTORY = PointsLedger.empty(CustomerId.of("M-1"));

  @Test
  void purchasesEarnWhatTheReferenceComputesAndTheLinesSumToIt() {
    qt().withExamples(400)
        .forAll(QtLoyaltyGens.earningPrograms(), QtLoyaltyGens.purchases())
        .checkAssert(
            (program, purchase) -> {
              EarningResult result = EarningEngine.of(program).evaluate(purchase, NO_HISTORY);
              assertThat(result.lines().stream().mapToLong(ExplanationLine::points).sum())
                  .isEqualTo(result.points());
              assertThat(result.orderAmount()).contains(purchase.total());
              if (program.tiers().isEmpty()) {
                assertThat(result.points()).isEqualTo(reference(program, purchase));
              }
            });
  }

  @Test
  void eventsWithoutHistoryEarnTheirMatchingRulesInOrderUntilAStop() {
    qt().withExamples(300)
        .forAll(QtLoyaltyGens.earningPrograms(), QtLoyaltyGens.memberEvents())
        .checkAssert(
            (program, event) -> {
              EarningResult result = EarningEngine.of(program).evaluate(event, NO_HISTORY);
              long expected = 0;
              for (EarningRule rule : program.rules()) {
                if (rule instanceof EventRule && ((EventRule) rule).kind().equals(event.kind())) {
                  expected += ((EventRule) rule).points();
                  if (rule.stop()) {
                    break;
                  }
                }
              }
              if (program.tiers().isEmpty()) {
                assertThat(result.points()).isEqualTo(expected);
              }
              assertThat(result.orderAmount()).isEmpty();
            });
  }

  /**
   * Exact points of a purchase: a fraction {@code numerator / denominator} of BigIntegers, added up
   * rule by rule as the rules describe themselves, rounded once.
   */
  private static long reference(LoyaltyProgram program, Activity.Purchase purchase) {
    List<LineItem> items = purchase.items();
    BigInteger[][] spend = new BigInteger[items.size()][];
    BigInteger[] total = {BigInteger.ZERO, BigInteger.ONE};
    for (int i = 0; i < items.size(); i++) {
      spend[i] = new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
    }
    LocalDate date = LocalDate.ofInstant(purchase.at(), program.zone());
    for (EarningRule rule : program.rules()) {
      boolean applied = false;
      if (rule instanceof SpendRule) {
        SpendRule spendRule = (SpendRule) rule;
        for (int i = 0; i < items.size(); i++) {
          String category = items.get(i).category();
          boolean covered =
              (spendRule.includedCategories().isEmpty()
                      || spendRule.includedCategories().contains(category))
                  && !spendRule.excludedCategories().contains(category);
          if (covered) {
            BigInteger[] points =
                fraction(
                    items.get(i).amount().amount().multiply(spendRule.rate().points()),
                    spendRule.rate().per().amount());
            spend[i] = add(spend[i], points);
            total = add(total, points);
            applied = true;
          }
        }
      } else if (rule instanceof MultiplierRule) {
        MultiplierRule multiplier = (MultiplierRule) rule;
        BigInteger[] base = {BigInteger.ZERO, BigInteger.ONE};
        for (int i = 0; i < items.size(); i++) {
          LineItem item = items.get(i);
          if (multiplier.products().contains(item.product())
              || multiplier.categories().contains(item.category())) {
            base = add(base, spend[i]);
          }
        }
        if (base[0].signum() != 0) {
          total = add(total, times(base, multiplier.multiplier().subtract(BigDecimal.ONE)));
          applied = true;
        }
      } else if (rule instanceof CampaignRule) {
        CampaignRule campaign = (CampaignRule) rule;
        boolean inWindow = !date.isBefore(campaign.from()) && !date.isAfter(campaign.to());
        boolean bigEnough =
            campaign.minimumSpend().isEmpty()
                || purchase.total().amount().compareTo(campaign.minimumSpend().get().amount()) >= 0;
        if (inWindow && bigEnough) {
          BigInteger[] allSpend = {BigInteger.ZERO, BigInteger.ONE};
          for (BigInteger[] points : spend) {
            allSpend = add(allSpend, points);
          }
          boolean multiplies =
              campaign.multiplier().compareTo(BigDecimal.ONE) != 0 && allSpend[0].signum() != 0;
          if (multiplies) {
            total = add(total, times(allSpend, campaign.multiplier().subtract(BigDecimal.ONE)));
          }
          if (campaign.bonusPoints() > 0) {
            total =
                add(
                    total,
                    new BigInteger[] {BigInteger.valueOf(campaign.bonusPoints()), BigInteger.ONE});
          }
          applied = multiplies || campaign.bonusPoints() > 0;
        }
      }
      if (applied && rule.stop()) {
        break;
      }
    }
    if (total[0].signum() < 0) {
      return 0;
    }
    return new BigDecimal(total[0])
        .divide(new BigDecimal(total[1]), 0, program.roundingMode())
        .longValueExact();
  }

  private static BigInteger[] fraction(BigDecimal numerator, BigDecimal denominator) {
    BigInteger n =
        numerator.unscaledValue().multiply(BigInteger.TEN.pow(Math.max(0, denominator.scale())));
    BigInteger d =
        denominator.unscaledValue().multiply(BigInteger.TEN.pow(Math.max(0, numerator.scale())));
    if (numerator.scale() < 0) {
      n = n.multiply(BigInteger.TEN.pow(-numerator.scale()));
    }
    if (denominator.scale() < 0) {
      d = d.multiply(BigInteger.TEN.pow(-denominator.scale()));
    }
    return new BigInteger[] {n, d};
  }

  private static BigInteger[] add(BigInteger[] a, BigInteger[] b) {
    return new BigInteger[] {a[0].multiply(b[1]).add(b[0].multiply(a[1])), a[1].multiply(b[1])};
  }

  private static BigInteger[] times(BigInteger[] a, BigDecimal factor) {
    BigInteger[] f = fraction(factor, BigDecimal.ONE);
    return new BigInteger[] {a[0].multiply(f[0]), a[1].multiply(f[1])};
  }
}
