package dev.rapport.sla.escalation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.rapport.core.TicketStatus;
import dev.rapport.core.time.BusinessCalendar;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A named escalation chain: ordered levels that fire one after the other, each when its trigger
 * holds, repeated as configured, stopped by the ticket's events, and begun again on a new cycle.
 *
 * <pre>{@code
 * EscalationPolicy firstResponse =
 *     EscalationPolicy.builder("first-response")
 *         .calendar(officeHours)
 *         .level(EscalationLevel.builder(EscalationTrigger.slaShareConsumed(FIRST_RESPONSE, 0.75))
 *             .notifying(NotifyTarget.assignee(), NotifyTarget.team(support))
 *             .build())
 *         .level(EscalationLevel.builder(EscalationTrigger.slaBreached(FIRST_RESPONSE))
 *             .notifying(NotifyTarget.managerOfAssigneeTeam())
 *             .actions(EscalationAction.raisePriority(Priority.HIGH))
 *             .build())
 *         .repeat(Repeat.of(3, Duration.ofHours(1)).startingAt(2))
 *         .stopOn(StopCondition.ACKNOWLEDGED, StopCondition.PUBLIC_REPLY, StopCondition.SOLVED)
 *         .build();
 * }</pre>
 *
 * <h2>How the chain runs</h2>
 *
 * <ul>
 *   <li><b>Cycles.</b> The first cycle begins when the ticket is created; each event that the
 *       policy {@linkplain Builder#restartOn restarts on} begins the next, which ends the one before
 *       it. Each cycle runs the chain from level 1.
 *   <li><b>Steps.</b> Within a cycle the chain is a sequence of steps: levels 1 to n (the first
 *       pass, repetition 0), then, if the policy repeats, levels {@code fromLevel} to n again for
 *       each repetition. A step is due at the first instant, at or after the step before it, at
 *       which its level's trigger holds; the first step of the cycle counts from the cycle's start,
 *       the first step of a repetition from the repetition's start ({@link Repeat#delay()} after
 *       the last step of the pass before). A level's window and condition then fire or skip it (see
 *       {@link EscalationLevel}).
 *   <li><b>Stops.</b> No step falls at or after a {@linkplain StopCondition stop} of the cycle or
 *       the start of the next cycle. A closed ticket stops every chain.
 *   <li><b>Clocks.</b> Delays are measured on the level's {@link DelayClock}: business time on this
 *       policy's calendar, or wall-clock time. Windows are read in the calendar's zone.
 * </ul>
 *
 * <p>{@link Builder#build()} rejects a policy without levels, a repetition from a level it does not
 * have, and a level that waits for a {@code SOLVED} ticket when solving stops the chain. Defaults
 * are documented on {@link #builder(String)}.
 *
 * <p>Immutable and thread-safe; {@code equals} compares every setting.
 */
public final class EscalationPolicy {
  /** The calendar of a policy that names none: open all the time (24/7), in UTC. */
  public static final BusinessCalendar DEFAULT_CALENDAR = BusinessCalendar.always(ZoneOffset.UTC);

  /** The stop conditions of a policy that sets none: all of them. */
  public static final Set<StopCondition> DEFAULT_STOP_CONDITIONS =
      Sets.immutableEnumSet(EnumSet.allOf(StopCondition.class));

  /** The most levels a policy may have. */
  public static final int MAX_LEVELS = 100;

  private final String name;
  private final BusinessCalendar calendar;
  private final ImmutableList<EscalationLevel> levels;
  private final Optional<Repeat> repeat;
  private final ImmutableSet<StopCondition> stopConditions;
  private final ImmutableSet<Restart> restartOn;
  // Each level's window as a calendar in this policy's zone, null where it has none.
  private final BusinessCalendar[] windows;

  private EscalationPolicy(Builder builder) {
    this.name = builder.name;
    this.calendar = builder.calendar;
    this.levels = ImmutableList.copyOf(builder.levels);
    this.repeat = Optional.ofNullable(builder.repeat);
    this.stopConditions = Sets.immutableEnumSet(builder.stopConditions);
    this.restartOn = Sets.immutableEnumSet(builder.restartOn);
    this.windows = new BusinessCalendar[levels.size()];
    for (int i = 0; i < windows.length; i++) {
      windows[i] = levels.get(i).window().map(w -> w.in(calendar.zone())).orElse(null);
    }
  }

  /**
   * Returns a builder of a policy named {@code name}, with the defaults:
   *
   * <ul>
   *   <li>calendar: {@link #DEFAULT_CALENDAR}, open all the time;
   *   <li>stop conditions: {@link #DEFAULT_STOP_CONDITIONS}, all of them;
   *   <li>restart: none (one cycle, from the ticket's creation);
   *   <li>repeat: none;
   *   <li>no levels, of which {@link Builder#build()} requires at least one.
   * </ul>
   *
   * @throws IllegalArgumentException unless {@code name} has 1 to 100 characters, no control
   *     characters and no white space at either end
   */
  public static Builder builder(String name) {
    return new Builder(Checks.name(name, "name"));
  }

  /** Returns a builder holding {@code policy}'s settings, to derive a variant. */
  public static Builder builder(EscalationPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    Builder builder = new Builder(policy.name).calendar(policy.calendar);
    builder.levels.addAll(policy.levels);
    builder.repeat = policy.repeat.orElse(null);
    builder.stopConditions = EnumSet.noneOf(StopCondition.class);
    builder.stopConditions.addAll(policy.stopConditions);
    builder.restartOn.addAll(policy.restartOn);
    return builder;
  }

  /** Returns the policy's name, unique among the policies of an {@link EscalationEngine}. */
  public String name() {
    return name;
  }

  /** Returns the calendar of business-time delays, whose zone the windows are read in. */
  public BusinessCalendar calendar() {
    return calendar;
  }

  /** Returns the levels in chain order (level 1 first); immutable. */
  public List<EscalationLevel> levels() {
    return levels;
  }

  /** Returns how the chain repeats after its last level, if it does. */
  public Optional<Repeat> repeat() {
    return repeat;
  }

  /** Returns what stops the chain for the rest of a cycle; immutable. */
  public Set<StopCondition> stopConditions() {
    return stopConditions;
  }

  /** Returns the events that begin a new cycle; immutable, empty for a single cycle. */
  public Set<Restart> restartOn() {
    return restartOn;
  }

  /** Returns level {@code index}'s window (0-based) in this policy's zone, or null. */
  BusinessCalendar windowOrNull(int index) {
    return windows[index];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EscalationPolicy
        && name.equals(((EscalationPolicy) other).name)
        && calendar.equals(((EscalationPolicy) other).calendar)
        && levels.equals(((EscalationPolicy) other).levels)
        && repeat.equals(((EscalationPolicy) other).repeat)
        && stopConditions.equals(((EscalationPolicy) other).stopConditions)
        && restartOn.equals(((EscalationPolicy) other).restartOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, calendar, levels, repeat, stopConditions, restartOn);
  }

  /**
   * Returns the configuration, readably: {@code EscalationPolicy[first-response on 24/7: 1.
   * slaShareConsumed(FIRST_RESPONSE, 0.75) ...; 2. ...; repeat 3 times from level 2, PT1H
   * (BUSINESS) apart; stop on [ACKNOWLEDGED, PUBLIC_REPLY, SOLVED]; restart on []]}.
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("EscalationPolicy[").append(name).append(" on ");
    out.append(calendar.equals(DEFAULT_CALENDAR) ? "24/7" : calendar.toString()).append(": ");
    for (int i = 0; i < levels.size(); i++) {
      out.append(i + 1).append(". ").append(levels.get(i)).append("; ");
    }
    return out.append("repeat ")
        .append(repeat.map(Repeat::toString).orElse("never"))
        .append("; stop on ")
        .append(stopConditions)
        .append("; restart on ")
        .append(restartOn)
        .append("]")
        .toString();
  }

  /**
   * Builds an {@link EscalationPolicy}. Each setter checks its argument; {@link #build()} checks
   * the rules that span them. Not thread-safe: a builder belongs to one thread.
   */
  public static final class Builder {
    private final String name;
    private BusinessCalendar calendar = DEFAULT_CALENDAR;
    private final List<EscalationLevel> levels = new ArrayList<>();
    private Repeat repeat;
    private EnumSet<StopCondition> stopConditions = EnumSet.allOf(StopCondition.class);
    private final EnumSet<Restart> restartOn = EnumSet.noneOf(Restart.class);

    private Builder(String name) {
      this.name = name;
    }

    /** Sets the calendar of business-time delays and the zone of windows. */
    public Builder calendar(BusinessCalendar calendar) {
      this.calendar = Objects.requireNonNull(calendar, "calendar");
      return this;
    }

    /** Adds a level after those added before. */
    public Builder level(EscalationLevel level) {
      levels.add(Objects.requireNonNull(level, "level"));
      return this;
    }

    /** Replaces the levels with {@code newLevels}, in order. */
    public Builder levels(List<EscalationLevel> newLevels) {
      Checks.noNulls(newLevels, "levels");
      levels.clear();
      levels.addAll(newLevels);
      return this;
    }

    /** Sets how the chain repeats after its last level. */
    public Builder repeat(Repeat repeat) {
      this.repeat = Objects.requireNonNull(repeat, "repeat");
      return this;
    }

    /** Removes the repetition (to derive a variant of a policy). */
    public Builder noRepeat() {
      this.repeat = null;
      return this;
    }

    /** Sets what stops the chain for the rest of a cycle, replacing the default; none is allowed. */
    public Builder stopOn(StopCondition... conditions) {
      Checks.noNulls(Arrays.asList(Objects.requireNonNull(conditions, "conditions")), "conditions");
      stopConditions = EnumSet.noneOf(StopCondition.class);
      stopConditions.addAll(Arrays.asList(conditions));
      return this;
    }

    /** Sets the events that begin a new cycle, replacing earlier ones; none is allowed. */
    public Builder restartOn(Restart... restarts) {
      Checks.noNulls(Arrays.asList(Objects.requireNonNull(restarts, "restarts")), "restarts");
      restartOn.clear();
      restartOn.addAll(Arrays.asList(restarts));
      return this;
    }

    /**
     * Returns the policy.
     *
     * @throws IllegalStateException if there is no level or more than {@value #MAX_LEVELS}, the
     *     repeat starts from a level the policy does not have, or a level waits for a {@code
     *     SOLVED} ticket while {@link StopCondition#SOLVED} stops the chain
     */
    public EscalationPolicy build() {
      if (levels.isEmpty() || levels.size() > MAX_LEVELS) {
        throw new IllegalStateException(
            "levels must hold 1 to " + MAX_LEVELS + " levels, but held " + levels.size());
      }
      if (repeat != null && repeat.fromLevel() > levels.size()) {
        throw new IllegalStateException(
            "repeat.fromLevel must be a level of the policy, 1 to "
                + levels.size()
                + ", but was "
                + repeat.fromLevel());
      }
      if (stopConditions.contains(StopCondition.SOLVED)) {
        for (int i = 0; i < levels.size(); i++) {
          if (levels.get(i).trigger() instanceof EscalationTrigger.SinceStatus since
              && since.status() == TicketStatus.SOLVED) {
            throw new IllegalStateException(
                "level "
                    + (i + 1)
                    + " must not wait for a SOLVED ticket when SOLVED stops the chain, but was "
                    + since);
          }
        }
      }
      return new EscalationPolicy(this);
    }
  }
}
