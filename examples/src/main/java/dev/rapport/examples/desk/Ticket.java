package dev.rapport.examples.desk;

import dev.rapport.core.AgentId;
import dev.rapport.core.Channel;
import dev.rapport.core.TicketId;
import dev.rapport.core.TicketStatus;
import dev.rapport.core.ticket.TicketEvent;
import dev.rapport.core.ticket.TicketTimeline;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A simulated ticket: its validated timeline and what the simulation keeps beside it. */
final class Ticket {
  final TicketId id;
  final Customer customer;
  final Team team;
  final Channel channel;
  final String topic;
  final Optional<LoyaltyDesk.Order> order;
  TicketTimeline timeline;

  /** Bumped on every status change, so that a delayed action can tell it is stale. */
  int generation;

  Optional<AgentId> agent = Optional.empty();
  final Set<AgentId> involved = new TreeSet<>();
  int interactions;
  int reopens;

  /** When the ticket should be answered, for the team's queue (epoch seconds). */
  long dueKey;

  long queueSequence;
  boolean surveyed;

  /** The instant the escalation engine asked to be woken at, last. */
  Instant escalationWake;

  /** Whether a returns ticket ends in a refund (decided when it is created). */
  boolean refundApproved;

  Ticket(
      TicketTimeline timeline,
      Customer customer,
      Team team,
      String topic,
      Optional<LoyaltyDesk.Order> order) {
    this.timeline = timeline;
    this.id = timeline.ticketId();
    this.customer = customer;
    this.team = team;
    this.channel = timeline.created().channel();
    this.topic = topic;
    this.order = order;
  }

  void append(TicketEvent event) {
    timeline = timeline.append(event);
  }

  TicketStatus status() {
    return timeline.currentStatus();
  }

  Instant createdAt() {
    return timeline.created().at();
  }
}
