package dev.rapport.feedback.loop;

import com.google.common.hash.Hashing;
import dev.rapport.core.CustomerId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a survey may be sent to a customer now: no survey within a minimum gap of the
 * last one sent, or of the last answer, as configured; and a deterministic sample of customers. A
 * survey that fails either check is dropped, not deferred.
 *
 * <p>Sampling: a customer is in the sample when the first 8 bytes of SHA-256({@code salt} UTF-8, a
 * zero byte, the customer id UTF-8), read as an unsigned big-endian number, are below {@code
 * sampleRate * 2^64}. The same customer and salt always give the same answer, in any process or
 * language; change the salt to draw a fresh sample. The sample is checked first, then the gap.
 *
 * <p>A pure function of (throttle, customer, history, now). Immutable and thread-safe.
 */
public final class SurveyThrottle {
  /** Which instant the minimum gap is counted from. Thread-safe (an enum). */
  public enum CountFrom {
    /** The last survey sent. */
    LAST_SENT,
    /** The customer's last answer. */
    LAST_ANSWERED,
    /** Whichever of the two is later. */
    LATEST_OF_BOTH
  }

  private static final BigDecimal TWO_TO_64 = new BigDecimal(BigInteger.ONE.shiftLeft(64));

  private final Duration minimumGap;
  private final CountFrom countFrom;
  private final double sampleRate;
  private final String salt;
  private final long threshold;

  private SurveyThrottle(Builder builder) {
    this.minimumGap = builder.minimumGap;
    this.countFrom = builder.countFrom;
    this.sampleRate = builder.sampleRate;
    this.salt = builder.salt;
    // Unsigned threshold floor(rate * 2^64); rate 1 is handled without it.
    this.threshold = new BigDecimal(sampleRate).multiply(TWO_TO_64).toBigInteger().longValue();
  }

  /**
   * Returns a builder with this minimum gap between surveys to one customer (zero for none),
   * counted from the last survey sent, sampling everyone.
   */
  public static Builder builder(Duration minimumGap) {
    return new Builder(minimumGap);
  }

  /** Returns the minimum gap between surveys. */
  public Duration minimumGap() {
    return minimumGap;
  }

  /** Returns which instant the gap is counted from. */
  public CountFrom countFrom() {
    return countFrom;
  }

  /** Returns the share of customers sampled, 0 to 1. */
  public double sampleRate() {
    return sampleRate;
  }

  /** Returns whether {@code customer} is in the deterministic sample. */
  public boolean isSampled(CustomerId customer) {
    Objects.requireNonNull(customer, "customer");
    if (sampleRate >= 1.0) {
      return true;
    }
    byte[] s = salt.getBytes(StandardCharsets.UTF_8);
    byte[] c = customer.value().getBytes(StandardCharsets.UTF_8);
    byte[] input = new byte[s.length + 1 + c.length];
    System.arraycopy(s, 0, input, 0, s.length);
    System.arraycopy(c, 0, input, s.length + 1, c.length);
    long hash = java.nio.ByteBuffer.wrap(Hashing.sha256().hashBytes(input).asBytes()).getLong();
    return Long.compareUnsigned(hash, threshold) < 0;
  }

  /**
   * Decides whether to send a survey to {@code customer} at {@code now}.
   *
   * @throws IllegalArgumentException if the history has an instant after {@code now}
   */
  public ThrottleDecision decide(CustomerId customer, ContactHistory history, Instant now) {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(now, "now");
    checkNotAfter(history.lastSent(), now, "lastSent");
    checkNotAfter(history.lastAnswered(), now, "lastAnswered");
    if (!isSampled(customer)) {
      return new ThrottleDecision(ThrottleDecision.Outcome.NOT_SAMPLED, Optional.empty());
    }
    Optional<Instant> anchor = anchor(history);
    if (anchor.isPresent()) {
      Instant quietUntil = anchor.get().plus(minimumGap);
      if (now.isBefore(quietUntil)) {
        return new ThrottleDecision(ThrottleDecision.Outcome.THROTTLED, Optional.of(quietUntil));
      }
    }
    return new ThrottleDecision(ThrottleDecision.Outcome.SEND, Optional.empty());
  }

  private Optional<Instant> anchor(ContactHistory history) {
    switch (countFrom) {
      case LAST_SENT:
        return history.lastSent();
      case LAST_ANSWERED:
        return history.lastAnswered();
      default:
        if (history.lastSent().isEmpty()) {
          return history.lastAnswered();
        }
        if (history.lastAnswered().isEmpty()) {
          return history.lastSent();
        }
        Instant sent = history.lastSent().get();
        Instant answered = history.lastAnswered().get();
        return Optional.of(sent.isAfter(answered) ? sent : answered);
    }
  }

  private static void checkNotAfter(Optional<Instant> at, Instant now, String name) {
    if (at.isPresent() && at.get().isAfter(now)) {
      throw new IllegalArgumentException(
          name + " must not be after now " + now + ", but was " + at.get());
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SurveyThrottle)) {
      return false;
    }
    SurveyThrottle other = (SurveyThrottle) o;
    return other.minimumGap.equals(minimumGap)
        && other.countFrom == countFrom
        && Double.compare(other.sampleRate, sampleRate) == 0
        && other.salt.equals(salt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(minimumGap, countFrom, sampleRate, salt);
  }

  /** Returns the settings, for logs (the salt is shown: it is not a secret). */
  @Override
  public String toString() {
    return "SurveyThrottle[minimumGap="
        + minimumGap
        + ", countFrom="
        + countFrom
        + ", sampleRate="
        + sampleRate
        + ", salt=\""
        + salt
        + "\"]";
  }

  /** Returns the salt of the sample. */
  public String salt() {
    return salt;
  }

  /**
   * Builds a {@link SurveyThrottle}; {@link #build()} requires a salt when sampling less than
   * everyone. Not thread-safe.
   */
  public static final class Builder {
    private final Duration minimumGap;
    private CountFrom countFrom = CountFrom.LAST_SENT;
    private double sampleRate = 1.0;
    private String salt = "";

    private Builder(Duration minimumGap) {
      Objects.requireNonNull(minimumGap, "minimumGap");
      if (minimumGap.isNegative()) {
        throw new IllegalArgumentException(
            "minimumGap must not be negative, but was " + minimumGap);
      }
      this.minimumGap = minimumGap;
    }

    /** Sets which instant the gap is counted from. */
    public Builder countFrom(CountFrom anchor) {
      this.countFrom = Objects.requireNonNull(anchor, "anchor");
      return this;
    }

    /** Samples this share of customers, from 0 to 1 (1, everyone, by default). */
    public Builder sampleRate(double rate) {
      if (!(rate >= 0 && rate <= 1)) {
        throw new IllegalArgumentException("sampleRate must be from 0 to 1, but was " + rate);
      }
      this.sampleRate = rate;
      return this;
    }

    /** Sets the salt of the sample: a survey program's name, say. Not blank. */
    public Builder salt(String value) {
      Objects.requireNonNull(value, "salt");
      if (value.isBlank()) {
        throw new IllegalArgumentException("salt must not be blank, but was \"" + value + "\"");
      }
      this.salt = value;
      return this;
    }

    /**
     * Returns the throttle.
     *
     * @throws IllegalStateException if the sample rate is below 1 and no salt was set
     */
    public SurveyThrottle build() {
      if (sampleRate < 1 && salt.isEmpty()) {
        throw new IllegalStateException(
            "salt must be set when sampleRate is below 1, but was unset (sampleRate "
                + sampleRate
                + ")");
      }
      return new SurveyThrottle(this);
    }
  }
}
