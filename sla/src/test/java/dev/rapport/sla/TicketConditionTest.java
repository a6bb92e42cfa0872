package dev.rapport.sla;

import static dev.rapport.sla.TicketCondition.all;
import static dev.rapport.sla.TicketCondition.always;
import static dev.rapport.sla.TicketCondition.any;
import static dev.rapport.sla.TicketCondition.channelIn;
import static dev.rapport.sla.TicketCondition.hasAllTags;
import static dev.rapport.sla.TicketCondition.hasAnyTag;
import static dev.rapport.sla.TicketCondition.not;
import static dev.rapport.sla.TicketCondition.priorityIn;
import static dev.rapport.sla.TicketCondition.segmentIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.Channel;
import dev.rapport.core.CustomerId;
import dev.rapport.core.Priority;
import dev.rapport.core.TicketId;
import dev.rapport.core.ticket.TicketCreated;
import dev.rapport.core.ticket.TicketState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TicketConditionTest {
  private static final TicketCreated CREATED =
      new TicketCreated(
          Instant.parse("2026-11-23T09:00:00Z"),
          TicketId.of("T-1"),
          CustomerId.of("C-1"),
          Channel.EMAIL,
          Priority.NORMAL,
          Set.of("billing", "vip"),
          Optional.of("enterprise"));
  private static final TicketState STATE =
      TicketState.initial(CREATED).withPriority(Priority.URGENT);

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(always(), true),
        Arguments.of(priorityIn(Priority.URGENT), true),
        Arguments.of(priorityIn(Priority.NORMAL, Priority.HIGH), false),
        Arguments.of(channelIn(Channel.EMAIL, Channel.CHAT), true),
        Arguments.of(channelIn(Channel.PHONE), false),
        Arguments.of(hasAnyTag("refund", "vip"), true),
        Arguments.of(hasAnyTag("refund"), false),
        Arguments.of(hasAllTags("vip", "billing"), true),
        Arguments.of(hasAllTags("vip", "refund"), false),
        Arguments.of(segmentIn("enterprise", "smb"), true),
        Arguments.of(segmentIn("smb"), false),
        Arguments.of(all(priorityIn(Priority.URGENT), channelIn(Channel.EMAIL)), true),
        Arguments.of(all(priorityIn(Priority.URGENT), channelIn(Channel.PHONE)), false),
        Arguments.of(any(priorityIn(Priority.LOW), channelIn(Channel.EMAIL)), true),
        Arguments.of(any(priorityIn(Priority.LOW), channelIn(Channel.PHONE)), false),
        Arguments.of(not(hasAnyTag("vip")), false),
        Arguments.of(not(segmentIn("smb")), true));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("cases")
  void matchesTheTicketAsItIsNow(TicketCondition condition, boolean expected) {
    assertThat(condition.matches(CREATED, STATE)).isEqualTo(expected);
  }

  @Test
  void priorityIsTheCurrentOneNotTheInitialOne() {
    assertThat(priorityIn(Priority.NORMAL).matches(CREATED, TicketState.initial(CREATED))).isTrue();
    assertThat(priorityIn(Priority.NORMAL).matches(CREATED, STATE)).isFalse();
  }

  @Test
  void aTicketWithoutSegmentMatchesNoSegmentCondition() {
    TicketCreated noSegment =
        new TicketCreated(
            CREATED.at(), CREATED.ticketId(), CREATED.customerId(), Channel.EMAIL, Priority.LOW);
    assertThat(segmentIn("enterprise").matches(noSegment, TicketState.initial(noSegment)))
        .isFalse();
    assertThat(not(segmentIn("enterprise")).matches(noSegment, TicketState.initial(noSegment)))
        .isTrue();
  }

  @Test
  void printsReadably() {
    assertThat(all(priorityIn(Priority.URGENT), not(hasAnyTag("vip")), always()))
        .hasToString("all(priorityIn[URGENT], not(hasAnyTag[vip]), always)");
    assertThat(any(channelIn(Channel.CHAT), segmentIn("smb"), hasAllTags("b", "a")))
        .hasToString("any(channelIn[CHAT], segmentIn[smb], hasAllTags[a, b])");
  }

  @Test
  void equalConditionsAreEqualValues() {
    assertThat(priorityIn(Priority.HIGH, Priority.URGENT))
        .isEqualTo(new TicketCondition.PriorityIn(Set.of(Priority.URGENT, Priority.HIGH)));
    assertThat(all(always(), hasAnyTag("x"))).isEqualTo(all(always(), hasAnyTag("x")));
    assertThat(all(always(), hasAnyTag("x"))).isNotEqualTo(all(hasAnyTag("x"), always()));
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of((Runnable) () -> priorityIn(), "priorities must not be empty, but was []"),
        Arguments.of(
            (Runnable) () -> channelIn(Channel.CHAT, Channel.CHAT),
            "channels must not repeat a value, but was [CHAT, CHAT]"),
        Arguments.of(
            (Runnable) () -> hasAnyTag("has space"),
            "tag must not contain white space, but was \"has space\""),
        Arguments.of(
            (Runnable) () -> hasAllTags(""), "tag must have 1 to 100 characters, but had 0"),
        Arguments.of(
            (Runnable) () -> segmentIn(" smb"),
            "segment must not be blank or start or end with white space, but was \" smb\""),
        Arguments.of((Runnable) () -> all(), "conditions must not be empty, but was []"),
        Arguments.of(
            (Runnable) () -> new TicketCondition.Any(List.of()),
            "conditions must not be empty, but was []"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalid")
  void rejectsConditionsThatCanNeverMatchOrAreMalformed(Runnable build, String message) {
    assertThatThrownBy(build::run).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> not(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> priorityIn(Priority.LOW, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("priorities must not contain null");
    assertThatThrownBy(() -> all(always(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("conditions must not contain null");
  }
}
