package dev.rapport.loyalty.referral;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A referral program: what each side earns, when a referral counts, how often a referrer can earn,
 * what is taken back on a refund, and which fraud checks run. Made by {@link #builder(String)}:
 *
 * <pre>{@code
 * ReferralProgram program =
 *     ReferralProgram.builder("friends")
 *         .referrerReward(Reward.points(500))
 *         .refereeReward(Reward.points(250))
 *         .qualification(QualificationRule.firstOrderAtLeast(Money.of("20.00", "EUR")))
 *         .attributionWindow(Duration.ofDays(30))
 *         .cap(ReferrerCap.rolling(5, Duration.ofDays(30)))
 *         .fraudRule(VelocityRule.perDevice(3, Duration.ofDays(1)))
 *         .build();
 * }</pre>
 *
 * <ul>
 *   <li><b>Rewards</b>: for the referrer, the referee or both (at least one), as points or a
 *       caller-defined reference. A referral keeps the rewards the program promised when its code
 *       was used, even if the program changes later.
 *   <li><b>Attribution window</b> (default {@link #DEFAULT_ATTRIBUTION_WINDOW}, 30 days): a code
 *       use attributes the referee's orders and events in {@code [codeUsedAt, codeUsedAt + window)}
 *       to its referrer. The last code wins: a later code use by the same referee supersedes a
 *       pending referral. A referral not qualified by the end of the window expires.
 *   <li><b>Qualification</b> (required): a {@link QualificationRule}.
 *   <li><b>Reward hold</b> (default zero): how long after qualifying the rewards are issued, such
 *       as a return window; a refund during the hold reverses the referral before anything is paid.
 *   <li><b>Caps</b> (default none): {@link ReferrerCap}s on the rewards of one referrer per period.
 *   <li><b>Clawback</b> (default {@link ReferralClawback#BOTH_SIDES}, no time limit): which rewards
 *       a refund of the qualifying order takes back, and optionally for how long after the reward.
 *   <li><b>Fraud rules</b> (default {@link #DEFAULT_FRAUD_RULES}, every {@link StandardFraudRule};
 *       no velocity rules): run in order; every reason found is recorded.
 *   <li><b>Email normaliser</b> (default {@link EmailNormalizer#standard()}).
 * </ul>
 *
 * <p>Immutable and thread-safe (if its fraud rules are, as they must be).
 */
public final class ReferralProgram {
  /** The attribution window unless set: 30 days. */
  public static final Duration DEFAULT_ATTRIBUTION_WINDOW = Duration.ofDays(30);

  /** The fraud rules unless set: every {@link StandardFraudRule}. */
  public static final List<FraudRule> DEFAULT_FRAUD_RULES =
      ImmutableList.copyOf(StandardFraudRule.values());

  private final String name;
  private final Optional<Reward> referrerReward;
  private final Optional<Reward> refereeReward;
  private final Duration attributionWindow;
  private final QualificationRule qualification;
  private final Duration rewardHold;
  private final ImmutableList<ReferrerCap> caps;
  private final ReferralClawback clawback;
  private final Optional<Duration> clawbackWindow;
  private final ImmutableList<FraudRule> fraudRules;
  private final EmailNormalizer emails;

  private ReferralProgram(Builder b) {
    this.name = b.name;
    this.referrerReward = b.referrerReward;
    this.refereeReward = b.refereeReward;
    this.attributionWindow = b.attributionWindow;
    this.qualification = b.qualification;
    this.rewardHold = b.rewardHold;
    this.caps = ImmutableList.copyOf(b.caps);
    this.clawback = b.clawback;
    this.clawbackWindow = b.clawbackWindow;
    this.fraudRules = ImmutableList.copyOf(b.fraudRules);
    this.emails = b.emails;
  }

  /**
   * Returns a builder for a program called {@code name}, with the defaults listed in the type's
   * description.
   *
   * @throws IllegalArgumentException if {@code name} is blank, longer than 256 characters, or has
   *     white space at either end or control characters
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Returns a builder that starts from every setting of {@code program}, to derive a variant. */
  public static Builder builder(ReferralProgram program) {
    Objects.requireNonNull(program, "program");
    Builder b = new Builder(program.name);
    b.referrerReward = program.referrerReward;
    b.refereeReward = program.refereeReward;
    b.attributionWindow = program.attributionWindow;
    b.qualification = program.qualification;
    b.rewardHold = program.rewardHold;
    b.caps.addAll(program.caps);
    b.clawback = program.clawback;
    b.clawbackWindow = program.clawbackWindow;
    b.fraudRules.clear();
    b.fraudRules.addAll(program.fraudRules);
    b.emails = program.emails;
    return b;
  }

  /** Returns the program's name. */
  public String name() {
    return name;
  }

  /** Returns the referrer's reward; empty if only the referee is rewarded. */
  public Optional<Reward> referrerReward() {
    return referrerReward;
  }

  /** Returns the referee's reward; empty if only the referrer is rewarded. */
  public Optional<Reward> refereeReward() {
    return refereeReward;
  }

  /** Returns the attribution window, which is also when unqualified referrals expire. */
  public Duration attributionWindow() {
    return attributionWindow;
  }

  /** Returns the qualification rule. */
  public QualificationRule qualification() {
    return qualification;
  }

  /** Returns how long after qualifying the rewards are issued; zero for at once. */
  public Duration rewardHold() {
    return rewardHold;
  }

  /** Returns the caps on one referrer's rewards. */
  public List<ReferrerCap> caps() {
    return caps;
  }

  /** Returns which rewards a refund takes back. */
  public ReferralClawback clawback() {
    return clawback;
  }

  /** Returns how long after the reward a refund still takes it back; empty for no limit. */
  public Optional<Duration> clawbackWindow() {
    return clawbackWindow;
  }

  /** Returns the fraud rules, in the order they run. */
  public List<FraudRule> fraudRules() {
    return fraudRules;
  }

  /** Returns the email normaliser the fraud rules compare emails with. */
  public EmailNormalizer emails() {
    return emails;
  }

  /**
   * Programs are equal when every setting is; fraud rules compare with their own {@code equals}.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ReferralProgram other
        && name.equals(other.name)
        && referrerReward.equals(other.referrerReward)
        && refereeReward.equals(other.refereeReward)
        && attributionWindow.equals(other.attributionWindow)
        && qualification.equals(other.qualification)
        && rewardHold.equals(other.rewardHold)
        && caps.equals(other.caps)
        && clawback == other.clawback
        && clawbackWindow.equals(other.clawbackWindow)
        && fraudRules.equals(other.fraudRules)
        && emails.equals(other.emails);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name,
        referrerReward,
        refereeReward,
        attributionWindow,
        qualification,
        rewardHold,
        caps,
        clawback,
        clawbackWindow,
        fraudRules,
        emails);
  }

  @Override
  public String toString() {
    return "ReferralProgram{"
        + name
        + ", referrer "
        + referrerReward.map(Object::toString).orElse("nothing")
        + ", referee "
        + refereeReward.map(Object::toString).orElse("nothing")
        + ", "
        + qualification
        + ", window "
        + attributionWindow
        + (rewardHold.isZero() ? "" : ", hold " + rewardHold)
        + (caps.isEmpty() ? "" : ", caps " + caps)
        + ", clawback "
        + clawback
        + clawbackWindow.map(w -> " within " + w).orElse("")
        + ", fraud rules "
        + fraudRules
        + "}";
  }

  /**
   * Collects a program's settings; each setter checks its own argument and {@link #build()} the
   * rules that span settings. Not thread-safe.
   */
  public static final class Builder {
    private final String name;
    private Optional<Reward> referrerReward = Optional.empty();
    private Optional<Reward> refereeReward = Optional.empty();
    private Duration attributionWindow = DEFAULT_ATTRIBUTION_WINDOW;
    private QualificationRule qualification;
    private Duration rewardHold = Duration.ZERO;
    private final List<ReferrerCap> caps = new ArrayList<>();
    private ReferralClawback clawback = ReferralClawback.BOTH_SIDES;
    private Optional<Duration> clawbackWindow = Optional.empty();
    private final List<FraudRule> fraudRules = new ArrayList<>(DEFAULT_FRAUD_RULES);
    private EmailNormalizer emails = EmailNormalizer.standard();

    private Builder(String name) {
      this.name = Checks.text(name, "name");
    }

    /** Sets the referrer's reward. */
    public Builder referrerReward(Reward reward) {
      this.referrerReward = Optional.of(Objects.requireNonNull(reward, "reward"));
      return this;
    }

    /** Sets the referee's reward. */
    public Builder refereeReward(Reward reward) {
      this.refereeReward = Optional.of(Objects.requireNonNull(reward, "reward"));
      return this;
    }

    /** Removes the referrer's reward, for a program that rewards the referee only. */
    public Builder noReferrerReward() {
      this.referrerReward = Optional.empty();
      return this;
    }

    /** Removes the referee's reward, for a program that rewards the referrer only. */
    public Builder noRefereeReward() {
      this.refereeReward = Optional.empty();
      return this;
    }

    /**
     * Sets the attribution window.
     *
     * @throws IllegalArgumentException if {@code window} is not positive
     */
    public Builder attributionWindow(Duration window) {
      this.attributionWindow = Checks.positive(window, "attributionWindow");
      return this;
    }

    /** Sets the qualification rule. */
    public Builder qualification(QualificationRule rule) {
      this.qualification = Objects.requireNonNull(rule, "qualification");
      return this;
    }

    /**
     * Sets how long after qualifying the rewards are issued.
     *
     * @throws IllegalArgumentException if {@code hold} is negative
     */
    public Builder rewardHold(Duration hold) {
      this.rewardHold = Checks.notNegative(hold, "rewardHold");
      return this;
    }

    /** Adds a cap on one referrer's rewards. */
    public Builder cap(ReferrerCap cap) {
      caps.add(Objects.requireNonNull(cap, "cap"));
      return this;
    }

    /** Replaces the caps. */
    public Builder caps(List<ReferrerCap> caps) {
      List<ReferrerCap> copy = List.copyOf(Objects.requireNonNull(caps, "caps"));
      this.caps.clear();
      this.caps.addAll(copy);
      return this;
    }

    /** Sets which rewards a refund takes back. */
    public Builder clawback(ReferralClawback clawback) {
      this.clawback = Objects.requireNonNull(clawback, "clawback");
      return this;
    }

    /**
     * Sets how long after the reward a refund still takes it back.
     *
     * @throws IllegalArgumentException if {@code window} is not positive
     */
    public Builder clawbackWindow(Duration window) {
      this.clawbackWindow = Optional.of(Checks.positive(window, "clawbackWindow"));
      return this;
    }

    /** Removes the clawback window: refunds take rewards back however late they come. */
    public Builder noClawbackWindow() {
      this.clawbackWindow = Optional.empty();
      return this;
    }

    /** Adds a fraud rule after those already set. */
    public Builder fraudRule(FraudRule rule) {
      fraudRules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** Replaces the fraud rules, the defaults included; an empty list runs no checks. */
    public Builder fraudRules(List<? extends FraudRule> rules) {
      List<FraudRule> copy = List.copyOf(Objects.requireNonNull(rules, "rules"));
      fraudRules.clear();
      fraudRules.addAll(copy);
      return this;
    }

    /** Sets the email normaliser. */
    public Builder emails(EmailNormalizer emails) {
      this.emails = Objects.requireNonNull(emails, "emails");
      return this;
    }

    /**
     * Returns the program.
     *
     * @throws IllegalStateException if no qualification rule is set, neither side has a reward, a
     *     clawback window is set with {@link ReferralClawback#NONE}, or a fraud rule appears twice
     */
    public ReferralProgram build() {
      if (qualification == null) {
        throw new IllegalStateException(
            "qualification must be set, but was not; e.g. QualificationRule.firstOrderAtLeast");
      }
      if (referrerReward.isEmpty() && refereeReward.isEmpty()) {
        throw new IllegalStateException(
            "rewards must include one for the referrer or the referee, but both were empty");
      }
      if (clawback == ReferralClawback.NONE && clawbackWindow.isPresent()) {
        throw new IllegalStateException(
            "clawbackWindow must not be set when clawback is NONE, but was "
                + clawbackWindow.get());
      }
      if (fraudRules.stream().distinct().count() != fraudRules.size()) {
        throw new IllegalStateException(
            "fraudRules must not repeat a rule, but were " + fraudRules);
      }
      return new ReferralProgram(this);
    }
  }
}
