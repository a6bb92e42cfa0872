package dev.rapport.loyalty;

import static dev.rapport.loyalty.Fixtures.day;
import static dev.rapport.loyalty.Fixtures.key;
import static dev.rapport.loyalty.Fixtures.origin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LedgerEntryTest {
  private static final Origin O = origin("k", day(1));
  private static final Optional<LotTerms> LOT =
      Optional.of(new LotTerms(10, day(1), Optional.empty()));

  @Test
  void exposesItsRequestsParts() {
    LedgerEntry entry =
        new LedgerEntry(
            5,
            LedgerRequest.redeem(O, 30),
            -30,
            List.of(new LotChange(1, -20), new LotChange(3, -10)),
            Optional.empty(),
            0,
            0);

    assertThat(entry.type()).isEqualTo(EntryType.REDEEM);
    assertThat(entry.key()).isEqualTo(key("k"));
    assertThat(entry.origin()).isEqualTo(O);
    assertThat(entry.occurredAt()).isEqualTo(day(1));
  }

  static Stream<Arguments> inconsistent() {
    return Stream.of(
        Arguments.of(
            (Supplier<Object>)
                () ->
                    new LedgerEntry(
                        1,
                        LedgerRequest.redeem(O, 30),
                        -30,
                        List.of(new LotChange(0, -20)),
                        Optional.empty(),
                        0,
                        0),
            "points must be the lot changes and opened lot minus the deficit change, -20, but was"
                + " -30"),
        Arguments.of(
            (Supplier<Object>)
                () ->
                    new LedgerEntry(
                        1,
                        LedgerRequest.redeem(O, 30),
                        -30,
                        List.of(new LotChange(0, -15), new LotChange(0, -15)),
                        Optional.empty(),
                        0,
                        0),
            "lotChanges must name each lot once, but named lot 0 twice"),
        Arguments.of(
            (Supplier<Object>)
                () ->
                    new LedgerEntry(
                        1,
                        LedgerRequest.redeem(O, 5),
                        -5,
                        List.of(new LotChange(1, -5)),
                        Optional.empty(),
                        0,
                        0),
            "lotChanges must name lots opened before entry 1, but named lot 1"),
        Arguments.of(
            (Supplier<Object>)
                () ->
                    new LedgerEntry(
                        1,
                        LedgerRequest.redeem(O, 5),
                        5,
                        List.of(new LotChange(0, 5)),
                        Optional.empty(),
                        0,
                        0),
            "lotChanges of a REDEEM entry must be negative, but lot 0 changed by 5"),
        Arguments.of(
            (Supplier<Object>)
                () -> new LedgerEntry(1, LedgerRequest.redeem(O, 10), 10, List.of(), LOT, 0, 0),
            "openedLot must be empty for a REDEEM entry"),
        Arguments.of(
            (Supplier<Object>)
                () ->
                    new LedgerEntry(
                        0, LedgerRequest.earn(O, 10), 10, List.of(), Optional.empty(), -10, 0),
            "a EARN entry must open a lot"),
        Arguments.of(
            (Supplier<Object>)
                () -> new LedgerEntry(0, LedgerRequest.earn(O, 11), 10, List.of(), LOT, 0, 0),
            "points must equal the request's"),
        Arguments.of(
            (Supplier<Object>)
                () -> new LedgerEntry(0, LedgerRequest.earn(O, 10), 10, List.of(), LOT, 0, 2),
            "waived must be 0 for a EARN entry, but was 2"),
        Arguments.of(
            (Supplier<Object>)
                () -> new LedgerEntry(0, LedgerRequest.earn(O, 10), 20, List.of(), LOT, -10, 0),
            "points must equal the request's"),
        Arguments.of(
            (Supplier<Object>)
                () ->
                    new LedgerEntry(
                        3,
                        LedgerRequest.debit(O, 10),
                        -10,
                        List.of(new LotChange(0, -20)),
                        Optional.empty(),
                        -10,
                        0),
            "deficitChange of a MANUAL_DEBIT entry must not be -10"),
        Arguments.of(
            (Supplier<Object>)
                () ->
                    new LedgerEntry(
                        3,
                        new LedgerRequest.Expire(O, 1),
                        -4,
                        List.of(new LotChange(0, -4)),
                        Optional.empty(),
                        0,
                        0),
            "an EXPIRE entry must change exactly the lot it names"),
        Arguments.of(
            (Supplier<Object>)
                () ->
                    new LedgerEntry(
                        3,
                        LedgerRequest.rollback(O, key("r"), 10),
                        7,
                        List.of(new LotChange(0, 7)),
                        Optional.empty(),
                        0,
                        2),
            "points plus waived must equal the request's points"),
        Arguments.of(
            (Supplier<Object>)
                () ->
                    new LedgerEntry(
                        3,
                        LedgerRequest.activate(O, key("e")),
                        -1,
                        List.of(new LotChange(0, -1)),
                        Optional.empty(),
                        0,
                        0),
            "a PENDING_ACTIVATION entry moves no points"),
        Arguments.of(
            (Supplier<Object>)
                () ->
                    new LedgerEntry(
                        -1,
                        LedgerRequest.activate(O, key("e")),
                        0,
                        List.of(),
                        Optional.empty(),
                        0,
                        0),
            "sequence must not be negative, but was -1"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("inconsistent")
  void rejectsEntriesWhosePartsDisagree(Supplier<Object> entry, String message) {
    assertThatThrownBy(entry::get).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void findsARepeatedLotInALongListOfChanges() {
    List<LotChange> changes = new java.util.ArrayList<>();
    for (int lot = 0; lot < 40; lot++) {
      changes.add(new LotChange(lot, -1));
    }
    changes.add(new LotChange(7, -1));

    assertThatThrownBy(
            () ->
                new LedgerEntry(
                    50, LedgerRequest.debit(O, 41), -41, changes, Optional.empty(), 0, 0))
        .hasMessage("lotChanges must name each lot once, but named lot 7 twice");
    assertThat(
            new LedgerEntry(
                    50,
                    LedgerRequest.debit(O, 40),
                    -40,
                    changes.subList(0, 40),
                    Optional.empty(),
                    0,
                    0)
                .lotChanges())
        .hasSize(40);
  }

  @Test
  void acceptsEveryShapeTheLedgerWrites() {
    assertThat(
            new LedgerEntry(
                    0,
                    LedgerRequest.earn(O, 10),
                    10,
                    List.of(),
                    Optional.of(new LotTerms(4, day(1), Optional.empty())),
                    -6,
                    0)
                .points())
        .isEqualTo(10);
    assertThat(
            new LedgerEntry(
                    4,
                    LedgerRequest.clawback(O, key("e")),
                    -8,
                    List.of(new LotChange(0, -5)),
                    Optional.empty(),
                    3,
                    2)
                .waived())
        .isEqualTo(2);
    assertThat(
            new LedgerEntry(
                    4,
                    LedgerRequest.rollback(O, key("r")),
                    9,
                    List.of(new LotChange(1, 4)),
                    Optional.of(new LotTerms(0, day(1), Optional.empty())),
                    -5,
                    1)
                .points())
        .isEqualTo(9);
  }
}
