package dev.rapport.sla.escalation;

import dev.rapport.core.ticket.AgentReply;
import dev.rapport.core.ticket.StatusInterval;
import dev.rapport.core.ticket.TicketCreated;
import dev.rapport.core.ticket.TicketEvent;
import dev.rapport.core.ticket.TicketState;
import dev.rapport.core.ticket.TicketTimeline;
import dev.rapport.sla.SlaReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One ticket as an evaluation at {@code now} sees it: its timeline cut at {@code now} (events after
 * it are ignored, events at it count), its SLA report at {@code now}, and what the triggers ask of
 * it. After {@code now} the ticket is taken to stay as it is, which is what projections assume. Not
 * thread-safe; made and dropped by one call of the engine.
 */
final class TicketView {
  final TicketTimeline timeline;
  final SlaReport report;
  final Instant now;
  final TicketCreated created;
  final List<TicketEvent> events;
  final List<StatusInterval> intervals;
  private List<Instant> publicReplies;

  private TicketView(TicketTimeline timeline, SlaReport report, Instant now) {
    this.timeline = timeline;
    this.report = report;
    this.now = now;
    this.created = timeline.created();
    this.events = timeline.events();
    this.intervals = timeline.statusIntervals();
  }

  /** Returns the view of {@code timeline} at {@code now}, dropping the events after it. */
  static TicketView of(TicketTimeline timeline, SlaReport report, Instant now) {
    int n = timeline.size();
    if (!timeline.lastEventAt().isAfter(now)) {
      return new TicketView(timeline, report, now);
    }
    List<TicketEvent> events = timeline.events();
    while (events.get(n - 1).at().isAfter(now)) {
      n--;
    }
    return new TicketView(TicketTimeline.of(events.subList(0, n)), report, now);
  }

  /** Returns the state at {@code t}; after {@code now}, the state at {@code now}. */
  TicketState stateAt(Instant t) {
    return t.isAfter(now) ? timeline.currentState() : timeline.stateAt(t);
  }

  /** Returns the instants of the public agent replies, in order. */
  List<Instant> publicReplies() {
    if (publicReplies == null) {
      List<Instant> replies = new ArrayList<>();
      for (TicketEvent event : events) {
        if (event instanceof AgentReply && ((AgentReply) event).isPublic()) {
          replies.add(event.at());
        }
      }
      publicReplies = replies;
    }
    return publicReplies;
  }
}
