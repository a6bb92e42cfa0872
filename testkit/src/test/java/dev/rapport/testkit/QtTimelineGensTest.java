package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QtTimelineGensTest {

  @Test
  void adaptsAnyFunctionGenerator() {
    qt().withExamples(200)
        .forAll(QtTimelineGens.from((RandomGenerator random) -> random.nextInt(10)))
        .checkAssert(value -> assertThat(value).isBetween(0, 9));
  }

  @Test
  void timelinesRespectTheirMaximum() {
    qt().withExamples(200)
        .forAll(QtTimelineGens.timelines(4))
        .checkAssert(timeline -> assertThat(timeline.size()).isBetween(1, 4));
  }

  @Test
  void aFailingPropertyShrinksToTheSimplestTimelineShownAsItsEvents() {
    // "Fewer than 6 events" is false for many generated timelines; QuickTheories must find one
    // and shrink every draw to 0. With all draws 0 the generator makes, by hand: start offset 0
    // (2020-01-01T00:00:00Z), fraction 0 ns, 0 tags, segment draw 0 (none), ticket T-(1+0),
    // customer C-(1+0), the first channel (EMAIL) and priority (LOW); then size 1 + 5 = 6, each
    // next event of the first kind (a customer message) after a zero gap (gap draw 0).
    Throwable failure =
        catchThrowable(
            () ->
                qt().withFixedSeed(20261123L)
                    .withExamples(500)
                    .withShrinkCycles(5000)
                    .forAll(QtTimelineGens.timelines())
                    .checkAssert(timeline -> assertThat(timeline.size()).isLessThan(6)));
    assertThat(failure).isInstanceOf(AssertionError.class);
    List<String> lines = failure.getMessage().lines().collect(Collectors.toList());
    int smallest = lines.indexOf("Smallest found falsifying value(s) :-");
    assertThat(smallest).isNotNegative();
    String message = "CustomerMessage[at=2020-01-01T00:00:00Z]";
    assertThat(lines.get(smallest + 1))
        .isEqualTo(
            "[TicketCreated[at=2020-01-01T00:00:00Z, ticketId=T-1, customerId=C-1,"
                + " channel=EMAIL, priority=LOW, tags=[], segment=Optional.empty], "
                + String.join(", ", Collections.nCopies(5, message))
                + "]");
  }

  @Test
  void rejectsANullGenerator() {
    assertThatThrownBy(() -> QtTimelineGens.from(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("generator");
  }
}
