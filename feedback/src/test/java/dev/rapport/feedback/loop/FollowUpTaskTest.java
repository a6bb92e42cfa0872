package dev.rapport.feedback.loop;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.core.CustomerId;
import dev.rapport.feedback.NpsCategory;
import dev.rapport.feedback.ResponseId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FollowUpTaskTest {
  private static final Instant T = Instant.parse("2026-11-30T00:00:00Z");

  @Test
  void validatesIdScoreAndDue() {
    ResponseId r = ResponseId.of("R-1");
    CustomerId c = CustomerId.of("C-1");
    assertThatThrownBy(
            () ->
                new FollowUpTask(
                    "x",
                    r,
                    c,
                    Optional.empty(),
                    Optional.empty(),
                    Set.of(),
                    NpsCategory.DETRACTOR,
                    3,
                    T,
                    T,
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must be follow-up:R-1, but was x");
    assertThatThrownBy(
            () ->
                new FollowUpTask(
                    "follow-up:R-1",
                    r,
                    c,
                    Optional.empty(),
                    Optional.empty(),
                    Set.of(),
                    NpsCategory.DETRACTOR,
                    9,
                    T,
                    T,
                    Optional.empty()))
        .hasMessage("score must be in the DETRACTOR range, but was 9");
    assertThatThrownBy(
            () ->
                new FollowUpTask(
                    "follow-up:R-1",
                    r,
                    c,
                    Optional.empty(),
                    Optional.empty(),
                    Set.of(),
                    NpsCategory.DETRACTOR,
                    1,
                    T,
                    T.minusSeconds(1),
                    Optional.empty()))
        .hasMessage(
            "due must not be before respondedAt 2026-11-30T00:00:00Z, but was"
                + " 2026-11-29T23:59:59Z");
  }
}
