package dev.rapport.examples.desk;

import dev.rapport.core.TeamId;
import java.time.ZoneId;

/** The three teams of the simulated support desk. Thread-safe (an enum). */
enum Team {
  /** Email, phone, web form and social tickets of customers in Europe, from Berlin. */
  EMEA("emea", "EMEA (Berlin)", ZoneId.of("Europe/Berlin")),
  /** The same channels for customers in the Americas, from New York. */
  AMER("amer", "Americas (New York)", ZoneId.of("America/New_York")),
  /** Every chat, around the clock in three shifts. */
  CHAT("chat", "Chat 24/7", ZoneId.of("UTC"));

  private final TeamId id;
  private final String label;
  private final ZoneId zone;

  Team(String id, String label, ZoneId zone) {
    this.id = TeamId.of(id);
    this.label = label;
    this.zone = zone;
  }

  TeamId id() {
    return id;
  }

  /** The tag a ticket of this team carries, which SLA policies select on. */
  String tag() {
    return id.value();
  }

  String label() {
    return label;
  }

  ZoneId zone() {
    return zone;
  }

  static Team of(TeamId id) {
    for (Team team : values()) {
      if (team.id.equals(id)) {
        return team;
      }
    }
    throw new IllegalArgumentException("id must be a team of the desk, but was " + id);
  }
}
