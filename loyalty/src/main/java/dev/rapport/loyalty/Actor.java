package dev.rapport.loyalty;

import dev.rapport.core.AgentId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who caused a ledger entry: the system (an automatic earn, an expiry), the member themself (a
 * redemption at checkout), an agent (a goodwill credit), or a named service. Immutable and
 * thread-safe.
 *
 * @param type the kind of actor
 * @param id the agent's id or the service's name; empty for the system and the member
 */
public record Actor(Type type, Optional<String> id) {
  /** The kinds of actor. */
  public enum Type {
    /** Rapport or the caller's automation; no id. */
    SYSTEM,
    /** The member who owns the account; no id. */
    MEMBER,
    /** A support agent; the id is the agent's. */
    AGENT,
    /** A named service of the caller's (checkout, returns); the id is its name. */
    SERVICE
  }

  private static final Actor SYSTEM = new Actor(Type.SYSTEM, Optional.empty());
  private static final Actor MEMBER = new Actor(Type.MEMBER, Optional.empty());

  /** Validates that an agent or a service has an id and the system or the member has none. */
  public Actor {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    boolean needsId = type == Type.AGENT || type == Type.SERVICE;
    if (needsId && id.isEmpty()) {
      throw new IllegalArgumentException("id must be present for a " + type + " actor");
    }
    if (!needsId && id.isPresent()) {
      throw new IllegalArgumentException(
          "id must be empty for a " + type + " actor, but was \"" + id.get() + "\"");
    }
    id.ifPresent(value -> Checks.key(value, "id", 256));
  }

  /** Returns the system actor. */
  public static Actor system() {
    return SYSTEM;
  }

  /** Returns the member actor. */
  public static Actor member() {
    return MEMBER;
  }

  /** Returns agent {@code agentId}. */
  public static Actor agent(AgentId agentId) {
    Objects.requireNonNull(agentId, "agentId");
    return new Actor(Type.AGENT, Optional.of(agentId.value()));
  }

  /** Returns the service named {@code name}. */
  public static Actor service(String name) {
    return new Actor(Type.SERVICE, Optional.of(Objects.requireNonNull(name, "id")));
  }

  /**
   * Returns {@code "system"}, {@code "member"}, {@code "agent:ana"} or {@code "service:checkout"}.
   */
  @Override
  public String toString() {
    String kind = type.name().toLowerCase(Locale.ROOT);
    return id.map(value -> kind + ":" + value).orElse(kind);
  }
}
