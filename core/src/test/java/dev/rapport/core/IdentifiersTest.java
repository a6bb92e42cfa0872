package dev.rapport.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The four identifier records share their validation ({@link Identifiers}); each case runs against
 * each of them, with the name the record puts in its messages.
 */
class IdentifiersTest {

  static Stream<Arguments> ids() {
    return Stream.of(
        Arguments.of("customerId", (Function<String, Object>) CustomerId::of),
        Arguments.of("ticketId", (Function<String, Object>) TicketId::of),
        Arguments.of("agentId", (Function<String, Object>) AgentId::of),
        Arguments.of("teamId", (Function<String, Object>) TeamId::of));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void acceptsValidValuesAndPrintsThemPlainly(String name, Function<String, Object> of) {
    assertThat(of.apply("T-1").toString()).isEqualTo("T-1");
    assertThat(of.apply("a b").toString()).isEqualTo("a b");
    assertThat(of.apply("x".repeat(256)).toString()).hasSize(256);
    assertThat(of.apply("ü-ñ-東")).isEqualTo(of.apply("ü-ñ-東"));
    assertThat(of.apply("a")).isNotEqualTo(of.apply("A"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void rejectsNull(String name, Function<String, Object> of) {
    assertThatThrownBy(() -> of.apply(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage(name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void rejectsBlank(String name, Function<String, Object> of) {
    assertThatThrownBy(() -> of.apply(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(name + " must not be blank, but was \"\"");
    assertThatThrownBy(() -> of.apply("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(name + " must not be blank, but was \"  \"");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void rejectsTooLong(String name, Function<String, Object> of) {
    assertThatThrownBy(() -> of.apply("x".repeat(257)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(name + " must be at most 256 characters, but was 257");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void rejectsWhiteSpaceAtEitherEnd(String name, Function<String, Object> of) {
    assertThatThrownBy(() -> of.apply(" a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(name + " must not start or end with white space, but was \" a\"");
    assertThatThrownBy(() -> of.apply("a\t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(name + " must not start or end with white space, but was \"a\t\"");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void rejectsControlCharacters(String name, Function<String, Object> of) {
    assertThatThrownBy(() -> of.apply("ab\u0000c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(name + " must not contain control characters, but had one at index 2");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  @SuppressWarnings({"unchecked", "rawtypes"})
  void comparesByValue(String name, Function<String, Object> of) {
    Comparable a = (Comparable) of.apply("a");
    Comparable b = (Comparable) of.apply("b");
    assertThat(a.compareTo(b)).isNegative();
    assertThat(b.compareTo(a)).isPositive();
    assertThat(a.compareTo(of.apply("a"))).isZero();
  }
}
