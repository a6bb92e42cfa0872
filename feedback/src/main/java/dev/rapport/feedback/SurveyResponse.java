package dev.rapport.feedback;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.rapport.core.AgentId;
import dev.rapport.core.Channel;
import dev.rapport.core.CustomerId;
import dev.rapport.core.TicketId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One survey response: the question's scale, whether it was answered and the value, who answered
 * (customer), about what (ticket, the agent at rating time and every agent involved), through which
 * channel, when, an optional comment and segment attributes (such as {@code region=EMEA}).
 *
 * <p>Rules: an answered response has a value on its scale, a skipped or dismissed one has none; the
 * agent at rating time, if any, is among the agents involved; {@code at} lies in the years 1 to
 * 9999; attribute names are identifiers and values are not blank. Build one with {@link #builder}.
 * Immutable and thread-safe.
 *
 * @param id the caller's id of the response
 * @param scale the question's answer scale
 * @param status answered, skipped or dismissed
 * @param value the answer; present exactly when answered
 * @param customer who answered
 * @param ticket the ticket the survey was about, if any
 * @param agent the agent the response is attributed to (at rating time), if any
 * @param agentsInvolved every agent who worked on the ticket, sorted (includes {@code agent})
 * @param channel the channel of the ticket or contact surveyed
 * @param at when the customer responded
 * @param comment the customer's free-text comment, if any
 * @param attributes segment attributes, sorted by name
 */
public record SurveyResponse(
    ResponseId id,
    SurveyScale scale,
    ResponseStatus status,
    OptionalInt value,
    CustomerId customer,
    Optional<TicketId> ticket,
    Optional<AgentId> agent,
    Set<AgentId> agentsInvolved,
    Channel channel,
    Instant at,
    Optional<String> comment,
    Map<String, String> attributes) {

  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

  /** Validates every component and copies the collections; see the type's rules. */
  public SurveyResponse {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(comment, "comment");
    if (status == ResponseStatus.ANSWERED) {
      if (value.isEmpty()) {
        throw new IllegalArgumentException("value must be present when ANSWERED, but was empty");
      }
      scale.check(value.getAsInt());
    } else if (value.isPresent()) {
      throw new IllegalArgumentException(
          "value must be empty when " + status + ", but was " + value.getAsInt());
    }
    agentsInvolved =
        ImmutableSortedSet.copyOf(Objects.requireNonNull(agentsInvolved, "agentsInvolved"));
    if (agent.isPresent() && !agentsInvolved.contains(agent.get())) {
      throw new IllegalArgumentException(
          "agentsInvolved must contain the agent " + agent.get() + ", but was " + agentsInvolved);
    }
    if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
      throw new IllegalArgumentException("at must be in the years 1 to 9999, but was " + at);
    }
    comment.ifPresent(Texts::checkComment);
    Objects.requireNonNull(attributes, "attributes");
    for (Map.Entry<String, String> attribute : attributes.entrySet()) {
      Texts.checkIdentifier(attribute.getKey(), "attribute name");
      Texts.checkIdentifier(attribute.getValue(), "attribute " + attribute.getKey());
    }
    attributes = ImmutableSortedMap.copyOf(attributes);
  }

  /**
   * Returns a builder of a response to a question on {@code scale}; call {@link
   * Builder#answered(int)}, {@link Builder#skipped()} or {@link Builder#dismissed()} before {@link
   * Builder#build()}.
   */
  public static Builder builder(
      ResponseId id, SurveyScale scale, CustomerId customer, Channel channel, Instant at) {
    return new Builder(id, scale, customer, channel, at);
  }

  /** Returns whether the customer answered. */
  public boolean isAnswered() {
    return status == ResponseStatus.ANSWERED;
  }

  /** Returns the NPS group of an answered NPS response; empty otherwise. */
  public Optional<NpsCategory> npsCategory() {
    return scale.kind() == SurveyKind.NPS && value.isPresent()
        ? Optional.of(NpsCategory.of(value.getAsInt()))
        : Optional.empty();
  }

  /** Returns the value of attribute {@code name}, if set. */
  public Optional<String> attribute(String name) {
    return Optional.ofNullable(attributes.get(Objects.requireNonNull(name, "name")));
  }

  /**
   * Builds a {@link SurveyResponse}; each setter validates its argument and {@link #build()} checks
   * the rules across fields. Not thread-safe.
   */
  public static final class Builder {
    private final ResponseId id;
    private final SurveyScale scale;
    private final CustomerId customer;
    private final Channel channel;
    private final Instant at;
    private ResponseStatus status;
    private OptionalInt value = OptionalInt.empty();
    private Optional<TicketId> ticket = Optional.empty();
    private Optional<AgentId> agent = Optional.empty();
    private final Set<AgentId> involved = new TreeSet<>();
    private Optional<String> comment = Optional.empty();
    private final Map<String, String> attributes = new TreeMap<>();

    private Builder(
        ResponseId id, SurveyScale scale, CustomerId customer, Channel channel, Instant at) {
      this.id = Objects.requireNonNull(id, "id");
      this.scale = Objects.requireNonNull(scale, "scale");
      this.customer = Objects.requireNonNull(customer, "customer");
      this.channel = Objects.requireNonNull(channel, "channel");
      this.at = Objects.requireNonNull(at, "at");
    }

    /** Records an answer; a value off the scale is rejected here. */
    public Builder answered(int answer) {
      this.value = OptionalInt.of(scale.check(answer));
      this.status = ResponseStatus.ANSWERED;
      return this;
    }

    /** Records an answer given as a number; a fraction such as 4.5 is rejected, never rounded. */
    public Builder answered(double answer) {
      return answered(scale.check(answer));
    }

    /** Records that the question was skipped. */
    public Builder skipped() {
      this.value = OptionalInt.empty();
      this.status = ResponseStatus.SKIPPED;
      return this;
    }

    /** Records that the survey was dismissed. */
    public Builder dismissed() {
      this.value = OptionalInt.empty();
      this.status = ResponseStatus.DISMISSED;
      return this;
    }

    /** Sets the ticket the survey was about. */
    public Builder ticket(TicketId ticketId) {
      this.ticket = Optional.of(Objects.requireNonNull(ticketId, "ticketId"));
      return this;
    }

    /** Sets the agent at rating time; also adds the agent to those involved. */
    public Builder agent(AgentId agentId) {
      this.agent = Optional.of(Objects.requireNonNull(agentId, "agentId"));
      involved.add(agentId);
      return this;
    }

    /** Adds agents who worked on the ticket. */
    public Builder involved(AgentId... agents) {
      for (AgentId a : agents) {
        involved.add(Objects.requireNonNull(a, "agent"));
      }
      return this;
    }

    /** Sets the customer's comment (not blank, at most 10,000 characters). */
    public Builder comment(String text) {
      this.comment = Optional.of(Texts.checkComment(text));
      return this;
    }

    /** Sets a segment attribute; both name and value are identifiers (not blank, trimmed). */
    public Builder attribute(String name, String attributeValue) {
      Texts.checkIdentifier(name, "attribute name");
      attributes.put(name, Texts.checkIdentifier(attributeValue, "attribute " + name));
      return this;
    }

    /**
     * Returns the response.
     *
     * @throws IllegalStateException if neither answered, skipped nor dismissed was called
     */
    public SurveyResponse build() {
      if (status == null) {
        throw new IllegalStateException(
            "status must be set by answered, skipped or dismissed, but was unset for " + id);
      }
      return new SurveyResponse(
          id,
          scale,
          status,
          value,
          customer,
          ticket,
          agent,
          involved,
          channel,
          at,
          comment,
          attributes);
    }
  }
}
