package dev.rapport.sla.escalation;

import dev.rapport.core.TicketId;
import java.util.Comparator;
import java.util.Objects;

/**
 * The stable identity of one escalation step: the same ticket, policy, cycle, level and repetition
 * always make the same id, whenever and however often the engine is asked. A caller that crashes
 * after notifying but before saving the {@link EscalationState} gets the step again with the same
 * id, and can pass {@link #key()} to its notification service as a de-duplication key.
 *
 * <p>Ids order by ticket, policy name, cycle, level and repetition. Immutable and thread-safe.
 *
 * @param ticketId the ticket
 * @param policy the name of the escalation policy
 * @param cycle the chain's cycle, from 1 (see {@link Restart})
 * @param level the level, from 1
 * @param repetition the pass over the levels: 0 for the first, 1 to {@link Repeat#times()} for the
 *     repetitions
 */
public record StepId(TicketId ticketId, String policy, int cycle, int level, int repetition)
    implements Comparable<StepId> {
  private static final Comparator<StepId> ORDER =
      Comparator.comparing(StepId::ticketId)
          .thenComparing(StepId::policy)
          .thenComparingInt(StepId::cycle)
          .thenComparingInt(StepId::level)
          .thenComparingInt(StepId::repetition);

  /** Checks every component. */
  public StepId {
    Objects.requireNonNull(ticketId, "ticketId");
    Checks.name(policy, "policy");
    if (cycle < 1) {
      throw new IllegalArgumentException("cycle must be at least 1, but was " + cycle);
    }
    if (level < 1 || level > EscalationPolicy.MAX_LEVELS) {
      throw new IllegalArgumentException(
          "level must be in [1, " + EscalationPolicy.MAX_LEVELS + "], but was " + level);
    }
    if (repetition < 0 || repetition > Repeat.MAX_TIMES) {
      throw new IllegalArgumentException(
          "repetition must be in [0, " + Repeat.MAX_TIMES + "], but was " + repetition);
    }
  }

  /**
   * Returns the id as one string, {@code ticket/policy/cycle/level/repetition}, such as {@code
   * T-1/first-response/1/2/0}; a {@code %} or {@code /} inside the ticket id or policy name is
   * written {@code %25} or {@code %2F}, so distinct ids give distinct keys.
   */
  public String key() {
    return escape(ticketId.value())
        + "/"
        + escape(policy)
        + "/"
        + cycle
        + "/"
        + level
        + "/"
        + repetition;
  }

  private static String escape(String value) {
    return value.replace("%", "%25").replace("/", "%2F");
  }

  @Override
  public int compareTo(StepId other) {
    return ORDER.compare(this, other);
  }

  /** Returns the id readably: {@code T-1/first-response cycle 1 level 2 repetition 0}. */
  @Override
  public String toString() {
    return ticketId
        + "/"
        + policy
        + " cycle "
        + cycle
        + " level "
        + level
        + " repetition "
        + repetition;
  }
}
