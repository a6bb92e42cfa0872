package dev.rapport.sla;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.rapport.core.ticket.TicketCreated;
import dev.rapport.core.ticket.TicketState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The SLA policies of a service desk, in order: a ticket gets the first policy whose condition it
 * satisfies, and the choice is made again whenever the ticket's priority or tags change (see {@link
 * Reselection} for what a change of target does to a running measurement). A ticket no policy
 * matches has no SLA; a last policy with {@link TicketCondition#always()} catches every ticket.
 *
 * <pre>{@code
 * SlaPolicySet policies =
 *     SlaPolicySet.builder()
 *         .add(urgent)
 *         .add(standard)          // when always(): the catch-all
 *         .reselection(Reselection.FROM_CHANGE)
 *         .build();
 * }</pre>
 *
 * <p>{@link Builder#build()} rejects an empty set, two policies with one name, and a policy placed
 * after a catch-all ({@code always()}), which could never match. Defaults are documented on {@link
 * #builder()}.
 *
 * <p>Immutable and thread-safe; {@code equals} compares the policies in order and the reselection
 * mode.
 */
public final class SlaPolicySet {
  /** The reselection mode of a set that sets none. */
  public static final Reselection DEFAULT_RESELECTION = Reselection.FROM_CHANGE;

  private final ImmutableList<SlaPolicy> policies;
  private final ImmutableMap<String, SlaPolicy> byName;
  private final Reselection reselection;
  private final SlaPolicy[] array;

  private SlaPolicySet(List<SlaPolicy> policies, Reselection reselection) {
    this.policies = ImmutableList.copyOf(policies);
    Map<String, SlaPolicy> names = new LinkedHashMap<>();
    policies.forEach(policy -> names.put(policy.name(), policy));
    this.byName = ImmutableMap.copyOf(names);
    this.reselection = reselection;
    this.array = policies.toArray(new SlaPolicy[0]);
  }

  /**
   * Returns a builder of a policy set, with the default reselection mode {@link
   * #DEFAULT_RESELECTION} ({@link Reselection#FROM_CHANGE}).
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding {@code set}'s policies and mode, to derive a variant. */
  public static Builder builder(SlaPolicySet set) {
    Objects.requireNonNull(set, "set");
    Builder builder = new Builder().reselection(set.reselection);
    builder.policies.addAll(set.policies);
    return builder;
  }

  /** Returns the policies in order; immutable. */
  public List<SlaPolicy> policies() {
    return policies;
  }

  /** Returns the policy named {@code name}, if there is one. */
  public Optional<SlaPolicy> policy(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(byName.get(name));
  }

  /** Returns what a change of target does to a running measurement. */
  public Reselection reselection() {
    return reselection;
  }

  /** Returns the first policy whose condition the ticket satisfies, if any. */
  public Optional<SlaPolicy> select(TicketCreated created, TicketState state) {
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(state, "state");
    return Optional.ofNullable(selectOrNull(created, state));
  }

  /** Returns the first policy whose condition the ticket satisfies, or null. */
  SlaPolicy selectOrNull(TicketCreated created, TicketState state) {
    for (SlaPolicy policy : array) {
      if (policy.matches(created, state)) {
        return policy;
      }
    }
    return null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SlaPolicySet
        && policies.equals(((SlaPolicySet) other).policies)
        && reselection == ((SlaPolicySet) other).reselection;
  }

  @Override
  public int hashCode() {
    return Objects.hash(policies, reselection);
  }

  /** Returns the configuration, one policy per line, readably. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("SlaPolicySet[reselection=").append(reselection);
    for (SlaPolicy policy : policies) {
      out.append("\n  ").append(policy);
    }
    return out.append("]").toString();
  }

  /**
   * Builds an {@link SlaPolicySet}. {@link #add} checks names as it goes; {@link #build()} checks
   * the rules that span policies. Not thread-safe: a builder belongs to one thread.
   */
  public static final class Builder {
    private final List<SlaPolicy> policies = new ArrayList<>();
    private Reselection reselection = DEFAULT_RESELECTION;

    private Builder() {}

    /**
     * Adds {@code policy} after the ones added before it.
     *
     * @throws IllegalArgumentException if a policy with the same name was added
     */
    public Builder add(SlaPolicy policy) {
      Objects.requireNonNull(policy, "policy");
      for (SlaPolicy added : policies) {
        if (added.name().equals(policy.name())) {
          throw new IllegalArgumentException(
              "policy names must be unique, but \"" + policy.name() + "\" was added twice");
        }
      }
      policies.add(policy);
      return this;
    }

    /** Adds every one of {@code policies}, in order; see {@link #add(SlaPolicy)}. */
    public Builder addAll(List<SlaPolicy> policies) {
      Objects.requireNonNull(policies, "policies");
      policies.forEach(this::add);
      return this;
    }

    /** Sets what a change of target does to a running measurement. */
    public Builder reselection(Reselection reselection) {
      this.reselection = Objects.requireNonNull(reselection, "reselection");
      return this;
    }

    /**
     * Returns the policy set.
     *
     * @throws IllegalStateException if no policy was added, or a policy follows one whose condition
     *     is {@code always()} and so could never be selected
     */
    public SlaPolicySet build() {
      if (policies.isEmpty()) {
        throw new IllegalStateException("policies must not be empty, but was []");
      }
      for (int i = 0; i < policies.size() - 1; i++) {
        if (policies.get(i).condition() == TicketCondition.always()) {
          throw new IllegalStateException(
              "policy \""
                  + policies.get(i + 1).name()
                  + "\" must be reachable, but it follows the catch-all policy \""
                  + policies.get(i).name()
                  + "\", whose condition is always");
        }
      }
      return new SlaPolicySet(policies, reselection);
    }
  }
}
