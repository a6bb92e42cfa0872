package dev.rapport.sla;

import com.google.common.collect.ImmutableMap;
import dev.rapport.core.ticket.TicketCreated;
import dev.rapport.core.ticket.TicketState;
import dev.rapport.core.time.BusinessCalendar;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A named set of SLA promises for the tickets a {@link TicketCondition} selects: at most one {@link
 * SlaTarget} per {@link SlaMetric}.
 *
 * <pre>{@code
 * SlaPolicy urgent =
 *     SlaPolicy.builder("urgent")
 *         .when(TicketCondition.priorityIn(Priority.URGENT))
 *         .target(SlaMetric.FIRST_RESPONSE, Duration.ofHours(1), officeHours)
 *         .target(SlaMetric.RESOLUTION, Duration.ofHours(16), officeHours)
 *         .build();
 * }</pre>
 *
 * <p>A policy without targets is allowed: placed in an {@link SlaPolicySet}, it says that the
 * tickets it selects have no SLA (the first matching policy wins, so it shields them from later
 * policies). Defaults are documented on {@link #builder(String)}.
 *
 * <p>Immutable and thread-safe; {@code equals} compares name, condition and targets.
 */
public final class SlaPolicy {
  private final String name;
  private final TicketCondition condition;
  private final ImmutableMap<SlaMetric, SlaTarget> targets;
  // Indexed by metric ordinal, null where the policy has no target; read by the engine.
  private final SlaTarget[] byMetric;

  private SlaPolicy(Builder builder) {
    this.name = builder.name;
    this.condition = builder.condition;
    this.targets = ImmutableMap.copyOf(builder.targets);
    this.byMetric = new SlaTarget[SlaMetric.values().length];
    targets.forEach((metric, target) -> byMetric[metric.ordinal()] = target);
  }

  /**
   * Returns a builder of a policy named {@code name}, with the defaults: the condition {@link
   * TicketCondition#always()} (every ticket) and no targets.
   *
   * @throws IllegalArgumentException unless {@code name} has 1 to 100 characters, no control
   *     characters and no white space at either end
   */
  public static Builder builder(String name) {
    return new Builder(Checks.name(name, "name"));
  }

  /** Returns a builder holding {@code policy}'s settings, to derive a variant. */
  public static Builder builder(SlaPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    Builder builder = new Builder(policy.name).when(policy.condition);
    policy.targets.values().forEach(builder::target);
    return builder;
  }

  /** Returns the policy's name, unique within an {@link SlaPolicySet}. */
  public String name() {
    return name;
  }

  /** Returns the condition that selects the tickets this policy applies to. */
  public TicketCondition condition() {
    return condition;
  }

  /** Returns the targets by metric, in metric order; immutable. */
  public Map<SlaMetric, SlaTarget> targets() {
    return targets;
  }

  /** Returns the target for {@code metric}, if the policy has one. */
  public Optional<SlaTarget> target(SlaMetric metric) {
    Objects.requireNonNull(metric, "metric");
    return Optional.ofNullable(byMetric[metric.ordinal()]);
  }

  /** Returns whether the ticket satisfies this policy's condition; see {@link TicketCondition}. */
  public boolean matches(TicketCreated created, TicketState state) {
    return condition.matches(created, state);
  }

  /** Returns the target for {@code metric} or null; for the engine's inner loop. */
  SlaTarget targetOrNull(SlaMetric metric) {
    return byMetric[metric.ordinal()];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SlaPolicy
        && name.equals(((SlaPolicy) other).name)
        && condition.equals(((SlaPolicy) other).condition)
        && targets.equals(((SlaPolicy) other).targets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, condition, targets);
  }

  /**
   * Returns the configuration, readably: {@code SlaPolicy[urgent when priorityIn[URGENT]:
   * FIRST_RESPONSE within PT1H on ..., ...]}.
   */
  @Override
  public String toString() {
    return "SlaPolicy["
        + name
        + " when "
        + condition
        + ": "
        + (targets.isEmpty()
            ? "no targets"
            : String.join("; ", targets.values().stream().map(Object::toString).toList()))
        + "]";
  }

  /**
   * Builds an {@link SlaPolicy}. Each setter checks its argument. Not thread-safe: a builder
   * belongs to one thread.
   */
  public static final class Builder {
    private final String name;
    private TicketCondition condition = TicketCondition.always();
    private final Map<SlaMetric, SlaTarget> targets = new EnumMap<>(SlaMetric.class);

    private Builder(String name) {
      this.name = name;
    }

    /** Sets the condition that selects the tickets the policy applies to. */
    public Builder when(TicketCondition condition) {
      this.condition = Objects.requireNonNull(condition, "condition");
      return this;
    }

    /** Sets the target for {@code target.metric()}, replacing any target for that metric. */
    public Builder target(SlaTarget target) {
      Objects.requireNonNull(target, "target");
      targets.put(target.metric(), target);
      return this;
    }

    /**
     * Sets a target for {@code metric} of {@code duration} on {@code calendar}, with the metric's
     * default pause statuses and no warnings; replaces any target for that metric.
     */
    public Builder target(SlaMetric metric, Duration duration, BusinessCalendar calendar) {
      return target(SlaTarget.of(metric, duration, calendar));
    }

    /** Removes the target for {@code metric}, if any (to derive a variant of a policy). */
    public Builder withoutTarget(SlaMetric metric) {
      Objects.requireNonNull(metric, "metric");
      targets.remove(metric);
      return this;
    }

    /** Returns the policy. */
    public SlaPolicy build() {
      return new SlaPolicy(this);
    }
  }
}
