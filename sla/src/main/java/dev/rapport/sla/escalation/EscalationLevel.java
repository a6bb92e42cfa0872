package dev.rapport.sla.escalation;

import com.google.common.collect.ImmutableList;
import dev.rapport.sla.TicketCondition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One level of an {@link EscalationPolicy}: when it fires (its {@link EscalationTrigger}, with
 * delays on a {@link DelayClock}), whom it notifies, what it does to the ticket, and the conditions
 * under which it applies.
 *
 * <pre>{@code
 * EscalationLevel page =
 *     EscalationLevel.builder(EscalationTrigger.slaBreached(SlaMetric.FIRST_RESPONSE))
 *         .notifying(NotifyTarget.managerOfAssigneeTeam(), NotifyTarget.onCall("support-duty"))
 *         .actions(EscalationAction.raisePriority(Priority.HIGH), EscalationAction.addTag("escalated"))
 *         .when(TicketCondition.priorityIn(Priority.HIGH, Priority.URGENT))
 *         .window(nights, OutsideWindow.SKIP)
 *         .build();
 * }</pre>
 *
 * <p>When the chain reaches the level and its trigger holds, the level is due. If it has a window
 * and is due outside it, it is skipped, or waits until its trigger holds inside the window (see
 * {@link OutsideWindow}). Then its condition is checked on the ticket as it is at that instant: if
 * it does not hold, the level is skipped for this pass (it is not tried again later in the pass).
 * A skipped level is a step too (reported once, with its {@link SkipReason}); the chain goes on
 * from it.
 *
 * <p>Defaults, documented on {@link #builder(EscalationTrigger)}: the business clock, the condition
 * {@link TicketCondition#always()}, no window. A level must notify someone or do something.
 *
 * <p>Immutable and thread-safe; {@code equals} compares every setting.
 */
public final class EscalationLevel {
  private final EscalationTrigger trigger;
  private final DelayClock clock;
  private final ImmutableList<NotifyTarget> targets;
  private final ImmutableList<EscalationAction> actions;
  private final TicketCondition condition;
  private final Optional<TimeWindow> window;
  private final OutsideWindow outsideWindow;

  private EscalationLevel(Builder builder) {
    this.trigger = builder.trigger;
    this.clock = builder.clock;
    this.targets = ImmutableList.copyOf(builder.targets);
    this.actions = ImmutableList.copyOf(builder.actions);
    this.condition = builder.condition;
    this.window = Optional.ofNullable(builder.window);
    this.outsideWindow = builder.outsideWindow;
  }

  /**
   * Returns a builder of a level that fires on {@code trigger}, with the defaults:
   *
   * <ul>
   *   <li>clock: {@link DelayClock#BUSINESS} (the policy's calendar, 24/7 unless set);
   *   <li>condition: {@link TicketCondition#always()};
   *   <li>window: none (the level may fire at any hour);
   *   <li>no targets and no actions, of which {@link Builder#build()} requires at least one.
   * </ul>
   */
  public static Builder builder(EscalationTrigger trigger) {
    return new Builder(trigger);
  }

  /** Returns a builder holding {@code level}'s settings, to derive a variant. */
  public static Builder builder(EscalationLevel level) {
    Objects.requireNonNull(level, "level");
    Builder builder = new Builder(level.trigger).clock(level.clock).when(level.condition);
    builder.targets.addAll(level.targets);
    builder.actions.addAll(level.actions);
    level.window.ifPresent(w -> builder.window(w, level.outsideWindow));
    return builder;
  }

  /** Returns when the level fires. */
  public EscalationTrigger trigger() {
    return trigger;
  }

  /** Returns the clock the trigger's delay is measured on (SLA triggers use the SLA's own). */
  public DelayClock clock() {
    return clock;
  }

  /** Returns whom the level notifies, in the order given; immutable. */
  public List<NotifyTarget> targets() {
    return targets;
  }

  /** Returns what the level does to the ticket, in the order given; immutable. */
  public List<EscalationAction> actions() {
    return actions;
  }

  /** Returns the condition the ticket must satisfy when the level fires. */
  public TicketCondition condition() {
    return condition;
  }

  /** Returns the time-of-week window the level fires in, if it has one. */
  public Optional<TimeWindow> window() {
    return window;
  }

  /** Returns what the level does when due outside its window; {@code SKIP} if it has none. */
  public OutsideWindow outsideWindow() {
    return outsideWindow;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EscalationLevel
        && trigger.equals(((EscalationLevel) other).trigger)
        && clock == ((EscalationLevel) other).clock
        && targets.equals(((EscalationLevel) other).targets)
        && actions.equals(((EscalationLevel) other).actions)
        && condition.equals(((EscalationLevel) other).condition)
        && window.equals(((EscalationLevel) other).window)
        && outsideWindow == ((EscalationLevel) other).outsideWindow;
  }

  @Override
  public int hashCode() {
    return Objects.hash(trigger, clock, targets, actions, condition, window, outsideWindow);
  }

  /**
   * Returns the settings, readably: {@code afterPrevious(PT10M) on BUSINESS time: notify [team
   * support], do [raise priority to at least HIGH], when always, any time}.
   */
  @Override
  public String toString() {
    return trigger
        + " on "
        + clock
        + " time: notify "
        + targets
        + ", do "
        + actions
        + ", when "
        + condition
        + ", "
        + window.map(w -> "in " + w + " (" + outsideWindow + " outside)").orElse("any time");
  }

  /**
   * Builds an {@link EscalationLevel}. Each setter checks its argument; {@link #build()} checks
   * the rules that span them. Not thread-safe: a builder belongs to one thread.
   */
  public static final class Builder {
    private final EscalationTrigger trigger;
    private DelayClock clock = DelayClock.BUSINESS;
    private final List<NotifyTarget> targets = new ArrayList<>();
    private final List<EscalationAction> actions = new ArrayList<>();
    private TicketCondition condition = TicketCondition.always();
    private TimeWindow window;
    private OutsideWindow outsideWindow = OutsideWindow.SKIP;

    private Builder(EscalationTrigger trigger) {
      this.trigger = Objects.requireNonNull(trigger, "trigger");
    }

    /** Sets the clock the trigger's delay is measured on. */
    public Builder clock(DelayClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Adds targets to notify, after those added before. */
    public Builder notifying(NotifyTarget... targets) {
      this.targets.addAll(Checks.noNulls(Arrays.asList(targets), "targets"));
      return this;
    }

    /** Adds actions, after those added before. */
    public Builder actions(EscalationAction... actions) {
      this.actions.addAll(Checks.noNulls(Arrays.asList(actions), "actions"));
      return this;
    }

    /** Sets the condition the ticket must satisfy when the level fires. */
    public Builder when(TicketCondition condition) {
      this.condition = Objects.requireNonNull(condition, "condition");
      return this;
    }

    /** Sets the window the level fires in, and what it does when due outside it. */
    public Builder window(TimeWindow window, OutsideWindow outside) {
      this.window = Objects.requireNonNull(window, "window");
      this.outsideWindow = Objects.requireNonNull(outside, "outside");
      return this;
    }

    /**
     * Returns the level.
     *
     * @throws IllegalStateException if the level has no target and no action, repeats a target or
     *     an action, or has two actions of a kind that cannot both apply (two priorities, two
     *     teams)
     */
    public EscalationLevel build() {
      if (targets.isEmpty() && actions.isEmpty()) {
        throw new IllegalStateException(
            "a level must notify a target or take an action, but has neither: " + trigger);
      }
      unique(targets, "targets");
      unique(actions, "actions");
      atMostOne(EscalationAction.RaisePriority.class);
      atMostOne(EscalationAction.ReassignTo.class);
      return new EscalationLevel(this);
    }

    private static void unique(List<?> values, String what) {
      if (values.stream().distinct().count() != values.size()) {
        throw new IllegalStateException(what + " must not repeat a value, but was " + values);
      }
    }

    private void atMostOne(Class<? extends EscalationAction> kind) {
      if (actions.stream().filter(kind::isInstance).count() > 1) {
        throw new IllegalStateException(
            "actions must hold at most one "
                + kind.getSimpleName()
                + " (they cannot both apply), but was "
                + actions);
      }
    }
  }
}
