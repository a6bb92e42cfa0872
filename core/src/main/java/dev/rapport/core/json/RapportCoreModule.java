package dev.rapport.core.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleKeyDeserializers;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rapport.core.json.internal.JsonAdapters;
import dev.rapport.core.ticket.TicketEvent;
import dev.rapport.core.ticket.TicketTimeline;
import dev.rapport.core.time.BusinessCalendar;
import java.util.List;

/**
 * Jackson support for the types of Rapport core: register it with {@code mapper.registerModule(new
 * RapportCoreModule())}, or on the class path let {@code mapper.findAndRegisterModules()} find it
 * (it is listed in {@code META-INF/services}). On the module path, register it by hand: core's
 * module descriptor does not declare it as a service, because Jackson is optional and a {@code
 * provides} clause would stop core from resolving without Jackson. It brings {@link JavaTimeModule}
 * along as a dependency.
 *
 * <p>The JSON form, which does not depend on the mapper's settings:
 *
 * <ul>
 *   <li>{@code CustomerId}, {@code TicketId}, {@code AgentId}, {@code TeamId}: their value as a
 *       plain string, also as map keys.
 *   <li>{@code Channel}, {@code Priority}, {@code TicketStatus}, {@code Visibility}: the constant
 *       name, matched exactly.
 *   <li>Instants inside events: ISO-8601 strings such as {@code "2026-11-23T09:00:00Z"}, with as
 *       many fraction digits as needed, never numbers.
 *   <li>{@link TicketEvent}: an object with {@code "type"} (a logical name, never a class name),
 *       {@code "at"} and the event's properties: {@code created} (ticketId, customerId, channel,
 *       priority, tags, optional segment), {@code customer_message}, {@code agent_reply} (agentId,
 *       visibility), {@code status_changed} (to), {@code priority_changed} (to), {@code assigned}
 *       (optional agentId and teamId), {@code tags_changed} (added, removed), {@code merged}
 *       (into), {@code reopened}, {@code acknowledged} (agentId). Tag arrays are written sorted and
 *       may be omitted when read (meaning none); absent optional properties are omitted when
 *       written and may be {@code null} when read.
 *   <li>{@link TicketTimeline}: {@code {"events": [...]}}, validated when read.
 *   <li>{@link dev.rapport.core.time.LocalTimeRange}: its text, such as {@code "09:00-17:00"} or
 *       {@code "22:00-02:00"}.
 *   <li>{@link BusinessCalendar}: {@code {"zone": "America/New_York", "weekly": {"MONDAY":
 *       ["09:00-17:00"], ...}, "closed": ["2027-07-05"], "overrides": {"2027-12-24":
 *       ["09:00-13:00"]}}}: the zone id, the weekly ranges by day name (days in week order, only
 *       days with ranges), the closed dates ascending, the override ranges by ISO date ascending.
 *       {@code zone} is required; the other three may be omitted or {@code null} when read (meaning
 *       none). The calendar is validated by its builder when read.
 * </ul>
 *
 * <p>Reading is strict whatever the mapper allows: unknown, repeated and missing properties, values
 * of the wrong JSON type and events a timeline rejects are {@link
 * com.fasterxml.jackson.databind.JsonMappingException}s whose message starts with the JSON path
 * (such as {@code events[3].at}) and whose {@code getPath()} holds it. Writing then reading gives
 * an equal value, and writing that again gives the same text.
 *
 * <p>Immutable and thread-safe.
 */
// Jackson is optional ("requires static", not transitive, so modules without JSON compile without
// it); a caller of this class has Jackson and reads it itself.
@SuppressWarnings("exports")
public final class RapportCoreModule extends Module {

  /** Creates the module. */
  public RapportCoreModule() {}

  @Override
  public String getModuleName() {
    return "rapport-core";
  }

  /** Returns {@link Version#unknownVersion()}: the module's format is versioned with core. */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /** Returns the modules this one needs: {@link JavaTimeModule}. */
  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new JavaTimeModule());
  }

  @Override
  public void setupModule(SetupContext context) {
    JsonAdapters.Table table = JsonAdapters.table();
    SimpleKeyDeserializers keyDeserializers = new SimpleKeyDeserializers();
    for (TextCodec<?> codec :
        List.of(
            TextCodec.CUSTOMER_ID,
            TextCodec.TICKET_ID,
            TextCodec.AGENT_ID,
            TextCodec.TEAM_ID,
            TextCodec.CHANNEL,
            TextCodec.PRIORITY,
            TextCodec.TICKET_STATUS,
            TextCodec.VISIBILITY,
            TextCodec.LOCAL_TIME_RANGE)) {
      add(codec, table, keyDeserializers);
    }
    table
        .writer(TicketEvent.class, (event, out, provider) -> EventType.write(event, out))
        .both(TicketTimeline.class, TimelineJson::write, TimelineJson::read)
        .both(BusinessCalendar.class, BusinessCalendarJson::write, BusinessCalendarJson::read);
    // The event interface and each event record, all with one format.
    for (Class<?> type : TicketEvent.class.getPermittedSubclasses()) {
      addEvent(table, type.asSubclass(TicketEvent.class));
    }
    addEvent(table, TicketEvent.class);
    table.registerIn(context);
    context.addKeyDeserializers(keyDeserializers);
  }

  private static <T> void add(
      TextCodec<T> codec, JsonAdapters.Table table, SimpleKeyDeserializers keyDeserializers) {
    table.both(codec.type(), codec::write, codec::read);
    keyDeserializers.addDeserializer(codec.type(), codec.keyDeserializer());
  }

  /** Reads an event, or one of its records: asked for a record, rejects events of another type. */
  private static <T extends TicketEvent> void addEvent(JsonAdapters.Table table, Class<T> type) {
    table.reader(
        type,
        in -> {
          TicketEvent event = EventType.read(in);
          if (!type.isInstance(event)) {
            throw in.wrongKind(
                "an event", EventType.of(type).jsonName(), EventType.of(event).jsonName());
          }
          return type.cast(event);
        });
  }

  @Override
  public String toString() {
    return "RapportCoreModule";
  }
}
