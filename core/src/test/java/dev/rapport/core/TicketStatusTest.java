package dev.rapport.core;

import static dev.rapport.core.TicketStatus.CLOSED;
import static dev.rapport.core.TicketStatus.NEW;
import static dev.rapport.core.TicketStatus.ON_HOLD;
import static dev.rapport.core.TicketStatus.OPEN;
import static dev.rapport.core.TicketStatus.PENDING_CUSTOMER;
import static dev.rapport.core.TicketStatus.SOLVED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TicketStatusTest {

  /**
   * The full transition table, written out row by row (from) and column by column (to): NEW, OPEN,
   * PENDING_CUSTOMER, ON_HOLD, SOLVED, CLOSED.
   */
  private static final boolean[][] ALLOWED = {
    /* NEW     */ {false, true, true, true, true, false},
    /* OPEN    */ {false, false, true, true, true, false},
    /* PENDING */ {false, true, false, true, true, false},
    /* ON_HOLD */ {false, true, true, false, true, false},
    /* SOLVED  */ {false, true, false, false, false, true},
    /* CLOSED  */ {false, false, false, false, false, false},
  };

  static Stream<Arguments> pairs() {
    Stream.Builder<Arguments> pairs = Stream.builder();
    for (TicketStatus from : TicketStatus.values()) {
      for (TicketStatus to : TicketStatus.values()) {
        pairs.add(Arguments.of(from, to, ALLOWED[from.ordinal()][to.ordinal()]));
      }
    }
    return pairs.build();
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @MethodSource("pairs")
  void canTransitionToFollowsTheTable(TicketStatus from, TicketStatus to, boolean allowed) {
    assertThat(from.canTransitionTo(to)).isEqualTo(allowed);
    assertThat(from.allowedNext().contains(to)).isEqualTo(allowed);
  }

  @Test
  void declaresTheStatusesInLifecycleOrder() {
    assertThat(TicketStatus.values())
        .containsExactly(NEW, OPEN, PENDING_CUSTOMER, ON_HOLD, SOLVED, CLOSED);
  }

  @Test
  void allowedNextIsAFreshMutableSet() {
    Set<TicketStatus> next = OPEN.allowedNext();
    next.add(CLOSED);
    assertThat(OPEN.allowedNext()).isEqualTo(EnumSet.of(PENDING_CUSTOMER, ON_HOLD, SOLVED));
  }

  @Test
  void onlySolvedAndClosedAreInactive() {
    assertThat(EnumSet.allOf(TicketStatus.class).stream().filter(TicketStatus::isActive))
        .containsExactly(NEW, OPEN, PENDING_CUSTOMER, ON_HOLD);
  }
}
