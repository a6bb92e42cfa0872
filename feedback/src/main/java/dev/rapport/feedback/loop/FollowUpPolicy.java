package dev.rapport.feedback.loop;

import com.google.common.collect.ImmutableList;
import dev.rapport.core.time.BusinessCalendar;
import dev.rapport.feedback.NpsCategory;
import dev.rapport.feedback.SurveyKind;
import dev.rapport.feedback.SurveyResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Closed-loop follow-up of NPS answers: detractors get a task due within N business hours on a
 * {@link BusinessCalendar}, passives within M (at least N), promoters optionally (within at least
 * M). The engine is a pure function of the policy and the response: the same response always gives
 * the same task (same id, same due instant), so re-running after a crash or a policy change is
 * safe. Immutable and thread-safe.
 */
public final class FollowUpPolicy {
  /** The default deadline for detractors: 8 business hours (one business day on 9 to 5). */
  public static final Duration DEFAULT_DETRACTORS = Duration.ofHours(8);

  private final BusinessCalendar calendar;
  private final Map<NpsCategory, Duration> within;

  private FollowUpPolicy(Builder builder) {
    this.calendar = builder.calendar;
    this.within = new EnumMap<>(builder.within);
  }

  /**
   * Returns a builder on {@code calendar}: detractors within {@link #DEFAULT_DETRACTORS}, no
   * follow-up for passives or promoters until configured.
   */
  public static Builder builder(BusinessCalendar calendar) {
    return new Builder(Objects.requireNonNull(calendar, "calendar"));
  }

  /** Returns a builder that starts from {@code policy}'s settings. */
  public static Builder builder(FollowUpPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    Builder builder = new Builder(policy.calendar);
    builder.within.clear();
    builder.within.putAll(policy.within);
    return builder;
  }

  /** Returns the calendar deadlines are counted on. */
  public BusinessCalendar calendar() {
    return calendar;
  }

  /** Returns the business time within which {@code category} is followed up, if it is. */
  public Optional<Duration> within(NpsCategory category) {
    return Optional.ofNullable(within.get(Objects.requireNonNull(category, "category")));
  }

  /**
   * Returns the task {@code response} calls for, or empty if its category gets no follow-up or it
   * was not answered.
   *
   * @throws IllegalArgumentException if the response is not an NPS response
   */
  public Optional<FollowUpTask> taskFor(SurveyResponse response) {
    Objects.requireNonNull(response, "response");
    if (response.scale().kind() != SurveyKind.NPS) {
      throw new IllegalArgumentException(
          "response scale must be NPS 0-10, but was " + response.scale() + " for " + response.id());
    }
    Optional<NpsCategory> category = response.npsCategory();
    if (category.isEmpty() || !within.containsKey(category.get())) {
      return Optional.empty();
    }
    return Optional.of(
        new FollowUpTask(
            FollowUpTask.idOf(response.id()),
            response.id(),
            response.customer(),
            response.ticket(),
            response.agent(),
            response.agentsInvolved(),
            category.get(),
            response.value().getAsInt(),
            response.at(),
            calendar.plus(response.at(), within.get(category.get())),
            response.comment()));
  }

  /** Returns the tasks of {@code responses}, soonest due first (then by id). */
  public ImmutableList<FollowUpTask> tasksFor(Iterable<SurveyResponse> responses) {
    Objects.requireNonNull(responses, "responses");
    List<FollowUpTask> tasks = new ArrayList<>();
    for (SurveyResponse response : responses) {
      taskFor(response).ifPresent(tasks::add);
    }
    tasks.sort(Comparator.comparing(FollowUpTask::due).thenComparing(FollowUpTask::id));
    return ImmutableList.copyOf(tasks);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FollowUpPolicy
        && ((FollowUpPolicy) o).calendar.equals(calendar)
        && ((FollowUpPolicy) o).within.equals(within);
  }

  @Override
  public int hashCode() {
    return Objects.hash(calendar, within);
  }

  /** Returns the deadlines and the calendar, for logs. */
  @Override
  public String toString() {
    return "FollowUpPolicy[" + within + " business time on " + calendar + "]";
  }

  /**
   * Builds a {@link FollowUpPolicy}; each setter validates its argument, {@link #build()} checks
   * that deadlines do not shrink from detractors to passives to promoters. Not thread-safe.
   */
  public static final class Builder {
    private final BusinessCalendar calendar;
    private final Map<NpsCategory, Duration> within = new EnumMap<>(NpsCategory.class);

    private Builder(BusinessCalendar calendar) {
      this.calendar = calendar;
      within.put(NpsCategory.DETRACTOR, DEFAULT_DETRACTORS);
    }

    /** Sets the business time within which detractors are followed up (positive). */
    public Builder detractorsWithin(Duration businessTime) {
      within.put(NpsCategory.DETRACTOR, positive(businessTime, "detractorsWithin"));
      return this;
    }

    /** Follows up passives within this business time (positive, at least the detractors'). */
    public Builder passivesWithin(Duration businessTime) {
      within.put(NpsCategory.PASSIVE, positive(businessTime, "passivesWithin"));
      return this;
    }

    /** Follows up promoters within this business time (positive, at least the passives'). */
    public Builder promotersWithin(Duration businessTime) {
      within.put(NpsCategory.PROMOTER, positive(businessTime, "promotersWithin"));
      return this;
    }

    /** Stops following up passives. */
    public Builder noPassiveFollowUp() {
      within.remove(NpsCategory.PASSIVE);
      return this;
    }

    /** Stops following up promoters. */
    public Builder noPromoterFollowUp() {
      within.remove(NpsCategory.PROMOTER);
      return this;
    }

    /**
     * Returns the policy.
     *
     * @throws IllegalStateException if passives are due sooner than detractors, or promoters sooner
     *     than passives or detractors
     */
    public FollowUpPolicy build() {
      Duration previous = Duration.ZERO;
      for (NpsCategory category : NpsCategory.values()) {
        Duration d = within.get(category);
        if (d == null) {
          continue;
        }
        if (d.compareTo(previous) < 0) {
          throw new IllegalStateException(
              category.name().toLowerCase(java.util.Locale.ROOT)
                  + "s within must be at least "
                  + previous
                  + " (the deadline of a less satisfied group), but was "
                  + d);
        }
        previous = d;
      }
      return new FollowUpPolicy(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, but was " + d);
      }
      return d;
    }
  }
}
