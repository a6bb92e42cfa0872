package dev.rapport.loyalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes a member's tier from their ledger under the program's {@link TierPolicy}: a pure
 * function of (program, ledger, now), replaying the qualifying activity in time order with every
 * upgrade, review and grace period since the first earn. The history it returns is derived from the
 * append-only ledger, so it is kept as long as the ledger is. See {@link TierPolicy} for the rules.
 *
 * <p>Immutable and thread-safe.
 */
public final class TierEngine {
  private final TierPolicy policy;
  private final ZoneId zone;

  private TierEngine(TierPolicy policy, ZoneId zone) {
    this.policy = policy;
    this.zone = zone;
  }

  /**
   * Returns the engine of {@code program}'s tier policy.
   *
   * @throws IllegalArgumentException if the program has no tier policy
   */
  public static TierEngine of(LoyaltyProgram program) {
    Objects.requireNonNull(program, "program");
    TierPolicy policy =
        program
            .tiers()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "program must have a tier policy, but " + program.name() + " has none"));
    return new TierEngine(policy, program.zone());
  }

  /** Change of the qualifying value at an instant; sequence breaks ties. */
  private static final class Delta {
    final Instant at;
    final long sequence;
    final BigDecimal value;

    Delta(Instant at, long sequence, BigDecimal value) {
      this.at = at;
      this.sequence = sequence;
      this.value = value;
    }
  }

  /** Returns the member's tier at {@code now}, from the entries of {@code ledger} up to it. */
  public TierStatus evaluate(PointsLedger ledger, Instant now) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(now, "now");
    List<Delta> deltas = deltas(ledger, now);
    int n = deltas.size();
    Instant[] instants = new Instant[n];
    BigDecimal[] prefix = new BigDecimal[n + 1];
    prefix[0] = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      instants[i] = deltas.get(i).at;
      prefix[i + 1] = prefix[i].add(deltas.get(i).value);
    }
    Values values = new Values(instants, prefix);
    List<Tier> tiers = policy.tiers();
    int current = 0;
    List<TierChange> history = new ArrayList<>();
    ArrayDeque<Instant> reviewsInGrace = new ArrayDeque<>();
    Instant review = n == 0 ? nextReview(now) : nextReview(instants[0]);
    int next = 0;
    while (true) {
      Instant deltaAt = next < n ? instants[next] : null;
      Instant reviewAt = !review.isAfter(now) ? review : null;
      Instant check = reviewsInGrace.isEmpty() ? null : endOfGrace(reviewsInGrace.peek());
      if (check != null && check.isAfter(now)) {
        check = null;
      }
      Instant first = earliest(deltaAt, reviewAt, check);
      if (first == null) {
        break;
      }
      if (first.equals(deltaAt)) {
        boolean clawback = false;
        while (next < n && instants[next].equals(deltaAt)) {
          clawback |= deltas.get(next).value.signum() < 0;
          next++;
        }
        int qualified = policy.tierIndexFor(values.at(deltaAt));
        if (qualified > current) {
          history.add(
              new TierChange(
                  deltaAt, tiers.get(current), tiers.get(qualified), TierChange.Reason.UPGRADE));
          current = qualified;
        } else if (clawback
            && qualified < current
            && policy.clawbackDowngrade() == TierPolicy.ClawbackDowngrade.IMMEDIATE) {
          history.add(
              new TierChange(
                  deltaAt, tiers.get(current), tiers.get(qualified), TierChange.Reason.CLAWBACK));
          current = qualified;
        }
      } else if (first.equals(reviewAt)) {
        reviewsInGrace.add(reviewAt);
        review = nextReview(reviewAt);
      } else {
        Instant reviewed = reviewsInGrace.poll();
        int qualified =
            Math.max(
                policy.tierIndexFor(values.reviewedAt(reviewed)),
                policy.tierIndexFor(values.at(check)));
        if (qualified < current) {
          history.add(
              new TierChange(
                  check, tiers.get(current), tiers.get(qualified), TierChange.Reason.REVIEW));
          current = qualified;
        }
      }
    }
    return new TierStatus(tiers.get(current), values.at(now), history, review);
  }

  private static Instant earliest(Instant delta, Instant review, Instant check) {
    // Deltas first, then reviews, then the ends of grace periods, at equal instants.
    Instant first = delta;
    if (review != null && (first == null || review.isBefore(first))) {
      first = review;
    }
    if (check != null && (first == null || check.isBefore(first))) {
      first = check;
    }
    return first;
  }

  /** The qualifying value in the windows, from sorted instants and prefix sums. */
  private final class Values {
    private final Instant[] instants;
    private final BigDecimal[] prefix;

    Values(Instant[] instants, BigDecimal[] prefix) {
      this.instants = instants;
      this.prefix = prefix;
    }

    /** The value in the window at {@code t}: deltas in {@code (start, t]} or {@code [start, t]}. */
    BigDecimal at(Instant t) {
      return sum(windowStart(t), upTo(t, true));
    }

    /** The value of the window that ends at review {@code r}: deltas before {@code r}. */
    BigDecimal reviewedAt(Instant r) {
      Instant last = r.minusNanos(1);
      return sum(windowStart(last), upTo(r, false));
    }

    /** The index of the first delta after {@code t} (inclusive) or at or after it (exclusive). */
    private int upTo(Instant t, boolean inclusive) {
      int low = 0;
      int high = instants.length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        int c = instants[mid].compareTo(t);
        if (c < 0 || (inclusive && c == 0)) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }

    private int windowStart(Instant t) {
      switch (policy.window()) {
        case LIFETIME:
          return 0;
        case CALENDAR_YEAR:
          Instant yearStart =
              LocalDate.ofInstant(t, zone).withDayOfYear(1).atStartOfDay(zone).toInstant();
          return upTo(yearStart, false);
        case ROLLING_12_MONTHS:
          return upTo(t.atZone(zone).minusMonths(12).toInstant(), true);
        default:
          throw new AssertionError(policy.window());
      }
    }

    private BigDecimal sum(int from, int to) {
      return from >= to ? BigDecimal.ZERO : prefix[to].subtract(prefix[from]);
    }
  }

  private Instant endOfGrace(Instant review) {
    return review.atZone(zone).plus(policy.grace()).toInstant();
  }

  /** Returns the first review instant after {@code t}. */
  private Instant nextReview(Instant t) {
    LocalDate date = LocalDate.ofInstant(t, zone);
    LocalDate next;
    switch (policy.review()) {
      case MONTHLY:
        next = date.withDayOfMonth(1).plusMonths(1);
        break;
      case QUARTERLY:
        int firstMonth = (date.getMonthValue() - 1) / 3 * 3 + 1;
        next = date.withDayOfMonth(1).withMonth(firstMonth).plusMonths(3);
        break;
      case YEARLY:
        next = date.withDayOfYear(1).plusYears(1);
        break;
      default:
        throw new AssertionError(policy.review());
    }
    return next.atStartOfDay(zone).toInstant();
  }

  private List<Delta> deltas(PointsLedger ledger, Instant now) {
    boolean points = policy.basis() == TierPolicy.Basis.POINTS_EARNED;
    Map<IdempotencyKey, BigDecimal> refunded = new HashMap<>();
    List<Delta> deltas = new ArrayList<>();
    for (LedgerEntry entry : ledger.entries()) {
      BigDecimal value;
      switch (entry.type()) {
        case EARN:
          LedgerRequest.Earn earn = (LedgerRequest.Earn) entry.request();
          value =
              points
                  ? BigDecimal.valueOf(earn.points())
                  : earn.orderAmount().map(Money::amount).orElse(BigDecimal.ZERO);
          break;
        case CLAWBACK:
        case PENDING_CANCELLATION:
          value = taken(ledger, entry, points, refunded).negate();
          break;
        default:
          continue;
      }
      if (value.signum() != 0 && !entry.occurredAt().isAfter(now)) {
        deltas.add(new Delta(entry.occurredAt(), entry.sequence(), value));
      }
    }
    deltas.sort(Comparator.comparing((Delta d) -> d.at).thenComparingLong(d -> d.sequence));
    return deltas;
  }

  /** What a clawback or cancellation takes from the qualifying value. */
  private static BigDecimal taken(
      PointsLedger ledger,
      LedgerEntry entry,
      boolean points,
      Map<IdempotencyKey, BigDecimal> refunded) {
    if (points) {
      return BigDecimal.valueOf(-entry.points() + entry.waived());
    }
    IdempotencyKey earnKey;
    Optional<Money> amount = Optional.empty();
    if (entry.request() instanceof LedgerRequest.Clawback) {
      LedgerRequest.Clawback clawback = (LedgerRequest.Clawback) entry.request();
      earnKey = clawback.earnKey();
      amount = clawback.refunded();
    } else {
      earnKey = ((LedgerRequest.PendingCancellation) entry.request()).earnKey();
    }
    Optional<Money> order =
        ledger.find(earnKey).flatMap(earn -> ((LedgerRequest.Earn) earn.request()).orderAmount());
    if (order.isEmpty()) {
      return BigDecimal.ZERO;
    }
    BigDecimal before = refunded.getOrDefault(earnKey, BigDecimal.ZERO);
    BigDecimal after = amount.isEmpty() ? order.get().amount() : before.add(amount.get().amount());
    after = after.min(order.get().amount());
    refunded.put(earnKey, after);
    return after.subtract(before);
  }

  @Override
  public String toString() {
    return "TierEngine[" + policy + ", zone=" + zone + "]";
  }
}
