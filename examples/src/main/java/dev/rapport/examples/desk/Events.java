package dev.rapport.examples.desk;

import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * The simulation's agenda: actions to run at instants, in time order, ties in the order they were
 * scheduled, so that a run is a deterministic function of its seed. Not thread-safe.
 */
final class Events {
  /** One scheduled action. */
  record Event(Instant at, long sequence, Runnable action) {}

  private final PriorityQueue<Event> queue =
      new PriorityQueue<>(Comparator.comparing(Event::at).thenComparingLong(Event::sequence));
  private long sequence;

  void at(Instant at, Runnable action) {
    queue.add(new Event(at, sequence++, action));
  }

  Event peek() {
    return queue.peek();
  }

  Event poll() {
    return queue.poll();
  }
}
