package dev.rapport.testkit;

import dev.rapport.loyalty.referral.ReferralCode;
import dev.rapport.loyalty.referral.ReferralEvent;
import dev.rapport.loyalty.referral.ReferralProgram;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * QuickTheories adapters of {@link ReferralGenerators}: each draws its random numbers from
 * QuickTheories (through {@link QtTimelineGens#from}), so failing examples shrink towards fewer
 * events and earlier choices.
 *
 * <p>Needs QuickTheories on the class path (an optional dependency of the testkit). Thread-safe
 * (stateless).
 */
// QuickTheories is optional ("requires static"): a caller of this class has it and reads it itself.
@SuppressWarnings("exports")
public final class QtReferralGens {
  private QtReferralGens() {}

  /** Returns {@link ReferralGenerators#codes()} as a QuickTheories generator. */
  public static Gen<ReferralCode> codes() {
    return QtTimelineGens.from(ReferralGenerators.codes());
  }

  /** Returns {@link ReferralGenerators#programs()} as a QuickTheories generator. */
  public static Gen<ReferralProgram> programs() {
    return QtTimelineGens.from(ReferralGenerators.programs())
        .describedAs(ReferralProgram::toString);
  }

  /**
   * Returns {@link ReferralGenerators#eventSequences(int)} as a QuickTheories generator, shown one
   * event a line.
   */
  public static Gen<List<ReferralEvent>> eventSequences(int maxEvents) {
    return QtTimelineGens.from(ReferralGenerators.eventSequences(maxEvents))
        .describedAs(
            events -> events.stream().map(Object::toString).reduce("", (a, b) -> a + "\n  " + b));
  }
}
