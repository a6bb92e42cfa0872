package dev.rapport.sla;

import dev.rapport.core.TicketId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The next SLA deadline (warning or breach) of each of many open tickets, in time order: what a
 * service that fires warnings and escalations polls.
 *
 * <pre>{@code
 * BreachSchedule schedule = BreachSchedule.create();
 * schedule.update(ticketId, engine.evaluate(timeline, now));   // after every change to the ticket
 * for (BreachSchedule.Due due : schedule.dueUntil(clock.instant())) {
 *   // warn or escalate, then evaluate the ticket again and update() it
 * }
 * }</pre>
 *
 * <p>A ticket has at most one entry: {@link #update} replaces it with the report's {@link
 * SlaReport#nextDeadline()}, or removes it when the report has none (its clocks are all paused or
 * finished; the ticket's next event brings a new report). {@link #dueUntil} returns and removes the
 * entries due at or before an instant, earliest first, ties in ticket id order.
 *
 * <p>Built for millions of tickets: entries live in primitive arrays (a 4-ary heap of slot numbers
 * with each deadline's epoch second and nanosecond beside it, and an open-addressing table from
 * ticket id to slot), about 60 bytes per ticket besides the ticket ids themselves, and no object
 * per entry. {@code update}, {@code remove} and {@code dueUntil} (per entry returned) take O(log n)
 * time; {@link #deadline} and {@link #size} O(1).
 *
 * <p>Not thread-safe: a schedule is mutable; confine it to one thread or guard it with a lock.
 */
public final class BreachSchedule {
  private static final int ARITY = 4;
  private static final int MIN_CAPACITY = 16;
  private static final int MAX_CAPACITY = 1 << 29;
  private static final SlaMetric[] METRICS = SlaMetric.values();

  // Per slot.
  private TicketId[] ids;
  private byte[] metrics;
  private int[] cycles;
  private double[] shares;
  private int[] heapIndex;
  // Free slots, a stack; slots [0, used) have been handed out.
  private int[] free;
  private int freeCount;
  private int used;
  // The heap: per position, the slot and its deadline's epoch second and nanosecond (kept beside
  // the slot so that comparisons read neighbouring memory).
  private int[] heap;
  private long[] keySeconds;
  private int[] keyNanos;
  private int size;
  // Open addressing, linear probing: slot + 1, 0 for empty. Length a power of two, at most half
  // full.
  private int[] table;

  private BreachSchedule(int capacity) {
    allocate(Math.max(MIN_CAPACITY, capacity));
  }

  /** Returns an empty schedule. */
  public static BreachSchedule create() {
    return new BreachSchedule(MIN_CAPACITY);
  }

  /**
   * Returns an empty schedule sized for {@code expectedTickets} without growing.
   *
   * @throws IllegalArgumentException if {@code expectedTickets} is negative or above 2^29
   */
  public static BreachSchedule withExpectedSize(int expectedTickets) {
    if (expectedTickets < 0 || expectedTickets > MAX_CAPACITY) {
      throw new IllegalArgumentException(
          "expectedTickets must be in [0, 2^29], but was " + expectedTickets);
    }
    return new BreachSchedule(expectedTickets);
  }

  /** A ticket's deadline that is due. Immutable and thread-safe. */
  public record Due(TicketId ticketId, SlaDeadline deadline) {
    /** Checks that both components are present. */
    public Due {
      Objects.requireNonNull(ticketId, "ticketId");
      Objects.requireNonNull(deadline, "deadline");
    }
  }

  /**
   * Sets the ticket's entry to {@code report}'s {@link SlaReport#nextDeadline()}, or removes it if
   * the report has none.
   *
   * @return whether the ticket now has an entry
   * @throws IllegalArgumentException if the report is for another ticket
   */
  public boolean update(TicketId ticketId, SlaReport report) {
    Objects.requireNonNull(ticketId, "ticketId");
    Objects.requireNonNull(report, "report");
    if (!report.ticketId().equals(ticketId)) {
      throw new IllegalArgumentException(
          "report must be for ticket " + ticketId + ", but was for " + report.ticketId());
    }
    Optional<SlaDeadline> next = report.nextDeadline();
    if (next.isEmpty()) {
      remove(ticketId);
      return false;
    }
    put(ticketId, next.get());
    return true;
  }

  /**
   * Sets the ticket's entry to {@code deadline}, replacing any it had: for callers that compute
   * deadlines themselves.
   */
  public void put(TicketId ticketId, SlaDeadline deadline) {
    Objects.requireNonNull(ticketId, "ticketId");
    Objects.requireNonNull(deadline, "deadline");
    int slot = find(ticketId);
    int at;
    if (slot < 0) {
      slot = newSlot(ticketId);
      at = size++;
      heap[at] = slot;
      heapIndex[slot] = at;
    } else {
      at = heapIndex[slot];
    }
    store(slot, deadline);
    keySeconds[at] = deadline.at().getEpochSecond();
    keyNanos[at] = deadline.at().getNano();
    siftUp(at);
    siftDown(heapIndex[slot]);
  }

  /**
   * Removes the ticket's entry.
   *
   * @return whether it had one
   */
  public boolean remove(TicketId ticketId) {
    Objects.requireNonNull(ticketId, "ticketId");
    int slot = find(ticketId);
    if (slot < 0) {
      return false;
    }
    removeAt(heapIndex[slot]);
    return true;
  }

  /** Returns the ticket's scheduled deadline, if it has one. */
  public Optional<SlaDeadline> deadline(TicketId ticketId) {
    Objects.requireNonNull(ticketId, "ticketId");
    int slot = find(ticketId);
    return slot < 0 ? Optional.empty() : Optional.of(deadlineOf(slot));
  }

  /** Returns the earliest entry without removing it, if there is one. */
  public Optional<Due> peek() {
    return size == 0 ? Optional.empty() : Optional.of(dueOf(heap[0]));
  }

  /**
   * Removes and returns the entries whose deadline is at or before {@code until}, earliest first
   * (ties in ticket id order).
   */
  public List<Due> dueUntil(Instant until) {
    Objects.requireNonNull(until, "until");
    long s = until.getEpochSecond();
    int n = until.getNano();
    List<Due> due = new ArrayList<>();
    while (size > 0) {
      if (keySeconds[0] > s || (keySeconds[0] == s && keyNanos[0] > n)) {
        break;
      }
      due.add(dueOf(heap[0]));
      removeAt(0);
    }
    return due;
  }

  /** Returns the number of tickets with an entry. */
  public int size() {
    return size;
  }

  /** Returns whether no ticket has an entry. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** Returns the number of entries and the earliest, for logs. */
  @Override
  public String toString() {
    return "BreachSchedule[size=" + size + (size == 0 ? "" : ", next=" + dueOf(heap[0])) + "]";
  }

  // ---- slots ---------------------------------------------------------------------------------

  private void store(int slot, SlaDeadline deadline) {
    metrics[slot] = (byte) deadline.metric().ordinal();
    cycles[slot] = deadline.cycle();
    shares[slot] = deadline.share();
  }

  private SlaDeadline deadlineOf(int slot) {
    int at = heapIndex[slot];
    return new SlaDeadline(
        Instant.ofEpochSecond(keySeconds[at], keyNanos[at]),
        METRICS[metrics[slot]],
        cycles[slot],
        shares[slot]);
  }

  private Due dueOf(int slot) {
    return new Due(ids[slot], deadlineOf(slot));
  }

  private int newSlot(TicketId ticketId) {
    int slot;
    if (freeCount > 0) {
      slot = free[--freeCount];
    } else {
      if (used == ids.length) {
        allocate(ids.length * 2);
      }
      slot = used++;
    }
    ids[slot] = ticketId;
    insert(ticketId, slot);
    return slot;
  }

  private void releaseSlot(int slot) {
    delete(ids[slot]);
    ids[slot] = null;
    heapIndex[slot] = -1;
    free[freeCount++] = slot;
  }

  private void allocate(int capacity) {
    if (capacity > MAX_CAPACITY) {
      throw new IllegalStateException(
          "size must be at most 2^29 tickets, but " + (used + 1) + " were scheduled");
    }
    ids = ids == null ? new TicketId[capacity] : Arrays.copyOf(ids, capacity);
    keySeconds = keySeconds == null ? new long[capacity] : Arrays.copyOf(keySeconds, capacity);
    keyNanos = keyNanos == null ? new int[capacity] : Arrays.copyOf(keyNanos, capacity);
    metrics = metrics == null ? new byte[capacity] : Arrays.copyOf(metrics, capacity);
    cycles = cycles == null ? new int[capacity] : Arrays.copyOf(cycles, capacity);
    shares = shares == null ? new double[capacity] : Arrays.copyOf(shares, capacity);
    heapIndex = heapIndex == null ? new int[capacity] : Arrays.copyOf(heapIndex, capacity);
    free = free == null ? new int[capacity] : Arrays.copyOf(free, capacity);
    heap = heap == null ? new int[capacity] : Arrays.copyOf(heap, capacity);
    int tableLength = Integer.highestOneBit(capacity * 2 - 1) << 1;
    if (table == null || tableLength > table.length) {
      table = new int[tableLength];
      for (int slot = 0; slot < used; slot++) {
        if (ids[slot] != null) {
          insert(ids[slot], slot);
        }
      }
    }
  }

  // ---- the id table --------------------------------------------------------------------------

  private static int hash(TicketId ticketId) {
    int h = ticketId.hashCode() * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private int find(TicketId ticketId) {
    int mask = table.length - 1;
    for (int i = hash(ticketId) & mask; ; i = (i + 1) & mask) {
      int entry = table[i];
      if (entry == 0) {
        return -1;
      }
      if (ids[entry - 1].equals(ticketId)) {
        return entry - 1;
      }
    }
  }

  private void insert(TicketId ticketId, int slot) {
    int mask = table.length - 1;
    int i = hash(ticketId) & mask;
    while (table[i] != 0) {
      i = (i + 1) & mask;
    }
    table[i] = slot + 1;
  }

  /** Removes the id's entry, shifting later entries of its probe run back (no tombstones). */
  private void delete(TicketId ticketId) {
    int mask = table.length - 1;
    int i = hash(ticketId) & mask;
    while (!ids[table[i] - 1].equals(ticketId)) {
      i = (i + 1) & mask;
    }
    int hole = i;
    for (int j = (hole + 1) & mask; table[j] != 0; j = (j + 1) & mask) {
      int home = hash(ids[table[j] - 1]) & mask;
      // Move entry j into the hole unless its home lies cyclically in (hole, j].
      boolean stays = hole <= j ? hole < home && home <= j : hole < home || home <= j;
      if (!stays) {
        table[hole] = table[j];
        hole = j;
      }
    }
    table[hole] = 0;
  }

  // ---- the heap ------------------------------------------------------------------------------

  private void removeAt(int at) {
    int slot = heap[at];
    int last = --size;
    if (at < last) {
      int moved = heap[last];
      move(last, at);
      siftUp(at);
      siftDown(heapIndex[moved]);
    }
    releaseSlot(slot);
  }

  /** Moves the entry at heap position {@code from} to position {@code to}. */
  private void move(int from, int to) {
    int slot = heap[from];
    heap[to] = slot;
    keySeconds[to] = keySeconds[from];
    keyNanos[to] = keyNanos[from];
    heapIndex[slot] = to;
  }

  /**
   * Returns whether the entry (seconds, nanos, slot) comes before the one at position {@code at}.
   */
  private boolean before(long seconds, int nanos, int slot, int at) {
    return before(seconds, nanos, slot, keySeconds[at], keyNanos[at], heap[at]);
  }

  /** Returns whether entry a comes before entry b: by instant, then by ticket id. */
  private boolean before(
      long secondsA, int nanosA, int slotA, long secondsB, int nanosB, int slotB) {
    if (secondsA != secondsB) {
      return secondsA < secondsB;
    }
    if (nanosA != nanosB) {
      return nanosA < nanosB;
    }
    return ids[slotA].compareTo(ids[slotB]) < 0;
  }

  private void siftUp(int at) {
    int slot = heap[at];
    long seconds = keySeconds[at];
    int nanos = keyNanos[at];
    while (at > 0) {
      int parent = (at - 1) / ARITY;
      if (!before(seconds, nanos, slot, parent)) {
        break;
      }
      move(parent, at);
      at = parent;
    }
    heap[at] = slot;
    keySeconds[at] = seconds;
    keyNanos[at] = nanos;
    heapIndex[slot] = at;
  }

  private void siftDown(int at) {
    int slot = heap[at];
    long seconds = keySeconds[at];
    int nanos = keyNanos[at];
    while (true) {
      int first = at * ARITY + 1;
      if (first >= size) {
        break;
      }
      int best = first;
      int end = Math.min(first + ARITY, size);
      for (int child = first + 1; child < end; child++) {
        if (before(keySeconds[child], keyNanos[child], heap[child], best)) {
          best = child;
        }
      }
      if (!before(keySeconds[best], keyNanos[best], heap[best], seconds, nanos, slot)) {
        break;
      }
      move(best, at);
      at = best;
    }
    heap[at] = slot;
    keySeconds[at] = seconds;
    keyNanos[at] = nanos;
    heapIndex[slot] = at;
  }
}
