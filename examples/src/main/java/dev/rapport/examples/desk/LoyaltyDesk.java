package dev.rapport.examples.desk;

import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.Activity;
import dev.rapport.loyalty.Actor;
import dev.rapport.loyalty.EarningEngine;
import dev.rapport.loyalty.EarningResult;
import dev.rapport.loyalty.EntryType;
import dev.rapport.loyalty.IdempotencyKey;
import dev.rapport.loyalty.LedgerEntry;
import dev.rapport.loyalty.LedgerRequest;
import dev.rapport.loyalty.LedgerResult;
import dev.rapport.loyalty.LineItem;
import dev.rapport.loyalty.Money;
import dev.rapport.loyalty.Origin;
import dev.rapport.loyalty.PointsLedger;
import dev.rapport.loyalty.SourceRef;
import dev.rapport.loyalty.TierChange;
import dev.rapport.loyalty.TierStatus;
import dev.rapport.loyalty.referral.CodeUsed;
import dev.rapport.loyalty.referral.InMemoryReferralStore;
import dev.rapport.loyalty.referral.OrderPlaced;
import dev.rapport.loyalty.referral.OrderRefunded;
import dev.rapport.loyalty.referral.Referral;
import dev.rapport.loyalty.referral.ReferralEngine;
import dev.rapport.loyalty.referral.ReferralEvent;
import dev.rapport.loyalty.referral.ReferralId;
import dev.rapport.loyalty.referral.ReferralOutcome;
import dev.rapport.loyalty.referral.ReferralParty;
import dev.rapport.loyalty.referral.RewardInstruction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * The loyalty side of the desk: one {@link PointsLedger} per member, orders that earn points and
 * sometimes redeem them, refunds that claw back, daily expiry sweeps, goodwill credits, and the
 * referral program run by the {@link ReferralEngine}, whose reward instructions are written to the
 * ledgers. Not thread-safe.
 */
final class LoyaltyDesk {
  private static final Duration DAY = Duration.ofDays(1);
  private static final double ORDERS_PER_MEMBER_PER_DAY = 1.1 / 30;

  /** A simulated order, and how much of it has been refunded. */
  static final class Order {
    final String id;
    final Customer customer;
    final Instant at;
    final BigDecimal amount;
    BigDecimal refunded = BigDecimal.ZERO;

    Order(String id, Customer customer, Instant at, BigDecimal amount) {
      this.id = id;
      this.customer = customer;
      this.at = at;
      this.amount = amount;
    }

    IdempotencyKey earnKey() {
      return earnKey(id);
    }

    static IdempotencyKey earnKey(String orderId) {
      return IdempotencyKey.of("order/" + orderId + "/earn");
    }
  }

  private final DeskSetup setup;
  private final Customers customers;
  private final Events events;
  private final RandomGenerator random;
  private final Instant start;
  private final Map<CustomerId, PointsLedger> ledgers = new LinkedHashMap<>();
  private final Map<CustomerId, Long> startVersions = new HashMap<>();
  private final Map<CustomerId, Order> lastOrders = new HashMap<>();
  private final ReferralEngine referrals;
  private final InMemoryReferralStore store = new InMemoryReferralStore();
  private long openingBalance;
  private int orderCount;
  private int referralCount;
  private int refunds;

  LoyaltyDesk(
      DeskSetup setup, Customers customers, Events events, RandomGenerator random, Instant start) {
    this.setup = setup;
    this.customers = customers;
    this.events = events;
    this.random = random;
    this.start = start;
    this.referrals = ReferralEngine.of(setup.referralProgram);
  }

  /**
   * Gives every member a year of history before the simulation starts (orders, earns, redemptions),
   * sweeps what expired before the start, and records the opening balance.
   */
  void seedHistory() {
    // Each member's year is independent of the others': it runs in parallel, each member with a
    // generator split off in member order, so the result does not depend on the threads.
    List<Customer> members = customers.members();
    List<SplittableRandom> randoms = new ArrayList<>(members.size());
    SplittableRandom seeds = new SplittableRandom(random.nextLong());
    for (int i = 0; i < members.size(); i++) {
      randoms.add(seeds.split());
    }
    PointsLedger[] seeded = new PointsLedger[members.size()];
    IntStream.range(0, members.size())
        .parallel()
        .forEach(i -> seeded[i] = history(members.get(i), randoms.get(i)));
    for (int i = 0; i < seeded.length; i++) {
      CustomerId id = members.get(i).id();
      ledgers.put(id, seeded[i]);
      startVersions.put(id, seeded[i].version());
      openingBalance = Math.addExact(openingBalance, seeded[i].balance());
    }
  }

  /**
   * Returns a member's ledger after a year of orders before the start (the lots earned longer ago
   * have expired), with what expired by the start swept.
   */
  private PointsLedger history(Customer member, SplittableRandom random) {
    Duration year = Duration.ofDays(366);
    Instant from = start.minus(year);
    int orders = Rand.poisson(random, year.toDays() * ORDERS_PER_MEMBER_PER_DAY);
    List<Instant> times = new ArrayList<>();
    for (int i = 0; i < orders; i++) {
      times.add(from.plusSeconds((long) (random.nextDouble() * year.toSeconds())));
    }
    times.sort(null);
    PointsLedger ledger = PointsLedger.empty(member.id());
    for (int i = 0; i < times.size(); i++) {
      String id = "H-" + member.id().value() + "-" + (i + 1);
      ledger = buy(ledger, id, times.get(i), amount(random, 55), random, setup.historyEarning);
    }
    return ledger.expire(start).ledger();
  }

  private static BigDecimal amount(RandomGenerator random, double median) {
    return BigDecimal.valueOf(Rand.logNormal(random, median, 0.6, 5))
        .setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * Writes an order to the member's ledger: sometimes points pay part of it (up to the program's
   * maximum share), then the order earns what {@code earning} says.
   */
  private PointsLedger buy(
      PointsLedger ledger,
      String orderId,
      Instant at,
      BigDecimal amount,
      RandomGenerator random,
      EarningEngine earning) {
    Money money = Money.of(amount, DeskSetup.EUR);
    long available = Rand.chance(random, 0.3) ? ledger.balanceAt(at).available() : 0;
    if (available >= 1_000) {
      long cap = amount.multiply(BigDecimal.valueOf(50)).longValue() / 100 * 100;
      long points = Math.min(available / 100 * 100, cap);
      if (points >= setup.program.minimumRedemption()) {
        Origin origin =
            new Origin(
                IdempotencyKey.of("order/" + orderId + "/redeem"),
                at,
                SourceRef.order(orderId),
                "points paid part of the order",
                Actor.member());
        ledger = write(ledger, LedgerRequest.redeem(origin, points, money));
      }
    }
    EarningResult earned =
        earning.evaluate(Activity.Purchase.of(at, LineItem.of("sku-1", "shop", money)), ledger);
    Origin origin =
        new Origin(Order.earnKey(orderId), at, SourceRef.order(orderId), "order", Actor.system());
    return write(ledger, earned.toEarn(origin));
  }

  /** Schedules the orders and referral sign-ups of the day starting at {@code day}. */
  void planDay(Instant day, int dayIndex) {
    for (Customer member : customers.members()) {
      if (Rand.chance(random, ORDERS_PER_MEMBER_PER_DAY)) {
        Instant at = day.plusSeconds(random.nextInt((int) DAY.toSeconds()));
        events.at(at, () -> placeOrder(member, at));
      }
    }
    double signUps = Math.max(0.5, customers.members().size() * 0.0015);
    int count = Rand.poisson(random, signUps);
    for (int i = 0; i < count; i++) {
      Instant at = day.plusSeconds(random.nextInt((int) DAY.toSeconds()));
      events.at(at, () -> signUp(at));
    }
    if (dayIndex == 8) {
      Instant at = day.plus(Duration.ofHours(20));
      events.at(at, () -> fraudRing(at));
    }
  }

  /** The daily sweep at {@code now}: expire lots, move referrals whose deadline has passed. */
  void sweep(Instant now) {
    for (Map.Entry<CustomerId, PointsLedger> entry : ledgers.entrySet()) {
      LedgerResult result = entry.getValue().expire(now);
      if (!result.written().isEmpty()) {
        entry.setValue(result.ledger());
      }
    }
    for (Referral referral : store.due(now)) {
      apply(referrals.advance(referral, now, store));
    }
  }

  private Order placeOrder(Customer customer, Instant at) {
    return placeOrder(customer, at, 55);
  }

  private Order placeOrder(Customer customer, Instant at, double median) {
    orderCount++;
    BigDecimal amount = amount(random, median);
    Order order = new Order(String.format(Locale.ROOT, "O-%07d", orderCount), customer, at, amount);
    ledgers.put(
        customer.id(),
        buy(ledgers.get(customer.id()), order.id, at, amount, random, setup.earning));
    lastOrders.put(customer.id(), order);
    referral(
        new OrderPlaced(
            at,
            customer.id(),
            order.id,
            Money.of(amount, DeskSetup.EUR),
            Optional.of(customer.payment()),
            Optional.of(customer.address())));
    if (Rand.chance(random, 0.05)) {
      boolean full = Rand.chance(random, 0.7);
      Instant when = at.plus(Rand.logNormal(random, Duration.ofDays(6), 0.5));
      events.at(when, () -> refund(order, when, full));
    }
    return order;
  }

  /** Returns the member's latest order before {@code at} that has not been fully refunded. */
  Optional<Order> refundableOrder(Customer customer, Instant at) {
    Order order = lastOrders.get(customer.id());
    return order != null && order.at.isBefore(at) && order.refunded.compareTo(order.amount) < 0
        ? Optional.of(order)
        : Optional.empty();
  }

  /** Refunds the order (all of it, or a third of what is left) and claws the points back. */
  void refund(Order order, Instant at, boolean full) {
    BigDecimal left = order.amount.subtract(order.refunded);
    if (left.signum() <= 0) {
      return;
    }
    BigDecimal now = full ? left : left.divide(BigDecimal.valueOf(3), 2, RoundingMode.DOWN);
    if (now.signum() <= 0) {
      return;
    }
    refunds++;
    order.refunded = order.refunded.add(now);
    String key = "order/" + order.id + "/refund/" + order.refunded.toPlainString();
    Origin origin =
        new Origin(
            IdempotencyKey.of(key), at, SourceRef.refund(order.id), "refund", Actor.system());
    CustomerId id = order.customer.id();
    ledgers.put(
        id,
        write(
            ledgers.get(id),
            LedgerRequest.refund(origin, order.earnKey(), Money.of(now, DeskSetup.EUR))));
    referral(new OrderRefunded(at, id, order.id, Money.of(order.refunded, DeskSetup.EUR)));
  }

  /** Credits goodwill points to a member after a bad experience. */
  void goodwill(Customer customer, Instant at, long points, String key) {
    PointsLedger ledger = ledgers.get(customer.id());
    if (ledger == null) {
      return;
    }
    Origin origin =
        new Origin(
            IdempotencyKey.of("goodwill/" + key),
            at,
            SourceRef.adjustment(key),
            "goodwill after a detractor follow-up",
            Actor.service("follow-up"));
    ledgers.put(customer.id(), write(ledger, LedgerRequest.credit(origin, points)));
  }

  private void signUp(Instant at) {
    Customer referrer = customers.pickMember();
    int kind = Rand.pick(random, 80, 7, 6, 7);
    Customer referee;
    ReferralParty refereeParty;
    boolean already = false;
    if (kind == 2) {
      referee = customers.pick(referrer.region());
      refereeParty = referee.party();
      already = true;
    } else {
      referee = customers.add(customers.newCustomer(referrer.region(), "consumer", true));
      ledgers.put(referee.id(), PointsLedger.empty(referee.id()));
      startVersions.put(referee.id(), 0L);
      if (kind == 1) {
        // The referrer signs up again with the same phone: a self-referral by device.
        refereeParty =
            ReferralParty.builder(referee.id())
                .email(referee.email())
                .deviceId(referrer.device())
                .build();
      } else {
        refereeParty = referee.party();
      }
    }
    if (!referrer.id().equals(referee.id())) {
      codeUsed(at, referrer, referee, refereeParty, already);
    }
    if (!already && Rand.chance(random, 0.8)) {
      Instant first = at.plus(Rand.logNormal(random, Duration.ofDays(3), 0.8));
      boolean ownCard = kind == 3;
      Customer buyer = referee;
      events.at(
          first,
          () -> {
            if (ownCard) {
              // The referrer pays the "friend's" first order with their own card.
              Customer disguised =
                  new Customer(
                      buyer.id(),
                      buyer.region(),
                      buyer.zone(),
                      buyer.segment(),
                      true,
                      buyer.email(),
                      buyer.device(),
                      referrer.payment(),
                      buyer.address(),
                      buyer.code());
              placeOrder(disguised, first, 90);
            } else {
              placeOrder(buyer, first, 90);
            }
          });
    }
  }

  /**
   * One member shares a code with a burst of sign-ups from one device: the velocity rule's case.
   */
  private void fraudRing(Instant at) {
    Customer referrer = customers.pickMember();
    for (int i = 0; i < 6; i++) {
      Instant when = at.plus(Duration.ofMinutes(7L * i));
      Customer referee = customers.add(customers.newCustomer(referrer.region(), "consumer", true));
      ledgers.put(referee.id(), PointsLedger.empty(referee.id()));
      startVersions.put(referee.id(), 0L);
      ReferralParty party =
          ReferralParty.builder(referee.id()).email(referee.email()).deviceId("dev-ring").build();
      events.at(when, () -> codeUsed(when, referrer, referee, party, false));
    }
  }

  private void codeUsed(
      Instant at,
      Customer referrer,
      Customer referee,
      ReferralParty refereeParty,
      boolean already) {
    referralCount++;
    ReferralId id = ReferralId.of(String.format(Locale.ROOT, "R-%06d", referralCount));
    referral(
        new CodeUsed(
            at, id, referrer.code().orElseThrow(), referrer.party(), refereeParty, already));
  }

  private void referral(ReferralEvent event) {
    apply(referrals.handle(event, store));
  }

  private void apply(ReferralOutcome outcome) {
    store.apply(outcome);
    for (RewardInstruction instruction : outcome.instructions()) {
      PointsLedger ledger = ledgers.get(instruction.beneficiary());
      Optional<LedgerRequest> request = instruction.toLedgerRequest();
      if (ledger != null && request.isPresent()) {
        ledgers.put(instruction.beneficiary(), write(ledger, request.get()));
      }
    }
  }

  private PointsLedger write(PointsLedger ledger, LedgerRequest request) {
    return ledger.apply(setup.program, request).ledger();
  }

  /** Sums the period's ledger entries by kind: what the report's points flow shows. */
  LoyaltyTotals totals(Instant periodStart, Instant periodEnd, int weeks) {
    List<String> tierNames = new ArrayList<>();
    setup.program.tiers().ifPresent(policy -> policy.tiers().forEach(t -> tierNames.add(t.name())));
    LoyaltyTotals.Builder totals =
        new LoyaltyTotals.Builder(periodStart, weeks, openingBalance, tierNames);
    long closing = 0;
    // The tier engine replays each ledger: a pure function, so members are evaluated in parallel.
    List<PointsLedger> all = new ArrayList<>(ledgers.values());
    TierStatus[] statuses = new TierStatus[all.size()];
    IntStream.range(0, all.size())
        .parallel()
        .forEach(i -> statuses[i] = setup.tiers.evaluate(all.get(i), periodEnd));
    int index = 0;
    for (Map.Entry<CustomerId, PointsLedger> entry : ledgers.entrySet()) {
      PointsLedger ledger = entry.getValue();
      TierStatus tier = statuses[index++];
      totals.tier(tier.tier().name());
      for (TierChange change : tier.history()) {
        if (!change.at().isBefore(periodStart) && change.at().isBefore(periodEnd)) {
          totals.tierChange(change.to().threshold().compareTo(change.from().threshold()) > 0);
        }
      }
      closing = Math.addExact(closing, ledger.balance());
      List<LedgerEntry> entries = ledger.entries();
      for (int i = (int) (long) startVersions.get(entry.getKey()); i < entries.size(); i++) {
        totals.add(entries.get(i));
      }
    }
    return totals.build(closing, ledgers.size(), orderCount, refunds, store.all());
  }

  static boolean isReferral(LedgerEntry entry) {
    return entry.origin().source().type() == SourceRef.Type.REFERRAL;
  }

  static boolean isOrderEarn(LedgerEntry entry) {
    return entry.type() == EntryType.EARN && !isReferral(entry);
  }
}
