package dev.rapport.loyalty.referral.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import dev.rapport.core.json.internal.JsonIn;
import dev.rapport.loyalty.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;

/**
 * What this format adds to {@link JsonIn}: durations written in whole days where they can be, and
 * amounts of money read from decimal strings. Stateless, thread-safe.
 */
final class Values {
  private static final long SECONDS_PER_DAY = 86_400;

  private Values() {}

  /** Writes whole days as {@code P30D}, anything else as {@link Duration#toString()}. */
  static String duration(Duration value) {
    long seconds = value.getSeconds();
    if (value.getNano() == 0 && seconds != 0 && seconds % SECONDS_PER_DAY == 0) {
      return "P" + seconds / SECONDS_PER_DAY + "D";
    }
    return value.toString();
  }

  /** Reads decimal string property {@code name} as an amount of {@code currency}. */
  static Money money(JsonIn in, String name, Currency currency) throws JsonMappingException {
    JsonIn amount = in.get(name);
    BigDecimal value = amount.decimal();
    return amount.build(() -> Money.of(value, currency));
  }
}
