package dev.rapport.loyalty.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import dev.rapport.core.json.internal.JsonAdapters;
import java.util.List;

/**
 * Jackson support for the loyalty types: register it with {@code mapper.registerModule(new
 * RapportLoyaltyModule())}, or on the class path let {@code mapper.findAndRegisterModules()} find
 * it (it is listed in {@code META-INF/services}). On the module path, register it by hand: Jackson
 * is optional, so the module descriptor does not declare it as a service.
 *
 * <p>The JSON form, which does not depend on the mapper's settings:
 *
 * <ul>
 *   <li>{@code Money}: {@code "USD 12.50"}; {@code IdempotencyKey} and {@code EventKind}: their
 *       value; {@code Actor}: {@code "system"}, {@code "member"}, {@code "agent:ana"}, {@code
 *       "service:checkout"}; {@code SourceRef}: {@code "order:O-1"}. Instants are ISO-8601 strings,
 *       local dates {@code "2025-05-03"}, periods {@code "P30D"}, zones {@code "Europe/Paris"}.
 *   <li>Decimals (rates, multipliers, shares, thresholds) are JSON strings ({@code "1.25"}), so
 *       that no parser turns them into floating point; points are JSON integers.
 *   <li>{@code PointsRate}: {@code {"points": "10", "per": "USD 1.00"}}; {@code ExpiryPolicy}:
 *       {@code {"type": "rolling_days", "amount": 365}} (types {@code none}, {@code rolling_days},
 *       {@code end_of_month}, {@code end_of_year}).
 *   <li>{@code LedgerRequest}: an object with {@code "type"} (the entry type in lower case: {@code
 *       earn}, {@code redeem}, {@code clawback}, {@code redemption_rollback}, {@code
 *       manual_credit}, {@code manual_debit}, {@code pending_activation}, {@code
 *       pending_cancellation}, {@code expire}), the origin ({@code key}, {@code occurredAt}, {@code
 *       source}, {@code reason}, {@code actor}) and the request's own properties, named as in the
 *       records; absent optional ones are omitted.
 *   <li>{@code LedgerEntry}: {@code sequence}, {@code request}, {@code points}, {@code lotChanges}
 *       ({@code [{"lot": 0, "points": -30}]}), {@code openedLot} (omitted if none: {@code points},
 *       {@code availableAt}, {@code expiresAt} omitted if never), {@code deficitChange}, {@code
 *       waived}.
 *   <li>{@code PointsLedger}: {@code {"account": "C-1", "entries": [...]}}, replayed and checked
 *       when read; an entry that does not fit is an error at its path {@code entries[i]}.
 *   <li>{@code EarningRule}: {@code "type"} ({@code spend}, {@code multiplier}, {@code campaign},
 *       {@code event}), {@code name}, {@code priority} (default 0), {@code stop} (default false)
 *       and the record's properties; category and product sets are arrays of strings.
 *   <li>{@code TierPolicy}: {@code basis}, {@code window}, {@code tiers} ({@code name}, {@code
 *       threshold}, {@code multiplier}), {@code review}, {@code grace}, {@code clawbackDowngrade};
 *       constants are their Java names.
 *   <li>{@code LoyaltyProgram}: {@code name}, {@code zone}, {@code currency} required; {@code
 *       roundingMode}, {@code expiry}, {@code pendingDays}, {@code clawback}, {@code
 *       rollbackExpiry}, {@code minimumRedemption}, {@code maximumRedemptionShare}, {@code
 *       redemptionValue}, {@code rules}, {@code tiers} optional with the builder's defaults. All
 *       are written.
 * </ul>
 *
 * <p>Reading is strict whatever the mapper allows: unknown and repeated properties, values of the
 * wrong JSON type, and values the domain rejects (a negative amount, a rule that multiplies before
 * any spend rule) are {@link com.fasterxml.jackson.databind.JsonMappingException}s whose message
 * starts with the JSON path ({@code rules[2].multiplier}) and whose {@code getPath()} holds it.
 * Each request record ({@code LedgerRequest.Earn}, ...) and rule record ({@code SpendRule}, ...)
 * can be read by its own class too; another kind is then an error naming both by their {@code
 * "type"}: {@code type: expected a request of type "earn", but was "redeem"}. Writing then reading
 * gives an equal value, and writing that again gives the same text.
 *
 * <p>Immutable and thread-safe.
 */
// Jackson is optional ("requires static"); a caller of this class has Jackson and reads it itself.
@SuppressWarnings("exports")
public final class RapportLoyaltyModule extends Module {

  /** Creates the module. */
  public RapportLoyaltyModule() {}

  @Override
  public String getModuleName() {
    return "rapport-loyalty";
  }

  /** Returns {@link Version#unknownVersion()}: the format is versioned with the loyalty module. */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    JsonAdapters.Table table = JsonAdapters.table();
    for (Codec<?> codec :
        List.of(
            LoyaltyCodecs.MONEY,
            LoyaltyCodecs.KEY,
            LoyaltyCodecs.EVENT_KIND,
            LoyaltyCodecs.ACTOR,
            LoyaltyCodecs.SOURCE,
            LoyaltyCodecs.RATE,
            LoyaltyCodecs.EXPIRY,
            LoyaltyCodecs.LINE,
            LoyaltyCodecs.LOT_CHANGE,
            LoyaltyCodecs.LOT_TERMS,
            LoyaltyCodecs.ENTRY,
            LoyaltyCodecs.LEDGER,
            LoyaltyCodecs.TIER,
            LoyaltyCodecs.TIER_POLICY,
            LoyaltyCodecs.PROGRAM,
            LoyaltyCodecs.REQUEST,
            LoyaltyCodecs.RULE)) {
      codec.addTo(table);
    }
    // Each request and rule record too, rejecting another kind by its JSON type name.
    LoyaltyCodecs.REQUEST.addSubtypesTo(table, "a request", LoyaltyCodecs.REQUEST_TYPES);
    LoyaltyCodecs.RULE.addSubtypesTo(table, "a rule", LoyaltyCodecs.RULE_TYPES);
    table.registerIn(context);
  }

  @Override
  public String toString() {
    return "RapportLoyaltyModule";
  }
}
