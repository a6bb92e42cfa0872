package dev.rapport.loyalty.referral;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Why a referral was rejected: a stable machine-readable code (lower case, such as {@code
 * self_referral_email}) and a sentence for the person who reviews it. The built-in rules and the
 * engine use the codes below; rules of your own use codes of your own.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the reason code: a lower-case letter, then lower-case letters, digits, {@code _} or
 *     {@code .}, at most 64 characters
 * @param detail a human-readable explanation, not blank, at most 256 characters
 */
public record RejectionReason(String code, String detail) {
  /** The referee is the referrer (same customer id). */
  public static final String SELF_REFERRAL_CUSTOMER = "self_referral_customer";

  /** The referee's email normalises to the referrer's. */
  public static final String SELF_REFERRAL_EMAIL = "self_referral_email";

  /** The referee and the referrer share a payment method fingerprint. */
  public static final String SELF_REFERRAL_PAYMENT = "self_referral_payment";

  /** The referee and the referrer share a postal address. */
  public static final String SELF_REFERRAL_ADDRESS = "self_referral_address";

  /** The referee and the referrer share a device. */
  public static final String SELF_REFERRAL_DEVICE = "self_referral_device";

  /** The referee was already a customer when the code was used. */
  public static final String REFEREE_ALREADY_CUSTOMER = "referee_already_customer";

  /** The referrer's code was used too often in a window. */
  public static final String VELOCITY_REFERRER = "velocity_referrer";

  /** Too many referrals came from the referee's device in a window. */
  public static final String VELOCITY_DEVICE = "velocity_device";

  /** Too many referrals came from the referee's network in a window. */
  public static final String VELOCITY_NETWORK = "velocity_network";

  /** The referee already has a referral that qualified. */
  public static final String REFEREE_ALREADY_REFERRED = "referee_already_referred";

  /** The referee used a later code, which won the attribution. */
  public static final String SUPERSEDED = "superseded";

  /** Under the first-order rule, the referee's first order was below the minimum. */
  public static final String FIRST_ORDER_BELOW_MINIMUM = "first_order_below_minimum";

  /** The referrer had reached a cap of the program when the reward was due. */
  public static final String REFERRER_CAP_REACHED = "referrer_cap_reached";

  /** A reviewer rejected the referral. */
  public static final String MANUAL_REJECTION = "manual_rejection";

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_.]{0,63}");

  /** Validates the code and the detail. */
  public RejectionReason {
    Objects.requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "code must be a lower-case letter, then at most 63 lower-case letters, digits, _ or ., "
              + "but was \""
              + code
              + "\"");
    }
    Checks.text(detail, "detail");
  }

  /** Returns a reason with this code and detail. */
  public static RejectionReason of(String code, String detail) {
    return new RejectionReason(code, detail);
  }

  /** Returns {@code "code: detail"}. */
  @Override
  public String toString() {
    return code + ": " + detail;
  }
}
