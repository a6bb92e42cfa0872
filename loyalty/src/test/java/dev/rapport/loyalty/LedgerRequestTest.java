package dev.rapport.loyalty;

import static dev.rapport.loyalty.Fixtures.day;
import static dev.rapport.loyalty.Fixtures.key;
import static dev.rapport.loyalty.Fixtures.origin;
import static dev.rapport.loyalty.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LedgerRequestTest {
  private static final Origin ORIGIN = origin("k", day(1));

  static Stream<Arguments> kinds() {
    return Stream.of(
        Arguments.of(LedgerRequest.earn(ORIGIN, 1), EntryType.EARN),
        Arguments.of(LedgerRequest.earn(ORIGIN, 1, usd("1")), EntryType.EARN),
        Arguments.of(LedgerRequest.redeem(ORIGIN, 1), EntryType.REDEEM),
        Arguments.of(LedgerRequest.redeem(ORIGIN, 1, usd("1")), EntryType.REDEEM),
        Arguments.of(LedgerRequest.refund(ORIGIN, key("e"), usd("1")), EntryType.CLAWBACK),
        Arguments.of(LedgerRequest.clawback(ORIGIN, key("e")), EntryType.CLAWBACK),
        Arguments.of(LedgerRequest.rollback(ORIGIN, key("r")), EntryType.REDEMPTION_ROLLBACK),
        Arguments.of(LedgerRequest.rollback(ORIGIN, key("r"), 5), EntryType.REDEMPTION_ROLLBACK),
        Arguments.of(LedgerRequest.credit(ORIGIN, 1), EntryType.MANUAL_CREDIT),
        Arguments.of(LedgerRequest.debit(ORIGIN, 1), EntryType.MANUAL_DEBIT),
        Arguments.of(LedgerRequest.activate(ORIGIN, key("e")), EntryType.PENDING_ACTIVATION),
        Arguments.of(LedgerRequest.cancel(ORIGIN, key("e")), EntryType.PENDING_CANCELLATION),
        Arguments.of(new LedgerRequest.Expire(ORIGIN, 0), EntryType.EXPIRE));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("kinds")
  void eachKindWritesItsEntryTypeAndCarriesItsOrigin(LedgerRequest request, EntryType type) {
    assertThat(request.type()).isEqualTo(type);
    assertThat(request.origin()).isEqualTo(ORIGIN);
    assertThat(request.key()).isEqualTo(key("k"));
    assertThat(request.occurredAt()).isEqualTo(day(1));
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of(
            (Supplier<Object>) () -> LedgerRequest.earn(ORIGIN, -1),
            "points must not be negative, but was -1"),
        Arguments.of(
            (Supplier<Object>) () -> LedgerRequest.redeem(ORIGIN, 0),
            "points must be positive, but was 0"),
        Arguments.of(
            (Supplier<Object>) () -> LedgerRequest.credit(ORIGIN, 0),
            "points must be positive, but was 0"),
        Arguments.of(
            (Supplier<Object>) () -> LedgerRequest.debit(ORIGIN, -5),
            "points must be positive, but was -5"),
        Arguments.of(
            (Supplier<Object>) () -> LedgerRequest.rollback(ORIGIN, key("r"), 0),
            "points must be positive, but was 0"),
        Arguments.of(
            (Supplier<Object>) () -> LedgerRequest.refund(ORIGIN, key("e"), usd("0")),
            "refunded must be positive, but was USD 0.00"),
        Arguments.of(
            (Supplier<Object>) () -> new LedgerRequest.Expire(ORIGIN, -1),
            "lot must not be negative, but was -1"),
        Arguments.of(
            (Supplier<Object>)
                () ->
                    new LedgerRequest.Earn(
                        ORIGIN,
                        10,
                        Optional.empty(),
                        List.of(
                            new ExplanationLine("a", "b", 4), new ExplanationLine("c", "d", 5))),
            "explanation must sum to the points 10, but summed to 9"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalid")
  void rejectsInvalidRequests(Supplier<Object> request, String message) {
    assertThatThrownBy(request::get)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void requestsAreValuesAndNeedTheirParts() {
    assertThat(LedgerRequest.rollback(ORIGIN, key("r")))
        .isEqualTo(new LedgerRequest.RedemptionRollback(ORIGIN, key("r"), OptionalLong.empty()));
    assertThat(LedgerRequest.earn(ORIGIN, 3)).isNotEqualTo(LedgerRequest.earn(ORIGIN, 3, usd("1")));
    assertThatThrownBy(() -> LedgerRequest.earn(null, 1)).hasMessage("origin");
    assertThatThrownBy(() -> LedgerRequest.clawback(ORIGIN, null)).hasMessage("earnKey");
    assertThatThrownBy(() -> LedgerRequest.rollback(ORIGIN, null)).hasMessage("redemptionKey");
    assertThatThrownBy(() -> new LedgerRequest.Earn(ORIGIN, 1, Optional.empty(), null))
        .hasMessage("explanation");
  }
}
