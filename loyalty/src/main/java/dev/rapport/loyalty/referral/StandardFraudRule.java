package dev.rapport.loyalty.referral;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The built-in identity rules: self-referral by customer id, normalised email, payment fingerprint,
 * postal address or device, and a referee who was already a customer. Each rejects with the reason
 * code of the same name in lower case ({@link RejectionReason#SELF_REFERRAL_EMAIL} and so on). A
 * rule finds nothing when the signal it compares is missing on either side. Thread-safe (an enum).
 */
public enum StandardFraudRule implements FraudRule {
  /** The referee is the referrer. */
  SELF_REFERRAL_CUSTOMER(RejectionReason.SELF_REFERRAL_CUSTOMER) {
    @Override
    Optional<String> find(ReferralCandidate c) {
      return c.referrer().customer().equals(c.referee().customer())
          ? Optional.of("the referee is the referrer, customer " + c.referee().customer())
          : Optional.empty();
    }
  },
  /** The two emails normalise to the same mailbox ({@link EmailNormalizer}). */
  SELF_REFERRAL_EMAIL(RejectionReason.SELF_REFERRAL_EMAIL) {
    @Override
    Optional<String> find(ReferralCandidate c) {
      if (c.referrer().email().isEmpty() || c.referee().email().isEmpty()) {
        return Optional.empty();
      }
      String referrer = normalize(c.emails(), c.referrer().email().get());
      String referee = normalize(c.emails(), c.referee().email().get());
      return referrer.equals(referee)
          ? Optional.of("the referee's email reaches the referrer's mailbox " + referrer)
          : Optional.empty();
    }
  },
  /** The two share a payment method fingerprint. */
  SELF_REFERRAL_PAYMENT(RejectionReason.SELF_REFERRAL_PAYMENT) {
    @Override
    Optional<String> find(ReferralCandidate c) {
      return shared(
          c.referrer().paymentFingerprints(),
          c.referee().paymentFingerprints(),
          Function.identity(),
          "payment method");
    }
  },
  /** The two share a postal address, compared without case, punctuation or spacing. */
  SELF_REFERRAL_ADDRESS(RejectionReason.SELF_REFERRAL_ADDRESS) {
    @Override
    Optional<String> find(ReferralCandidate c) {
      return shared(
          c.referrer().addresses(),
          c.referee().addresses(),
          StandardFraudRule::addressKey,
          "postal address");
    }
  },
  /** The two share a device id. */
  SELF_REFERRAL_DEVICE(RejectionReason.SELF_REFERRAL_DEVICE) {
    @Override
    Optional<String> find(ReferralCandidate c) {
      return shared(
          c.referrer().deviceIds(), c.referee().deviceIds(), Function.identity(), "device");
    }
  },
  /** The caller said the referee was already a customer when the code was used. */
  REFEREE_ALREADY_CUSTOMER(RejectionReason.REFEREE_ALREADY_CUSTOMER) {
    @Override
    Optional<String> find(ReferralCandidate c) {
      return c.refereeAlreadyCustomer()
          ? Optional.of("customer " + c.referee().customer() + " was already a customer")
          : Optional.empty();
    }
  };

  private final String code;

  StandardFraudRule(String code) {
    this.code = code;
  }

  /** Returns the reason code this rule rejects with. */
  public String reasonCode() {
    return code;
  }

  @Override
  public Optional<RejectionReason> check(ReferralCandidate candidate) {
    return find(candidate).map(detail -> RejectionReason.of(code, detail));
  }

  abstract Optional<String> find(ReferralCandidate candidate);

  /**
   * Returns the key postal addresses are compared by: NFKC-normalised, lower-cased, with only
   * letters and digits kept and runs of anything else turned into one space.
   */
  static String addressKey(String address) {
    String folded = Normalizer.normalize(address, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(folded.length());
    boolean gap = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (gap && key.length() > 0) {
          key.append(' ');
        }
        key.appendCodePoint(cp);
        gap = false;
      } else {
        gap = true;
      }
    }
    return key.toString();
  }

  private static String normalize(EmailNormalizer emails, String address) {
    try {
      return emails.normalize(address);
    } catch (IllegalArgumentException e) {
      // An address the provider rules cannot reduce (such as "+tag@gmail.com") is compared as is.
      return address.strip().toLowerCase(Locale.ROOT);
    }
  }

  private static Optional<String> shared(
      Set<String> referrer, Set<String> referee, Function<String, String> key, String what) {
    if (referrer.isEmpty() || referee.isEmpty()) {
      return Optional.empty();
    }
    Set<String> referrerKeys =
        referrer.stream().map(key).filter(k -> !k.isEmpty()).collect(Collectors.toSet());
    return referee.stream()
        .filter(value -> referrerKeys.contains(key.apply(value)))
        .findFirst()
        .map(value -> "the referee uses the referrer's " + what);
  }
}
