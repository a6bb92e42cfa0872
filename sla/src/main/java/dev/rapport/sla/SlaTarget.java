package dev.rapport.sla;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.rapport.core.TicketStatus;
import dev.rapport.core.time.BusinessCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One promise of an {@link SlaPolicy}: a {@link SlaMetric} must complete within a duration of
 * business time on a calendar, with the clock paused in some statuses, and warnings when shares of
 * the duration are used up.
 *
 * <pre>{@code
 * SlaTarget firstAnswer =
 *     SlaTarget.builder(SlaMetric.FIRST_RESPONSE, Duration.ofHours(1))
 *         .calendar(officeHours)
 *         .warnings(0.5, 0.75, 0.9)
 *         .build();
 * }</pre>
 *
 * <p>Defaults, documented on {@link #builder(SlaMetric, Duration)}: the calendar {@link
 * #DEFAULT_CALENDAR} (24/7), the metric's {@linkplain SlaMetric#defaultPauseStatuses() default
 * pause statuses}, no warnings.
 *
 * <p>A warning at share {@code s} falls when the elapsed business time reaches {@code s x
 * duration}, rounded up to the next nanosecond; the share is read in its shortest decimal form (as
 * {@link Double#toString(double)} prints it), so {@code 0.9} means exactly nine tenths.
 *
 * <p>Immutable and thread-safe; {@code equals} compares every setting.
 */
public final class SlaTarget {
  /** The calendar of a target that names none: open all the time (24/7), in UTC. */
  public static final BusinessCalendar DEFAULT_CALENDAR = BusinessCalendar.always(ZoneOffset.UTC);

  /** The longest target duration accepted: 3,650 days. */
  public static final Duration MAX_DURATION = Duration.ofDays(3650);

  private final SlaMetric metric;
  private final Duration duration;
  private final BusinessCalendar calendar;
  private final ImmutableSet<TicketStatus> pauseStatuses;
  private final ImmutableList<Double> warnings;
  // Precomputed for the engine: the duration and each warning's offset, in nanoseconds.
  private final long durationNanos;
  private final long[] warningNanos;
  private final double[] warningShares;
  // The pause statuses as bits 1 << ordinal.
  private final int pauseMask;

  private SlaTarget(Builder builder) {
    this.metric = builder.metric;
    this.duration = builder.duration;
    this.calendar = builder.calendar;
    this.pauseStatuses = Sets.immutableEnumSet(builder.pauseStatuses);
    this.warnings = ImmutableList.copyOf(Arrays.stream(builder.warnings).boxed().iterator());
    this.durationNanos = duration.toNanos();
    this.warningShares = builder.warnings.clone();
    this.warningNanos = new long[builder.warnings.length];
    for (int i = 0; i < warningNanos.length; i++) {
      warningNanos[i] = offsetNanos(builder.warnings[i], durationNanos);
    }
    int mask = 0;
    for (TicketStatus status : pauseStatuses) {
      mask |= 1 << status.ordinal();
    }
    this.pauseMask = mask;
  }

  /**
   * Returns a builder of a target for {@code metric} with {@code duration}, and the defaults:
   *
   * <ul>
   *   <li>calendar: {@link #DEFAULT_CALENDAR}, open all the time;
   *   <li>pause statuses: {@link SlaMetric#defaultPauseStatuses()};
   *   <li>warnings: none.
   * </ul>
   *
   * @throws IllegalArgumentException if {@code duration} is not positive or longer than {@link
   *     #MAX_DURATION}
   */
  public static Builder builder(SlaMetric metric, Duration duration) {
    return new Builder(metric, duration);
  }

  /** Returns a builder holding {@code target}'s settings, to derive a variant. */
  public static Builder builder(SlaTarget target) {
    Objects.requireNonNull(target, "target");
    return new Builder(target.metric, target.duration)
        .calendar(target.calendar)
        .pauseStatuses(target.pauseStatuses)
        .warnings(target.warnings);
  }

  /** Returns a target for {@code metric} of {@code duration} on {@code calendar}, else defaults. */
  public static SlaTarget of(SlaMetric metric, Duration duration, BusinessCalendar calendar) {
    return builder(metric, duration).calendar(calendar).build();
  }

  /** Returns what the target measures. */
  public SlaMetric metric() {
    return metric;
  }

  /** Returns the business time within which the metric must complete; positive. */
  public Duration duration() {
    return duration;
  }

  /** Returns the calendar whose open hours count towards the duration. */
  public BusinessCalendar calendar() {
    return calendar;
  }

  /** Returns the statuses in which the clock is paused, an immutable set. */
  public Set<TicketStatus> pauseStatuses() {
    return pauseStatuses;
  }

  /** Returns the warning shares of the duration, increasing, each in (0, 1); immutable. */
  public List<Double> warnings() {
    return warnings;
  }

  /**
   * Returns the business time after which the warning at {@code index} in {@link #warnings()}
   * falls: the share times the duration, rounded up to the next nanosecond.
   *
   * @throws IndexOutOfBoundsException if there is no warning at {@code index}
   */
  public Duration warningOffset(int index) {
    Objects.checkIndex(index, warningNanos.length);
    return Duration.ofNanos(warningNanos[index]);
  }

  long durationNanos() {
    return durationNanos;
  }

  int warningCount() {
    return warningNanos.length;
  }

  long warningNanos(int index) {
    return warningNanos[index];
  }

  double warningShare(int index) {
    return warningShares[index];
  }

  boolean pauses(TicketStatus status) {
    return (pauseMask & (1 << status.ordinal())) != 0;
  }

  /** Returns the pause statuses as bits {@code 1 << ordinal}. */
  int pauseMask() {
    return pauseMask;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SlaTarget
        && metric == ((SlaTarget) other).metric
        && duration.equals(((SlaTarget) other).duration)
        && calendar.equals(((SlaTarget) other).calendar)
        && pauseStatuses.equals(((SlaTarget) other).pauseStatuses)
        && warnings.equals(((SlaTarget) other).warnings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(metric, duration, calendar, pauseStatuses, warnings);
  }

  /**
   * Returns the settings, readably: {@code FIRST_RESPONSE within PT1H on BusinessCalendar{...},
   * paused in [], warnings at [0.5, 0.75, 0.9]}. A 24/7 UTC calendar prints as {@code 24/7}.
   */
  @Override
  public String toString() {
    return metric
        + " within "
        + duration
        + " on "
        + (calendar.equals(DEFAULT_CALENDAR) ? "24/7" : calendar)
        + ", paused in "
        + pauseStatuses
        + ", warnings at "
        + warnings;
  }

  private static long offsetNanos(double share, long durationNanos) {
    return BigDecimal.valueOf(share)
        .multiply(BigDecimal.valueOf(durationNanos))
        .setScale(0, RoundingMode.CEILING)
        .longValueExact();
  }

  /**
   * Builds an {@link SlaTarget}. Each setter checks its argument. Not thread-safe: a builder
   * belongs to one thread.
   */
  public static final class Builder {
    private final SlaMetric metric;
    private final Duration duration;
    private BusinessCalendar calendar = DEFAULT_CALENDAR;
    private Set<TicketStatus> pauseStatuses;
    private double[] warnings = new double[0];

    private Builder(SlaMetric metric, Duration duration) {
      this.metric = Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(duration, "duration");
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("duration must be positive, but was " + duration);
      }
      if (duration.compareTo(MAX_DURATION) > 0) {
        throw new IllegalArgumentException(
            "duration must be at most " + MAX_DURATION + ", but was " + duration);
      }
      this.duration = duration;
      this.pauseStatuses = EnumSet.noneOf(TicketStatus.class);
      this.pauseStatuses.addAll(metric.defaultPauseStatuses());
    }

    /** Sets the calendar whose open hours count towards the duration. */
    public Builder calendar(BusinessCalendar calendar) {
      this.calendar = Objects.requireNonNull(calendar, "calendar");
      return this;
    }

    /**
     * Sets the statuses in which the clock is paused, replacing the metric's defaults; none is
     * allowed.
     *
     * @throws IllegalArgumentException if a status is {@code SOLVED} or {@code CLOSED}: those end
     *     or pause every clock already (see {@link SlaMetric})
     */
    public Builder pauseStatuses(Set<TicketStatus> statuses) {
      Objects.requireNonNull(statuses, "statuses");
      EnumSet<TicketStatus> copy = EnumSet.noneOf(TicketStatus.class);
      for (TicketStatus status : statuses) {
        if (status == null) {
          throw new NullPointerException("statuses must not contain null, but was " + statuses);
        }
        if (!status.isActive()) {
          throw new IllegalArgumentException(
              "pauseStatuses must contain only NEW, OPEN, PENDING_CUSTOMER or ON_HOLD, but was "
                  + statuses);
        }
        copy.add(status);
      }
      this.pauseStatuses = copy;
      return this;
    }

    /** Sets the statuses in which the clock is paused; see {@link #pauseStatuses(Set)}. */
    public Builder pauseStatuses(TicketStatus... statuses) {
      Objects.requireNonNull(statuses, "statuses");
      return pauseStatuses(new HashSet<>(Arrays.asList(statuses)));
    }

    /**
     * Sets the warning thresholds as shares of the duration, such as {@code 0.5, 0.75, 0.9};
     * replaces earlier ones, none is allowed.
     *
     * @throws IllegalArgumentException unless every share is in (0, 1) and each is greater than the
     *     one before it
     */
    public Builder warnings(double... shares) {
      Objects.requireNonNull(shares, "shares");
      for (int i = 0; i < shares.length; i++) {
        if (!(shares[i] > 0 && shares[i] < 1)) {
          throw new IllegalArgumentException(
              "warnings must be shares in (0, 1), but was " + Arrays.toString(shares));
        }
        if (i > 0 && shares[i] <= shares[i - 1]) {
          throw new IllegalArgumentException(
              "warnings must be strictly increasing, but was " + Arrays.toString(shares));
        }
      }
      this.warnings = shares.clone();
      return this;
    }

    /** Sets the warning thresholds; see {@link #warnings(double...)}. */
    public Builder warnings(List<Double> shares) {
      Objects.requireNonNull(shares, "shares");
      double[] array = new double[shares.size()];
      for (int i = 0; i < array.length; i++) {
        Double share = shares.get(i);
        if (share == null) {
          throw new NullPointerException("shares must not contain null, but was " + shares);
        }
        array[i] = share;
      }
      return warnings(array);
    }

    /** Returns the target. */
    public SlaTarget build() {
      return new SlaTarget(this);
    }
  }
}
