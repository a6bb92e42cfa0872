package dev.rapport.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PriorityTest {

  @Test
  void ordersFromLowToUrgent() {
    assertThat(Priority.values())
        .containsExactly(Priority.LOW, Priority.NORMAL, Priority.HIGH, Priority.URGENT);
  }

  @Test
  void atLeastReturnsTheMoreUrgent() {
    assertThat(Priority.LOW.atLeast(Priority.HIGH)).isEqualTo(Priority.HIGH);
    assertThat(Priority.URGENT.atLeast(Priority.NORMAL)).isEqualTo(Priority.URGENT);
    assertThat(Priority.NORMAL.atLeast(Priority.NORMAL)).isEqualTo(Priority.NORMAL);
  }
}
