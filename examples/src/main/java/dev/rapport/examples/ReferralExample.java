package dev.rapport.examples;

import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.LedgerRequest;
import dev.rapport.loyalty.LoyaltyProgram;
import dev.rapport.loyalty.LoyaltyService;
import dev.rapport.loyalty.Money;
import dev.rapport.loyalty.PointsLedger;
import dev.rapport.loyalty.referral.CodeUsed;
import dev.rapport.loyalty.referral.InMemoryReferralStore;
import dev.rapport.loyalty.referral.InvalidReferralCodeException;
import dev.rapport.loyalty.referral.OrderPlaced;
import dev.rapport.loyalty.referral.OrderRefunded;
import dev.rapport.loyalty.referral.QualificationRule;
import dev.rapport.loyalty.referral.Referral;
import dev.rapport.loyalty.referral.ReferralCode;
import dev.rapport.loyalty.referral.ReferralEngine;
import dev.rapport.loyalty.referral.ReferralEvent;
import dev.rapport.loyalty.referral.ReferralId;
import dev.rapport.loyalty.referral.ReferralOutcome;
import dev.rapport.loyalty.referral.ReferralParty;
import dev.rapport.loyalty.referral.ReferralProgram;
import dev.rapport.loyalty.referral.ReferrerCap;
import dev.rapport.loyalty.referral.Reward;
import dev.rapport.loyalty.referral.RewardInstruction;
import dev.rapport.loyalty.referral.VelocityRule;
import dev.rapport.loyalty.spi.InMemoryLedgerStore;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A referral from code to reward to reversal: Ana gets a code, Ben signs up with it (typing it in
 * lower case, after one typo the check character catches), Ana's second account tries to refer
 * itself and is rejected, Ben's first order rewards both through their points ledgers, and the
 * refund of that order, delivered twice, takes both rewards back exactly once. Points go through a
 * {@link LoyaltyService} over an in-memory ledger store, as they would over a real one.
 *
 * <p>An instance runs the story once, in one thread; it is not thread-safe.
 */
public final class ReferralExample {
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final PrintStream out;
  private final LoyaltyService points =
      LoyaltyService.of(
          LoyaltyProgram.builder("Café points", PARIS, Currency.getInstance("EUR")).build(),
          new InMemoryLedgerStore());
  private final ReferralEngine engine;
  private final InMemoryReferralStore referrals = new InMemoryReferralStore();

  private ReferralExample(PrintStream out, ReferralProgram program) {
    this.out = out;
    this.engine = ReferralEngine.of(program);
  }

  /**
   * Runs the story with codes from a {@link SecureRandom}.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out, new SecureRandom());
  }

  static void run(PrintStream out, RandomGenerator random) {
    ReferralProgram program =
        ReferralProgram.builder("Bring a friend")
            .referrerReward(Reward.points(500))
            .refereeReward(Reward.points(250))
            .qualification(QualificationRule.firstOrderAtLeast(Money.of("20.00", "EUR")))
            .attributionWindow(Duration.ofDays(30))
            .cap(ReferrerCap.rolling(5, Duration.ofDays(30)))
            .fraudRule(VelocityRule.perDevice(3, Duration.ofDays(1)))
            .build();
    new ReferralExample(out, program).story(random);
  }

  private void story(RandomGenerator random) {
    CustomerId ana = CustomerId.of("ana");
    CustomerId ben = CustomerId.of("ben");
    ReferralCode code = ReferralCode.random(random);
    out.println("Ana's referral code: " + code);

    String typo =
        code.value().substring(0, 3) + next(code.value().charAt(3)) + code.value().substring(4);
    try {
      ReferralCode.parse(typo);
    } catch (InvalidReferralCodeException e) {
      out.println("Ben first types " + typo + ": " + e.problem());
    }
    String typed =
        code.value().substring(0, 4).toLowerCase(Locale.ROOT)
            + "-"
            + code.value().substring(4).toLowerCase(Locale.ROOT);
    ReferralCode parsed = ReferralCode.parse(typed);
    out.println("Ben then types " + typed + ": " + parsed + (parsed.equals(code) ? ", Ana's" : ""));

    ReferralParty referrer =
        ReferralParty.builder(ana).email("ana.lopez@gmail.com").deviceId("ana-phone").build();
    Instant t0 = Instant.parse("2026-05-04T09:00:00Z");
    handle(
        new CodeUsed(
            t0,
            ReferralId.of("signup-ben"),
            parsed,
            referrer,
            ReferralParty.builder(ben).email("ben@example.org").deviceId("ben-laptop").build(),
            false));
    handle(
        new CodeUsed(
            t0.plus(Duration.ofHours(2)),
            ReferralId.of("signup-ana2"),
            code,
            referrer,
            ReferralParty.builder(CustomerId.of("ana-2"))
                .email("AnaLopez+cafe@googlemail.com")
                .build(),
            false));
    handle(
        new OrderPlaced(
            t0.plus(Duration.ofDays(3)),
            ben,
            "order-7781",
            Money.of("34.90", "EUR"),
            Optional.of("card-fp-51d2"),
            Optional.of("4 Rue des Lilas, Paris")));
    OrderRefunded refund =
        new OrderRefunded(
            t0.plus(Duration.ofDays(10)), ben, "order-7781", Money.of("34.90", "EUR"));
    handle(refund);
    handle(refund);

    out.println();
    for (Referral referral : referrals.all()) {
      out.println(referral.id() + ": " + referral.status() + " " + referral.reasons());
      for (Referral.Transition transition : referral.transitions()) {
        out.println(
            "  " + transition.at() + "  " + transition.status() + "  " + transition.cause());
      }
    }
    out.println();
    out.println(
        "Ana's ledger: "
            + ledger(ana).entries().size()
            + " entries, balance "
            + ledger(ana).balance());
    out.println(
        "Ben's ledger: "
            + ledger(ben).entries().size()
            + " entries, balance "
            + ledger(ben).balance());
  }

  /** Hands an event to the engine, stores the outcome and applies its instructions. */
  private void handle(ReferralEvent event) {
    ReferralOutcome outcome = engine.handle(event, referrals);
    referrals.apply(outcome);
    out.println(event.getClass().getSimpleName() + " at " + event.at() + ":");
    if (outcome.isEmpty()) {
      out.println("  nothing to do (a repeat)");
    }
    for (Referral referral : outcome.referrals()) {
      out.println("  referral " + referral.id() + " is " + referral.status());
    }
    for (RewardInstruction instruction : outcome.instructions()) {
      Optional<LedgerRequest> request = instruction.toLedgerRequest();
      if (request.isPresent()) {
        points.apply(instruction.beneficiary(), request.get());
      }
      out.println("  " + instruction);
    }
  }

  private PointsLedger ledger(CustomerId customer) {
    return points.ledger(customer);
  }

  /** Returns another character of the code alphabet, for the typo. */
  private static char next(char c) {
    String alphabet = ReferralCode.ALPHABET;
    return alphabet.charAt((alphabet.indexOf(c) + 1) % alphabet.length());
  }
}
