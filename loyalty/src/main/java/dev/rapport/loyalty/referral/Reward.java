package dev.rapport.loyalty.referral;

/**
 * What one side of a referral receives: points credited through the loyalty ledger, or a reward the
 * caller defines and fulfils itself (a voucher, a free month), named by a reference. Immutable and
 * thread-safe.
 */
public sealed interface Reward permits Reward.Points, Reward.Reference {

  /**
   * Returns a reward of {@code points} points.
   *
   * @throws IllegalArgumentException if {@code points} is not positive
   */
  static Points points(long points) {
    return new Points(points);
  }

  /**
   * Returns a caller-defined reward, such as {@code "voucher:10-EUR"}.
   *
   * @throws IllegalArgumentException if {@code reference} is blank, longer than 256 characters, or
   *     has white space at either end or control characters
   */
  static Reference reference(String reference) {
    return new Reference(reference);
  }

  /**
   * Points credited to the customer's loyalty account.
   *
   * @param points how many, positive
   */
  record Points(long points) implements Reward {
    /** Validates the number of points. */
    public Points {
      if (points <= 0) {
        throw new IllegalArgumentException("points must be positive, but was " + points);
      }
    }

    @Override
    public String toString() {
      return points + " points";
    }
  }

  /**
   * A reward the caller fulfils, named by the caller's reference.
   *
   * @param reference the caller's name for the reward
   */
  record Reference(String reference) implements Reward {
    /** Validates the reference. */
    public Reference {
      Checks.text(reference, "reference");
    }

    @Override
    public String toString() {
      return reference;
    }
  }
}
