package dev.rapport.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SurveyScaleTest {

  static Stream<Arguments> validScales() {
    return Stream.of(
        Arguments.of(SurveyScale.nps(), "NPS 0-10", 11),
        Arguments.of(SurveyScale.csat5(), "CSAT 1-5 (satisfied from 4)", 5),
        Arguments.of(SurveyScale.csat(7, 6), "CSAT 1-7 (satisfied from 6)", 7),
        Arguments.of(SurveyScale.csat(3, 3), "CSAT 1-3 (satisfied from 3)", 3),
        Arguments.of(SurveyScale.csatBinary(), "CSAT 0-1 (satisfied from 1)", 2),
        Arguments.of(SurveyScale.ces7(), "CES 1-7 (agree from 5)", 7),
        Arguments.of(SurveyScale.ces(5, 4), "CES 1-5 (agree from 4)", 5),
        Arguments.of(SurveyScale.stars(), "STARS 1-5", 5));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("validScales")
  void scalesDescribeThemselvesAndRoundTripThroughOf(SurveyScale scale, String text, int size) {
    assertThat(scale).hasToString(text);
    assertThat(scale.size()).isEqualTo(size);
    assertThat(SurveyScale.of(scale.kind(), scale.min(), scale.max(), scale.threshold()))
        .isEqualTo(scale)
        .hasSameHashCodeAs(scale);
  }

  static Stream<Arguments> invalidScales() {
    return Stream.of(
        Arguments.of(SurveyKind.NPS, 1, 10, 9),
        Arguments.of(SurveyKind.NPS, 0, 10, 8),
        Arguments.of(SurveyKind.CSAT, 1, 4, 3),
        Arguments.of(SurveyKind.CSAT, 1, 5, 1),
        Arguments.of(SurveyKind.CSAT, 1, 5, 6),
        Arguments.of(SurveyKind.CSAT, 0, 2, 1),
        Arguments.of(SurveyKind.CES, 1, 7, 4),
        Arguments.of(SurveyKind.CES, 1, 6, 5),
        Arguments.of(SurveyKind.STARS, 1, 10, 8));
  }

  @ParameterizedTest(name = "{0} {1}-{2} threshold {3}")
  @MethodSource("invalidScales")
  void onlyTheDocumentedScalesExist(SurveyKind kind, int min, int max, int threshold) {
    assertThatThrownBy(() -> SurveyScale.of(kind, min, max, threshold))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("scale must be valid (")
        .hasMessageEndingWith("), but was " + min + "-" + max + " with threshold " + threshold);
  }

  @Test
  void valuesOffTheScaleAreRejectedNamingTheScale() {
    assertThatThrownBy(() -> SurveyScale.csat5().check(6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "value must be an integer from 1 to 5 on CSAT 1-5 (satisfied from 4), but was 6");
    assertThatThrownBy(() -> SurveyScale.nps().check(-1))
        .hasMessage("value must be an integer from 0 to 10 on NPS 0-10, but was -1");
  }

  @Test
  void fractionsOnAnIntegerScaleAreRejectedNeverRounded() {
    assertThat(SurveyScale.csat5().check(4.0)).isEqualTo(4);
    assertThatThrownBy(() -> SurveyScale.csat5().check(4.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "value must be an integer from 1 to 5 on CSAT 1-5 (satisfied from 4), but was 4.5");
    assertThatThrownBy(() -> SurveyScale.nps().check(Double.NaN))
        .hasMessageEndingWith("but was NaN");
    assertThatThrownBy(() -> SurveyScale.nps().check(11.0)).hasMessageEndingWith("but was 11");
    assertThat(SurveyScale.stars().check(new BigDecimal("5.00"))).isEqualTo(5);
    assertThatThrownBy(() -> SurveyScale.stars().check(new BigDecimal("4.50")))
        .hasMessage("value must be an integer from 1 to 5 on STARS 1-5, but was 4.50");
  }
}
