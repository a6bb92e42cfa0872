package dev.rapport.examples.desk;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.rapport.core.Channel;
import java.util.List;
import java.util.Map;

/**
 * The tickets of the period and the people who worked them. Immutable and thread-safe.
 *
 * @param created tickets created
 * @param solved tickets solved at least once
 * @param reopened tickets reopened at least once
 * @param closed tickets closed by the end
 * @param openAtEnd tickets not solved or closed at the end
 * @param byChannel tickets created per channel
 * @param perDay tickets created per day of the period
 * @param agents agents per team label
 * @param incidentDay the day (from 0) of the payment incident
 */
public record TicketTotals(
    long created,
    long solved,
    long reopened,
    long closed,
    long openAtEnd,
    Map<Channel, Long> byChannel,
    List<Long> perDay,
    Map<String, Integer> agents,
    int incidentDay) {

  /** Copies the collections. */
  public TicketTotals {
    byChannel = ImmutableMap.copyOf(byChannel);
    perDay = ImmutableList.copyOf(perDay);
    agents = ImmutableMap.copyOf(agents);
  }
}
