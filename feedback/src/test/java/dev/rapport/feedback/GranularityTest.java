package dev.rapport.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GranularityTest {

  @ParameterizedTest
  @EnumSource(Granularity.class)
  void indexesAreConsecutiveAndAgreeWithJavaTime(Granularity granularity) {
    qt().withExamples(500)
        .forAll(integers().between(-700_000, 2_900_000))
        .checkAssert(
            epochDay -> {
              LocalDate date = LocalDate.ofEpochDay(epochDay);
              LocalDate start = granularity.startOf(date);
              assertThat(start).isBeforeOrEqualTo(date);
              assertThat(granularity.next(start)).isAfter(date);
              assertThat(granularity.startOfIndex(granularity.indexOf(date))).isEqualTo(start);
              assertThat(granularity.indexOf(granularity.next(start)))
                  .isEqualTo(granularity.indexOf(date) + 1);
              if (granularity == Granularity.ISO_WEEK) {
                assertThat(start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                    .isEqualTo(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
              }
            });
  }
}
