package dev.rapport.testkit;

import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.sla.escalation.EscalationEngine;
import dev.rapport.sla.escalation.EscalationPolicy;
import dev.rapport.sla.escalation.EscalationTrigger;
import dev.rapport.sla.escalation.TimeWindow;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;

/**
 * QuickTheories adapters of {@link EscalationGenerators}: the same values as {@link Gen}s whose
 * random numbers come from, and shrink with, QuickTheories (see {@link QtTimelineGens#from}).
 *
 * <p>Needs QuickTheories on the class path (an optional dependency of the testkit). Thread-safe
 * (stateless).
 */
// QuickTheories is optional ("requires static"): a caller of this class has it and reads it itself.
@SuppressWarnings("exports")
public final class QtEscalationGens {
  private QtEscalationGens() {}

  /** Returns {@link EscalationGenerators#triggers()} as a QuickTheories generator. */
  public static Gen<EscalationTrigger> triggers() {
    return QtTimelineGens.from(EscalationGenerators.triggers());
  }

  /** Returns {@link EscalationGenerators#timeWindows()} as a QuickTheories generator. */
  public static Gen<TimeWindow> timeWindows() {
    return QtTimelineGens.from(EscalationGenerators.timeWindows());
  }

  /** Returns {@link EscalationGenerators#policies()} as a QuickTheories generator. */
  public static Gen<EscalationPolicy> policies() {
    return QtTimelineGens.from(EscalationGenerators.policies());
  }

  /** Returns {@link EscalationGenerators#engines()} as a QuickTheories generator. */
  public static Gen<EscalationEngine> engines() {
    return QtTimelineGens.from(EscalationGenerators.engines());
  }

  /**
   * Returns {@link EscalationGenerators#engines(Function, Function)} as a QuickTheories generator.
   */
  public static Gen<EscalationEngine> engines(
      Function<RandomGenerator, BusinessCalendar> calendars,
      Function<RandomGenerator, EscalationTrigger> triggers) {
    return QtTimelineGens.from(EscalationGenerators.engines(calendars, triggers));
  }
}
