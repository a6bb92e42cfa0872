package dev.rapport.sla.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.TicketId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StepIdTest {
  private static final TicketId T1 = TicketId.of("T-1");

  @Test
  void keyAndTextNameEveryComponent() {
    StepId id = new StepId(T1, "first-response", 1, 2, 0);
    assertThat(id.key()).isEqualTo("T-1/first-response/1/2/0");
    assertThat(id).hasToString("T-1/first-response cycle 1 level 2 repetition 0");
  }

  @Test
  void keysOfDistinctIdsDiffer() {
    // Without escaping, "a/b" + "c" and "a" + "b/c" would give the same key.
    StepId one = new StepId(TicketId.of("a/b"), "c", 1, 1, 0);
    StepId two = new StepId(TicketId.of("a"), "b/c", 1, 1, 0);
    StepId three = new StepId(TicketId.of("a%2Fb"), "c", 1, 1, 0);
    assertThat(one.key()).isEqualTo("a%2Fb/c/1/1/0");
    assertThat(two.key()).isEqualTo("a/b%2Fc/1/1/0");
    assertThat(three.key()).isEqualTo("a%252Fb/c/1/1/0");
  }

  @Test
  void idsOrderByTicketPolicyCycleLevelAndRepetition() {
    List<StepId> ids =
        new ArrayList<>(
            List.of(
                new StepId(T1, "b", 1, 1, 0),
                new StepId(T1, "a", 2, 1, 0),
                new StepId(T1, "a", 1, 2, 0),
                new StepId(T1, "a", 1, 1, 1),
                new StepId(T1, "a", 1, 1, 0),
                new StepId(TicketId.of("T-0"), "z", 9, 9, 9)));
    ids.sort(null);
    assertThat(ids)
        .extracting(StepId::key)
        .containsExactly("T-0/z/9/9/9", "T-1/a/1/1/0", "T-1/a/1/1/1", "T-1/a/1/2/0", "T-1/a/2/1/0", "T-1/b/1/1/0");
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("p", 0, 1, 0, "cycle must be at least 1, but was 0"),
        Arguments.of("p", 1, 0, 0, "level must be in [1, 100], but was 0"),
        Arguments.of("p", 1, 101, 0, "level must be in [1, 100], but was 101"),
        Arguments.of("p", 1, 1, -1, "repetition must be in [0, 1000], but was -1"),
        Arguments.of("p", 1, 1, 1001, "repetition must be in [0, 1000], but was 1001"),
        Arguments.of("", 1, 1, 0, "policy must have 1 to 100 characters, but had 0"));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void invalidIdsAreRejected(String policy, int cycle, int level, int repetition, String message) {
    assertThatThrownBy(() -> new StepId(T1, policy, cycle, level, repetition))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void aTicketIsRequired() {
    assertThatThrownBy(() -> new StepId(null, "p", 1, 1, 0))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ticketId");
  }
}
