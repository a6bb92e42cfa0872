package dev.rapport.testkit;

import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.sla.SlaPolicySet;
import dev.rapport.sla.SlaTarget;
import dev.rapport.sla.TicketCondition;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;

/**
 * QuickTheories adapters of {@link SlaGenerators}: the same values as {@link Gen}s whose random
 * numbers come from, and shrink with, QuickTheories (see {@link QtTimelineGens#from}).
 *
 * <p>Needs QuickTheories on the class path (an optional dependency of the testkit). Thread-safe
 * (stateless).
 */
// QuickTheories is optional ("requires static"): a caller of this class has it and reads it itself.
@SuppressWarnings("exports")
public final class QtSlaGens {
  private QtSlaGens() {}

  /** Returns {@link SlaGenerators#conditions()} as a QuickTheories generator. */
  public static Gen<TicketCondition> conditions() {
    return QtTimelineGens.from(SlaGenerators.conditions());
  }

  /** Returns {@link SlaGenerators#targets()} as a QuickTheories generator. */
  public static Gen<SlaTarget> targets() {
    return QtTimelineGens.from(SlaGenerators.targets());
  }

  /** Returns {@link SlaGenerators#policySets()} as a QuickTheories generator. */
  public static Gen<SlaPolicySet> policySets() {
    return QtTimelineGens.from(SlaGenerators.policySets());
  }

  /** Returns {@link SlaGenerators#priorityLadders(Function)} as a QuickTheories generator. */
  public static Gen<SlaPolicySet> priorityLadders(
      Function<RandomGenerator, BusinessCalendar> calendars) {
    return QtTimelineGens.from(SlaGenerators.priorityLadders(calendars));
  }

  /** Returns {@link SlaGenerators#policySets(Function)} as a QuickTheories generator. */
  public static Gen<SlaPolicySet> policySets(
      Function<RandomGenerator, BusinessCalendar> calendars) {
    return QtTimelineGens.from(SlaGenerators.policySets(calendars));
  }
}
