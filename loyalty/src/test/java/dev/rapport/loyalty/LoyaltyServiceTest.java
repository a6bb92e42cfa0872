package dev.rapport.loyalty;

import static dev.rapport.loyalty.Fixtures.MEMBER;
import static dev.rapport.loyalty.Fixtures.USD;
import static dev.rapport.loyalty.Fixtures.day;
import static dev.rapport.loyalty.Fixtures.key;
import static dev.rapport.loyalty.Fixtures.origin;
import static dev.rapport.loyalty.Fixtures.program;
import static dev.rapport.loyalty.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.spi.AccountEntries;
import dev.rapport.loyalty.spi.InMemoryLedgerStore;
import dev.rapport.loyalty.spi.LedgerStore;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoyaltyServiceTest {
  private static final LoyaltyProgram PROGRAM =
      program().rule(SpendRule.of("base", PointsRate.perUnit(BigDecimal.TEN, USD))).build();

  /**
   * A store where a rival service appends a credit just before each of the next {@code rivals}
   * appends of the service under test, so that those appends find the account moved on.
   */
  private static final class RivalStore implements LedgerStore {
    final InMemoryLedgerStore store = new InMemoryLedgerStore();
    final AtomicInteger appends = new AtomicInteger();
    int rivals;
    boolean rivalWriting;
    LoyaltyService rival;

    @Override
    public AccountEntries read(CustomerId account, long fromVersion) {
      return store.read(account, fromVersion);
    }

    @Override
    public boolean append(CustomerId account, long expectedVersion, List<LedgerEntry> entries) {
      int n = appends.incrementAndGet();
      if (rivals > 0 && !rivalWriting) {
        rivals--;
        rivalWriting = true;
        rival.apply(account, LedgerRequest.credit(origin("rival-" + n, day(1)), 5));
        rivalWriting = false;
      }
      return store.append(account, expectedVersion, entries);
    }
  }

  @Test
  void writesGoToTheStoreAndAnotherServiceSeesThem() {
    InMemoryLedgerStore store = new InMemoryLedgerStore();
    LoyaltyService service = LoyaltyService.of(PROGRAM, store);

    service.apply(MEMBER, LedgerRequest.credit(origin("c", day(1)), 100));
    service.apply(MEMBER, LedgerRequest.redeem(origin("r", day(2)), 30));

    assertThat(store.read(MEMBER, 0).version()).isEqualTo(2);
    assertThat(LoyaltyService.of(PROGRAM, store).ledger(MEMBER).balance()).isEqualTo(70);
    assertThat(service.ledger(MEMBER).balance()).isEqualTo(70);
  }

  @Test
  void aVersionConflictReloadsAndRetries() {
    RivalStore store = new RivalStore();
    LoyaltyService service = LoyaltyService.of(PROGRAM, store);
    store.rival = LoyaltyService.builder(PROGRAM, store).cacheSize(0).build();
    service.apply(MEMBER, LedgerRequest.credit(origin("c", day(1)), 100));
    store.rivals = 2;

    LedgerResult result = service.apply(MEMBER, LedgerRequest.redeem(origin("r", day(2)), 95));

    assertThat(result.entry().sequence()).isEqualTo(3);
    assertThat(store.read(MEMBER, 0).entries())
        .extracting(LedgerEntry::key)
        .extracting(IdempotencyKey::value)
        .containsExactly("c", "rival-2", "rival-4", "r");
    assertThat(service.ledger(MEMBER).balance()).isEqualTo(15);
    assertThat(store.appends.get()).isEqualTo(6);
  }

  @Test
  void aRetriedRequestWritesNothing() {
    InMemoryLedgerStore store = new InMemoryLedgerStore();
    LoyaltyService service = LoyaltyService.of(PROGRAM, store);
    LedgerRequest credit = LedgerRequest.credit(origin("c", day(1)), 100);

    LedgerResult first = service.apply(MEMBER, credit);
    LedgerResult second = LoyaltyService.of(PROGRAM, store).apply(MEMBER, credit);

    assertThat(second.duplicate()).isTrue();
    assertThat(second.entry()).isEqualTo(first.entry());
    assertThat(store.read(MEMBER, 0).version()).isEqualTo(1);
  }

  @Test
  void givesUpAfterTheMaximumNumberOfAttempts() {
    LedgerStore stubborn =
        new LedgerStore() {
          @Override
          public AccountEntries read(CustomerId account, long fromVersion) {
            return new AccountEntries(0, List.of());
          }

          @Override
          public boolean append(
              CustomerId account, long expectedVersion, List<LedgerEntry> entries) {
            return false;
          }
        };
    LoyaltyService service = LoyaltyService.builder(PROGRAM, stubborn).maxAttempts(3).build();

    assertThatThrownBy(() -> service.apply(MEMBER, LedgerRequest.credit(origin("c", day(1)), 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "a write to account member-1 must succeed within 3 attempts, but the account changed"
                + " under every one");
  }

  @Test
  void earnEvaluatesTheRulesAndRecordsTheExplanation() {
    LoyaltyService service = LoyaltyService.of(PROGRAM, new InMemoryLedgerStore());
    Activity.Purchase purchase = Activity.Purchase.of(day(1), LineItem.of("a", "x", usd("12.30")));

    LedgerResult result = service.earn(MEMBER, purchase, origin("o-1", day(1)));

    assertThat(result.entry().points()).isEqualTo(123);
    assertThat(result.entry().request())
        .isEqualTo(
            new LedgerRequest.Earn(
                origin("o-1", day(1)),
                123,
                java.util.Optional.of(usd("12.30")),
                List.of(new ExplanationLine("base", "USD 12.30 at 10 points per USD 1.00", 123))));
  }

  @Test
  void aRetriedEarnReturnsTheOriginalEvenAfterTheTierChanged() {
    LoyaltyProgram tiered =
        LoyaltyProgram.builder(PROGRAM)
            .tiers(
                TierPolicy.builder(TierPolicy.Basis.POINTS_EARNED, TierPolicy.Window.LIFETIME)
                    .tier("member", 0, "1")
                    .tier("gold", 100, "2")
                    .build())
            .build();
    LoyaltyService service = LoyaltyService.of(tiered, new InMemoryLedgerStore());
    Activity.Purchase purchase = Activity.Purchase.of(day(1), LineItem.of("a", "x", usd("5.00")));
    LedgerResult first = service.earn(MEMBER, purchase, origin("o-1", day(1)));
    service.apply(MEMBER, LedgerRequest.earn(origin("big", day(2)), 500));

    LedgerResult retry = service.earn(MEMBER, purchase, origin("o-1", day(1)));
    LedgerResult later =
        service.earn(
            MEMBER,
            Activity.Purchase.of(day(3), LineItem.of("a", "x", usd("5.00"))),
            origin("o-2", day(3)));

    assertThat(retry.duplicate()).isTrue();
    assertThat(retry.entry()).isEqualTo(first.entry());
    assertThat(later.entry().points()).isEqualTo(100);
    assertThat(service.tier(MEMBER, day(3)).tier().name()).isEqualTo("gold");
    assertThatThrownBy(
            () ->
                service.earn(
                    MEMBER,
                    Activity.Purchase.of(day(1), LineItem.of("a", "x", usd("6.00"))),
                    origin("o-1", day(1))))
        .isInstanceOf(IdempotencyConflictException.class);
  }

  @Test
  void expireWritesThroughTheStoreOnce() {
    LoyaltyProgram expiring =
        LoyaltyProgram.builder(PROGRAM).expiry(ExpiryPolicy.rollingDays(5)).build();
    InMemoryLedgerStore store = new InMemoryLedgerStore();
    LoyaltyService service = LoyaltyService.builder(expiring, store).cacheSize(0).build();
    service.apply(MEMBER, LedgerRequest.earn(origin("e", day(1)), 10));

    assertThat(service.expire(MEMBER, day(10)).entries()).hasSize(1);
    assertThat(service.expire(MEMBER, day(11)).entries()).isEmpty();
    assertThat(store.read(MEMBER, 0).version()).isEqualTo(2);
    assertThat(service.ledger(MEMBER).find(key("expire:0"))).isPresent();
  }

  @Test
  void builderRejectsBadLimits() {
    assertThatThrownBy(
            () -> LoyaltyService.builder(PROGRAM, new InMemoryLedgerStore()).maxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxAttempts must be positive, but was 0");
    assertThatThrownBy(
            () -> LoyaltyService.builder(PROGRAM, new InMemoryLedgerStore()).cacheSize(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cacheSize must not be negative, but was -1");
    assertThat(LoyaltyService.of(PROGRAM, new InMemoryLedgerStore()).program()).isSameAs(PROGRAM);
  }
}
