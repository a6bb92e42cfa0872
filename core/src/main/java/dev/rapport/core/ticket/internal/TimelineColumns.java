package dev.rapport.core.ticket.internal;

import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.TicketTimeline;
import java.util.Objects;

/**
 * A {@link TicketTimeline}'s events as columns of plain numbers, for an engine that replays many
 * timelines and should touch as little memory per event as it can (the SLA engine reads a ticket's
 * instants, event kinds and statuses, a few cache lines, instead of one event object, its {@code
 * Instant} and its state per event). The timeline computes the columns once, when it is built. Not
 * an API: exported only to {@code dev.rapport.sla}.
 *
 * <p>Each column has one entry per event, in timeline order. The arrays are the timeline's own, not
 * copies: a caller must only read them.
 *
 * <p>Thread-safe: timelines are immutable.
 */
public final class TimelineColumns {
  private static volatile Access access;

  private TimelineColumns() {}

  /**
   * The columns, implemented by {@link TicketTimeline}, which registers it once, when it is
   * initialised. The implementation is stateless and thread-safe.
   */
  public interface Access {
    /** See {@link TimelineColumns#epochSeconds}. */
    long[] epochSeconds(TicketTimeline timeline);

    /** See {@link TimelineColumns#nanos}. */
    int[] nanos(TicketTimeline timeline);

    /** See {@link TimelineColumns#kinds}. */
    byte[] kinds(TicketTimeline timeline);

    /** See {@link TimelineColumns#statuses}. */
    byte[] statuses(TicketTimeline timeline);
  }

  /**
   * Registers the implementation; called once by {@link TicketTimeline}.
   *
   * @throws IllegalStateException if one is registered already
   */
  public static synchronized void register(Access implementation) {
    Objects.requireNonNull(implementation, "implementation");
    if (access != null) {
      throw new IllegalStateException("access must be registered once, but was registered twice");
    }
    access = implementation;
  }

  /** Returns each event's instant's {@link java.time.Instant#getEpochSecond() epoch second}. */
  public static long[] epochSeconds(TicketTimeline timeline) {
    return access().epochSeconds(Objects.requireNonNull(timeline, "timeline"));
  }

  /** Returns each event's instant's {@link java.time.Instant#getNano() nanosecond of second}. */
  public static int[] nanos(TicketTimeline timeline) {
    return access().nanos(Objects.requireNonNull(timeline, "timeline"));
  }

  /** Returns each event's {@link EventKind} ordinal. */
  public static byte[] kinds(TicketTimeline timeline) {
    return access().kinds(Objects.requireNonNull(timeline, "timeline"));
  }

  /**
   * Returns the ordinal of the {@link TicketStatus} right after each event: {@code
   * timeline.stateAfter(i).status().ordinal()}.
   */
  public static byte[] statuses(TicketTimeline timeline) {
    return access().statuses(Objects.requireNonNull(timeline, "timeline"));
  }

  private static Access access() {
    // The caller holds a TicketTimeline, so that class is initialised and has registered.
    return access;
  }
}
