package dev.rapport.examples;

import dev.rapport.core.AgentId;
import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.Activity;
import dev.rapport.loyalty.Actor;
import dev.rapport.loyalty.Balance;
import dev.rapport.loyalty.CampaignRule;
import dev.rapport.loyalty.EventKind;
import dev.rapport.loyalty.EventRule;
import dev.rapport.loyalty.ExpiryPolicy;
import dev.rapport.loyalty.ExplanationLine;
import dev.rapport.loyalty.IdempotencyKey;
import dev.rapport.loyalty.LedgerEntry;
import dev.rapport.loyalty.LedgerRequest;
import dev.rapport.loyalty.LedgerResult;
import dev.rapport.loyalty.LineItem;
import dev.rapport.loyalty.Lot;
import dev.rapport.loyalty.LoyaltyProgram;
import dev.rapport.loyalty.LoyaltyService;
import dev.rapport.loyalty.Money;
import dev.rapport.loyalty.MultiplierRule;
import dev.rapport.loyalty.Origin;
import dev.rapport.loyalty.PointsRate;
import dev.rapport.loyalty.SourceRef;
import dev.rapport.loyalty.SpendRule;
import dev.rapport.loyalty.TierChange;
import dev.rapport.loyalty.TierPolicy;
import dev.rapport.loyalty.TierStatus;
import dev.rapport.loyalty.spi.InMemoryLedgerStore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Currency;
import java.util.function.Function;

/**
 * A loyalty member's year, end to end: a program with spend, multiplier, campaign and event rules,
 * tiers, a pending period and expiry; then a year of a coffee lover's purchases, a review, a
 * partial refund, a redemption and its rollback, points expiring, and two tier upgrades, each
 * printed with the explanation of its points and the balance after it.
 *
 * <p>Run with {@code mvn -B -q -pl examples -am package -DskipTests} and then {@code java -cp
 * examples/target/rapport-demo.jar dev.rapport.examples.LoyaltyYearExample}. Thread-safe: {@code
 * main} only.
 */
public final class LoyaltyYearExample {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Currency USD = Currency.getInstance("USD");
  private static final CustomerId MAYA = CustomerId.of("maya");

  private final LoyaltyService service;

  private LoyaltyYearExample(LoyaltyService service) {
    this.service = service;
  }

  /** Prints the year. */
  public static void main(String[] args) {
    LoyaltyProgram program =
        LoyaltyProgram.builder("Bean Rewards", NEW_YORK, USD)
            .roundingMode(RoundingMode.HALF_UP)
            .expiry(ExpiryPolicy.rollingDays(180))
            .pendingDays(14)
            .redemptionValue(PointsRate.of(100, Money.of("1.00", "USD")))
            .maximumRedemptionShare(new BigDecimal("0.5"))
            .minimumRedemption(200)
            .rule(
                SpendRule.of("spend", PointsRate.perUnit(BigDecimal.TEN, USD))
                    .excluding("gift-cards")
                    .withPriority(10))
            .rule(MultiplierRule.forCategories("beans x2", new BigDecimal("2"), "beans"))
            .rule(
                CampaignRule.multiplier(
                        "black friday x1.5",
                        LocalDate.of(2025, 11, 28),
                        LocalDate.of(2025, 12, 1),
                        new BigDecimal("1.5"))
                    .withPriority(-10))
            .rule(EventRule.of("welcome", EventKind.SIGN_UP, 250))
            .rule(EventRule.of("review", EventKind.REVIEW_WRITTEN, 50).withCapPerDay(1))
            .tiers(
                TierPolicy.builder(TierPolicy.Basis.POINTS_EARNED, TierPolicy.Window.CALENDAR_YEAR)
                    .tier("green", 0, "1")
                    .tier("silver", 1500, "1.1")
                    .tier("gold", 4000, "1.25")
                    .grace(Period.ofDays(30))
                    .build())
            .build();
    System.out.println(program);
    System.out.println();
    new LoyaltyYearExample(LoyaltyService.of(program, new InMemoryLedgerStore())).year();
  }

  private void year() {
    event("2025-01-05T09:00", "signup", EventKind.SIGN_UP, "Maya signs up");
    purchase(
        "2025-01-20T08:15",
        "order-1001",
        "Beans and a gift card",
        LineItem.of("ethiopia-250g", "beans", usd("18.50")),
        LineItem.of("gift-card-25", "gift-cards", usd("25.00")));
    event("2025-02-14T12:00", "review-1", EventKind.REVIEW_WRITTEN, "A review of the beans");
    event("2025-02-14T18:30", "review-2", EventKind.REVIEW_WRITTEN, "A second review that day");
    purchase(
        "2025-03-03T10:00",
        "order-1002",
        "An espresso machine",
        LineItem.of("espresso-pro", "machines", usd("140.00")),
        LineItem.of("colombia-1kg", "beans", usd("32.00")));
    write(
        "2025-03-10T16:00",
        "refund-77",
        "Half the espresso machine refunded (a damaged part)",
        origin -> LedgerRequest.refund(origin, key("order-1002/earn"), usd("70.00")),
        SourceRef.refund("refund-77"));
    write(
        "2025-04-02T11:00",
        "order-1003/redeem",
        "500 points pay for part of a USD 12.00 order",
        origin -> LedgerRequest.redeem(origin, 500, usd("12.00")),
        SourceRef.order("order-1003"));
    write(
        "2025-04-02T11:20",
        "order-1003/rollback",
        "The order is cancelled: the points come back",
        origin -> LedgerRequest.rollback(origin, key("order-1003/redeem")),
        SourceRef.cancellation("order-1003"));
    purchase(
        "2025-06-12T07:45",
        "order-1004",
        "A grinder and beans",
        LineItem.of("grinder-burr", "machines", usd("95.00")),
        LineItem.of("kenya-500g", "beans", usd("21.00")));
    show("2025-07-31T12:00", "Before the nightly expiry sweep");
    expire("2025-08-01T02:00");
    write(
        "2025-08-20T10:00",
        "goodwill/TICKET-4412",
        "A goodwill credit from agent ana for a late delivery",
        origin -> LedgerRequest.credit(withActor(origin, Actor.agent(AgentId.of("ana"))), 150),
        SourceRef.adjustment("TICKET-4412"));
    purchase(
        "2025-11-28T09:30",
        "order-1005",
        "Black Friday: a second machine for the office",
        LineItem.of("espresso-pro", "machines", usd("140.00")),
        LineItem.of("sumatra-1kg", "beans", usd("34.00")));
    expire("2025-12-15T02:00");
    purchase(
        "2025-12-20T14:00",
        "order-1006",
        "Holiday gifts",
        LineItem.of("mug-set", "accessories", usd("48.00")),
        LineItem.of("holiday-blend", "beans", usd("26.00")));
    show("2025-12-31T23:00", "The year ends");
    Instant endOfYear = at("2025-12-31T23:00");
    TierStatus tier = service.tier(MAYA, endOfYear);
    System.out.println("Tier history:");
    for (TierChange change : tier.history()) {
      System.out.printf(
          "  %s  %s -> %s (%s)%n", local(change.at()), change.from(), change.to(), change.reason());
    }
    System.out.printf("Next review: %s%n", local(tier.nextReview()));
    System.out.println("Expiring in the first quarter of 2026 (for a reminder e-mail):");
    for (Lot lot :
        service.ledger(MAYA).expiringBetween(at("2026-01-01T00:00"), at("2026-04-01T00:00"))) {
      System.out.printf(
          "  %d points of %s, usable through %s%n",
          lot.remainder(),
          lot.openedBy(),
          local(lot.expiresAt().get().minusNanos(1)).toLocalDate());
    }
  }

  private void purchase(String at, String order, String what, LineItem... items) {
    Activity.Purchase purchase = Activity.Purchase.of(at(at), items);
    Origin origin =
        new Origin(key(order + "/earn"), at(at), SourceRef.order(order), what, Actor.system());
    LedgerResult result = service.earn(MAYA, purchase, origin);
    print(at, what + " (" + purchase.total() + ")", result.entry());
  }

  private void event(String at, String id, EventKind kind, String what) {
    Origin origin = new Origin(key(id), at(at), SourceRef.event(id), what, Actor.system());
    print(at, what, service.earn(MAYA, Activity.MemberEvent.of(at(at), kind), origin).entry());
  }

  private void write(
      String at,
      String key,
      String what,
      Function<Origin, LedgerRequest> request,
      SourceRef source) {
    Origin origin = new Origin(key(key), at(at), source, what, Actor.member());
    print(at, what, service.apply(MAYA, request.apply(origin)).entry());
  }

  private static Origin withActor(Origin origin, Actor actor) {
    return new Origin(origin.key(), origin.occurredAt(), origin.source(), origin.reason(), actor);
  }

  private void expire(String at) {
    LedgerResult result = service.expire(MAYA, at(at));
    for (LedgerEntry entry : result.entries()) {
      long lot = ((LedgerRequest.Expire) entry.request()).lot();
      LedgerEntry opening = service.ledger(MAYA).entries().get((int) lot);
      line(at, "Nightly sweep: what is left of " + opening.key() + " expired", entry);
    }
    if (!result.entries().isEmpty()) {
      printBalance(at);
    }
  }

  private static void line(String at, String what, LedgerEntry entry) {
    System.out.printf(
        "%s  %-58s %+6d  [%s]%n", at.replace('T', ' '), what, entry.points(), entry.type());
  }

  private void print(String at, String what, LedgerEntry entry) {
    line(at, what, entry);
    if (entry.request() instanceof LedgerRequest.Earn) {
      for (ExplanationLine line : ((LedgerRequest.Earn) entry.request()).explanation()) {
        System.out.printf("%20s %-26s %+6d  %s%n", "", line.rule(), line.points(), line.base());
      }
    }
    if (entry.waived() > 0) {
      System.out.printf(
          "%20s %d points not moved (already expired or forgiven)%n", "", entry.waived());
    }
    printBalance(at);
  }

  private void printBalance(String at) {
    Balance balance = service.ledger(MAYA).balanceAt(at(at));
    TierStatus tier = service.tier(MAYA, at(at));
    System.out.printf(
        "%20s balance %d: %d available, %d pending; tier %s%n",
        "", balance.total(), balance.available(), balance.pending(), tier.tier());
  }

  private void show(String at, String what) {
    Balance balance = service.ledger(MAYA).balanceAt(at(at));
    System.out.printf(
        "%s  %s: %d available, %d pending, %d expired but not swept yet; %d earned in all%n",
        at.replace('T', ' '),
        what,
        balance.available(),
        balance.pending(),
        balance.expired(),
        balance.lifetimeEarned());
  }

  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
  }

  private static LocalDateTime local(Instant instant) {
    return LocalDateTime.ofInstant(instant, NEW_YORK);
  }

  private static IdempotencyKey key(String value) {
    return IdempotencyKey.of(value);
  }

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }
}
