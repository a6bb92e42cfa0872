package dev.rapport.loyalty;

import static dev.rapport.loyalty.Fixtures.day;
import static dev.rapport.loyalty.Fixtures.key;
import static dev.rapport.loyalty.Fixtures.origin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The small records and exceptions a ledger returns: {@link LotChange}, {@link LotTerms}, {@link
 * Lot}, {@link Balance}, {@link LedgerResult}, {@link InsufficientPointsException}, {@link
 * IdempotencyConflictException}.
 */
class LedgerValuesTest {

  @Test
  void lotChangesAreNeverZero() {
    assertThat(new LotChange(3, -2)).isEqualTo(new LotChange(3, -2));
    assertThatThrownBy(() -> new LotChange(3, 0)).hasMessage("points must not be zero, but was 0");
    assertThatThrownBy(() -> new LotChange(-1, 4))
        .hasMessage("lot must not be negative, but was -1");
  }

  @Test
  void lotTermsNeedNonNegativePoints() {
    assertThatThrownBy(() -> new LotTerms(-1, day(1), Optional.empty()))
        .hasMessage("points must not be negative, but was -1");
    assertThatThrownBy(() -> new LotTerms(1, null, Optional.empty())).hasMessage("availableAt");
  }

  @Test
  void aLotIsPendingThenAvailableThenExpiredWithExpiryWinning() {
    Lot lot = new Lot(2, key("e"), day(1), 40, day(5), Optional.of(day(30)));

    assertThat(lot.statusAt(day(4))).isEqualTo(Lot.Status.PENDING);
    assertThat(lot.statusAt(day(5))).isEqualTo(Lot.Status.AVAILABLE);
    assertThat(lot.statusAt(day(30).minusNanos(1))).isEqualTo(Lot.Status.AVAILABLE);
    assertThat(lot.statusAt(day(30))).isEqualTo(Lot.Status.EXPIRED);
    Lot pendingPastExpiry = new Lot(2, key("e"), day(1), 40, day(40), Optional.of(day(30)));
    assertThat(pendingPastExpiry.statusAt(day(35))).isEqualTo(Lot.Status.EXPIRED);
    assertThat(new Lot(2, key("e"), day(1), 40, day(1), Optional.empty()).statusAt(day(9_000)))
        .isEqualTo(Lot.Status.AVAILABLE);
    assertThatThrownBy(() -> new Lot(2, key("e"), day(1), 0, day(1), Optional.empty()))
        .hasMessage("remainder must be positive, but was 0");
  }

  @Test
  void aBalanceTotalsItsPartsLessTheDeficit() {
    Balance balance = new Balance(day(1), 10, 20, 5, 0, 100, List.of());
    Balance owing = new Balance(day(1), 0, 0, 0, 30, 100, List.of());

    assertThat(balance.total()).isEqualTo(35);
    assertThat(owing.total()).isEqualTo(-30);
    assertThatThrownBy(() -> new Balance(day(1), -1, 0, 0, 0, 0, List.of()))
        .hasMessage("available must not be negative, but was -1");
    assertThatThrownBy(() -> new Balance(day(1), 0, 0, 0, -1, 0, List.of()))
        .hasMessage("deficit must not be negative, but was -1");
  }

  @Test
  void aResultSaysWhatWasWritten() {
    PointsLedger ledger = PointsLedger.empty(Fixtures.MEMBER);
    LedgerEntry entry =
        new LedgerEntry(
            0,
            LedgerRequest.credit(origin("c", day(1)), 5),
            5,
            List.of(),
            Optional.of(new LotTerms(5, day(1), Optional.empty())),
            0,
            0);

    assertThat(new LedgerResult(ledger, List.of(entry), false).written()).containsExactly(entry);
    assertThat(new LedgerResult(ledger, List.of(entry), true).written()).isEmpty();
    assertThat(new LedgerResult(ledger, List.of(entry), true).entry()).isEqualTo(entry);
    assertThatThrownBy(() -> new LedgerResult(ledger, List.of(), false).entry())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("entries must hold exactly one entry, but held 0");
  }

  @Test
  void exceptionsCarryTheirFacts() {
    InsufficientPointsException insufficient = new InsufficientPointsException(7, 9);
    LedgerRequest first = LedgerRequest.credit(origin("k", day(1)), 1);
    LedgerRequest second = LedgerRequest.debit(origin("k", day(1)), 1);
    IdempotencyConflictException conflict = new IdempotencyConflictException(first, second);

    assertThat(insufficient).isInstanceOf(IllegalStateException.class);
    assertThat(insufficient.available()).isEqualTo(7);
    assertThat(insufficient.requested()).isEqualTo(9);
    assertThat(conflict).isInstanceOf(IllegalStateException.class);
    assertThat(conflict.key()).isEqualTo(key("k"));
    assertThat(conflict.original()).isSameAs(first);
    assertThat(conflict.conflicting()).isSameAs(second);
    assertThat(conflict.getMessage())
        .startsWith(
            "idempotency key \"k\" must identify one request, but was used for ManualCredit");
  }
}
