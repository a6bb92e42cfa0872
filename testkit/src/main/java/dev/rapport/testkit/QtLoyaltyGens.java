package dev.rapport.testkit;

import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.Activity;
import dev.rapport.loyalty.LoyaltyProgram;
import dev.rapport.loyalty.Money;
import dev.rapport.loyalty.PointsLedger;
import org.quicktheories.core.Gen;

/**
 * QuickTheories adapters of {@link LoyaltyGenerators}: each draws its random numbers from
 * QuickTheories (through {@link QtTimelineGens#from}), so failing examples shrink towards fewer
 * steps and earlier choices.
 *
 * <p>Needs QuickTheories on the class path (an optional dependency of the testkit). Thread-safe
 * (stateless).
 */
// QuickTheories is optional ("requires static"): a caller of this class has it and reads it itself.
@SuppressWarnings("exports")
public final class QtLoyaltyGens {
  private QtLoyaltyGens() {}

  /** Returns {@link LoyaltyGenerators#programs()} as a QuickTheories generator. */
  public static Gen<LoyaltyProgram> programs() {
    return QtTimelineGens.from(LoyaltyGenerators.programs()).describedAs(LoyaltyProgram::toString);
  }

  /** Returns {@link LoyaltyGenerators#earningPrograms()} as a QuickTheories generator. */
  public static Gen<LoyaltyProgram> earningPrograms() {
    return QtTimelineGens.from(LoyaltyGenerators.earningPrograms())
        .describedAs(LoyaltyProgram::toString);
  }

  /** Returns {@link LoyaltyGenerators#purchases()} as a QuickTheories generator. */
  public static Gen<Activity.Purchase> purchases() {
    return QtTimelineGens.from(LoyaltyGenerators.purchases());
  }

  /** Returns {@link LoyaltyGenerators#memberEvents()} as a QuickTheories generator. */
  public static Gen<Activity.MemberEvent> memberEvents() {
    return QtTimelineGens.from(LoyaltyGenerators.memberEvents());
  }

  /** Returns {@link LoyaltyGenerators#money()} as a QuickTheories generator. */
  public static Gen<Money> money() {
    return QtTimelineGens.from(LoyaltyGenerators.money());
  }

  /**
   * Returns {@link LoyaltyGenerators#ledgers} as a QuickTheories generator, shown as the ledger's
   * entries.
   */
  public static Gen<PointsLedger> ledgers(
      LoyaltyProgram program, CustomerId account, int maxSteps) {
    return QtTimelineGens.from(LoyaltyGenerators.ledgers(program, account, maxSteps))
        .describedAs(ledger -> ledger.entries().toString());
  }
}
