package dev.rapport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.core.CustomerId;
import dev.rapport.loyalty.LedgerEntry;
import dev.rapport.loyalty.LoyaltyProgram;
import dev.rapport.loyalty.PointsLedger;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Generated ledgers and programs survive a JSON round trip exactly. */
class LoyaltyJsonPropertyTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  @Test
  void generatedLedgersRoundTripLosslessly() {
    qt().withExamples(150)
        .forAll(QtLoyaltyGens.programs(), longs().all())
        .checkAssert(
            (program, seed) -> {
              PointsLedger ledger =
                  LoyaltyGenerators.ledgers(program, CustomerId.of("M-7"), 40)
                      .apply(new SplittableRandom(seed));
              try {
                String json = MAPPER.writeValueAsString(ledger);
                PointsLedger read = MAPPER.readValue(json, PointsLedger.class);
                assertThat(read).isEqualTo(ledger);
                assertThat(MAPPER.writeValueAsString(read)).isEqualTo(json);
                Instant probe = Instant.parse("2026-06-01T00:00:00Z");
                assertThat(read.balanceAt(probe)).isEqualTo(ledger.balanceAt(probe));
                for (LedgerEntry entry : ledger.entries()) {
                  assertThat(MAPPER.readValue(MAPPER.writeValueAsString(entry), LedgerEntry.class))
                      .isEqualTo(entry);
                }
              } catch (java.io.IOException e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void generatedProgramsRoundTrip() {
    qt().withExamples(200)
        .forAll(QtLoyaltyGens.programs())
        .checkAssert(
            program -> {
              try {
                String json = MAPPER.writeValueAsString(program);
                LoyaltyProgram read = MAPPER.readValue(json, LoyaltyProgram.class);
                assertThat(read).hasToString(program.toString());
                assertThat(MAPPER.writeValueAsString(read)).isEqualTo(json);
              } catch (java.io.IOException e) {
                throw new AssertionError(e);
              }
            });
  }
}
