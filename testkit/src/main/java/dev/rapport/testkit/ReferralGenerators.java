package dev.rapport.testkit;

import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.Money;
import dev.rapport.loyalty.referral.CodeUsed;
import dev.rapport.loyalty.referral.OrderPlaced;
import dev.rapport.loyalty.referral.OrderRefunded;
import dev.rapport.loyalty.referral.QualificationRule;
import dev.rapport.loyalty.referral.QualifyingEvent;
import dev.rapport.loyalty.referral.ReferralClawback;
import dev.rapport.loyalty.referral.ReferralCode;
import dev.rapport.loyalty.referral.ReferralEvent;
import dev.rapport.loyalty.referral.ReferralId;
import dev.rapport.loyalty.referral.ReferralParty;
import dev.rapport.loyalty.referral.ReferralProgram;
import dev.rapport.loyalty.referral.ReferrerCap;
import dev.rapport.loyalty.referral.ReviewDecision;
import dev.rapport.loyalty.referral.Reward;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Generators for referral programs, as plain {@code Function<RandomGenerator, T>} values ({@link
 * QtReferralGens} wraps them for QuickTheories).
 *
 * <ul>
 *   <li>{@link #codes()}: valid referral codes of 6 to 12 random characters.
 *   <li>{@link #programs()}: programs with each qualification rule, windows of 10 or 30 days, a
 *       reward hold or none, rolling or calendar caps or none, every clawback policy, points or
 *       caller rewards for one or both sides, and the standard fraud rules.
 *   <li>{@link #eventSequences(int)}: plausible streams of referral events over a small world of
 *       two referrers and eight would-be referees, in time order: code uses (some of them
 *       self-referrals by customer id or by a Gmail spelling of the referrer's address, some by
 *       customers who already were ones), orders of 5, 20, 50 or 80 EUR, partial and full refunds
 *       of earlier orders, named events, reviewers' decisions on earlier referrals, and
 *       re-deliveries of earlier events. Amounts are in EUR; qualification minimums of {@link
 *       #programs()} are too.
 * </ul>
 *
 * <p>Each generator is a pure function of the random source, so a seeded source repeats its
 * sequence. Thread-safe (stateless); the random source is the caller's.
 */
public final class ReferralGenerators {
  /** The name that {@link QualificationRule.NamedEvent} rules of {@link #programs()} wait for. */
  public static final String QUALIFYING_EVENT = "subscribed";

  private static final Instant EARLIEST = Instant.parse("2024-01-01T00:00:00Z");
  private static final List<String> REFERRERS = List.of("alice", "bob");
  private static final List<String> REFERRER_EMAILS =
      List.of("alice.smith@gmail.com", "bob@example.com");
  private static final List<String> REFEREES =
      List.of("carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy");
  private static final List<String> AMOUNTS = List.of("5.00", "20.00", "50.00", "80.00");

  private ReferralGenerators() {}

  /** Returns a generator of valid codes with a body of 6 to 12 characters. */
  public static Function<RandomGenerator, ReferralCode> codes() {
    return random -> {
      Objects.requireNonNull(random, "random");
      return ReferralCode.random(random, 6 + random.nextInt(7));
    };
  }

  /** Returns a generator of programs; see the type's description. */
  public static Function<RandomGenerator, ReferralProgram> programs() {
    return random -> {
      Objects.requireNonNull(random, "random");
      Money minimum = Money.of(pick(random, List.of("0", "20.00", "30.00")), "EUR");
      QualificationRule rule =
          switch (random.nextInt(3)) {
            case 0 -> QualificationRule.firstOrderAtLeast(minimum);
            case 1 -> QualificationRule.anyOrderAtLeast(minimum);
            default -> QualificationRule.event(QUALIFYING_EVENT);
          };
      ReferralProgram.Builder builder =
          ReferralProgram.builder("program-" + random.nextInt(100))
              .qualification(rule)
              .attributionWindow(Duration.ofDays(random.nextBoolean() ? 10 : 30))
              .rewardHold(random.nextBoolean() ? Duration.ZERO : Duration.ofDays(5))
              .clawback(pick(random, List.of(ReferralClawback.values())));
      int sides = random.nextInt(4);
      if (sides != 1) {
        builder.referrerReward(reward(random, 500));
      }
      if (sides != 2) {
        builder.refereeReward(reward(random, 250));
      }
      switch (random.nextInt(3)) {
        case 0 -> builder.cap(ReferrerCap.rolling(1 + random.nextInt(2), Duration.ofDays(30)));
        case 1 ->
            builder.cap(ReferrerCap.perMonth(1 + random.nextInt(2), ZoneId.of("Europe/Paris")));
        default -> {}
      }
      return builder.build();
    };
  }

  /**
   * Returns a generator of event streams with 1 to {@code maxEvents} events; see the type's
   * description.
   *
   * @throws IllegalArgumentException if {@code maxEvents} is less than 1
   */
  public static Function<RandomGenerator, List<ReferralEvent>> eventSequences(int maxEvents) {
    if (maxEvents < 1) {
      throw new IllegalArgumentException("maxEvents must be at least 1, but was " + maxEvents);
    }
    return random -> {
      Objects.requireNonNull(random, "random");
      return new World(random).events(1 + random.nextInt(maxEvents));
    };
  }

  private static Reward reward(RandomGenerator random, long points) {
    return random.nextInt(4) == 0 ? Reward.reference("voucher-" + points) : Reward.points(points);
  }

  private static <T> T pick(RandomGenerator random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** The state of one generated stream: its clock, its ids, what happened so far. */
  private static final class World {
    private final RandomGenerator random;
    private final List<ReferralCode> codes = new ArrayList<>();
    private final List<ReferralEvent> events = new ArrayList<>();
    private final List<OrderPlaced> orders = new ArrayList<>();
    private final List<ReferralId> referrals = new ArrayList<>();
    private final List<CustomerId> recentReferees = new ArrayList<>();
    private Instant now;

    World(RandomGenerator random) {
      this.random = random;
      this.now = EARLIEST.plus(Duration.ofMinutes(random.nextInt(2 * 365 * 24 * 60)));
      for (int i = 0; i < REFERRERS.size(); i++) {
        codes.add(ReferralCode.random(random));
      }
    }

    List<ReferralEvent> events(int count) {
      while (events.size() < count) {
        now = now.plus(gap());
        int kind = random.nextInt(100);
        ReferralEvent event;
        if (kind < 22 || referrals.isEmpty()) {
          event = codeUsed();
        } else if (kind < 55) {
          event = order();
        } else if (kind < 65 && !orders.isEmpty()) {
          event = refund();
        } else if (kind < 73) {
          event =
              new QualifyingEvent(
                  now, likelyReferee(), random.nextInt(4) == 0 ? "other" : QUALIFYING_EVENT);
        } else if (kind < 80) {
          event = review();
        } else {
          event = events.isEmpty() ? codeUsed() : pick(random, events);
        }
        events.add(event);
      }
      return events;
    }

    private Duration gap() {
      int shape = random.nextInt(20);
      if (shape < 5) {
        return Duration.ZERO;
      } else if (shape < 10) {
        return Duration.ofMinutes(random.nextInt(600));
      } else if (shape < 17) {
        return Duration.ofHours(random.nextInt(48));
      }
      return Duration.ofDays(1 + random.nextInt(12));
    }

    /** Returns the referee of one of the last four code uses most of the time, else anyone. */
    private CustomerId likelyReferee() {
      if (recentReferees.isEmpty() || random.nextInt(10) < 3) {
        return referee();
      }
      int back = random.nextInt(Math.min(4, recentReferees.size()));
      return recentReferees.get(recentReferees.size() - 1 - back);
    }

    private CustomerId referee() {
      return CustomerId.of(pick(random, REFEREES));
    }

    private CodeUsed codeUsed() {
      int r = random.nextInt(REFERRERS.size());
      ReferralParty referrer =
          ReferralParty.builder(CustomerId.of(REFERRERS.get(r)))
              .email(REFERRER_EMAILS.get(r))
              .build();
      int shape = random.nextInt(10);
      ReferralParty referee;
      if (shape == 0) {
        referee = referrer;
      } else if (shape == 1) {
        String local = REFERRER_EMAILS.get(r).substring(0, REFERRER_EMAILS.get(r).indexOf('@'));
        referee =
            ReferralParty.builder(referee())
                .email(local.replace(".", "") + "+promo@googlemail.com")
                .build();
      } else {
        CustomerId customer = referee();
        referee = ReferralParty.builder(customer).email(customer.value() + "@example.org").build();
      }
      ReferralId id = ReferralId.of("R" + (referrals.size() + 1));
      referrals.add(id);
      recentReferees.add(referee.customer());
      return new CodeUsed(now, id, codes.get(r), referrer, referee, random.nextInt(10) == 0);
    }

    private OrderPlaced order() {
      OrderPlaced order =
          new OrderPlaced(
              now,
              likelyReferee(),
              "O" + (orders.size() + 1),
              Money.of(pick(random, AMOUNTS), "EUR"),
              Optional.empty(),
              Optional.empty());
      orders.add(order);
      return order;
    }

    private OrderRefunded refund() {
      OrderPlaced order = pick(random, orders);
      BigDecimal amount = order.amount().amount();
      BigDecimal total = random.nextBoolean() ? amount : amount.divide(BigDecimal.valueOf(2));
      return new OrderRefunded(
          now, order.customer(), order.orderId(), Money.of(total, order.amount().currency()));
    }

    private ReviewDecision review() {
      ReferralId id = pick(random, referrals);
      return random.nextBoolean()
          ? ReviewDecision.approve(now, id, "reviewer")
          : ReviewDecision.reject(now, id, "reviewer", "looks wrong");
    }
  }
}
