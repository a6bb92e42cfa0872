package dev.rapport.loyalty.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.loyalty.LedgerEntry;
import dev.rapport.loyalty.LedgerRequest;
import dev.rapport.loyalty.LotTerms;
import dev.rapport.loyalty.Origin;
import dev.rapport.loyalty.SourceRef;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountEntriesTest {
  private static LedgerEntry earn(long sequence) {
    Origin origin =
        Origin.of(
            "k" + sequence,
            Instant.EPOCH,
            SourceRef.order("o"),
            "r",
            dev.rapport.loyalty.Actor.system());
    return new LedgerEntry(
        sequence,
        LedgerRequest.earn(origin, 1),
        1,
        List.of(),
        Optional.of(new LotTerms(1, Instant.EPOCH, Optional.empty())),
        0,
        0);
  }

  @Test
  void holdsTheLastEntriesBeforeTheVersion() {
    AccountEntries page = new AccountEntries(7, List.of(earn(5), earn(6)));

    assertThat(page.version()).isEqualTo(7);
    assertThat(page.entries()).extracting(LedgerEntry::sequence).containsExactly(5L, 6L);
  }

  @Test
  void rejectsEntriesOutOfPlace() {
    assertThatThrownBy(() -> new AccountEntries(7, List.of(earn(4), earn(6))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("entries must have sequences 5 to 6, but entry 0 had 4");
    assertThatThrownBy(() -> new AccountEntries(-1, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version must not be negative, but was -1");
  }
}
