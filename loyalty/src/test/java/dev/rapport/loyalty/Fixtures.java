package dev.rapport.loyalty;

import dev.rapport.core.CustomerId;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;

/** Shared test values: a UTC program in USD, numbered days, origins. */
final class Fixtures {
  static final ZoneId UTC = ZoneOffset.UTC;
  static final Currency USD = Currency.getInstance("USD");
  static final CustomerId MEMBER = CustomerId.of("member-1");

  /** Noon UTC on day 1, 2025-01-01. */
  static final Instant DAY_1 = Instant.parse("2025-01-01T12:00:00Z");

  private Fixtures() {}

  /** Noon UTC on day {@code n} (day 1 is 2025-01-01). */
  static Instant day(int n) {
    return DAY_1.plusSeconds(86_400L * (n - 1));
  }

  /** The start of day {@code n} in UTC. */
  static Instant startOfDay(int n) {
    return day(n).minusSeconds(12 * 3600);
  }

  static LoyaltyProgram.Builder program() {
    return LoyaltyProgram.builder("Test Rewards", UTC, USD);
  }

  static Origin origin(String key, Instant at) {
    return Origin.of(key, at, SourceRef.order("O-" + key), "test " + key, Actor.system());
  }

  static IdempotencyKey key(String key) {
    return IdempotencyKey.of(key);
  }

  static Money usd(String amount) {
    return Money.of(amount, "USD");
  }
}
