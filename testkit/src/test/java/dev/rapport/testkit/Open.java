package dev.rapport.testkit;

import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.TicketTimeline;

/** Makes generated timelines usable where a test needs one that still accepts events. */
final class Open {
  private Open() {}

  /**
   * Returns {@code timeline} without its last event if that event closed it (a close or a merge is
   * always last, since nothing may follow it), else {@code timeline} itself.
   */
  static TicketTimeline withoutClosingEvent(TicketTimeline timeline) {
    if (timeline.currentStatus() != TicketStatus.CLOSED) {
      return timeline;
    }
    return TicketTimeline.of(timeline.events().subList(0, timeline.size() - 1));
  }
}
