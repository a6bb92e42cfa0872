package dev.rapport.loyalty;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Fixed points for a member event of one kind, with optional caps on how many such events earn per
 * local calendar day, ISO week (Monday to Sunday) and month in the program's zone. Caps count the
 * earn entries in the member's ledger whose explanation has a line of this rule with points.
 * Immutable and thread-safe.
 *
 * @param name the rule's name
 * @param priority higher rules are evaluated first
 * @param stop whether lower rules are skipped once this one applies
 * @param kind the kind of event
 * @param points the points per event, greater than zero
 * @param capPerDay the most events rewarded per local day, if capped
 * @param capPerWeek the most per ISO week, if capped
 * @param capPerMonth the most per month, if capped
 */
public record EventRule(
    String name,
    int priority,
    boolean stop,
    EventKind kind,
    long points,
    OptionalInt capPerDay,
    OptionalInt capPerWeek,
    OptionalInt capPerMonth)
    implements EarningRule {
  /** Validates the parts; caps must be positive. */
  public EventRule {
    EarningRule.checkName(name);
    Objects.requireNonNull(kind, "kind");
    Checks.positive(points, "points");
    checkCap(capPerDay, "capPerDay");
    checkCap(capPerWeek, "capPerWeek");
    checkCap(capPerMonth, "capPerMonth");
  }

  private static void checkCap(OptionalInt cap, String name) {
    Objects.requireNonNull(cap, name);
    if (cap.isPresent()) {
      Checks.positive(cap.getAsInt(), name);
    }
  }

  /** Returns a rule at priority 0, without stop or caps, giving {@code points} per event. */
  public static EventRule of(String name, EventKind kind, long points) {
    return new EventRule(
        name,
        0,
        false,
        kind,
        points,
        OptionalInt.empty(),
        OptionalInt.empty(),
        OptionalInt.empty());
  }

  /** Returns this rule rewarding at most {@code cap} events per local day. */
  public EventRule withCapPerDay(int cap) {
    return new EventRule(
        name, priority, stop, kind, points, OptionalInt.of(cap), capPerWeek, capPerMonth);
  }

  /** Returns this rule rewarding at most {@code cap} events per ISO week. */
  public EventRule withCapPerWeek(int cap) {
    return new EventRule(
        name, priority, stop, kind, points, capPerDay, OptionalInt.of(cap), capPerMonth);
  }

  /** Returns this rule rewarding at most {@code cap} events per month. */
  public EventRule withCapPerMonth(int cap) {
    return new EventRule(
        name, priority, stop, kind, points, capPerDay, capPerWeek, OptionalInt.of(cap));
  }

  /** Returns this rule at {@code newPriority}. */
  public EventRule withPriority(int newPriority) {
    return new EventRule(name, newPriority, stop, kind, points, capPerDay, capPerWeek, capPerMonth);
  }

  /** Returns this rule with the stop flag set to {@code newStop}. */
  public EventRule withStop(boolean newStop) {
    return new EventRule(name, priority, newStop, kind, points, capPerDay, capPerWeek, capPerMonth);
  }
}
