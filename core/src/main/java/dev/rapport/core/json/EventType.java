package dev.rapport.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.rapport.core.json.internal.JsonIn;
import dev.rapport.core.ticket.Acknowledged;
import dev.rapport.core.ticket.AgentReply;
import dev.rapport.core.ticket.Assigned;
import dev.rapport.core.ticket.CustomerMessage;
import dev.rapport.core.ticket.Merged;
import dev.rapport.core.ticket.PriorityChanged;
import dev.rapport.core.ticket.Reopened;
import dev.rapport.core.ticket.StatusChanged;
import dev.rapport.core.ticket.TagsChanged;
import dev.rapport.core.ticket.TicketCreated;
import dev.rapport.core.ticket.TicketEvent;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON form of each kind of {@link TicketEvent}: its logical type name (never a class name),
 * its properties, and how to write and read them. Every event is an object whose first two
 * properties are {@code "type"} and {@code "at"}. Thread-safe (an enum).
 */
enum EventType {
  CREATED(
      "created",
      TicketCreated.class,
      "ticketId",
      "customerId",
      "channel",
      "priority",
      "tags",
      "segment") {
    @Override
    TicketEvent read(Instant at, JsonIn in) throws JsonMappingException {
      return new TicketCreated(
          at,
          TextCodec.TICKET_ID.read(in.get("ticketId")),
          TextCodec.CUSTOMER_ID.read(in.get("customerId")),
          TextCodec.CHANNEL.read(in.get("channel")),
          TextCodec.PRIORITY.read(in.get("priority")),
          texts(in, "tags"),
          in.optional("segment", JsonIn::text));
    }

    @Override
    void writeProperties(TicketEvent event, JsonGenerator out) throws IOException {
      TicketCreated created = (TicketCreated) event;
      writeValue(out, "ticketId", TextCodec.TICKET_ID, created.ticketId());
      writeValue(out, "customerId", TextCodec.CUSTOMER_ID, created.customerId());
      writeValue(out, "channel", TextCodec.CHANNEL, created.channel());
      writeValue(out, "priority", TextCodec.PRIORITY, created.priority());
      writeTexts(out, "tags", created.tags());
      writeOptional(out, "segment", created.segment());
    }
  },
  CUSTOMER_MESSAGE("customer_message", CustomerMessage.class) {
    @Override
    TicketEvent read(Instant at, JsonIn in) {
      return new CustomerMessage(at);
    }

    @Override
    void writeProperties(TicketEvent event, JsonGenerator out) {}
  },
  AGENT_REPLY("agent_reply", AgentReply.class, "agentId", "visibility") {
    @Override
    TicketEvent read(Instant at, JsonIn in) throws JsonMappingException {
      return new AgentReply(
          at,
          TextCodec.AGENT_ID.read(in.get("agentId")),
          TextCodec.VISIBILITY.read(in.get("visibility")));
    }

    @Override
    void writeProperties(TicketEvent event, JsonGenerator out) throws IOException {
      AgentReply reply = (AgentReply) event;
      writeValue(out, "agentId", TextCodec.AGENT_ID, reply.agentId());
      writeValue(out, "visibility", TextCodec.VISIBILITY, reply.visibility());
    }
  },
  STATUS_CHANGED("status_changed", StatusChanged.class, "to") {
    @Override
    TicketEvent read(Instant at, JsonIn in) throws JsonMappingException {
      return new StatusChanged(at, TextCodec.TICKET_STATUS.read(in.get("to")));
    }

    @Override
    void writeProperties(TicketEvent event, JsonGenerator out) throws IOException {
      writeValue(out, "to", TextCodec.TICKET_STATUS, ((StatusChanged) event).to());
    }
  },
  PRIORITY_CHANGED("priority_changed", PriorityChanged.class, "to") {
    @Override
    TicketEvent read(Instant at, JsonIn in) throws JsonMappingException {
      return new PriorityChanged(at, TextCodec.PRIORITY.read(in.get("to")));
    }

    @Override
    void writeProperties(TicketEvent event, JsonGenerator out) throws IOException {
      writeValue(out, "to", TextCodec.PRIORITY, ((PriorityChanged) event).to());
    }
  },
  ASSIGNED("assigned", Assigned.class, "agentId", "teamId") {
    @Override
    TicketEvent read(Instant at, JsonIn in) throws JsonMappingException {
      return new Assigned(
          at,
          in.optional("agentId", TextCodec.AGENT_ID::read),
          in.optional("teamId", TextCodec.TEAM_ID::read));
    }

    @Override
    void writeProperties(TicketEvent event, JsonGenerator out) throws IOException {
      Assigned assigned = (Assigned) event;
      writeOptional(out, "agentId", assigned.agentId().map(TextCodec.AGENT_ID::format));
      writeOptional(out, "teamId", assigned.teamId().map(TextCodec.TEAM_ID::format));
    }
  },
  TAGS_CHANGED("tags_changed", TagsChanged.class, "added", "removed") {
    @Override
    TicketEvent read(Instant at, JsonIn in) throws JsonMappingException {
      return new TagsChanged(at, texts(in, "added"), texts(in, "removed"));
    }

    @Override
    void writeProperties(TicketEvent event, JsonGenerator out) throws IOException {
      TagsChanged change = (TagsChanged) event;
      writeTexts(out, "added", change.added());
      writeTexts(out, "removed", change.removed());
    }
  },
  MERGED("merged", Merged.class, "into") {
    @Override
    TicketEvent read(Instant at, JsonIn in) throws JsonMappingException {
      return new Merged(at, TextCodec.TICKET_ID.read(in.get("into")));
    }

    @Override
    void writeProperties(TicketEvent event, JsonGenerator out) throws IOException {
      writeValue(out, "into", TextCodec.TICKET_ID, ((Merged) event).into());
    }
  },
  REOPENED("reopened", Reopened.class) {
    @Override
    TicketEvent read(Instant at, JsonIn in) {
      return new Reopened(at);
    }

    @Override
    void writeProperties(TicketEvent event, JsonGenerator out) {}
  },
  ACKNOWLEDGED("acknowledged", Acknowledged.class, "agentId") {
    @Override
    TicketEvent read(Instant at, JsonIn in) throws JsonMappingException {
      return new Acknowledged(at, TextCodec.AGENT_ID.read(in.get("agentId")));
    }

    @Override
    void writeProperties(TicketEvent event, JsonGenerator out) throws IOException {
      writeValue(out, "agentId", TextCodec.AGENT_ID, ((Acknowledged) event).agentId());
    }
  };

  private static final ImmutableMap<String, EventType> BY_NAME;
  private static final ImmutableMap<Class<?>, EventType> BY_CLASS;

  static {
    ImmutableMap.Builder<String, EventType> byName = ImmutableMap.builder();
    ImmutableMap.Builder<Class<?>, EventType> byClass = ImmutableMap.builder();
    for (EventType type : values()) {
      byName.put(type.jsonName, type);
      byClass.put(type.eventClass, type);
    }
    BY_NAME = byName.build();
    BY_CLASS = byClass.build();
  }

  private final String jsonName;
  private final Class<? extends TicketEvent> eventClass;
  private final ImmutableSet<String> properties;

  EventType(String jsonName, Class<? extends TicketEvent> eventClass, String... properties) {
    this.jsonName = jsonName;
    this.eventClass = eventClass;
    this.properties =
        ImmutableSet.<String>builder().add("type", "at").addAll(Arrays.asList(properties)).build();
  }

  /** Returns the value of the {@code "type"} property for this kind of event. */
  String jsonName() {
    return jsonName;
  }

  /** Returns the kind of {@code event}. */
  static EventType of(TicketEvent event) {
    return of(event.getClass());
  }

  /** Returns the kind of events of record class {@code eventClass}. */
  static EventType of(Class<?> eventClass) {
    EventType type = BY_CLASS.get(eventClass);
    if (type == null) {
      throw new IllegalArgumentException(
          "eventClass must be a TicketEvent record, but was " + eventClass.getName());
    }
    return type;
  }

  /** Writes {@code event} as a JSON object. */
  static void write(TicketEvent event, JsonGenerator out) throws IOException {
    EventType type = of(event);
    out.writeStartObject(event);
    out.writeStringField("type", type.jsonName);
    out.writeStringField("at", TextCodec.INSTANT.format(event.at()));
    type.writeProperties(event, out);
    out.writeEndObject();
  }

  /**
   * Reads the event object {@code in}, strictly: unknown, repeated and missing properties are
   * errors whatever the mapper's settings, each naming its path.
   */
  static TicketEvent read(JsonIn in) throws JsonMappingException {
    in.requireObject("an event");
    JsonIn typeIn = in.get("type");
    String name = typeIn.text();
    EventType type = BY_NAME.get(name);
    if (type == null) {
      throw typeIn.error("unknown event type \"" + name + "\"; known types: " + BY_NAME.keySet());
    }
    in.object("event type \"" + name + "\"", type.properties);
    Instant at = TextCodec.INSTANT.read(in.get("at"));
    return in.build(() -> type.read(at, in));
  }

  /**
   * Returns the strings of array property {@code name}, without repeats; absent or null is none.
   */
  private static Set<String> texts(JsonIn in, String name) throws JsonMappingException {
    return new LinkedHashSet<>(in.optional(name, JsonIn::texts).orElse(List.of()));
  }

  abstract TicketEvent read(Instant at, JsonIn in) throws JsonMappingException;

  abstract void writeProperties(TicketEvent event, JsonGenerator out) throws IOException;

  private static <T> void writeValue(JsonGenerator out, String name, TextCodec<T> codec, T value)
      throws IOException {
    out.writeStringField(name, codec.format(value));
  }

  private static void writeOptional(JsonGenerator out, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      out.writeStringField(name, value.get());
    }
  }

  private static void writeTexts(JsonGenerator out, String name, Set<String> values)
      throws IOException {
    out.writeArrayFieldStart(name);
    for (String value : values) {
      out.writeString(value);
    }
    out.writeEndArray();
  }
}
