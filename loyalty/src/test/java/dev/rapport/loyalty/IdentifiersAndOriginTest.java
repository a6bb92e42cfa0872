package dev.rapport.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The key-like texts of the loyalty records share one validation; each case runs against each
 * record with the name it puts in its messages.
 */
class IdentifiersAndOriginTest {

  static Stream<Arguments> keyLike() {
    return Stream.of(
        Arguments.of("idempotencyKey", 256, (Function<String, Object>) IdempotencyKey::of),
        Arguments.of("id", 256, (Function<String, Object>) SourceRef::order),
        Arguments.of("id", 256, (Function<String, Object>) Actor::service),
        Arguments.of("name", 100, (Function<String, Object>) EventKind::of),
        Arguments.of("name", 200, (Function<String, Object>) name -> EarningRule.checkName(name)),
        Arguments.of(
            "product",
            256,
            (Function<String, Object>) product -> LineItem.of(product, "c", Fixtures.usd("1"))),
        Arguments.of("name", 100, (Function<String, Object>) name -> Tier.of(name, 0, "1")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keyLike")
  void rejectsBlankLongPaddedAndControlTexts(String name, int max, Function<String, Object> of) {
    assertThat(of.apply("x".repeat(max))).isNotNull();
    assertThatThrownBy(() -> of.apply(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(name + " must not be blank, but was \" \"");
    assertThatThrownBy(() -> of.apply("x".repeat(max + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(name + " must be at most " + max + " characters, but was " + (max + 1));
    assertThatThrownBy(() -> of.apply("a "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(name + " must not start or end with white space, but was \"a \"");
    assertThatThrownBy(() -> of.apply("a\nb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(name + " must not contain control characters, but had one at index 1");
    assertThatThrownBy(() -> of.apply(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage(name);
  }

  @org.junit.jupiter.api.Test
  void idempotencyKeysCompareAndPrintTheirValue() {
    assertThat(IdempotencyKey.of("a").compareTo(IdempotencyKey.of("b"))).isNegative();
    assertThat(IdempotencyKey.of("order-1/earn")).hasToString("order-1/earn");
  }

  @org.junit.jupiter.api.Test
  void sourcesAndActorsPrintTheirKindAndId() {
    assertThat(SourceRef.order("O-1")).hasToString("order:O-1");
    assertThat(SourceRef.refund("R")).hasToString("refund:R");
    assertThat(SourceRef.cancellation("C")).hasToString("cancellation:C");
    assertThat(SourceRef.event("E")).hasToString("event:E");
    assertThat(SourceRef.referral("F")).hasToString("referral:F");
    assertThat(SourceRef.adjustment("A")).hasToString("adjustment:A");
    assertThat(Actor.system()).hasToString("system");
    assertThat(Actor.member()).hasToString("member");
    assertThat(Actor.agent(dev.rapport.core.AgentId.of("ana"))).hasToString("agent:ana");
    assertThat(Actor.service("checkout")).hasToString("service:checkout");
  }

  @org.junit.jupiter.api.Test
  void actorsHaveAnIdExactlyWhenTheirKindNeedsOne() {
    assertThatThrownBy(() -> new Actor(Actor.Type.AGENT, java.util.Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must be present for a AGENT actor");
    assertThatThrownBy(() -> new Actor(Actor.Type.SYSTEM, java.util.Optional.of("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must be empty for a SYSTEM actor, but was \"x\"");
  }

  @org.junit.jupiter.api.Test
  void originsNeedEveryPartAndAReadableReason() {
    Instant at = Instant.EPOCH;
    SourceRef source = SourceRef.order("O");
    assertThat(Origin.of("k", at, source, "a reason with  spaces ", Actor.system()).reason())
        .isEqualTo("a reason with  spaces ");
    assertThatThrownBy(() -> Origin.of("k", at, source, "", Actor.system()))
        .hasMessage("reason must not be blank, but was \"\"");
    assertThatThrownBy(() -> Origin.of("k", at, source, "x".repeat(501), Actor.system()))
        .hasMessage("reason must be at most 500 characters, but was 501");
    assertThatThrownBy(() -> Origin.of("k", at, source, "tab\there", Actor.system()))
        .hasMessage("reason must not contain control characters, but had one at index 3");
    assertThatThrownBy(() -> Origin.of("k", null, source, "r", Actor.system()))
        .hasMessage("occurredAt");
    assertThatThrownBy(() -> Origin.of("k", at, null, "r", Actor.system())).hasMessage("source");
    assertThatThrownBy(() -> Origin.of("k", at, source, "r", null)).hasMessage("actor");
  }

  @org.junit.jupiter.api.Test
  void explanationLinesNeedARuleAndABase() {
    assertThat(new ExplanationLine("base", "USD 1.00 at 10 points per USD 1.00", 10))
        .hasToString("base: 10 (USD 1.00 at 10 points per USD 1.00)");
    assertThatThrownBy(() -> new ExplanationLine("", "b", 1))
        .hasMessage("rule must not be blank, but was \"\"");
    assertThatThrownBy(() -> new ExplanationLine("r", "b".repeat(501), 1))
        .hasMessage("base must be at most 500 characters, but was 501");
  }
}
