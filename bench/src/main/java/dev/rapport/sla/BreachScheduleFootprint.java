package dev.rapport.sla;

import dev.rapport.core.TicketId;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Measures the heap a {@link BreachSchedule} of 1,000,000 tickets retains, and that of the tree-map
 * reference of {@link BreachScheduleBenchmark}: used heap after full collections, before and after
 * filling each, with the ticket ids (which the caller has anyway) created first and measured apart.
 * Run with:
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -Xmx2g -cp bench/target/benchmarks.jar dev.rapport.sla.BreachScheduleFootprint
 * </pre>
 */
public final class BreachScheduleFootprint {
  private BreachScheduleFootprint() {}

  /** Prints the bytes retained by the ids, the schedule and the reference. */
  public static void main(String[] args) {
    int tickets = BreachScheduleBenchmark.TICKETS;
    long empty = usedAfterGc();
    TicketId[] ids = BreachScheduleBenchmark.ids(tickets);
    long withIds = usedAfterGc();

    SplittableRandom random = new SplittableRandom(20261130L);
    BreachSchedule schedule = BreachSchedule.create();
    for (TicketId id : ids) {
      schedule.put(
          id, BreachScheduleBenchmark.randomDeadline(random, BreachScheduleBenchmark.START));
    }
    long withSchedule = usedAfterGc();

    random = new SplittableRandom(20261130L);
    TreeMap<BreachScheduleBenchmark.Key, SlaDeadline> reference = new TreeMap<>();
    Map<TicketId, BreachScheduleBenchmark.Key> index = new HashMap<>();
    for (TicketId id : ids) {
      SlaDeadline deadline =
          BreachScheduleBenchmark.randomDeadline(random, BreachScheduleBenchmark.START);
      BreachScheduleBenchmark.Key key = new BreachScheduleBenchmark.Key(deadline.at(), id);
      reference.put(key, deadline);
      index.put(id, key);
    }
    long withReference = usedAfterGc();

    System.out.printf(
        "%,d tickets%nticket ids: %,d bytes (%.1f per ticket)%n"
            + "BreachSchedule: %,d bytes (%.1f per ticket), with the ids %,d bytes%n"
            + "TreeMap + HashMap reference: %,d bytes (%.1f per ticket)%n",
        tickets,
        withIds - empty,
        (withIds - empty) / (double) tickets,
        withSchedule - withIds,
        (withSchedule - withIds) / (double) tickets,
        withSchedule - empty,
        withReference - withSchedule,
        (withReference - withSchedule) / (double) tickets);
    // Keep everything reachable until the last measurement.
    if (schedule.size() + reference.size() + index.size() + ids.length == 0) {
      System.out.println();
    }
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
