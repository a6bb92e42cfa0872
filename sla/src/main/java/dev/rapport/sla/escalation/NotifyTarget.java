package dev.rapport.sla.escalation;

import dev.rapport.core.AgentId;
import dev.rapport.core.TeamId;
import java.util.Objects;

/**
 * Who an escalation step notifies. The engine does not send anything: a step carries its targets
 * and the ticket's state at the step's instant (assigned agent and team), and the caller resolves
 * each target (the manager of a team, the person on call for a role) and delivers the message.
 *
 * <ul>
 *   <li>{@link Agent}: a named agent.
 *   <li>{@link Team}: a named team.
 *   <li>{@link Assignee}: the agent assigned to the ticket at the step's instant, if any.
 *   <li>{@link ManagerOfAssigneeTeam}: the manager of the team assigned to the ticket at the step's
 *       instant, if any.
 *   <li>{@link OnCall}: whoever is on call for a role (a paging tool's schedule), by its name.
 * </ul>
 *
 * <p>Every implementation is an immutable record, so thread-safe.
 */
public sealed interface NotifyTarget
    permits NotifyTarget.Agent,
        NotifyTarget.Team,
        NotifyTarget.Assignee,
        NotifyTarget.ManagerOfAssigneeTeam,
        NotifyTarget.OnCall {

  /** Returns {@link Agent}{@code (agentId)}. */
  static NotifyTarget agent(AgentId agentId) {
    return new Agent(agentId);
  }

  /** Returns {@link Team}{@code (teamId)}. */
  static NotifyTarget team(TeamId teamId) {
    return new Team(teamId);
  }

  /** Returns {@link Assignee}. */
  static NotifyTarget assignee() {
    return new Assignee();
  }

  /** Returns {@link ManagerOfAssigneeTeam}. */
  static NotifyTarget managerOfAssigneeTeam() {
    return new ManagerOfAssigneeTeam();
  }

  /** Returns {@link OnCall}{@code (role)}. */
  static NotifyTarget onCall(String role) {
    return new OnCall(role);
  }

  /**
   * A named agent.
   *
   * @param agentId the agent
   */
  record Agent(AgentId agentId) implements NotifyTarget {
    /** Checks that the agent is present. */
    public Agent {
      Objects.requireNonNull(agentId, "agentId");
    }

    @Override
    public String toString() {
      return "agent " + agentId;
    }
  }

  /**
   * A named team.
   *
   * @param teamId the team
   */
  record Team(TeamId teamId) implements NotifyTarget {
    /** Checks that the team is present. */
    public Team {
      Objects.requireNonNull(teamId, "teamId");
    }

    @Override
    public String toString() {
      return "team " + teamId;
    }
  }

  /** The agent assigned to the ticket at the step's instant (none if it is unassigned). */
  record Assignee() implements NotifyTarget {
    @Override
    public String toString() {
      return "assignee";
    }
  }

  /** The manager of the team assigned to the ticket at the step's instant (none if no team). */
  record ManagerOfAssigneeTeam() implements NotifyTarget {
    @Override
    public String toString() {
      return "manager of the assignee's team";
    }
  }

  /**
   * Whoever is on call for a role, such as {@code "billing-primary"}.
   *
   * @param role the role's name: 1 to 100 characters, no control characters, no white space at
   *     either end
   */
  record OnCall(String role) implements NotifyTarget {
    /** Checks the role's name. */
    public OnCall {
      Checks.name(role, "role");
    }

    @Override
    public String toString() {
      return "on-call " + role;
    }
  }
}
