package dev.rapport.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NpsCategoryTest {

  @ParameterizedTest
  @CsvSource({"0,DETRACTOR", "6,DETRACTOR", "7,PASSIVE", "8,PASSIVE", "9,PROMOTER", "10,PROMOTER"})
  void groupsAnswers(int value, NpsCategory expected) {
    assertThat(NpsCategory.of(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"-1", "11"})
  void rejectsValuesOffTheScale(int value) {
    assertThatThrownBy(() -> NpsCategory.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be an integer from 0 to 10 on NPS 0-10, but was " + value);
  }
}
