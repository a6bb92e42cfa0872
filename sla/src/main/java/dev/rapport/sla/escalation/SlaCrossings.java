package dev.rapport.sla.escalation;

import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.StatusInterval;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.sla.Measurement;
import dev.rapport.sla.MeasurementState;
import dev.rapport.sla.SlaMetric;
import dev.rapport.sla.SlaTarget;
import dev.rapport.sla.SlaWarning;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When the measurements of an SLA report used up a share of their targets: what the SLA triggers of
 * escalation levels ask.
 *
 * <p>A breach is the report's breach instant, and a share that is one of the target's warning
 * thresholds is the instant the report gives for that warning. Any other share is found the way
 * the SLA engine finds warnings: walking the ticket's statuses from the measurement's start, the
 * clock running in active statuses the target does not pause, and the share crossed at the first
 * instant the business time on the target's calendar reaches it while the measurement is open. For
 * a running measurement that has not crossed it yet, the crossing is projected from the report's
 * instant, as the report projects its due instant.
 */
final class SlaCrossings {
  private SlaCrossings() {}

  /** The first crossing of a share by a measurement, and whether it is projected. */
  record Crossing(Instant at, Measurement measurement, Duration consumed, boolean projected) {}

  /**
   * Returns the earliest crossing of {@code share} (1 for the breach) by a measurement of {@code
   * metric} at an instant in {@code [from, to)} ({@code to} null for no end), or, if there is none
   * by {@code view.now} and {@code to} is null, the earliest projected crossing of a running
   * measurement; null if there is neither.
   */
  static Crossing first(TicketView view, SlaMetric metric, double share, Instant from, Instant to) {
    Crossing best = null;
    List<Measurement> measurements = view.report.measurements();
    for (Measurement m : measurements) {
      if (m.metric() != metric) {
        continue;
      }
      Instant at = crossedAt(view, m, share);
      if (at != null
          && !at.isBefore(from)
          && (to == null || at.isBefore(to))
          && (best == null || at.isBefore(best.at()))) {
        best = new Crossing(at, m, consumed(m.target(), share), false);
      }
    }
    if (best != null || to != null) {
      return best;
    }
    for (Measurement m : measurements) {
      if (m.metric() != metric || m.state() != MeasurementState.RUNNING) {
        continue;
      }
      long x = nanos(m.target(), share);
      long elapsed = m.elapsed().toNanos();
      if (elapsed >= x) {
        continue; // crossed before the cycle began, or at an instant the report does not show
      }
      Instant at = Clocks.plus(m.target().calendar(), view.now, Duration.ofNanos(x - elapsed));
      if (at != null && (best == null || at.isBefore(best.at()))) {
        best = new Crossing(at, m, Duration.ofNanos(x), true);
      }
    }
    return best;
  }

  /** Returns when {@code m} crossed {@code share} at or before the report's instant, or null. */
  static Instant crossedAt(TicketView view, Measurement m, double share) {
    if (share == 1.0) {
      return m.breachedAt().orElse(null);
    }
    if (m.target().warnings().contains(share)) {
      for (SlaWarning warning : m.warnings()) {
        if (warning.share() == share) {
          return warning.at();
        }
      }
      return null;
    }
    return replay(view, m, nanos(m.target(), share));
  }

  /** Returns the business time a share of the target stands for, as {@link SlaTarget} rounds. */
  static Duration consumed(SlaTarget target, double share) {
    return Duration.ofNanos(nanos(target, share));
  }

  private static long nanos(SlaTarget target, double share) {
    long duration = target.duration().toNanos();
    if (share == 1.0) {
      return duration;
    }
    return BigDecimal.valueOf(share)
        .multiply(BigDecimal.valueOf(duration))
        .setScale(0, RoundingMode.CEILING)
        .longValueExact();
  }

  private static boolean isOpen(TicketStatus status, boolean response) {
    return response ? status != TicketStatus.CLOSED : status.isActive();
  }

  /**
   * Returns the first instant at which {@code m} had used {@code x} nanoseconds of business time
   * while open, or null if it had not by its stop or the report's instant.
   */
  private static Instant replay(TicketView view, Measurement m, long x) {
    if (m.elapsed().toNanos() < x) {
      return null;
    }
    SlaTarget target = m.target();
    BusinessCalendar calendar = target.calendar();
    boolean response = m.metric().isResponse();
    Instant start = m.startedAt();
    Instant end = m.stoppedAt().orElse(view.now);
    long used = 0;
    for (StatusInterval interval : view.intervals) {
      if (!interval.start().isBefore(end)) {
        break;
      }
      Instant a = Clocks.max(interval.start(), start);
      Instant b = interval.end().filter(e -> e.isBefore(end)).orElse(end);
      if (!a.isBefore(b)) {
        continue; // empty, or before the measurement
      }
      TicketStatus status = interval.status();
      if (used >= x && isOpen(status, response)) {
        return a; // reached at the end of a stretch where it could not count, counted here
      }
      if (!status.isActive() || target.pauseStatuses().contains(status)) {
        continue;
      }
      long gap = calendar.between(a, b).toNanos();
      if (used + gap >= x) {
        Instant at = calendar.plus(a, Duration.ofNanos(x - used));
        if (at.isBefore(b)) {
          return at;
        }
      }
      used += gap;
    }
    // Reached exactly at the report's instant, by a measurement still open after its events.
    if (used >= x && m.stoppedAt().isEmpty() && isOpen(view.timeline.currentStatus(), response)) {
      return view.now;
    }
    return null;
  }
}
