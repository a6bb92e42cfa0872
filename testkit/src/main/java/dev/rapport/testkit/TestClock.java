package dev.rapport.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that stands still until a test moves it. Rapport's engines never read a clock
 * (they take {@code now} as an argument); this clock is for the caller's own code around them.
 *
 * <p>Thread-safe: the instant is an atomic reference; {@link #withZone} returns a view that
 * shares it.
 */
public final class TestClock extends Clock {
  private final AtomicReference<Instant> instant;
  private final ZoneId zone;

  private TestClock(AtomicReference<Instant> instant, ZoneId zone) {
    this.instant = instant;
    this.zone = zone;
  }

  /** Returns a clock standing at {@code start} in UTC. */
  public static TestClock at(Instant start) {
    Objects.requireNonNull(start, "start");
    return new TestClock(new AtomicReference<>(start), ZoneId.of("UTC"));
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** Returns a clock in {@code newZone} that shares this clock's instant and moves with it. */
  @Override
  public TestClock withZone(ZoneId newZone) {
    Objects.requireNonNull(newZone, "newZone");
    return new TestClock(instant, newZone);
  }

  @Override
  public Instant instant() {
    return instant.get();
  }

  /**
   * Moves the clock forward by {@code amount}, which must not be negative; returns the new instant.
   */
  public Instant advance(Duration amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount must not be negative, but was " + amount);
    }
    return instant.updateAndGet(current -> current.plus(amount));
  }

  /**
   * Sets the clock to {@code newInstant}. Moving backwards is allowed, as real clocks do; tests of
   * monotonic behaviour should use {@link #advance}.
   */
  public void set(Instant newInstant) {
    Objects.requireNonNull(newInstant, "newInstant");
    instant.set(newInstant);
  }

  @Override
  public String toString() {
    return "TestClock[" + instant() + "," + zone + "]";
  }
}
