package dev.rapport.feedback.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactHistoryTest {

  @Test
  void withersRecordSendsAndAnswers() {
    Instant t = Instant.parse("2026-11-30T00:00:00Z");
    ContactHistory history = ContactHistory.none().withSent(t).withAnswered(t.plusSeconds(5));
    assertThat(history.lastSent()).contains(t);
    assertThat(history.lastAnswered()).contains(t.plusSeconds(5));
    assertThat(ContactHistory.none())
        .isEqualTo(new ContactHistory(Optional.empty(), Optional.empty()));
    assertThatThrownBy(() -> new ContactHistory(null, Optional.empty())).hasMessage("lastSent");
  }
}
