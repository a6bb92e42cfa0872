package dev.rapport.loyalty;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.spi.AccountEntries;
import dev.rapport.loyalty.spi.LedgerStore;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The facade most callers use: one program over one {@link LedgerStore}. Each write loads the
 * account's ledger (from a cache of recent ledgers, brought up to date with the entries stored
 * since), applies the request, and appends the entries written if the account's version has not
 * moved; if another writer got there first it loads again and retries, up to a limit. So concurrent
 * writers to one account, in one process or many, serialise: no update is lost, and a retried
 * request (same key) finds the entry the first attempt stored and writes nothing.
 *
 * <p>The cache holds immutable ledgers and is only an optimisation: the store is the truth, and a
 * cached ledger is always a prefix of what the store holds (stores are append-only).
 *
 * <p>Thread-safe.
 */
public final class LoyaltyService {
  /** The default number of attempts of a write before it gives up. */
  public static final int DEFAULT_MAX_ATTEMPTS = 100;

  /** The default number of ledgers kept in the cache. */
  public static final long DEFAULT_CACHE_SIZE = 10_000;

  private static final Logger log = LoggerFactory.getLogger(LoyaltyService.class);

  private final LoyaltyProgram program;
  private final LedgerStore store;
  private final int maxAttempts;
  private final Cache<CustomerId, PointsLedger> cache;
  private final EarningEngine earning;

  private LoyaltyService(Builder builder) {
    this.program = builder.program;
    this.store = builder.store;
    this.maxAttempts = builder.maxAttempts;
    this.cache = CacheBuilder.newBuilder().maximumSize(builder.cacheSize).build();
    this.earning = EarningEngine.of(program);
  }

  /**
   * Returns a builder of a service of {@code program} over {@code store}, with {@link
   * #DEFAULT_MAX_ATTEMPTS} and {@link #DEFAULT_CACHE_SIZE}.
   */
  public static Builder builder(LoyaltyProgram program, LedgerStore store) {
    return new Builder(program, store);
  }

  /** Returns a service of {@code program} over {@code store} with the defaults. */
  public static LoyaltyService of(LoyaltyProgram program, LedgerStore store) {
    return builder(program, store).build();
  }

  /** Returns the program. */
  public LoyaltyProgram program() {
    return program;
  }

  /** Returns the account's ledger as the store holds it now. */
  public PointsLedger ledger(CustomerId account) {
    Objects.requireNonNull(account, "account");
    return load(account);
  }

  /**
   * Writes {@code request} to the account's ledger; see {@link PointsLedger#apply}.
   *
   * @throws IdempotencyConflictException if the key was used by a different request
   * @throws InsufficientPointsException if a redemption asks for more than is available
   * @throws IllegalStateException if the request does not fit the ledger, or the account kept
   *     changing under this write for the maximum number of attempts
   */
  public LedgerResult apply(CustomerId account, LedgerRequest request) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(request, "request");
    return write(account, ledger -> ledger.apply(program, request));
  }

  /**
   * Evaluates what {@code activity} earns with the {@link EarningEngine} (against the ledger as it
   * is at that attempt: caps and tier) and writes the earn, with its explanation, under {@code
   * origin}. A retry with the same key, origin and order amount returns the original entry even if
   * the rules or the member's tier have changed since.
   *
   * @throws IdempotencyConflictException if the key was used by a different request
   */
  public LedgerResult earn(CustomerId account, Activity activity, Origin origin) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(origin, "origin");
    return write(
        account,
        ledger -> {
          Optional<LedgerEntry> existing = ledger.find(origin.key());
          if (existing.isPresent()) {
            LedgerRequest original = existing.get().request();
            Optional<Money> orderAmount =
                activity instanceof Activity.Purchase
                    ? Optional.of(((Activity.Purchase) activity).total())
                    : Optional.empty();
            if (original instanceof LedgerRequest.Earn
                && original.origin().equals(origin)
                && ((LedgerRequest.Earn) original).orderAmount().equals(orderAmount)) {
              return new LedgerResult(ledger, List.of(existing.get()), true);
            }
            throw new IdempotencyConflictException(
                original, earning.evaluate(activity, ledger).toEarn(origin));
          }
          LedgerRequest.Earn earn = earning.evaluate(activity, ledger).toEarn(origin);
          return ledger.apply(program, earn);
        });
  }

  /** Writes the expiry of every lot of the account past its expiry at {@code now}. */
  public LedgerResult expire(CustomerId account, Instant now) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(now, "now");
    return write(account, ledger -> ledger.expire(now));
  }

  /**
   * Returns the account's tier at {@code now}.
   *
   * @throws IllegalArgumentException if the program has no tiers
   */
  public TierStatus tier(CustomerId account, Instant now) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(now, "now");
    return TierEngine.of(program).evaluate(load(account), now);
  }

  private LedgerResult write(CustomerId account, Function<PointsLedger, LedgerResult> operation) {
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      PointsLedger ledger = load(account);
      LedgerResult result = operation.apply(ledger);
      List<LedgerEntry> written = result.written();
      if (written.isEmpty()) {
        return result;
      }
      if (store.append(account, ledger.version(), written)) {
        remember(result.ledger());
        return result;
      }
      log.debug(
          "Account {} moved past version {}; reloading (attempt {} of {})",
          account,
          ledger.version(),
          attempt,
          maxAttempts);
    }
    throw new IllegalStateException(
        "a write to account "
            + account
            + " must succeed within "
            + maxAttempts
            + " attempts, but the account changed under every one");
  }

  private PointsLedger load(CustomerId account) {
    PointsLedger cached = cache.getIfPresent(account);
    PointsLedger base = cached != null ? cached : PointsLedger.empty(account);
    AccountEntries page = store.read(account, base.version());
    if (page.entries().isEmpty() && cached != null) {
      return cached;
    }
    PointsLedger ledger = base.append(page.entries());
    remember(ledger);
    return ledger;
  }

  private void remember(PointsLedger ledger) {
    cache
        .asMap()
        .merge(
            ledger.account(),
            ledger,
            (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
  }

  @Override
  public String toString() {
    return "LoyaltyService[" + program.name() + ", " + store + "]";
  }

  /** Builds a {@link LoyaltyService}. Not thread-safe. */
  public static final class Builder {
    private final LoyaltyProgram program;
    private final LedgerStore store;
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private long cacheSize = DEFAULT_CACHE_SIZE;

    private Builder(LoyaltyProgram program, LedgerStore store) {
      this.program = Objects.requireNonNull(program, "program");
      this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Sets how many times a write tries before it gives up; default {@link #DEFAULT_MAX_ATTEMPTS}.
     *
     * @throws IllegalArgumentException if {@code attempts} is not positive
     */
    public Builder maxAttempts(int attempts) {
      this.maxAttempts = (int) Checks.positive(attempts, "maxAttempts");
      return this;
    }

    /**
     * Sets how many ledgers the cache keeps; 0 keeps none (every write replays the account from the
     * store). Default {@link #DEFAULT_CACHE_SIZE}.
     *
     * @throws IllegalArgumentException if {@code size} is negative
     */
    public Builder cacheSize(long size) {
      this.cacheSize = Checks.nonNegative(size, "cacheSize");
      return this;
    }

    /** Returns the service. */
    public LoyaltyService build() {
      return new LoyaltyService(this);
    }
  }
}
