package dev.rapport.testkit;

import dev.rapport.core.ticket.TicketTimeline;
import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories adapters: {@link TimelineGenerators}' timelines as {@link Gen}s, and {@link
 * #from(Function)} to adapt any {@code Function<RandomGenerator, T>} generator.
 *
 * <p>The adapted generator draws every random number from QuickTheories, so QuickTheories can
 * shrink a failing example: each draw shrinks towards zero, which the timeline generators read as
 * "fewer events, earlier choices". Failing timelines are shown as their event lists.
 *
 * <p>Needs QuickTheories on the class path (an optional dependency of the testkit). Thread-safe
 * (stateless).
 */
// QuickTheories is optional ("requires static"): a caller of this class has it and reads it itself.
@SuppressWarnings("exports")
public final class QtTimelineGens {
  private QtTimelineGens() {}

  /** Returns {@link TimelineGenerators#timelines()} as a QuickTheories generator. */
  public static Gen<TicketTimeline> timelines() {
    return describe(from(TimelineGenerators.timelines()));
  }

  /** Returns {@link TimelineGenerators#timelines(int)} as a QuickTheories generator. */
  public static Gen<TicketTimeline> timelines(int maxEvents) {
    return describe(from(TimelineGenerators.timelines(maxEvents)));
  }

  /**
   * Returns {@code generator} as a QuickTheories generator whose random numbers come from, and
   * shrink with, QuickTheories.
   */
  public static <T> Gen<T> from(Function<RandomGenerator, T> generator) {
    Objects.requireNonNull(generator, "generator");
    return source -> generator.apply(new SourceRandom(source));
  }

  private static Gen<TicketTimeline> describe(Gen<TicketTimeline> gen) {
    return gen.describedAs(timeline -> timeline.events().toString());
  }

  /**
   * A {@link RandomGenerator} whose every number is one QuickTheories draw. Bounded draws are
   * constrained draws, so that a value shrinks towards the low end of its range (a smaller index, a
   * shorter timeline) rather than jumping around as a remainder would.
   */
  private static final class SourceRandom implements RandomGenerator {
    private static final Constraint ANY_LONG = Constraint.between(Long.MIN_VALUE, Long.MAX_VALUE);
    private static final Constraint UNIT_53 = Constraint.between(0, (1L << 53) - 1);
    private static final double ULP_53 = 0x1.0p-53;

    private final RandomnessSource source;

    SourceRandom(RandomnessSource source) {
      this.source = source;
    }

    @Override
    public long nextLong() {
      return source.next(ANY_LONG);
    }

    @Override
    public long nextLong(long bound) {
      return nextLong(0, bound);
    }

    @Override
    public long nextLong(long origin, long bound) {
      if (origin >= bound) {
        throw new IllegalArgumentException(
            "bound must be greater than origin " + origin + ", but was " + bound);
      }
      return source.next(Constraint.between(origin, bound - 1));
    }

    @Override
    public int nextInt(int bound) {
      return (int) nextLong(0, bound);
    }

    @Override
    public int nextInt(int origin, int bound) {
      return (int) nextLong(origin, bound);
    }

    @Override
    public boolean nextBoolean() {
      return nextLong(0, 2) == 1;
    }

    @Override
    public double nextDouble() {
      return source.next(UNIT_53) * ULP_53;
    }
  }
}
