package dev.rapport.core.ticket;

import static dev.rapport.core.ticket.Fixtures.ANA;
import static dev.rapport.core.ticket.Fixtures.CUSTOMER;
import static dev.rapport.core.ticket.Fixtures.SUPPORT;
import static dev.rapport.core.ticket.Fixtures.TICKET;
import static dev.rapport.core.ticket.Fixtures.at;
import static dev.rapport.core.ticket.Fixtures.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.Channel;
import dev.rapport.core.Priority;
import dev.rapport.core.TicketStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The event records: validation in their constructors, factories and copies. */
class TicketEventTest {
  private static final Instant T = at("10:00");

  static Stream<Arguments> nullComponents() {
    Set<String> none = Set.of();
    return Stream.of(
        Arguments.of("at", (Executable) () -> new CustomerMessage(null)),
        Arguments.of("at", (Executable) () -> new Reopened(null)),
        Arguments.of("agentId", (Executable) () -> new AgentReply(T, null, Visibility.PUBLIC)),
        Arguments.of("visibility", (Executable) () -> new AgentReply(T, ANA, null)),
        Arguments.of("to", (Executable) () -> new StatusChanged(T, null)),
        Arguments.of("to", (Executable) () -> new PriorityChanged(T, null)),
        Arguments.of("into", (Executable) () -> new Merged(T, null)),
        Arguments.of("agentId", (Executable) () -> new Acknowledged(T, null)),
        Arguments.of("agentId", (Executable) () -> new Assigned(T, null, Optional.of(SUPPORT))),
        Arguments.of("teamId", (Executable) () -> new Assigned(T, Optional.of(ANA), null)),
        Arguments.of("added", (Executable) () -> new TagsChanged(T, null, Set.of("a"))),
        Arguments.of("removed", (Executable) () -> new TagsChanged(T, Set.of("a"), null)),
        Arguments.of(
            "ticketId",
            (Executable) () -> new TicketCreated(T, null, CUSTOMER, Channel.CHAT, Priority.LOW)),
        Arguments.of(
            "customerId",
            (Executable) () -> new TicketCreated(T, TICKET, null, Channel.CHAT, Priority.LOW)),
        Arguments.of(
            "channel",
            (Executable) () -> new TicketCreated(T, TICKET, CUSTOMER, null, Priority.LOW)),
        Arguments.of(
            "priority",
            (Executable) () -> new TicketCreated(T, TICKET, CUSTOMER, Channel.CHAT, null)),
        Arguments.of(
            "tags",
            (Executable)
                () ->
                    new TicketCreated(
                        T, TICKET, CUSTOMER, Channel.CHAT, Priority.LOW, null, Optional.empty())),
        Arguments.of(
            "segment",
            (Executable)
                () ->
                    new TicketCreated(
                        T, TICKET, CUSTOMER, Channel.CHAT, Priority.LOW, none, null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullComponents")
  void rejectsNullComponentsByName(String name, Executable construct) {
    assertThatThrownBy(construct::execute)
        .isInstanceOf(NullPointerException.class)
        .hasMessage(name);
  }

  static Stream<Arguments> invalidTags() {
    return Stream.of(
        Arguments.of("", "tag must have 1 to 100 characters, but had 0"),
        Arguments.of("x".repeat(101), "tag must have 1 to 100 characters, but had 101"),
        Arguments.of(
            "two words",
            "tag must not contain white space or control characters, but was \"two words\""),
        Arguments.of(
            "bell\u0007",
            "tag must not contain white space or control characters, but was \"bell\\u0007\""));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalidTags")
  void rejectsInvalidTagsWherever(String tag, String message) {
    assertThatThrownBy(() -> created().withTags(Set.of(tag)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> TagsChanged.adding(T, tag))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> new TagsChanged(T, Set.of("ok"), Set.of(tag)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void acceptsTagsUpToTheLimitAndKeepsThemSorted() {
    String longest = "x".repeat(100);
    TicketCreated created = created().withTags(new HashSet<>(List.of("vip", longest, "Billing")));
    assertThat(created.tags()).containsExactly("Billing", "vip", longest);
    assertThatThrownBy(() -> created.tags().add("more"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsANullTag() {
    assertThatThrownBy(() -> created().withTags(new HashSet<>(Arrays.asList("a", null))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("tags must not contain null, but was ");
  }

  static Stream<Arguments> invalidSegments() {
    return Stream.of(
        Arguments.of("", "segment must have 1 to 100 characters, but had 0"),
        Arguments.of(
            "   ", "segment must not be blank or start or end with white space, but was \"   \""),
        Arguments.of(
            " smb", "segment must not be blank or start or end with white space, but was \" smb\""),
        Arguments.of(
            "key\naccounts",
            "segment must not contain control characters, but was \"key\\u000aaccounts\""),
        Arguments.of("x".repeat(101), "segment must have 1 to 100 characters, but had 101"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalidSegments")
  void rejectsInvalidSegments(String segment, String message) {
    assertThatThrownBy(() -> created().withSegment(segment))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void createdHasAShortFormWithoutTagsAndSegment() {
    TicketCreated created = new TicketCreated(T, TICKET, CUSTOMER, Channel.PHONE, Priority.HIGH);
    assertThat(created.tags()).isEmpty();
    assertThat(created.segment()).isEmpty();
    assertThat(created.withSegment("key accounts").segment()).contains("key accounts");
    assertThat(created.withTags(Set.of("a")).tags()).containsExactly("a");
  }

  @Test
  void agentReplyFactoriesSetTheVisibility() {
    assertThat(AgentReply.publicReply(T, ANA))
        .isEqualTo(new AgentReply(T, ANA, Visibility.PUBLIC))
        .matches(AgentReply::isPublic);
    assertThat(AgentReply.internalNote(T, ANA))
        .isEqualTo(new AgentReply(T, ANA, Visibility.INTERNAL))
        .matches(reply -> !reply.isPublic());
  }

  @Test
  void assignedNeedsAnAgentOrATeam() {
    assertThatThrownBy(() -> new Assigned(T, Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an assignment must name an agent or a team, but had neither");
    assertThat(Assigned.toAgent(T, ANA))
        .isEqualTo(new Assigned(T, Optional.of(ANA), Optional.empty()));
    assertThat(Assigned.toTeam(T, SUPPORT))
        .isEqualTo(new Assigned(T, Optional.empty(), Optional.of(SUPPORT)));
    assertThat(Assigned.to(T, ANA, SUPPORT))
        .isEqualTo(new Assigned(T, Optional.of(ANA), Optional.of(SUPPORT)));
  }

  @Test
  void tagsChangedMustChangeSomethingAndNotBothWays() {
    assertThatThrownBy(() -> new TagsChanged(T, Set.of(), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a tag change must add or remove a tag, but did neither");
    assertThatThrownBy(() -> new TagsChanged(T, Set.of("a", "b"), Set.of("b", "c")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("added and removed must be disjoint, but both had [b]");
    assertThatThrownBy(() -> TagsChanged.adding(T, "a", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tags must not repeat a tag, but was [a, a]");
    assertThat(TagsChanged.adding(T, "b", "a"))
        .isEqualTo(new TagsChanged(T, Set.of("a", "b"), Set.of()));
    assertThat(TagsChanged.removing(T, "a")).isEqualTo(new TagsChanged(T, Set.of(), Set.of("a")));
    assertThat(TagsChanged.adding(T, "b", "a").added()).containsExactly("a", "b");
  }

  @Test
  void everyEventTypeIsARecordOfTheSealedInterface() {
    assertThat(TicketEvent.class.isSealed()).isTrue();
    assertThat(TicketEvent.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(
            TicketCreated.class,
            CustomerMessage.class,
            AgentReply.class,
            StatusChanged.class,
            PriorityChanged.class,
            Assigned.class,
            TagsChanged.class,
            Merged.class,
            Reopened.class,
            Acknowledged.class);
    for (Class<?> type : TicketEvent.class.getPermittedSubclasses()) {
      assertThat(type.isRecord()).as(type.getSimpleName()).isTrue();
    }
  }

  @Test
  void eventsPrintAsRecords() {
    assertThat(new StatusChanged(T, TicketStatus.OPEN))
        .hasToString("StatusChanged[at=2026-11-23T10:00:00Z, to=OPEN]");
  }
}
