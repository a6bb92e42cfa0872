package dev.rapport.examples.desk;

import dev.rapport.sla.SlaDeadline;
import dev.rapport.sla.SlaMetric;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The warnings and breaches the {@code BreachSchedule} handed out, counted by threshold, metric and
 * team. Not thread-safe.
 */
final class Alerts {
  private final Map<String, Long> byThreshold = new TreeMap<>();
  private final Map<SlaMetric, Long> breachesByMetric = new EnumMap<>(SlaMetric.class);
  private final Map<Team, Map<String, Long>> byTeam = new EnumMap<>(Team.class);

  void record(Ticket ticket, SlaDeadline deadline) {
    byThreshold.merge(label(deadline.share()), 1L, Long::sum);
    byTeam
        .computeIfAbsent(ticket.team, t -> new TreeMap<>())
        .merge(label(deadline.share()), 1L, Long::sum);
    if (deadline.isBreach()) {
      breachesByMetric.merge(deadline.metric(), 1L, Long::sum);
    }
  }

  /** {@code "50%"}, {@code "75%"}, {@code "90%"} or {@code "breach"}. */
  static String label(double share) {
    return share >= 1.0 ? "breach" : Math.round(share * 100) + "%";
  }

  Map<String, Long> byThreshold() {
    return byThreshold;
  }

  Map<SlaMetric, Long> breachesByMetric() {
    return breachesByMetric;
  }

  Map<Team, Map<String, Long>> byTeam() {
    return byTeam;
  }
}
