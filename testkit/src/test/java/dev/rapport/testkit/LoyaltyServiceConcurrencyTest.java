package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.ClawbackPolicy;
import dev.rapport.loyalty.EntryType;
import dev.rapport.loyalty.ExpiryPolicy;
import dev.rapport.loyalty.IdempotencyKey;
import dev.rapport.loyalty.LedgerEntry;
import dev.rapport.loyalty.LedgerRequest;
import dev.rapport.loyalty.LedgerResult;
import dev.rapport.loyalty.LoyaltyProgram;
import dev.rapport.loyalty.LoyaltyService;
import dev.rapport.loyalty.PointsLedger;
import dev.rapport.loyalty.RollbackExpiry;
import dev.rapport.loyalty.spi.InMemoryLedgerStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Eight threads apply 100,000 random operations to 100 accounts through {@link LoyaltyService}s
 * sharing one store, as several processes would: two services with their own caches, so that writes
 * to one account race and retry on version conflicts. Every request is sent twice by different
 * threads now and then. At the end, every write a thread saw succeed is in the store exactly once,
 * nothing else is, and each account's ledger replays with its invariants intact.
 */
class LoyaltyServiceConcurrencyTest {
  private static final int THREADS = 8;
  private static final int OPERATIONS = 100_000;
  private static final int ACCOUNTS = 100;

  @Test
  void concurrentWritersLoseNoUpdateAndNeverCreditTwice() throws Exception {
    LoyaltyProgram program =
        LoyaltyProgram.builder(
                "Concurrent", java.time.ZoneId.of("Europe/Paris"), LoyaltyGenerators.USD)
            .expiry(ExpiryPolicy.rollingDays(60))
            .pendingDays(3)
            .clawback(ClawbackPolicy.ALLOW_NEGATIVE)
            .rollbackExpiry(RollbackExpiry.ORIGINAL)
            .build();
    InMemoryLedgerStore store = new InMemoryLedgerStore();
    List<LoyaltyService> services =
        List.of(LoyaltyService.of(program, store), LoyaltyService.of(program, store));
    List<CustomerId> accounts = new ArrayList<>();
    for (int i = 0; i < ACCOUNTS; i++) {
      accounts.add(CustomerId.of("M-" + i));
    }
    // Requests that succeeded, by account and key; and what each thread saw.
    Map<CustomerId, Map<IdempotencyKey, LedgerEntry>> acknowledged = new ConcurrentHashMap<>();
    Map<IdempotencyKey, LedgerRequest> recent = new ConcurrentHashMap<>();
    AtomicInteger duplicates = new AtomicInteger();
    AtomicInteger rejected = new AtomicInteger();
    Instant start = Instant.parse("2025-01-01T00:00:00Z");

    ExecutorService executor = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      futures.add(
          executor.submit(
              () -> {
                SplittableRandom random = new SplittableRandom(20251123L + thread);
                for (int i = 0; i < OPERATIONS / THREADS; i++) {
                  CustomerId account = accounts.get(random.nextInt(ACCOUNTS));
                  LoyaltyService service = services.get(random.nextInt(services.size()));
                  Instant now = start.plus(Duration.ofHours(i / 10));
                  try {
                    LedgerResult result;
                    if (random.nextInt(40) == 0) {
                      result = service.expire(account, now);
                    } else {
                      LedgerRequest request =
                          LoyaltyGenerators.nextRequests(service.ledger(account), now)
                              .apply(random);
                      // Now and then a request another thread sent is sent again (a retry).
                      if (random.nextInt(10) == 0 && !recent.isEmpty()) {
                        request = recent.values().iterator().next();
                        account = CustomerId.of(request.key().value().split("/")[0]);
                      } else {
                        request = rekey(account, request);
                        recent.put(request.key(), request);
                        if (recent.size() > 64) {
                          recent.remove(recent.keySet().iterator().next());
                        }
                      }
                      result = service.apply(account, request);
                    }
                    if (result.duplicate()) {
                      duplicates.incrementAndGet();
                    }
                    for (LedgerEntry entry : result.entries()) {
                      LedgerEntry earlier =
                          acknowledged
                              .computeIfAbsent(account, key -> new ConcurrentHashMap<>())
                              .putIfAbsent(entry.key(), entry);
                      assertThat(earlier == null || earlier.equals(entry)).isTrue();
                    }
                  } catch (IllegalStateException | IllegalArgumentException e) {
                    rejected.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    for (Future<?> future : futures) {
      future.get(60, TimeUnit.SECONDS);
    }
    executor.shutdown();
    assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

    long stored = 0;
    for (CustomerId account : accounts) {
      List<LedgerEntry> entries = store.read(account, 0).entries();
      stored += entries.size();
      // Replaying checks sequences, unique keys, lots never below zero, clawbacks within earns.
      PointsLedger ledger = PointsLedger.of(account, entries);
      Map<IdempotencyKey, LedgerEntry> seen = acknowledged.getOrDefault(account, Map.of());
      Map<IdempotencyKey, LedgerEntry> inStore = new HashMap<>();
      long sum = 0;
      for (LedgerEntry entry : entries) {
        inStore.put(entry.key(), entry);
        sum += entry.points();
        if (entry.type() == EntryType.REDEEM) {
          assertThat(entry.points()).isNegative();
        }
      }
      // No lost update: every acknowledged write is stored, as acknowledged; nothing else is.
      assertThat(inStore).isEqualTo(seen);
      assertThat(ledger.balance()).isEqualTo(sum);
      assertThat(ledger.balanceAt(start.plus(Duration.ofDays(10_000))).total()).isEqualTo(sum);
      if (ledger.balanceAt(start).deficit() > 0) {
        assertThat(ledger.lots()).isEmpty();
      }
      assertThat(services.get(0).ledger(account)).isEqualTo(ledger);
      assertThat(services.get(1).ledger(account)).isEqualTo(ledger);
    }
    assertThat(stored).isGreaterThan(OPERATIONS / 3);
    assertThat(duplicates.get()).isPositive();
    assertThat(rejected.get()).isPositive();
  }

  /** Gives the request a key that names its account, so a retry can find the account again. */
  private static LedgerRequest rekey(CustomerId account, LedgerRequest request) {
    IdempotencyKey key = IdempotencyKey.of(account.value() + "/" + request.key().value());
    dev.rapport.loyalty.Origin o = request.origin();
    dev.rapport.loyalty.Origin origin =
        new dev.rapport.loyalty.Origin(key, o.occurredAt(), o.source(), o.reason(), o.actor());
    if (request instanceof LedgerRequest.Earn) {
      LedgerRequest.Earn earn = (LedgerRequest.Earn) request;
      return new LedgerRequest.Earn(origin, earn.points(), earn.orderAmount(), earn.explanation());
    }
    if (request instanceof LedgerRequest.Redeem) {
      LedgerRequest.Redeem redeem = (LedgerRequest.Redeem) request;
      return new LedgerRequest.Redeem(origin, redeem.points(), redeem.orderAmount());
    }
    if (request instanceof LedgerRequest.Clawback) {
      LedgerRequest.Clawback clawback = (LedgerRequest.Clawback) request;
      return new LedgerRequest.Clawback(origin, clawback.earnKey(), clawback.refunded());
    }
    if (request instanceof LedgerRequest.RedemptionRollback) {
      LedgerRequest.RedemptionRollback rollback = (LedgerRequest.RedemptionRollback) request;
      return new LedgerRequest.RedemptionRollback(
          origin, rollback.redemptionKey(), rollback.points());
    }
    if (request instanceof LedgerRequest.ManualCredit) {
      return LedgerRequest.credit(origin, ((LedgerRequest.ManualCredit) request).points());
    }
    if (request instanceof LedgerRequest.ManualDebit) {
      return LedgerRequest.debit(origin, ((LedgerRequest.ManualDebit) request).points());
    }
    if (request instanceof LedgerRequest.PendingActivation) {
      return LedgerRequest.activate(origin, ((LedgerRequest.PendingActivation) request).earnKey());
    }
    if (request instanceof LedgerRequest.PendingCancellation) {
      return LedgerRequest.cancel(origin, ((LedgerRequest.PendingCancellation) request).earnKey());
    }
    return request;
  }
}
