package dev.rapport.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.rapport.core.AgentId;
import dev.rapport.core.Channel;
import dev.rapport.core.CustomerId;
import dev.rapport.core.Priority;
import dev.rapport.core.TeamId;
import dev.rapport.core.TicketId;
import dev.rapport.core.TicketStatus;
import dev.rapport.core.json.internal.JsonIn;
import dev.rapport.core.ticket.Visibility;
import dev.rapport.core.time.LocalTimeRange;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Function;

/**
 * How a value that is a JSON string in Rapport's format is written, parsed and read. Parsing throws
 * {@link IllegalArgumentException} with a message that says what was expected; reading puts the
 * JSON path in front. Immutable and thread-safe.
 */
final class TextCodec<T> {
  static final TextCodec<CustomerId> CUSTOMER_ID =
      new TextCodec<>(CustomerId.class, CustomerId::value, CustomerId::of);
  static final TextCodec<TicketId> TICKET_ID =
      new TextCodec<>(TicketId.class, TicketId::value, TicketId::of);
  static final TextCodec<AgentId> AGENT_ID =
      new TextCodec<>(AgentId.class, AgentId::value, AgentId::of);
  static final TextCodec<TeamId> TEAM_ID = new TextCodec<>(TeamId.class, TeamId::value, TeamId::of);
  static final TextCodec<Channel> CHANNEL = ofEnum(Channel.class);
  static final TextCodec<Priority> PRIORITY = ofEnum(Priority.class);
  static final TextCodec<TicketStatus> TICKET_STATUS = ofEnum(TicketStatus.class);
  static final TextCodec<Visibility> VISIBILITY = ofEnum(Visibility.class);
  static final TextCodec<Instant> INSTANT =
      new TextCodec<>(Instant.class, Instant::toString, JsonIn::parseInstant);
  static final TextCodec<LocalTimeRange> LOCAL_TIME_RANGE =
      new TextCodec<>(LocalTimeRange.class, LocalTimeRange::toString, LocalTimeRange::parse);
  static final TextCodec<LocalDate> LOCAL_DATE =
      new TextCodec<>(
          LocalDate.class,
          LocalDate::toString,
          java(LocalDate::parse, "an ISO-8601 date such as 2027-12-24"));
  static final TextCodec<ZoneId> ZONE_ID =
      new TextCodec<>(ZoneId.class, ZoneId::getId, JsonIn::parseZone);
  static final TextCodec<DayOfWeek> DAY_OF_WEEK = ofEnum(DayOfWeek.class);

  private final Class<T> type;
  private final Function<T, String> format;
  private final Function<String, T> parse;

  private TextCodec(Class<T> type, Function<T, String> format, Function<String, T> parse) {
    this.type = type;
    this.format = format;
    this.parse = parse;
  }

  /** Returns the type this codec handles. */
  Class<T> type() {
    return type;
  }

  /** Returns the JSON string for {@code value}. */
  String format(T value) {
    return format.apply(value);
  }

  /** Returns the value of {@code text}, or throws {@link IllegalArgumentException}. */
  T parse(String text) {
    return parse.apply(text);
  }

  /** Returns the value of {@code in}, a JSON string; an unparsable one is an error at its path. */
  T read(JsonIn in) throws JsonMappingException {
    return in.parsed(parse, type);
  }

  /** Writes {@code value} as a JSON string. */
  void write(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
    out.writeString(format(value));
  }

  /** Returns a deserializer of map keys with this codec. */
  KeyDeserializer keyDeserializer() {
    return new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
        try {
          return parse(key);
        } catch (IllegalArgumentException e) {
          return ctxt.handleWeirdKey(type, key, "%s", e.getMessage());
        }
      }
    };
  }

  /** Enums are their constant names, matched exactly (whatever the mapper's enum settings). */
  private static <E extends Enum<E>> TextCodec<E> ofEnum(Class<E> type) {
    return new TextCodec<>(type, Enum::name, text -> JsonIn.constantNamed(type, text));
  }

  /**
   * Adapts a java.time parser: its {@link DateTimeException} becomes an {@link
   * IllegalArgumentException} "must be {@code expected}, but was ...".
   */
  private static <T> Function<String, T> java(Function<String, T> parse, String expected) {
    return text -> {
      Objects.requireNonNull(text, "text");
      try {
        return parse.apply(text);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("must be " + expected + ", but was \"" + text + "\"", e);
      }
    };
  }
}
