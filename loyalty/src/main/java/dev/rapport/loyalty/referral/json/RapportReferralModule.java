package dev.rapport.loyalty.referral.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import dev.rapport.core.json.internal.JsonAdapters;
import dev.rapport.loyalty.referral.Referral;
import dev.rapport.loyalty.referral.ReferralCode;
import dev.rapport.loyalty.referral.ReferralEvent;
import dev.rapport.loyalty.referral.ReferralId;
import dev.rapport.loyalty.referral.ReferralProgram;
import dev.rapport.loyalty.referral.RewardInstruction;

/**
 * Jackson support for referral programs: register it with {@code mapper.registerModule(new
 * RapportReferralModule())}, or on the class path let {@code mapper.findAndRegisterModules()} find
 * it (it is listed in {@code META-INF/services}). On the module path, register it by hand: the
 * loyalty module does not declare it as a service, because Jackson is optional.
 *
 * <p>The JSON form, which does not depend on the mapper's settings:
 *
 * <ul>
 *   <li>{@link ReferralCode}, {@link ReferralId}: their value as a string. Codes are read strictly
 *       in canonical form; use {@link ReferralCode#parse} for what people type.
 *   <li>{@link ReferralProgram}: an object with {@code name} and {@code qualification} (required),
 *       and optional {@code referrerReward}, {@code refereeReward} ({@code {"points": 500}} or
 *       {@code {"reference": "voucher:10-EUR"}}; absent for none), {@code attributionWindow},
 *       {@code rewardHold}, {@code clawbackWindow} (ISO-8601 durations, such as {@code "P30D"}),
 *       {@code caps} ({@code {"type": "rolling", "max": 5, "window": "P30D"}} or {@code {"type":
 *       "calendar_month" | "calendar_year", "max": 20, "zone": "Europe/Paris"}}), {@code clawback}
 *       ({@code "BOTH_SIDES"}, {@code "REFERRER_ONLY"}, {@code "NONE"}), {@code fraudRules} (each
 *       {@code {"type": "self_referral_email"}} and so on for the {@link
 *       dev.rapport.loyalty.referral.StandardFraudRule}s, or {@code {"type": "velocity_referrer" |
 *       "velocity_device" | "velocity_network", "max": 3, "window": "P1D"}}; absent for the
 *       defaults, {@code []} for none) and {@code emails} ({@code {"ignoresDots": [...],
 *       "plusTags": [...], "aliases": {"googlemail.com": "gmail.com"}}}; absent for the standard
 *       normaliser). Qualification is {@code {"type": "first_order" | "any_order", "minimum":
 *       "20.00", "currency": "EUR"}} or {@code {"type": "event", "name": "subscribed"}}. Omitted
 *       settings take the builder's defaults. A program with a fraud rule of your own cannot be
 *       written.
 *   <li>{@link Referral}: every component, with {@code status} (the last transition's, checked when
 *       read), instants as ISO-8601 strings, amounts as decimal strings (never JSON numbers, which
 *       may lose digits), enums as their constant names.
 *   <li>{@link RewardInstruction}: {@code referralId}, {@code side}, {@code beneficiary}, {@code
 *       reward}, {@code action}, {@code at} and the derived {@code idempotencyKey} (checked when
 *       read, may be omitted).
 *   <li>{@link ReferralEvent}: an object with {@code "type"} ({@code code_used}, {@code
 *       order_placed}, {@code order_refunded}, {@code qualifying_event}, {@code review_decision}),
 *       {@code "at"} and the record's components; money as {@code "amount"} (or {@code
 *       "refundedTotal"}) and {@code "currency"}; absent optional components are omitted.
 * </ul>
 *
 * <p>Reading is strict whatever the mapper allows: unknown, repeated and missing properties, values
 * of the wrong JSON type and values the domain types reject are {@link
 * com.fasterxml.jackson.databind.JsonMappingException}s whose message starts with the JSON path
 * (such as {@code caps[1].zone}) and whose {@code getPath()} holds it. Each event record can be
 * read by its own class too; another kind of event is then an error at its {@code type} naming
 * both: {@code type: expected an event of type "order_placed", but was "qualifying_event"}. Writing
 * then reading gives an equal value, and writing that again the same text.
 *
 * <p>Immutable and thread-safe.
 */
// Jackson is optional ("requires static"); a caller of this class has Jackson and reads it itself.
@SuppressWarnings("exports")
public final class RapportReferralModule extends Module {

  /** Creates the module. */
  public RapportReferralModule() {}

  @Override
  public String getModuleName() {
    return "rapport-loyalty-referral";
  }

  /** Returns {@link Version#unknownVersion()}: the format is versioned with the loyalty module. */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    JsonAdapters.Table table =
        JsonAdapters.table()
            .both(
                ReferralCode.class,
                (code, out, p) -> out.writeString(code.value()),
                in -> in.parsed(ReferralCode::new, ReferralCode.class))
            .both(
                ReferralId.class,
                (id, out, p) -> out.writeString(id.value()),
                in -> in.parsed(ReferralId::of, ReferralId.class))
            .both(
                ReferralProgram.class,
                (program, out, p) -> ProgramFormat.write(program, out),
                ProgramFormat::read)
            .both(
                Referral.class,
                (referral, out, p) -> ReferralFormat.write(referral, out),
                ReferralFormat::read)
            .both(
                RewardInstruction.class,
                (instruction, out, p) -> ReferralFormat.writeInstruction(instruction, out),
                ReferralFormat::readInstruction)
            .both(
                ReferralEvent.class,
                (event, out, p) -> EventFormat.write(event, out),
                EventFormat::read);
    // Each event record too, with the same format.
    for (Class<?> type : ReferralEvent.class.getPermittedSubclasses()) {
      addEvent(table, type.asSubclass(ReferralEvent.class));
    }
    table.registerIn(context);
  }

  /**
   * Reads one kind of event: rejects events of another kind, naming both by their JSON type names
   * as the core module does.
   */
  private static <T extends ReferralEvent> void addEvent(JsonAdapters.Table table, Class<T> type) {
    String expected = EventFormat.TYPES.get(type);
    if (expected == null) {
      throw new IllegalStateException(
          "every kind of referral event must have a JSON type name, but "
              + type.getName()
              + " has none");
    }
    table.reader(
        type,
        in -> {
          ReferralEvent event = EventFormat.read(in);
          if (!type.isInstance(event)) {
            throw in.wrongKind("an event", expected, EventFormat.TYPES.get(event.getClass()));
          }
          return type.cast(event);
        });
  }

  @Override
  public String toString() {
    return "RapportReferralModule";
  }
}
