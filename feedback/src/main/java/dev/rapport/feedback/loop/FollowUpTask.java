package dev.rapport.feedback.loop;

import com.google.common.collect.ImmutableSortedSet;
import dev.rapport.core.AgentId;
import dev.rapport.core.CustomerId;
import dev.rapport.core.TicketId;
import dev.rapport.feedback.NpsCategory;
import dev.rapport.feedback.ResponseId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A follow-up the closed loop owes a customer after an NPS answer: who to call back, about which
 * ticket, attributed to which agent, and by when. Its {@link #id()} is derived from the response
 * id, so creating the task again for the same response is idempotent. Immutable and thread-safe.
 *
 * @param id {@code "follow-up:" + responseId}
 * @param responseId the response that caused the task
 * @param customer the customer to follow up with
 * @param ticket the ticket the response was about, if any
 * @param owner the agent the response is attributed to (at rating time), if any
 * @param agentsInvolved every agent who worked on the ticket
 * @param category the NPS group of the answer
 * @param score the answer, 0 to 10
 * @param respondedAt when the customer answered
 * @param due when the follow-up is due: the answer plus the policy's business time
 * @param comment the customer's comment, if any
 */
public record FollowUpTask(
    String id,
    ResponseId responseId,
    CustomerId customer,
    Optional<TicketId> ticket,
    Optional<AgentId> owner,
    Set<AgentId> agentsInvolved,
    NpsCategory category,
    int score,
    Instant respondedAt,
    Instant due,
    Optional<String> comment) {

  /** Validates the components and copies the agents. */
  public FollowUpTask {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(responseId, "responseId");
    if (!id.equals(idOf(responseId))) {
      throw new IllegalArgumentException("id must be " + idOf(responseId) + ", but was " + id);
    }
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(ticket, "ticket");
    Objects.requireNonNull(owner, "owner");
    agentsInvolved =
        ImmutableSortedSet.copyOf(Objects.requireNonNull(agentsInvolved, "agentsInvolved"));
    Objects.requireNonNull(category, "category");
    if (NpsCategory.of(score) != category) {
      throw new IllegalArgumentException(
          "score must be in the " + category + " range, but was " + score);
    }
    Objects.requireNonNull(respondedAt, "respondedAt");
    Objects.requireNonNull(due, "due");
    if (due.isBefore(respondedAt)) {
      throw new IllegalArgumentException(
          "due must not be before respondedAt " + respondedAt + ", but was " + due);
    }
    Objects.requireNonNull(comment, "comment");
  }

  /** Returns the task id for a response: {@code "follow-up:" + responseId}. */
  public static String idOf(ResponseId responseId) {
    return "follow-up:" + Objects.requireNonNull(responseId, "responseId").value();
  }

  /** Returns whether the task is overdue at {@code now}: strictly after its due instant. */
  public boolean isOverdue(Instant now) {
    return Objects.requireNonNull(now, "now").isAfter(due);
  }
}
