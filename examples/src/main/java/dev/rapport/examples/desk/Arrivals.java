package dev.rapport.examples.desk;

import dev.rapport.core.Channel;
import dev.rapport.core.Priority;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * When tickets arrive and what they are: an hourly intensity that peaks in each region's business
 * hours and drops at night and at weekends, channel and priority mixes by customer segment, and a
 * payment incident that brings a burst of urgent tickets. Stateless apart from the rates it
 * precomputes.
 */
final class Arrivals {
  static final Channel[] CHANNELS = {
    Channel.EMAIL, Channel.CHAT, Channel.PHONE, Channel.WEB_FORM, Channel.SOCIAL
  };
  static final String[] TOPICS = {"billing", "returns", "delivery", "technical", "account"};
  private static final double[][] CHANNEL_MIX = {
    {30, 30, 10, 15, 15}, // consumer
    {40, 25, 20, 15, 0}, // business
    {45, 15, 30, 10, 0} // enterprise
  };
  private static final double[][] PRIORITY_MIX = {
    {25, 55, 17, 3}, // consumer: LOW, NORMAL, HIGH, URGENT
    {15, 55, 24, 6},
    {5, 45, 35, 15}
  };
  static final double EMEA_SHARE = 0.55;

  /** The incident's extra tickets, as a share of a day's tickets, over three hours. */
  static final double INCIDENT_SHARE = 0.6;

  private final Instant start;
  private final double[][] rates;
  private final int incidentDay;

  /** Precomputes the expected arrivals per hour of the period, per office region. */
  Arrivals(DeskConfig config) {
    this.start = config.startInstant();
    int hours = config.days() * 24;
    this.rates = new double[2][hours];
    Team[] regions = {Team.EMEA, Team.AMER};
    double total = (double) config.ticketsPerDay() * config.days();
    for (int r = 0; r < 2; r++) {
      double sum = 0;
      for (int h = 0; h < hours; h++) {
        rates[r][h] = weight(start.plus(Duration.ofHours(h)).atZone(regions[r].zone()));
        sum += rates[r][h];
      }
      double share = r == 0 ? EMEA_SHARE : 1 - EMEA_SHARE;
      for (int h = 0; h < hours; h++) {
        rates[r][h] *= total * share / sum;
      }
    }
    this.incidentDay = config.days() > 16 ? 16 : config.days() / 2;
  }

  /** The relative arrival intensity at a local time: office hours high, nights and weekends low. */
  static double weight(ZonedDateTime local) {
    int hour = local.getHour();
    double w;
    if (hour >= 9 && hour < 12) {
      w = 1.3;
    } else if (hour >= 12 && hour < 14) {
      w = 0.9;
    } else if (hour >= 14 && hour < 18) {
      w = 1.1;
    } else if (hour == 8 || (hour >= 18 && hour < 22)) {
      w = 0.5;
    } else {
      w = 0.08;
    }
    DayOfWeek day = local.getDayOfWeek();
    if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
      w *= 0.3;
    } else if (day == DayOfWeek.MONDAY) {
      w *= 1.15;
    }
    return w;
  }

  /** The expected tickets of {@code region} (EMEA or AMER customers) in hour {@code hour}. */
  double rate(Team region, int hour) {
    return rates[region == Team.EMEA ? 0 : 1][hour];
  }

  int hours() {
    return rates[0].length;
  }

  int incidentDay() {
    return incidentDay;
  }

  /** Returns whether hour {@code hour} of the period is in the incident (13:00 to 16:00 UTC). */
  boolean isIncident(int hour) {
    return hour / 24 == incidentDay && hour % 24 >= 13 && hour % 24 < 16;
  }

  static int segmentIndex(String segment) {
    for (int i = 0; i < Customers.SEGMENTS.length; i++) {
      if (Customers.SEGMENTS[i].equals(segment)) {
        return i;
      }
    }
    throw new IllegalArgumentException("segment must be a known segment, but was " + segment);
  }

  static double[] channelMix(String segment) {
    return CHANNEL_MIX[segmentIndex(segment)];
  }

  static Priority priority(int index) {
    return Priority.values()[index];
  }

  static double[] priorityMix(String segment) {
    return PRIORITY_MIX[segmentIndex(segment)];
  }

  /** The share of chats among all tickets, by the segments' weights in the customer base. */
  static double chatShare() {
    double[] segments = {70, 22, 8};
    double chat = 0;
    double all = 0;
    for (int s = 0; s < segments.length; s++) {
      double total = 0;
      for (double w : CHANNEL_MIX[s]) {
        total += w;
      }
      chat += segments[s] * CHANNEL_MIX[s][1] / total;
      all += segments[s];
    }
    return chat / all;
  }
}
