package dev.rapport.loyalty;

import static dev.rapport.loyalty.Fixtures.MEMBER;
import static dev.rapport.loyalty.Fixtures.day;
import static dev.rapport.loyalty.Fixtures.key;
import static dev.rapport.loyalty.Fixtures.origin;
import static dev.rapport.loyalty.Fixtures.program;
import static dev.rapport.loyalty.Fixtures.startOfDay;
import static dev.rapport.loyalty.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rapport.core.CustomerId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PointsLedgerTest {
  private static final LoyaltyProgram PROGRAM = program().build();

  private static PointsLedger with(LoyaltyProgram program, LedgerRequest... requests) {
    PointsLedger ledger = PointsLedger.empty(MEMBER);
    for (LedgerRequest request : requests) {
      ledger = ledger.apply(program, request).ledger();
    }
    return ledger;
  }

  @Test
  void emptyLedgerHasNothing() {
    PointsLedger ledger = PointsLedger.empty(MEMBER);

    assertThat(ledger.account()).isEqualTo(MEMBER);
    assertThat(ledger.version()).isZero();
    assertThat(ledger.entries()).isEmpty();
    assertThat(ledger.balance()).isZero();
    assertThat(ledger.lots()).isEmpty();
    assertThat(ledger.balanceAt(day(1))).isEqualTo(new Balance(day(1), 0, 0, 0, 0, 0, List.of()));
    assertThat(ledger.find(key("x"))).isEmpty();
    assertThat(ledger).hasToString("PointsLedger[member-1, version 0, balance 0]");
  }

  @Test
  void aWriteReturnsANewLedgerAndLeavesTheOldOneAsItWas() {
    PointsLedger empty = PointsLedger.empty(MEMBER);

    LedgerResult result = empty.apply(PROGRAM, LedgerRequest.earn(origin("e", day(1)), 40));

    assertThat(empty.version()).isZero();
    assertThat(empty.balance()).isZero();
    assertThat(result.ledger().version()).isEqualTo(1);
    assertThat(result.ledger().balance()).isEqualTo(40);
    assertThat(result.duplicate()).isFalse();
    assertThat(result.written()).containsExactly(result.entry());
    assertThat(result.entry().sequence()).isZero();
    assertThat(result.ledger().find(key("e"))).contains(result.entry());
  }

  @Test
  void theSameKeyWithTheSameRequestReturnsTheOriginalEntryAndWritesNothing() {
    LedgerRequest earn = LedgerRequest.earn(origin("e", day(1)), 40, usd("4.00"));
    PointsLedger ledger = with(PROGRAM, earn);

    LedgerResult retry =
        ledger.apply(PROGRAM, LedgerRequest.earn(origin("e", day(1)), 40, usd("4.000")));

    assertThat(retry.duplicate()).isTrue();
    assertThat(retry.ledger()).isSameAs(ledger);
    assertThat(retry.written()).isEmpty();
    assertThat(retry.entry()).isEqualTo(ledger.entries().get(0));
  }

  @Test
  void theSameKeyWithADifferentRequestThrowsAndWritesNothing() {
    LedgerRequest earn = LedgerRequest.earn(origin("e", day(1)), 40);
    PointsLedger ledger = with(PROGRAM, earn);
    LedgerRequest other = LedgerRequest.earn(origin("e", day(1)), 41);

    assertThatThrownBy(() -> ledger.apply(PROGRAM, other))
        .isInstanceOfSatisfying(
            IdempotencyConflictException.class,
            e -> {
              assertThat(e.key()).isEqualTo(key("e"));
              assertThat(e.original()).isEqualTo(earn);
              assertThat(e.conflicting()).isEqualTo(other);
            })
        .hasMessageStartingWith(
            "idempotency key \"e\" must identify one request, but was used for");
    assertThat(ledger.version()).isEqualTo(1);
  }

  @Test
  void redemptionBeyondTheAvailablePointsThrowsWithBothNumbers() {
    PointsLedger ledger =
        with(
            program().pendingDays(5).build(),
            LedgerRequest.earn(origin("pending", day(1)), 500),
            LedgerRequest.credit(origin("credit", day(1)), 70));

    assertThatThrownBy(() -> ledger.apply(PROGRAM, LedgerRequest.redeem(origin("r", day(2)), 71)))
        .isInstanceOfSatisfying(
            InsufficientPointsException.class,
            e -> {
              assertThat(e.available()).isEqualTo(70);
              assertThat(e.requested()).isEqualTo(71);
            })
        .hasMessage("points must be at most the 70 available, but was 71");
  }

  @Test
  void pendingPointsBecomeAvailableAtTheEndOfTheLocalDayOfTheWindow() {
    LoyaltyProgram program = program().pendingDays(14).build();
    PointsLedger ledger = with(program, LedgerRequest.earn(origin("e", day(1)), 100));

    assertThat(ledger.lots().get(0).availableAt()).isEqualTo(startOfDay(16));
    assertThat(ledger.balanceAt(startOfDay(16).minusNanos(1)).pending()).isEqualTo(100);
    assertThat(ledger.balanceAt(startOfDay(16)).available()).isEqualTo(100);
    assertThatThrownBy(() -> ledger.apply(program, LedgerRequest.redeem(origin("r", day(15)), 1)))
        .isInstanceOf(InsufficientPointsException.class);
    assertThat(
            ledger.apply(program, LedgerRequest.redeem(origin("r", day(16)), 1)).entry().points())
        .isEqualTo(-1);
  }

  @Test
  void activationMakesAPendingEarnAvailableAtOnce() {
    LoyaltyProgram program = program().pendingDays(30).build();
    PointsLedger ledger =
        with(
            program,
            LedgerRequest.earn(origin("e", day(1)), 100),
            LedgerRequest.activate(origin("a", day(3)), key("e")));

    assertThat(ledger.entries().get(1).type()).isEqualTo(EntryType.PENDING_ACTIVATION);
    assertThat(ledger.balanceAt(day(3)).available()).isEqualTo(100);
    assertThat(ledger.lots().get(0).availableAt()).isEqualTo(day(3));
    assertThatThrownBy(
            () -> ledger.apply(program, LedgerRequest.activate(origin("a2", day(4)), key("e"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "earn \"e\" must be pending at 2025-01-04T12:00:00Z to activate it, but it was"
                + " available from 2025-01-03T12:00:00Z");
  }

  static Stream<Arguments> requestsThatDoNotFit() {
    return Stream.of(
        Arguments.of(
            LedgerRequest.clawback(origin("c", day(5)), key("nope")),
            "earnKey must name a EARN entry of the ledger, but \"nope\" is unknown"),
        Arguments.of(
            LedgerRequest.clawback(origin("c", day(5)), key("redeem")),
            "earnKey must name a EARN entry, but \"redeem\" is a REDEEM entry"),
        Arguments.of(
            LedgerRequest.refund(origin("c", day(5)), key("event"), usd("1.00")),
            "refunded must be empty for earn \"event\", which has no order amount, but was USD"
                + " 1.00"),
        Arguments.of(
            LedgerRequest.rollback(origin("c", day(5)), key("earn")),
            "redemptionKey must name a REDEEM entry, but \"earn\" is a EARN entry"),
        Arguments.of(
            LedgerRequest.rollback(origin("c", day(5)), key("redeem"), 31),
            "points must be at most the 30 not yet given back of redemption \"redeem\", but was"
                + " 31"),
        Arguments.of(
            new LedgerRequest.Expire(origin("c", day(5)), 0),
            "occurredAt must be at or after lot 0's expiry (never), but was 2025-01-05T12:00:00Z"),
        Arguments.of(
            new LedgerRequest.Expire(origin("c", day(5)), 2),
            "lot must be a lot of the ledger, but was 2"),
        Arguments.of(
            LedgerRequest.cancel(origin("c", day(5)), key("earn")),
            "earn \"earn\" must be pending at 2025-01-05T12:00:00Z to cancel it, but it was"
                + " available from 2025-01-01T12:00:00Z"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("requestsThatDoNotFit")
  void requestsThatDoNotFitTheLedgerThrowIllegalState(LedgerRequest request, String message) {
    PointsLedger ledger =
        with(
            PROGRAM,
            LedgerRequest.earn(origin("earn", day(1)), 100, usd("10.00")),
            LedgerRequest.earn(origin("event", day(1)), 10),
            LedgerRequest.redeem(origin("redeem", day(2)), 30));

    assertThatThrownBy(() -> ledger.apply(PROGRAM, request))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(message);
  }

  @Test
  void redemptionLimitsApply() {
    LoyaltyProgram program =
        program()
            .minimumRedemption(100)
            .redemptionValue(PointsRate.of(100, usd("1.00")))
            .maximumRedemptionShare(new BigDecimal("0.5"))
            .build();
    PointsLedger ledger = with(program, LedgerRequest.credit(origin("c", day(1)), 10_000));

    assertThatThrownBy(() -> ledger.apply(program, LedgerRequest.redeem(origin("r", day(2)), 99)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("points must be at least the program's minimum redemption 100, but was 99");
    assertThatThrownBy(
            () ->
                ledger.apply(
                    program, LedgerRequest.redeem(origin("r", day(2)), 2001, usd("40.00"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "points must be worth at most 0.5 of the order USD 40.00, but 2001 points are worth"
                + " USD 20.01");
    assertThat(
            ledger
                .apply(program, LedgerRequest.redeem(origin("r", day(2)), 2000, usd("40.00")))
                .entry()
                .points())
        .isEqualTo(-2000);
    assertThatThrownBy(
            () ->
                ledger.apply(
                    program,
                    LedgerRequest.redeem(origin("r", day(2)), 200, Money.of("40.00", "EUR"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("orderAmount must be in USD, but was EUR 40.00");
  }

  @Test
  void rollbackWithOriginalExpiryGivesPointsBackToTheirLotsLatestTakenFirst() {
    LoyaltyProgram shortLived = program().expiry(ExpiryPolicy.rollingDays(10)).build();
    LoyaltyProgram longLived = program().expiry(ExpiryPolicy.rollingDays(100)).build();
    PointsLedger ledger = PointsLedger.empty(MEMBER);
    ledger = ledger.apply(shortLived, LedgerRequest.earn(origin("short", day(1)), 50)).ledger();
    ledger = ledger.apply(longLived, LedgerRequest.earn(origin("long", day(1)), 50)).ledger();
    ledger = ledger.apply(PROGRAM, LedgerRequest.redeem(origin("r", day(2)), 80)).ledger();
    assertThat(ledger.find(key("r")).get().lotChanges())
        .containsExactly(new LotChange(0, -50), new LotChange(1, -30));

    LedgerResult partial =
        ledger.apply(PROGRAM, LedgerRequest.rollback(origin("b1", day(3)), key("r"), 40));
    assertThat(partial.entry().lotChanges())
        .containsExactly(new LotChange(1, 30), new LotChange(0, 10));

    // The short lot has expired by day 20: the 40 points still to give back came from it.
    LedgerResult rest =
        partial.ledger().apply(PROGRAM, LedgerRequest.rollback(origin("b2", day(20)), key("r")));
    assertThat(rest.entry().points()).isZero();
    assertThat(rest.entry().waived()).isEqualTo(40);
    assertThat(rest.entry().lotChanges()).isEmpty();
    assertThatThrownBy(
            () ->
                rest.ledger()
                    .apply(PROGRAM, LedgerRequest.rollback(origin("b3", day(21)), key("r"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "redemption \"r\" must have points left to give back, but all 80 were given back");
  }

  @Test
  void rollbackWithNewExpiryOpensALotAvailableAtOnce() {
    LoyaltyProgram program =
        program()
            .expiry(ExpiryPolicy.rollingDays(30))
            .pendingDays(10)
            .rollbackExpiry(RollbackExpiry.NEW)
            .build();
    PointsLedger ledger =
        with(
            program,
            LedgerRequest.credit(origin("c", day(1)), 100),
            LedgerRequest.redeem(origin("r", day(2)), 60));

    LedgerResult rollback =
        ledger.apply(program, LedgerRequest.rollback(origin("b", day(25)), key("r")));

    assertThat(rollback.entry().openedLot())
        .contains(new LotTerms(60, day(25), Optional.of(startOfDay(56))));
    assertThat(rollback.ledger().balanceAt(day(40)))
        .extracting(Balance::available, Balance::expired)
        // The credit's 40 points left expired at the end of day 31; the rolled-back 60 did not.
        .containsExactly(60L, 40L);
  }

  @Test
  void aClawbackTakesFromTheEarnsLotThenFromOthersAndCountsExpiredPointsOnce() {
    LoyaltyProgram expiring = program().expiry(ExpiryPolicy.rollingDays(5)).build();
    PointsLedger ledger =
        with(
            expiring,
            LedgerRequest.earn(origin("old", day(1)), 60, usd("60.00")),
            LedgerRequest.earn(origin("other", day(20)), 100, usd("100.00")));
    ledger = ledger.expire(day(10)).ledger();
    assertThat(ledger.balance()).isEqualTo(100);

    LedgerResult refund =
        ledger.apply(
            expiring, LedgerRequest.refund(origin("refund", day(21)), key("old"), usd("60.00")));

    // The 60 points of "old" expired unspent: nothing is taken from "other".
    assertThat(refund.entry().points()).isZero();
    assertThat(refund.entry().waived()).isEqualTo(60);
    assertThat(refund.ledger().balance()).isEqualTo(100);
    assertThat(refund.ledger().balanceAt(day(21)).lifetimeEarned()).isEqualTo(100);

    LedgerResult spent =
        with(
                PROGRAM,
                LedgerRequest.earn(origin("a", day(1)), 60, usd("60.00")),
                LedgerRequest.redeem(origin("r", day(2)), 60),
                LedgerRequest.earn(origin("b", day(3)), 100, usd("100.00")))
            .apply(PROGRAM, LedgerRequest.refund(origin("x", day(4)), key("a"), usd("30.00")));
    // "a" was spent: half its points come from "b".
    assertThat(spent.entry().lotChanges()).containsExactly(new LotChange(2, -30));
  }

  @Test
  void manualDebitTakesLotsAndGoesNegativeOnlyWhenTheProgramAllows() {
    LedgerRequest credit = LedgerRequest.credit(origin("c", day(1)), 50);
    LedgerRequest debit = LedgerRequest.debit(origin("d", day(2)), 80);

    assertThatThrownBy(() -> with(PROGRAM, credit, debit))
        .isInstanceOf(InsufficientPointsException.class)
        .hasMessage("points must be at most the 50 available, but was 80");
    PointsLedger negative =
        with(program().clawback(ClawbackPolicy.ALLOW_NEGATIVE).build(), credit, debit);
    assertThat(negative.balance()).isEqualTo(-30);
    assertThat(negative.balanceAt(day(2)).deficit()).isEqualTo(30);
    assertThat(negative.lots()).isEmpty();
  }

  @Test
  void aRollbackPaysADeficitOffFirst() {
    LoyaltyProgram program = program().clawback(ClawbackPolicy.ALLOW_NEGATIVE).build();
    PointsLedger ledger =
        with(
            program,
            LedgerRequest.earn(origin("e", day(1)), 100, usd("100.00")),
            LedgerRequest.redeem(origin("r", day(2)), 100),
            LedgerRequest.clawback(origin("x", day(3)), key("e")));
    assertThat(ledger.balance()).isEqualTo(-100);

    LedgerResult rollback =
        ledger.apply(program, LedgerRequest.rollback(origin("b", day(4)), key("r"), 70));

    assertThat(rollback.entry().deficitChange()).isEqualTo(-70);
    assertThat(rollback.entry().lotChanges()).isEmpty();
    assertThat(rollback.ledger().balance()).isEqualTo(-30);
  }

  @Test
  void expiringBetweenListsLotsWhoseExpiryFallsInTheHalfOpenRange() {
    PointsLedger ledger = PointsLedger.empty(MEMBER);
    for (int days : new int[] {5, 10, 20}) {
      LoyaltyProgram program = program().expiry(ExpiryPolicy.rollingDays(days)).build();
      ledger = ledger.apply(program, LedgerRequest.earn(origin("e" + days, day(1)), days)).ledger();
    }
    PointsLedger built =
        ledger.apply(PROGRAM, LedgerRequest.earn(origin("forever", day(1)), 1)).ledger();

    // The lots expire at the start of days 7, 12 and 22.
    assertThat(built.expiringBetween(startOfDay(7), startOfDay(12)))
        .extracting(Lot::openedBy, Lot::remainder)
        .containsExactly(tuple(key("e5"), 5L));
    assertThat(built.expiringBetween(startOfDay(7), startOfDay(12).plusNanos(1)))
        .extracting(Lot::openedBy, Lot::remainder)
        .containsExactly(tuple(key("e5"), 5L), tuple(key("e10"), 10L));
    assertThat(built.expiringBetween(startOfDay(12), startOfDay(22)))
        .extracting(Lot::remainder)
        .containsExactly(10L);
    assertThat(built.expiringBetween(startOfDay(13), startOfDay(23)))
        .extracting(Lot::remainder)
        .containsExactly(20L);
    assertThatThrownBy(() -> built.expiringBetween(day(2), day(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "to must not be before from 2025-01-02T12:00:00Z, but was 2025-01-01T12:00:00Z");
  }

  @Test
  void replayingTheEntriesGivesAnEqualLedger() {
    PointsLedger ledger =
        with(
            program().clawback(ClawbackPolicy.ALLOW_NEGATIVE).build(),
            LedgerRequest.earn(origin("e", day(1)), 100, usd("100.00")),
            LedgerRequest.redeem(origin("r", day(2)), 90),
            LedgerRequest.refund(origin("x", day(3)), key("e"), usd("50.00")),
            LedgerRequest.credit(origin("c", day(4)), 70),
            LedgerRequest.rollback(origin("b", day(5)), key("r"), 10));

    PointsLedger replayed = PointsLedger.of(MEMBER, ledger.entries());

    assertThat(replayed).isEqualTo(ledger).hasSameHashCodeAs(ledger);
    assertThat(replayed.balanceAt(day(6))).isEqualTo(ledger.balanceAt(day(6)));
    assertThat(PointsLedger.of(CustomerId.of("other"), ledger.entries())).isNotEqualTo(ledger);
    PointsLedger prefix = PointsLedger.of(MEMBER, ledger.entries().subList(0, 2));
    assertThat(prefix.append(ledger.entries().subList(2, 5))).isEqualTo(ledger);
  }

  static Stream<Arguments> historiesThatDoNotReplay() {
    Origin a = origin("a", day(1));
    LedgerEntry earn =
        new LedgerEntry(
            0,
            LedgerRequest.earn(a, 10),
            10,
            List.of(),
            Optional.of(new LotTerms(10, day(1), Optional.empty())),
            0,
            0);
    LedgerEntry redeemTooMuch =
        new LedgerEntry(
            1,
            LedgerRequest.redeem(origin("r", day(2)), 11),
            -11,
            List.of(new LotChange(0, -11)),
            Optional.empty(),
            0,
            0);
    LedgerEntry sameKey =
        new LedgerEntry(
            1,
            LedgerRequest.redeem(a, 1),
            -1,
            List.of(new LotChange(0, -1)),
            Optional.empty(),
            0,
            0);
    LedgerEntry gap =
        new LedgerEntry(
            2,
            LedgerRequest.redeem(origin("g", day(2)), 1),
            -1,
            List.of(new LotChange(0, -1)),
            Optional.empty(),
            0,
            0);
    LedgerEntry payNothing =
        new LedgerEntry(
            1,
            LedgerRequest.earn(origin("p", day(2)), 5),
            5,
            List.of(),
            Optional.of(new LotTerms(0, day(2), Optional.empty())),
            -5,
            0);
    return Stream.of(
        Arguments.of(
            List.of(earn, redeemTooMuch),
            "lot 0 must not go below zero, but entry 1 takes 11 of its 10"),
        Arguments.of(List.of(earn, sameKey), "key must not repeat, but \"a\" was used by entry 0"),
        Arguments.of(List.of(earn, gap), "sequence must be the ledger's version 1, but was 2"),
        Arguments.of(
            List.of(earn, payNothing),
            "deficitChange must not pay off more than the deficit 0, but was -5"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("historiesThatDoNotReplay")
  void historiesThatDoNotFitAreRejectedWhenReplayed(List<LedgerEntry> entries, String message) {
    assertThatThrownBy(() -> PointsLedger.of(MEMBER, entries))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void entriesAreAnImmutableList() {
    PointsLedger ledger = with(PROGRAM, LedgerRequest.earn(origin("e", day(1)), 1));
    List<LedgerEntry> entries = ledger.entries();

    assertThatThrownBy(() -> entries.add(entries.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(new ArrayList<>(entries)).hasSize(1);
  }

  @Test
  void aLedgerWithManyEntriesKeepsEveryKeyAndLot() {
    PointsLedger grown = PointsLedger.empty(MEMBER);
    for (int i = 0; i < 3000; i++) {
      grown =
          grown.apply(PROGRAM, LedgerRequest.earn(origin("e" + i, day(1 + i % 50)), i)).ledger();
    }
    PointsLedger ledger = grown;
    for (int i = 0; i < 3000; i += 7) {
      assertThat(ledger.find(key("e" + i)).get().sequence()).isEqualTo(i);
    }
    assertThat(ledger.balance()).isEqualTo(2999L * 3000 / 2);
    assertThat(ledger.lots()).hasSize(2999);
    assertThat(PointsLedger.of(MEMBER, ledger.entries())).isEqualTo(ledger);
  }

  @Test
  void rejectsNulls() {
    PointsLedger ledger = PointsLedger.empty(MEMBER);
    assertThatThrownBy(() -> PointsLedger.empty(null)).hasMessage("account");
    assertThatThrownBy(() -> ledger.apply(null, LedgerRequest.earn(origin("e", day(1)), 1)))
        .hasMessage("program");
    assertThatThrownBy(() -> ledger.apply(PROGRAM, null)).hasMessage("request");
    assertThatThrownBy(() -> ledger.expire(null)).hasMessage("now");
    assertThatThrownBy(() -> ledger.balanceAt(null)).hasMessage("at");
  }
}
