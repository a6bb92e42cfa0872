package dev.rapport.sla;

import dev.rapport.core.ticket.TicketTimeline;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates a ticket's SLA promises: replays the ticket's timeline under an {@link SlaPolicySet}
 * and reports, for every metric and cycle, where the promise stands at an instant.
 *
 * <pre>{@code
 * SlaEngine engine = SlaEngine.of(policies);
 * SlaReport report = engine.evaluate(timeline, now);
 * report.latest(SlaMetric.FIRST_RESPONSE).ifPresent(m -> System.out.println(m.state() + " due " + m.dueAt()));
 * }</pre>
 *
 * <h2>How a timeline is measured</h2>
 *
 * <ul>
 *   <li>Events after {@code now} are ignored; events at {@code now} count. Events sharing an
 *       instant are applied in timeline order, and the policy is chosen once the last of them is
 *       applied, so a message and a priority change at one instant start the message's cycle under
 *       the new policy.
 *   <li>Each metric's cycles start and stop as {@link SlaMetric} describes. A cycle's measurement
 *       gets the target of the policy chosen for the ticket; when the ticket changes and the policy
 *       gives another target, {@link Reselection} decides what happens.
 *   <li>Between events the clock of an open measurement runs (its elapsed time grows by the
 *       business time of the target's calendar), is paused (its paused time grows by the same
 *       business time: a pause over a weekend on a Monday-to-Friday calendar adds nothing), or
 *       stands still (a solved resolution). Business time is {@code calendar.between} over the
 *       intervals between events, never minute stepping, and the instant a threshold is reached is
 *       {@code calendar.plus}.
 *   <li>A warning or breach falls at the earliest instant at which the elapsed time reaches its
 *       threshold, unless the measurement stopped at or before that instant: a reply exactly at the
 *       due instant is in time. A pause does not prevent it. A due instant on a closing time
 *       (Friday 17:00) is the breach instant, even if the reply comes before the next opening.
 * </ul>
 *
 * <p>The engine is a pure function of (policy set, timeline, now): it reads no clock and keeps no
 * state, so the same inputs give an equal report, and re-evaluating tickets after a policy or
 * calendar change is evaluating them with another engine. It logs the chosen policy at DEBUG.
 *
 * <p>Immutable and thread-safe.
 */
public final class SlaEngine {
  private static final Logger LOG = LoggerFactory.getLogger(SlaEngine.class);

  private final SlaPolicySet policies;

  private SlaEngine(SlaPolicySet policies) {
    this.policies = policies;
  }

  /** Returns an engine that evaluates tickets under {@code policies}. */
  public static SlaEngine of(SlaPolicySet policies) {
    return new SlaEngine(Objects.requireNonNull(policies, "policies"));
  }

  /** Returns the policies this engine evaluates under. */
  public SlaPolicySet policies() {
    return policies;
  }

  /**
   * Returns where every SLA promise of the ticket stands at {@code now}.
   *
   * @throws IllegalArgumentException if {@code now} is before the ticket's creation, or an instant
   *     is outside the range of a target's calendar
   * @throws IllegalStateException if a calendar is never open long enough to reach a threshold
   */
  public SlaReport evaluate(TicketTimeline timeline, Instant now) {
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(now, "now");
    if (now.isBefore(timeline.created().at())) {
      throw new IllegalArgumentException(
          "now must not be before the ticket's creation at "
              + timeline.created().at()
              + ", but was "
              + now);
    }
    SlaReport report = new Evaluation(policies, timeline, now).run();
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "ticket {} at {}: policy {}, {} measurements",
          report.ticketId(),
          now,
          report.policy().orElse("(none)"),
          report.measurements().size());
    }
    return report;
  }

  @Override
  public String toString() {
    return "SlaEngine[" + policies + "]";
  }
}
