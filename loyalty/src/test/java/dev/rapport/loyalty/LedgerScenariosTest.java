package dev.rapport.loyalty;

import static dev.rapport.loyalty.Fixtures.MEMBER;
import static dev.rapport.loyalty.Fixtures.day;
import static dev.rapport.loyalty.Fixtures.key;
import static dev.rapport.loyalty.Fixtures.origin;
import static dev.rapport.loyalty.Fixtures.program;
import static dev.rapport.loyalty.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The scenarios of the loyalty issue, each with its exact balances. */
class LedgerScenariosTest {

  private static PointsLedger earnRedeemRefund(LoyaltyProgram program) {
    PointsLedger ledger = PointsLedger.empty(MEMBER);
    ledger =
        ledger
            .apply(program, LedgerRequest.earn(origin("earn", day(1)), 100, usd("100.00")))
            .ledger();
    ledger = ledger.apply(program, LedgerRequest.redeem(origin("redeem", day(10)), 30)).ledger();
    return ledger;
  }

  @Test
  void fullRefundAfterPartialRedemptionUnderClampToZeroClawsBack70AndLeavesZero() {
    LoyaltyProgram program = program().clawback(ClawbackPolicy.CLAMP_TO_ZERO).build();
    PointsLedger ledger = earnRedeemRefund(program);

    LedgerResult refund =
        ledger.apply(program, LedgerRequest.clawback(origin("refund", day(20)), key("earn")));

    assertThat(refund.entry().type()).isEqualTo(EntryType.CLAWBACK);
    assertThat(refund.entry().points()).isEqualTo(-70);
    assertThat(refund.entry().waived()).isEqualTo(30);
    assertThat(refund.entry().deficitChange()).isZero();
    Balance balance = refund.ledger().balanceAt(day(20));
    assertThat(balance.total()).isZero();
    assertThat(balance.available()).isZero();
    assertThat(balance.deficit()).isZero();
    assertThat(balance.lifetimeEarned()).isZero();
    assertThat(refund.ledger().balance()).isZero();
  }

  @Test
  void fullRefundAfterPartialRedemptionUnderAllowNegativeClawsBack100AndLaterEarnPaysTheDeficit() {
    LoyaltyProgram program = program().clawback(ClawbackPolicy.ALLOW_NEGATIVE).build();
    PointsLedger ledger = earnRedeemRefund(program);

    LedgerResult refund =
        ledger.apply(program, LedgerRequest.clawback(origin("refund", day(20)), key("earn")));

    assertThat(refund.entry().points()).isEqualTo(-100);
    assertThat(refund.entry().deficitChange()).isEqualTo(30);
    Balance afterRefund = refund.ledger().balanceAt(day(20));
    assertThat(afterRefund.total()).isEqualTo(-30);
    assertThat(afterRefund.deficit()).isEqualTo(30);
    assertThat(afterRefund.available()).isZero();

    LedgerResult later =
        refund
            .ledger()
            .apply(program, LedgerRequest.earn(origin("later", day(25)), 50, usd("50.00")));

    assertThat(later.entry().deficitChange()).isEqualTo(-30);
    assertThat(later.entry().openedLot().get().points()).isEqualTo(20);
    Balance afterEarn = later.ledger().balanceAt(day(25));
    assertThat(afterEarn.total()).isEqualTo(20);
    assertThat(afterEarn.available()).isEqualTo(20);
    assertThat(afterEarn.deficit()).isZero();
    assertThat(later.ledger().balance()).isEqualTo(20);
  }

  @Test
  void redemptionTakesTheSoonestExpiringLotFirstThenTheNextNeverExpiringLast() {
    LoyaltyProgram yearLong = program().expiry(ExpiryPolicy.rollingDays(365)).build();
    LoyaltyProgram forever = program().build();
    LoyaltyProgram monthLong = program().expiry(ExpiryPolicy.rollingDays(34)).build();
    PointsLedger ledger = PointsLedger.empty(MEMBER);
    ledger = ledger.apply(yearLong, LedgerRequest.earn(origin("a", day(1)), 100)).ledger();
    ledger = ledger.apply(forever, LedgerRequest.earn(origin("b", day(1)), 50)).ledger();
    ledger = ledger.apply(monthLong, LedgerRequest.earn(origin("c", day(1)), 80)).ledger();
    assertThat(ledger.lots())
        .extracting(Lot::openedBy, Lot::expiresAt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(key("c"), Optional.of(Fixtures.startOfDay(36))),
            org.assertj.core.groups.Tuple.tuple(key("a"), Optional.of(Fixtures.startOfDay(367))),
            org.assertj.core.groups.Tuple.tuple(key("b"), Optional.empty()));

    LedgerResult redeem = ledger.apply(forever, LedgerRequest.redeem(origin("r", day(10)), 120));

    assertThat(redeem.entry().lotChanges())
        .containsExactly(new LotChange(2, -80), new LotChange(0, -40));
    assertThat(redeem.ledger().lots())
        .extracting(Lot::id, Lot::remainder)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0L, 60L),
            org.assertj.core.groups.Tuple.tuple(1L, 50L));
    assertThat(redeem.ledger().balanceAt(day(10)).available()).isEqualTo(110);
  }

  @Test
  void refundInsideThePendingWindowVoidsThePendingEarn() {
    LoyaltyProgram program = program().pendingDays(30).build();
    PointsLedger ledger =
        PointsLedger.empty(MEMBER)
            .apply(program, LedgerRequest.earn(origin("earn", day(1)), 100, usd("40.00")))
            .ledger();
    assertThat(ledger.balanceAt(day(5)).pending()).isEqualTo(100);
    assertThat(ledger.balanceAt(day(5)).available()).isZero();

    LedgerResult refund =
        ledger.apply(
            program, LedgerRequest.refund(origin("refund", day(5)), key("earn"), usd("40.00")));

    assertThat(refund.entry().points()).isEqualTo(-100);
    assertThat(refund.entry().lotChanges()).containsExactly(new LotChange(0, -100));
    for (Instant at : List.of(day(5), day(31), day(32), day(400))) {
      Balance balance = refund.ledger().balanceAt(at);
      assertThat(balance.pending()).isZero();
      assertThat(balance.available()).isZero();
      assertThat(balance.total()).isZero();
      assertThat(balance.lifetimeEarned()).isZero();
    }
  }

  @Test
  void pendingCancellationVoidsThePendingEarnAndActivationIsThenRefused() {
    LoyaltyProgram program = program().pendingDays(30).build();
    PointsLedger ledger =
        PointsLedger.empty(MEMBER)
            .apply(program, LedgerRequest.earn(origin("earn", day(1)), 100, usd("40.00")))
            .ledger();

    LedgerResult cancel =
        ledger.apply(program, LedgerRequest.cancel(origin("cancel", day(3)), key("earn")));

    assertThat(cancel.entry().type()).isEqualTo(EntryType.PENDING_CANCELLATION);
    assertThat(cancel.entry().points()).isEqualTo(-100);
    assertThat(cancel.ledger().balanceAt(day(40)).total()).isZero();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                cancel
                    .ledger()
                    .apply(program, LedgerRequest.activate(origin("act", day(4)), key("earn"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "earn \"earn\" must be pending at 2025-01-04T12:00:00Z to activate it, but it was"
                + " cancelled");
  }

  @Test
  void earnAt2330InNewYorkStaysAvailableThroughTheLocalDayAYearLaterAndExpiresAtLocalMidnight() {
    ZoneId newYork = ZoneId.of("America/New_York");
    LoyaltyProgram program =
        LoyaltyProgram.builder("NY", newYork, Fixtures.USD)
            .expiry(ExpiryPolicy.rollingDays(365))
            .build();
    Instant earnedAt = Instant.parse("2025-03-11T03:30:00Z");
    assertThat(earnedAt.atZone(newYork).toLocalDateTime()).hasToString("2025-03-10T23:30");

    PointsLedger ledger =
        PointsLedger.empty(MEMBER)
            .apply(program, LedgerRequest.earn(origin("earn", earnedAt), 100))
            .ledger();

    Instant expiry = Instant.parse("2026-03-11T04:00:00Z");
    assertThat(ledger.lots().get(0).expiresAt()).contains(expiry);
    // All of local 2026-03-10, from its first to its last nanosecond.
    assertThat(ledger.balanceAt(Instant.parse("2026-03-10T04:00:00Z")).available()).isEqualTo(100);
    assertThat(ledger.balanceAt(expiry.minusNanos(1)).available()).isEqualTo(100);
    // A UTC date would have expired it four hours earlier, at 2026-03-11T00:00Z.
    assertThat(ledger.balanceAt(Instant.parse("2026-03-11T00:00:00Z")).available()).isEqualTo(100);
    assertThat(ledger.balanceAt(expiry).available()).isZero();
    assertThat(ledger.balanceAt(expiry).expired()).isEqualTo(100);

    assertThat(ledger.expire(expiry.minusNanos(1)).entries()).isEmpty();
    LedgerResult expired = ledger.expire(expiry);
    assertThat(expired.entries()).hasSize(1);
    assertThat(expired.entry().points()).isEqualTo(-100);
    assertThat(expired.entry().occurredAt()).isEqualTo(expiry);
  }

  @Test
  void monthEndExpiryFromJanuary31LandsOnTheLastDayOfFebruary() {
    ZoneId paris = ZoneId.of("Europe/Paris");
    LoyaltyProgram program =
        LoyaltyProgram.builder("Paris", paris, Fixtures.USD)
            .expiry(ExpiryPolicy.endOfMonth(1))
            .build();
    Instant jan31 = Instant.parse("2025-01-31T20:00:00Z");
    Instant leapJan31 = Instant.parse("2024-01-31T20:00:00Z");

    PointsLedger ledger =
        PointsLedger.empty(MEMBER)
            .apply(program, LedgerRequest.earn(origin("2025", jan31), 10))
            .ledger()
            .apply(program, LedgerRequest.earn(origin("2024", leapJan31), 20))
            .ledger();

    // The end of local 28 February 2025 and of 29 February 2024, in Paris.
    assertThat(ledger.find(key("2025")).get().openedLot().get().expiresAt())
        .contains(Instant.parse("2025-02-28T23:00:00Z"));
    assertThat(ledger.find(key("2024")).get().openedLot().get().expiresAt())
        .contains(Instant.parse("2024-02-29T23:00:00Z"));
    assertThat(ledger.balanceAt(Instant.parse("2025-02-28T22:59:59Z")).available()).isEqualTo(10);
    assertThat(ledger.balanceAt(Instant.parse("2025-02-28T23:00:00Z")).available()).isZero();
  }

  @Test
  void threePartialRefundsOfAThirdOfA99PointOrderTake33EachAndAFourthTakesNothing() {
    LoyaltyProgram program = program().build();
    PointsLedger ledger =
        PointsLedger.empty(MEMBER)
            .apply(program, LedgerRequest.earn(origin("earn", day(1)), 99, usd("100.00")))
            .ledger();
    List<String> refunds = List.of("33.33", "33.33", "33.34", "5.00");
    List<Long> taken = new java.util.ArrayList<>();
    for (int i = 0; i < refunds.size(); i++) {
      LedgerResult result =
          ledger.apply(
              program,
              LedgerRequest.refund(
                  origin("refund-" + i, day(2 + i)), key("earn"), usd(refunds.get(i))));
      taken.add(-result.entry().points());
      ledger = result.ledger();
    }

    assertThat(taken).containsExactly(33L, 33L, 33L, 0L);
    assertThat(ledger.balance()).isZero();
    assertThat(ledger.balanceAt(day(10)).lifetimeEarned()).isZero();
  }

  @Test
  void expiringTwiceWritesNothingMore() {
    LoyaltyProgram program = program().expiry(ExpiryPolicy.rollingDays(10)).build();
    PointsLedger ledger =
        PointsLedger.empty(MEMBER)
            .apply(program, LedgerRequest.earn(origin("a", day(1)), 100))
            .ledger()
            .apply(program, LedgerRequest.earn(origin("b", day(2)), 40))
            .ledger()
            .apply(program, LedgerRequest.redeem(origin("r", day(3)), 30))
            .ledger();

    LedgerResult first = ledger.expire(day(30));
    LedgerResult second = first.ledger().expire(day(31));

    assertThat(first.entries())
        .extracting(LedgerEntry::type, LedgerEntry::points)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(EntryType.EXPIRE, -70L),
            org.assertj.core.groups.Tuple.tuple(EntryType.EXPIRE, -40L));
    assertThat(second.entries()).isEmpty();
    assertThat(second.ledger()).isSameAs(first.ledger());
    assertThat(first.ledger().balance()).isZero();
  }
}
