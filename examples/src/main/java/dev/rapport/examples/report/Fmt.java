package dev.rapport.examples.report;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** Number formatting shared by the console summary and the HTML report. Stateless. */
final class Fmt {
  private Fmt() {}

  /** {@code 12,345}. */
  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** {@code 1 day} or {@code 30 days}. */
  static String days(long days) {
    return days == 1 ? "1 day" : count(days) + " days";
  }

  /** {@code 93.4%}, or {@code n/a} when there is no data. */
  static String percent(OptionalDouble share) {
    return share.isPresent() ? percent(share.getAsDouble()) : "n/a";
  }

  /** {@code 93.4%} of a share from 0 to 1. */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  /** {@code +21} or {@code -4}: an NPS in points. */
  static String points(double value) {
    long rounded = Math.round(value);
    return (rounded > 0 ? "+" : rounded < 0 ? "-" : "") + Math.abs(rounded);
  }

  /** {@code +3.2} or {@code -1.0}: a change in percentage points. */
  static String change(double value) {
    return (value >= 0 ? "+" : "-") + String.format(Locale.ROOT, "%.1f", Math.abs(value));
  }

  /** {@code p=0.003} or {@code p<0.001}. */
  static String pValue(double p) {
    return p < 0.001 ? "p<0.001" : String.format(Locale.ROOT, "p=%.3f", p);
  }

  /** An optional NPS in points, or {@code n/a}. */
  static String points(OptionalDouble value) {
    return value.isPresent() ? points(value.getAsDouble()) : "n/a";
  }

  /** The text of an optional value, or {@code n/a}. */
  static String orNa(Optional<String> value) {
    return value.orElse("n/a");
  }
}
