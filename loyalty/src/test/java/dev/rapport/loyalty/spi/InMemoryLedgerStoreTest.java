package dev.rapport.loyalty.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.Actor;
import dev.rapport.loyalty.LedgerEntry;
import dev.rapport.loyalty.LedgerRequest;
import dev.rapport.loyalty.LoyaltyProgram;
import dev.rapport.loyalty.Origin;
import dev.rapport.loyalty.PointsLedger;
import dev.rapport.loyalty.SourceRef;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InMemoryLedgerStoreTest {
  private static final CustomerId ALICE = CustomerId.of("alice");
  private static final CustomerId BOB = CustomerId.of("bob");
  private static final LoyaltyProgram PROGRAM =
      LoyaltyProgram.builder("P", ZoneOffset.UTC, Currency.getInstance("USD")).build();

  private static List<LedgerEntry> entries(int count) {
    PointsLedger ledger = PointsLedger.empty(ALICE);
    for (int i = 0; i < count; i++) {
      Origin origin =
          Origin.of(
              "k" + i, Instant.EPOCH.plusSeconds(i), SourceRef.order("o" + i), "r", Actor.system());
      ledger = ledger.apply(PROGRAM, LedgerRequest.earn(origin, i)).ledger();
    }
    return ledger.entries();
  }

  @Test
  void anUnknownAccountIsAtVersionZero() {
    InMemoryLedgerStore store = new InMemoryLedgerStore();

    assertThat(store.read(ALICE, 0)).isEqualTo(new AccountEntries(0, List.of()));
    assertThat(store.accounts()).isEmpty();
  }

  @Test
  void appendsWhenTheVersionMatchesAndReadsFromAVersion() {
    InMemoryLedgerStore store = new InMemoryLedgerStore();
    List<LedgerEntry> entries = entries(5);

    assertThat(store.append(ALICE, 0, entries.subList(0, 2))).isTrue();
    assertThat(store.append(ALICE, 2, entries.subList(2, 5))).isTrue();

    assertThat(store.read(ALICE, 0)).isEqualTo(new AccountEntries(5, entries));
    assertThat(store.read(ALICE, 3)).isEqualTo(new AccountEntries(5, entries.subList(3, 5)));
    assertThat(store.read(ALICE, 5)).isEqualTo(new AccountEntries(5, List.of()));
    assertThat(store.read(BOB, 0).version()).isZero();
    assertThat(store.accounts()).isEqualTo(Set.of(ALICE));
  }

  @Test
  void refusesAnAppendAtAStaleVersionAndWritesNothing() {
    InMemoryLedgerStore store = new InMemoryLedgerStore();
    List<LedgerEntry> entries = entries(3);
    store.append(ALICE, 0, entries.subList(0, 2));

    assertThat(store.append(ALICE, 1, entries.subList(1, 3))).isFalse();
    assertThat(store.append(ALICE, 0, entries.subList(0, 1))).isFalse();
    assertThat(store.read(ALICE, 0).version()).isEqualTo(2);
  }

  @Test
  void rejectsEntriesThatDoNotStartAtTheExpectedVersion() {
    InMemoryLedgerStore store = new InMemoryLedgerStore();

    assertThatThrownBy(() -> store.append(ALICE, 1, entries(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("entries must have sequences from expectedVersion 1, but entry 0 had 0");
    assertThatThrownBy(() -> store.read(ALICE, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("fromVersion must be at most account alice's version 0, but was 1");
    assertThatThrownBy(() -> store.read(ALICE, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fromVersion must not be negative, but was -1");
  }
}
