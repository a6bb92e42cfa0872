package dev.rapport.core.ticket;

import dev.rapport.core.Channel;
import dev.rapport.core.CustomerId;
import dev.rapport.core.Priority;
import dev.rapport.core.TicketId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The ticket was created: the first event of every timeline, and the only one of its kind. It
 * carries what SLA policies select tickets by: channel, priority, tags and the customer's segment.
 * A new ticket is {@code NEW} and unassigned.
 *
 * <p>Tags are not empty, at most 100 characters, without white space or control characters; they
 * are case-sensitive and kept in natural order. A segment (such as {@code "enterprise"}) is at most
 * 100 characters, not blank, without control characters or white space at either end. Immutable and
 * thread-safe.
 *
 * @param at when the ticket was created
 * @param ticketId the ticket's id
 * @param customerId the customer who asked
 * @param channel how the customer reached the service desk
 * @param priority the initial priority
 * @param tags the initial tags, an immutable sorted set (copied)
 * @param segment the customer's segment, if the caller segments customers
 */
public record TicketCreated(
    Instant at,
    TicketId ticketId,
    CustomerId customerId,
    Channel channel,
    Priority priority,
    Set<String> tags,
    Optional<String> segment)
    implements TicketEvent {

  /** Validates every component and copies the tags. */
  public TicketCreated {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(ticketId, "ticketId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(priority, "priority");
    tags = Tags.copyOf(tags, "tags");
    Objects.requireNonNull(segment, "segment");
    segment.ifPresent(Tags::checkSegment);
  }

  /** Returns a created event without tags or segment. */
  public TicketCreated(
      Instant at, TicketId ticketId, CustomerId customerId, Channel channel, Priority priority) {
    this(at, ticketId, customerId, channel, priority, Set.of(), Optional.empty());
  }

  /** Returns a copy of this event with {@code newTags} as its tags. */
  public TicketCreated withTags(Set<String> newTags) {
    return new TicketCreated(at, ticketId, customerId, channel, priority, newTags, segment);
  }

  /** Returns a copy of this event with {@code newSegment} as the customer's segment. */
  public TicketCreated withSegment(String newSegment) {
    Objects.requireNonNull(newSegment, "newSegment");
    return new TicketCreated(
        at, ticketId, customerId, channel, priority, tags, Optional.of(newSegment));
  }
}
