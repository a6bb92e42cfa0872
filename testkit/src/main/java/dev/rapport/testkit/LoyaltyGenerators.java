package dev.rapport.testkit;

import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.Activity;
import dev.rapport.loyalty.Actor;
import dev.rapport.loyalty.CampaignRule;
import dev.rapport.loyalty.ClawbackPolicy;
import dev.rapport.loyalty.EntryType;
import dev.rapport.loyalty.EventKind;
import dev.rapport.loyalty.EventRule;
import dev.rapport.loyalty.ExpiryPolicy;
import dev.rapport.loyalty.IdempotencyKey;
import dev.rapport.loyalty.LedgerEntry;
import dev.rapport.loyalty.LedgerRequest;
import dev.rapport.loyalty.LineItem;
import dev.rapport.loyalty.LoyaltyProgram;
import dev.rapport.loyalty.Money;
import dev.rapport.loyalty.MultiplierRule;
import dev.rapport.loyalty.Origin;
import dev.rapport.loyalty.PointsLedger;
import dev.rapport.loyalty.PointsRate;
import dev.rapport.loyalty.RollbackExpiry;
import dev.rapport.loyalty.SourceRef;
import dev.rapport.loyalty.SpendRule;
import dev.rapport.loyalty.TierPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Generators of loyalty values for property tests, as plain {@code Function<RandomGenerator, T>}
 * values: programs with every ledger option, money, and ledger requests that fit a given ledger
 * (refunds of its earns, rollbacks of its redemptions, retries and conflicting reuses of its keys),
 * so that a test can grow a ledger step by step, as {@link TimelineGenerators#nextEvents} grows a
 * timeline. {@link QtLoyaltyGens} wraps them for QuickTheories.
 *
 * <p>For the earning engine: {@link #earningPrograms()} (rules of every kind, tiers now and then),
 * {@link #purchases()} and {@link #memberEvents()}.
 *
 * <p>Programs are in US dollars, in one of a few zones with and without daylight saving time. Each
 * generator is a pure function of the random source it is given. Thread-safe (stateless).
 */
public final class LoyaltyGenerators {
  /** The currency of generated programs and money. */
  public static final Currency USD = Currency.getInstance("USD");

  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("UTC"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Europe/Paris"),
          ZoneId.of("Asia/Kolkata"),
          ZoneId.of("Pacific/Chatham"));
  private static final Instant EARLIEST = Instant.parse("2024-01-01T00:00:00Z");
  private static final List<String> CATEGORIES =
      List.of("beans", "machines", "accessories", "gift-cards", "shoes");
  private static final List<String> PRODUCTS =
      List.of("ethiopia-250g", "espresso-pro", "mug", "gift-25", "runner-42", "kenya-1kg");
  private static final List<EventKind> EVENT_KINDS =
      List.of(
          EventKind.REVIEW_WRITTEN,
          EventKind.SURVEY_COMPLETED,
          EventKind.BIRTHDAY,
          EventKind.SIGN_UP);
  private static final List<String> MULTIPLIERS = List.of("0.5", "1", "1.5", "2", "3");

  private LoyaltyGenerators() {}

  /**
   * Returns a generator of programs: any expiry policy (never, 10 to 400 rolling days, end of month
   * 0 to 3 months on, end of year 0 or 1 year on), a pending period of 0 to 30 days, either
   * clawback policy and rollback expiry, and now and then a minimum redemption or a maximum share
   * of an order. Rounding is {@code HALF_UP}.
   */
  public static Function<RandomGenerator, LoyaltyProgram> programs() {
    return random -> {
      Objects.requireNonNull(random, "random");
      int pendingDays = random.nextInt(4) == 0 ? 0 : random.nextInt(31);
      ExpiryPolicy expiry;
      switch (random.nextInt(4)) {
        case 0:
          expiry = ExpiryPolicy.none();
          break;
        case 1:
          expiry = ExpiryPolicy.rollingDays(pendingDays + 10 + random.nextInt(390));
          break;
        case 2:
          expiry = ExpiryPolicy.endOfMonth(random.nextInt(4));
          break;
        default:
          expiry = ExpiryPolicy.endOfYear(random.nextInt(2));
          break;
      }
      LoyaltyProgram.Builder builder =
          LoyaltyProgram.builder("Generated", pick(random, ZONES), USD)
              .roundingMode(java.math.RoundingMode.HALF_UP)
              .expiry(expiry)
              .pendingDays(pendingDays)
              .clawback(pick(random, List.of(ClawbackPolicy.values())))
              .rollbackExpiry(pick(random, List.of(RollbackExpiry.values())));
      if (random.nextInt(5) == 0) {
        builder.minimumRedemption(1 + random.nextInt(50));
      }
      if (random.nextInt(5) == 0) {
        builder
            .redemptionValue(PointsRate.of(100, Money.of(BigDecimal.ONE, USD)))
            .maximumRedemptionShare(new BigDecimal("0.5"));
      }
      return builder.build();
    };
  }

  /**
   * Returns a generator of programs as {@link #programs()} makes them (rounding {@code HALF_UP},
   * {@code DOWN}, {@code UP} or {@code HALF_EVEN}), with earning rules: one spend rule at priority
   * 10 (10 or 1 point per dollar, 1 point per 3 dollars, or half a point per dollar; gift cards
   * excluded half the time), up to two category or product multipliers from 0.5 to 3, now and then
   * a campaign in 2024 to 2027 (a multiplier, a bonus, or both, with or without a minimum spend),
   * up to two event rules with caps, some rules with the stop flag; and a third of the time tiers
   * on points or spend.
   */
  public static Function<RandomGenerator, LoyaltyProgram> earningPrograms() {
    Function<RandomGenerator, LoyaltyProgram> base = programs();
    return random -> {
      LoyaltyProgram.Builder builder =
          LoyaltyProgram.builder(base.apply(random))
              .roundingMode(
                  pick(
                      random,
                      List.of(
                          RoundingMode.HALF_UP,
                          RoundingMode.DOWN,
                          RoundingMode.UP,
                          RoundingMode.HALF_EVEN)));
      List<PointsRate> rates =
          List.of(
              PointsRate.perUnit(BigDecimal.TEN, USD),
              PointsRate.perUnit(BigDecimal.ONE, USD),
              PointsRate.of(1, Money.of("3.00", "USD")),
              new PointsRate(new BigDecimal("0.5"), Money.of("1", "USD")));
      SpendRule spend = SpendRule.of("spend", pick(random, rates)).withPriority(10);
      builder.rule(random.nextBoolean() ? spend.excluding("gift-cards") : spend);
      int multipliers = random.nextInt(3);
      for (int i = 0; i < multipliers; i++) {
        BigDecimal factor = new BigDecimal(pick(random, MULTIPLIERS));
        MultiplierRule rule =
            random.nextBoolean()
                ? MultiplierRule.forCategories("multiplier-" + i, factor, pick(random, CATEGORIES))
                : MultiplierRule.forProducts("multiplier-" + i, factor, pick(random, PRODUCTS));
        builder.rule(rule.withPriority(random.nextInt(5)).withStop(random.nextInt(6) == 0));
      }
      if (random.nextInt(3) == 0) {
        LocalDate from = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(3 * 365));
        BigDecimal factor = new BigDecimal(pick(random, List.of("1", "1.5", "2")));
        long bonus =
            factor.compareTo(BigDecimal.ONE) == 0 || random.nextBoolean()
                ? 1 + random.nextInt(500)
                : 0;
        CampaignRule campaign =
            new CampaignRule(
                "campaign",
                -random.nextInt(3),
                random.nextInt(6) == 0,
                from,
                from.plusDays(random.nextInt(60)),
                factor,
                bonus,
                random.nextBoolean() ? Optional.empty() : Optional.of(money().apply(random)));
        builder.rule(campaign);
      }
      int events = random.nextInt(3);
      for (int i = 0; i < events; i++) {
        EventRule rule =
            EventRule.of("event-" + i, pick(random, EVENT_KINDS), 1 + random.nextInt(300));
        if (random.nextBoolean()) {
          rule = rule.withCapPerDay(1 + random.nextInt(3));
        }
        if (random.nextInt(3) == 0) {
          rule = rule.withCapPerMonth(1 + random.nextInt(10));
        }
        builder.rule(rule.withPriority(random.nextInt(3)).withStop(random.nextInt(6) == 0));
      }
      if (random.nextInt(3) == 0) {
        TierPolicy.Basis basis = pick(random, List.of(TierPolicy.Basis.values()));
        TierPolicy.Window window = pick(random, List.of(TierPolicy.Window.values()));
        builder.tiers(
            TierPolicy.builder(basis, window)
                .tier("base", 0, "1")
                .tier("silver", 200 + random.nextInt(1000), "1.1")
                .tier("gold", 2000 + random.nextInt(5000), "1.25")
                .review(
                    window == TierPolicy.Window.CALENDAR_YEAR
                        ? TierPolicy.Review.YEARLY
                        : pick(random, List.of(TierPolicy.Review.values())))
                .build());
      }
      return builder.build();
    };
  }

  /**
   * Returns a generator of purchases of one to five lines (products and categories from a small
   * catalogue, USD 0.01 to USD 500.00 each) at an instant from {@link #instants()}.
   */
  public static Function<RandomGenerator, Activity.Purchase> purchases() {
    return random -> {
      int count = 1 + random.nextInt(5);
      List<LineItem> items = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        items.add(
            LineItem.of(pick(random, PRODUCTS), pick(random, CATEGORIES), money().apply(random)));
      }
      return new Activity.Purchase(instants().apply(random), items);
    };
  }

  /**
   * Returns a generator of member events of the four common kinds at instants from {@link
   * #instants()}.
   */
  public static Function<RandomGenerator, Activity.MemberEvent> memberEvents() {
    return random -> Activity.MemberEvent.of(instants().apply(random), pick(random, EVENT_KINDS));
  }

  /** Returns a generator of amounts from USD 0.01 to USD 500.00, in cents. */
  public static Function<RandomGenerator, Money> money() {
    return random -> Money.of(BigDecimal.valueOf(1 + random.nextInt(50_000), 2), USD);
  }

  /** Returns a generator of instants from 2024 to 2027, a quarter of them with a fraction. */
  public static Function<RandomGenerator, Instant> instants() {
    long range = Duration.ofDays(3 * 366).getSeconds();
    return random -> {
      Instant at = EARLIEST.plusSeconds(random.nextLong(range));
      return random.nextInt(4) == 0 ? at.plusNanos(random.nextInt(1_000_000_000)) : at;
    };
  }

  /** Returns a generator of member account ids {@code "M-1"} to {@code "M-9999"}. */
  public static Function<RandomGenerator, CustomerId> accounts() {
    return random -> CustomerId.of("M-" + (1 + random.nextInt(9_999)));
  }

  /**
   * Returns a generator of requests that fit {@code ledger} at about {@code now}: earns with and
   * without an order, redemptions (some beyond the balance), partial and full refunds of its earns,
   * activations and cancellations of them, full and partial rollbacks of its redemptions, manual
   * credits and debits, and retries (the same key and request) and conflicting reuses of its keys.
   * Instants are {@code now}, or an hour to a few days before it (a late event). Keys are new
   * unless the request is a retry or a reuse.
   *
   * <p>Not every request succeeds: a redemption may ask for too much, an activation may name an
   * earn that is no longer pending; that is the point of a property test.
   */
  public static Function<RandomGenerator, LedgerRequest> nextRequests(
      PointsLedger ledger, Instant now) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(now, "now");
    List<LedgerEntry> entries = ledger.entries();
    long balance = Math.max(0, ledger.balance());
    return random -> {
      Objects.requireNonNull(random, "random");
      Instant at = random.nextInt(6) == 0 ? now.minusSeconds(random.nextLong(1, 300_000)) : now;
      int kind = random.nextInt(100);
      if (kind < 8 && !entries.isEmpty()) {
        LedgerRequest earlier = pick(random, entries).request();
        return random.nextInt(3) == 0 ? reuse(random, earlier) : earlier;
      }
      String key = "k" + ledger.version() + "-" + random.nextInt(1_000_000);
      Optional<LedgerEntry> earn =
          kind < 75 ? find(random, entries, EntryType.EARN) : Optional.empty();
      if (kind < 38 || (earn.isEmpty() && kind < 70)) {
        long points = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(500);
        Origin origin = origin(key, at, SourceRef.order("O-" + key), "purchase");
        return random.nextInt(10) < 7
            ? LedgerRequest.earn(origin, points, money().apply(random))
            : LedgerRequest.earn(origin, points);
      }
      if (kind < 58 || (earn.isEmpty() && kind < 75)) {
        long points = 1 + random.nextLong(balance + 60);
        Origin origin = origin(key, at, SourceRef.order("O-" + key), "redeem at checkout");
        return random.nextInt(3) == 0
            ? LedgerRequest.redeem(origin, points, money().apply(random))
            : LedgerRequest.redeem(origin, points);
      }
      if (kind < 70) {
        LedgerRequest.Earn earned = (LedgerRequest.Earn) earn.get().request();
        Origin origin = origin(key, at, SourceRef.refund("R-" + key), "refund");
        if (earned.orderAmount().isEmpty() || random.nextInt(4) == 0) {
          return LedgerRequest.clawback(origin, earned.key());
        }
        BigDecimal order = earned.orderAmount().get().amount();
        BigDecimal part =
            order.multiply(BigDecimal.valueOf(1 + random.nextInt(100))).movePointLeft(2);
        part = part.setScale(2, java.math.RoundingMode.DOWN);
        return LedgerRequest.refund(
            origin, earned.key(), part.signum() > 0 ? Money.of(part, USD) : money().apply(random));
      }
      if (kind < 75) {
        IdempotencyKey earnKey = earn.get().key();
        Origin origin = origin(key, at, SourceRef.adjustment("A-" + key), "pending review");
        return random.nextBoolean()
            ? LedgerRequest.activate(origin, earnKey)
            : LedgerRequest.cancel(origin, earnKey);
      }
      Optional<LedgerEntry> redemption =
          kind < 85 ? find(random, entries, EntryType.REDEEM) : Optional.empty();
      if (redemption.isPresent()) {
        LedgerEntry redeemed = redemption.get();
        Origin origin = origin(key, at, SourceRef.cancellation("X-" + key), "order cancelled");
        return random.nextBoolean()
            ? LedgerRequest.rollback(origin, redeemed.key())
            : LedgerRequest.rollback(
                origin, redeemed.key(), 1 + random.nextLong(-redeemed.points()));
      }
      Origin origin = origin(key, at, SourceRef.adjustment("A-" + key), "goodwill");
      long points = 1 + random.nextInt(200);
      return random.nextBoolean()
          ? LedgerRequest.credit(origin, points)
          : LedgerRequest.debit(origin, points);
    };
  }

  /**
   * Returns an entry of {@code type}: one of a few random picks, half of them among the last 32
   * entries (refunds and cancellations mostly follow recent orders), or else the latest such entry
   * among the last 256. Costs a few picks and at most a short backward scan, never a pass over the
   * whole ledger.
   */
  private static Optional<LedgerEntry> find(
      RandomGenerator random, List<LedgerEntry> entries, EntryType type) {
    int size = entries.size();
    if (size == 0) {
      return Optional.empty();
    }
    for (int i = 0; i < 6; i++) {
      int index =
          random.nextBoolean()
              ? size - 1 - random.nextInt(Math.min(size, 32))
              : random.nextInt(size);
      if (entries.get(index).type() == type) {
        return Optional.of(entries.get(index));
      }
    }
    for (int index = size - 1; index >= Math.max(0, size - 256); index--) {
      if (entries.get(index).type() == type) {
        return Optional.of(entries.get(index));
      }
    }
    return Optional.empty();
  }

  /** A request with the same key as {@code earlier} and another payload. */
  private static LedgerRequest reuse(RandomGenerator random, LedgerRequest earlier) {
    Origin origin =
        origin(
            earlier.key().value(),
            earlier.occurredAt().plusSeconds(1 + random.nextInt(1000)),
            SourceRef.adjustment("reuse"),
            "reused key");
    return random.nextBoolean()
        ? LedgerRequest.credit(origin, 1 + random.nextInt(100))
        : LedgerRequest.redeem(origin, 1 + random.nextInt(100));
  }

  private static Origin origin(String key, Instant at, SourceRef source, String reason) {
    return new Origin(IdempotencyKey.of(key), at, source, reason, Actor.system());
  }

  /**
   * Returns a generator of ledgers of {@code account} grown under {@code program} by up to {@code
   * maxSteps} requests from {@link #nextRequests} (those the ledger rejects are skipped) and an
   * expiry sweep now and then, with a few hours to forty days between steps.
   */
  public static Function<RandomGenerator, PointsLedger> ledgers(
      LoyaltyProgram program, CustomerId account, int maxSteps) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(account, "account");
    if (maxSteps < 0) {
      throw new IllegalArgumentException("maxSteps must not be negative, but was " + maxSteps);
    }
    return random -> {
      PointsLedger ledger = PointsLedger.empty(account);
      Instant now = instants().apply(random);
      int steps = random.nextInt(maxSteps + 1);
      for (int i = 0; i < steps; i++) {
        now = now.plus(gaps().apply(random));
        if (random.nextInt(8) == 0) {
          ledger = ledger.expire(now).ledger();
          continue;
        }
        LedgerRequest request = nextRequests(ledger, now).apply(random);
        try {
          ledger = ledger.apply(program, request).ledger();
        } catch (IllegalStateException | IllegalArgumentException rejected) {
          // A request the ledger refuses leaves it as it was.
        }
      }
      return ledger;
    };
  }

  /** Returns a generator of gaps between steps: a few hours to forty days. */
  public static Function<RandomGenerator, Duration> gaps() {
    return random -> Duration.ofMinutes(1 + random.nextInt(60 * 24 * 40));
  }

  static <T> T pick(RandomGenerator random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
