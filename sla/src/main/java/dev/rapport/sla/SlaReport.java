package dev.rapport.sla;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.TicketId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where every SLA promise of one ticket stands at one instant: what {@link SlaEngine#evaluate}
 * returns. Measurements are in metric order, and within a metric in cycle order, then by start.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ticketId the ticket
 * @param evaluatedAt the instant the report describes (the engine's {@code now})
 * @param policy the name of the policy that applies to the ticket at {@code evaluatedAt}, if any
 * @param measurements the measurements, an immutable list (copied)
 */
public record SlaReport(
    TicketId ticketId,
    Instant evaluatedAt,
    Optional<String> policy,
    List<Measurement> measurements) {

  /** Checks that every component is present and copies the measurements. */
  public SlaReport {
    Objects.requireNonNull(ticketId, "ticketId");
    Objects.requireNonNull(evaluatedAt, "evaluatedAt");
    Objects.requireNonNull(policy, "policy");
    measurements = ImmutableList.copyOf(Objects.requireNonNull(measurements, "measurements"));
  }

  /** Returns the measurements of {@code metric}, in cycle order. */
  public List<Measurement> measurements(SlaMetric metric) {
    Objects.requireNonNull(metric, "metric");
    ImmutableList.Builder<Measurement> result = ImmutableList.builder();
    for (Measurement measurement : measurements) {
      if (measurement.metric() == metric) {
        result.add(measurement);
      }
    }
    return result.build();
  }

  /** Returns the last measurement of {@code metric} (its latest cycle), if there is one. */
  public Optional<Measurement> latest(SlaMetric metric) {
    Objects.requireNonNull(metric, "metric");
    for (int i = measurements.size() - 1; i >= 0; i--) {
      if (measurements.get(i).metric() == metric) {
        return Optional.of(measurements.get(i));
      }
    }
    return Optional.empty();
  }

  /** Returns whether any measurement is {@link MeasurementState#BREACHED}. */
  public boolean isBreached() {
    for (Measurement measurement : measurements) {
      if (measurement.state() == MeasurementState.BREACHED) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the earliest deadline after {@code evaluatedAt} among the running measurements: the
   * next warning or breach of the ticket, if its clocks keep running. Ties go to the earlier
   * metric, then to a warning before a breach. Empty when no clock is running (all paused, or
   * finished): the deadline then depends on the ticket's next event, after which it is evaluated
   * again.
   */
  public Optional<SlaDeadline> nextDeadline() {
    SlaDeadline best = null;
    for (Measurement measurement : measurements) {
      if (measurement.state() != MeasurementState.RUNNING) {
        continue;
      }
      if (measurement.nextWarning().isPresent()) {
        SlaWarning warning = measurement.nextWarning().get();
        best =
            earlier(
                best,
                new SlaDeadline(
                    warning.at(), measurement.metric(), measurement.cycle(), warning.share()));
      }
      best =
          earlier(
              best,
              new SlaDeadline(
                  measurement.dueAt().orElseThrow(),
                  measurement.metric(),
                  measurement.cycle(),
                  1.0));
    }
    return Optional.ofNullable(best);
  }

  private static SlaDeadline earlier(SlaDeadline best, SlaDeadline candidate) {
    return best == null || candidate.at().isBefore(best.at()) ? candidate : best;
  }
}
