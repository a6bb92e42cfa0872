package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.loyalty.referral.InMemoryReferralStore;
import dev.rapport.loyalty.referral.Referral;
import dev.rapport.loyalty.referral.ReferralEngine;
import dev.rapport.loyalty.referral.ReferralEvent;
import dev.rapport.loyalty.referral.ReferralProgram;
import dev.rapport.loyalty.referral.json.RapportReferralModule;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generated programs, event streams and the referrals they make survive a JSON round trip, and
 * writing what was read gives the same text.
 */
class ReferralJsonPropertyTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new RapportReferralModule());

  @Test
  void programsEventsAndReferralsRoundTrip() {
    qt().withExamples(100)
        .forAll(QtReferralGens.programs(), QtReferralGens.eventSequences(30))
        .checkAssert(
            (program, events) -> {
              roundTrip(program, new TypeReference<ReferralProgram>() {});
              roundTrip(events, new TypeReference<List<ReferralEvent>>() {});
              InMemoryReferralStore store = new InMemoryReferralStore();
              ReferralEngine engine = ReferralEngine.of(program);
              for (ReferralEvent event : events) {
                try {
                  store.apply(engine.handle(event, store));
                } catch (IllegalStateException rejected) {
                  // An approval of a reversed referral; the stream goes on without it.
                }
              }
              roundTrip(store.all(), new TypeReference<List<Referral>>() {});
            });
  }

  private static <T> void roundTrip(T value, TypeReference<T> type) {
    try {
      String json = MAPPER.writerFor(type).writeValueAsString(value);
      T read = MAPPER.readValue(json, type);
      assertThat(read).isEqualTo(value);
      assertThat(MAPPER.writerFor(type).writeValueAsString(read)).isEqualTo(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
